/* modules.c - the config's `modules:` key: which module file stands for which WasmPlugin url or EnvoyFilter remote uri. */
#include <stdlib.h>

#include "config/config-impl.h"

void
wl_cfg_load_modules(struct cfg_load *l, const struct wl_node *v)
{
	size_t i;

	if (!wl_cfg_expect(l, v, WL_NODE_MAP, "`modules`",
	    "a mapping of url to module file"))
		return;
	for (i = 0; i < v->n; i++) {
		const char		*url = wl_cfg_string(l, v->items[2 * i],
		    "each url of `modules`");
		const char		*file = wl_cfg_string(l,
		    v->items[2 * i + 1], "each module file of `modules`");
		struct wl_config_module	*m;
		char			*p, *rel;

		if (url == NULL || file == NULL)
			continue;
		if (*url == '\0' || *file == '\0') {
			wl_cfg_error(l, v->items[2 * i + (*url != '\0')],
			    "`modules` maps a url to a module file; neither "
			    "may be empty");
			continue;
		}
		p = wl_path_normalize(l->cfg->dir, file);
		/* Shown relative to the working directory when below it. */
		rel = wl_config_relative_to(l->cfg->cwd, l->cfg->cwd, p);
		m = WL_VEC_PUSH(l->cfg->arena, &l->cfg->modules);
		m->url = wl_arena_strdup(l->cfg->arena, url);
		m->path = wl_arena_strdup(l->cfg->arena, rel != NULL ? rel : p);
		free(rel);
		m->line = v->items[2 * i]->start.line;
		m->col = v->items[2 * i]->start.col;
		free(p);
	}
}

const struct wl_config_module *
wl_config_module_at(const struct wl_config *cfg, size_t i)
{
	return cfg != NULL && i < cfg->modules.n ? &cfg->modules.v[i] : NULL;
}
