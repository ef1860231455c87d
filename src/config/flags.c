/* flags.c - --select, --extend-select and --ignore: the command line's rule selections, a layer that wins over the file's select and ignore. */
#include <stdlib.h>
#include <string.h>

#include "config/config-impl.h"
#include "util/xmalloc.h"

const char *
wl_config_add_flag(struct wl_config *cfg, enum wl_config_flag flag,
    const char *list)
{
	struct cfg_selectors	*to = flag == WL_CONFIG_IGNORE
				    ? &cfg->flags.ignore : &cfg->flags.select;
	struct cfg_selectors	 got = { NULL, 0, 0 };
	struct cfg_selector	 sel;
	const char		*p = list, *why = NULL;
	char			*item;
	size_t			 i, len;

	for (;;) {
		len = strcspn(p, ",");
		item = wl_xstrndup(p, len);
		if (len == 0)
			why = wl_arena_printf(cfg->arena, "an empty rule in "
			    "`%s`", list);
		else if ((why = wl_cfg_resolve(cfg->arena, item, &sel)) == NULL)
			*WL_VEC_PUSH(cfg->arena, &got) = sel;
		free(item);
		if (why != NULL || p[len] == '\0')
			break;
		p += len + 1;
	}
	if (why != NULL)
		return why;
	for (i = 0; i < got.n; i++)
		*WL_VEC_PUSH(cfg->arena, to) = got.v[i];
	if (flag == WL_CONFIG_SELECT)
		cfg->flags.has_select = true;
	return NULL;
}

int
wl_cfg_flags_decide(const struct cfg_flags *f, const struct wl_rule *rule)
{
	size_t sel = wl_cfg_best_match(&f->select, rule);
	size_t ign = wl_cfg_best_match(&f->ignore, rule);

	if (sel > 0 || ign > 0)
		return sel > ign;
	return f->has_select ? 0 : -1;
}
