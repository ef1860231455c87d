/* selection.c - which rules' findings are reported: the select, ignore and per-file-ignores keys and the query that combines them. */
#include <stdlib.h>
#include <string.h>

#include "config/config-impl.h"

void
wl_cfg_load_select(struct cfg_load *l, const struct wl_node *v)
{
	l->cfg->has_select = true;
	wl_cfg_selector_list(l, v, "`select`", "each item of `select`",
	    &l->cfg->select);
}

void
wl_cfg_load_ignore(struct cfg_load *l, const struct wl_node *v)
{
	wl_cfg_selector_list(l, v, "`ignore`", "each item of `ignore`",
	    &l->cfg->ignore);
}

void
wl_cfg_load_per_file(struct cfg_load *l, const struct wl_node *v)
{
	struct cfg_per_file	pf;
	size_t			i;
	bool			ok;

	if (!wl_cfg_expect(l, v, WL_NODE_MAP, "`per-file-ignores`",
	    "a mapping of glob to rules"))
		return;
	for (i = 0; i < v->n; i++) {
		memset(&pf, 0, sizeof pf);
		ok = wl_cfg_glob(l, v->items[2 * i], "each key of "
		    "`per-file-ignores`", &pf.glob);
		if (wl_cfg_selector_list(l, v->items[2 * i + 1],
		    "each value of `per-file-ignores`",
		    "each rule of `per-file-ignores`", &pf.rules) && ok) {
			*WL_VEC_PUSH(l->cfg->arena, &l->cfg->per_file) = pf;
			continue;
		}
		if (ok)
			wl_glob_clear(&pf.glob);
	}
}

/* Whether select and ignore leave rule enabled. */
static bool
cfg_selected(const struct wl_config *cfg, const struct wl_rule *rule)
{
	size_t sel = wl_cfg_best_match(&cfg->select, rule);
	size_t ign = wl_cfg_best_match(&cfg->ignore, rule);

	if (sel == 0 && ign == 0)
		return !cfg->has_select;
	return sel > ign;
}

bool
wl_config_rule_enabled(const struct wl_config *cfg,
    const struct wl_rule *rule, const char *file)
{
	struct wl_path	 sp;
	char		*rel;
	size_t		 i;
	bool		 enabled = true;

	if (cfg == NULL)
		return true;
	if (!cfg_selected(cfg, rule))
		return false;
	if (file == NULL || cfg->per_file.n == 0 ||
	    (rel = wl_config_relative(cfg, file)) == NULL)
		return true;
	wl_path_split(&sp, rel);
	for (i = 0; enabled && i < cfg->per_file.n; i++)
		if (wl_cfg_best_match(&cfg->per_file.v[i].rules, rule) > 0 &&
		    wl_glob_match_split(&cfg->per_file.v[i].glob, &sp))
			enabled = false;
	wl_path_clear(&sp);
	free(rel);
	return enabled;
}
