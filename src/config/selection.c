/* selection.c - which rules' findings are reported: the select, ignore and per-file-ignores keys, the queries that combine them, and which entries drop a finding. */
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
	if (wl_cfg_selector_list(l, v, "`ignore`", "each item of `ignore`",
	    &l->cfg->ignore))
		wl_cfg_add_entries(l, v, &l->cfg->ignore, NULL);
}

void
wl_cfg_load_per_file(struct cfg_load *l, const struct wl_node *v)
{
	struct cfg_per_file	 pf;
	struct wl_arena		*a = l->cfg->arena;
	size_t			 i;
	bool			 ok;

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
			wl_cfg_add_entries(l, v->items[2 * i + 1], &pf.rules,
			    wl_arena_strdup(a, v->items[2 * i]->str));
			*WL_VEC_PUSH(a, &l->cfg->per_file) = pf;
			continue;
		}
		if (ok)
			wl_glob_clear(&pf.glob);
	}
}

/*
 * Whether some selector of list names rule with a specificity of at least
 * min (1 or more); marks each one that does in uses.
 */
static bool
cfg_names(const struct cfg_selectors *list, const struct wl_rule *rule,
    size_t min, struct wl_config_uses *uses)
{
	size_t	i;
	bool	named = false;

	for (i = 0; i < list->n; i++)
		if (wl_cfg_selector_match(&list->v[i], rule) >= min) {
			wl_cfg_use(uses, list->v[i].entry);
			named = true;
		}
	return named;
}

/* How specifically an `ignore` entry must name rule to disable it: as the best `select` entry (ignore wins a tie), and at all. */
static size_t
cfg_ignore_bar(const struct wl_config *cfg, const struct wl_rule *rule)
{
	size_t sel = wl_cfg_best_match(&cfg->select, rule);

	return sel > 0 ? sel : 1;
}

/*
 * Whether the flags, else select and ignore, leave rule enabled. When it is
 * off, marks the file's ignore entries that disable it on their own, even
 * where the flags turn it off too.
 */
static bool
cfg_selected(const struct wl_config *cfg, const struct wl_rule *rule,
    struct wl_config_uses *uses)
{
	int	flags = wl_cfg_flags_decide(&cfg->flags, rule);
	bool	file;

	if (flags == 1)
		return true;
	if (cfg_names(&cfg->ignore, rule, cfg_ignore_bar(cfg, rule), uses))
		return false;
	file = wl_cfg_best_match(&cfg->select, rule) > 0 || !cfg->has_select;
	return flags == 0 ? false : file;
}

/* Whether a per-file-ignores glob that matches file names rule; marks each such entry in uses. */
static bool
cfg_per_file_drops(const struct wl_config *cfg, const struct wl_rule *rule,
    const char *file, struct wl_config_uses *uses)
{
	const struct cfg_per_file	*pf;
	struct wl_path			 sp;
	char				*rel;
	size_t				 i;
	bool				 dropped = false;

	if (file == NULL || cfg->per_file.n == 0 ||
	    (rel = wl_config_relative(cfg, file)) == NULL)
		return false;
	wl_path_split(&sp, rel);
	for (i = 0; i < cfg->per_file.n; i++) {
		pf = &cfg->per_file.v[i];
		if (wl_cfg_best_match(&pf->rules, rule) > 0 &&
		    wl_glob_match_split(&pf->glob, &sp)) {
			cfg_names(&pf->rules, rule, 1, uses);
			dropped = true;
		}
	}
	wl_path_clear(&sp);
	free(rel);
	return dropped;
}

bool
wl_config_keeps(const struct wl_config *cfg, const struct wl_rule *rule,
    const char *file, struct wl_config_uses *uses)
{
	if (cfg == NULL)
		return true;
	return cfg_selected(cfg, rule, uses) &&
	    !cfg_per_file_drops(cfg, rule, file, uses);
}

bool
wl_config_rule_enabled(const struct wl_config *cfg,
    const struct wl_rule *rule, const char *file)
{
	return wl_config_keeps(cfg, rule, file, NULL);
}

bool
wl_config_rule_ignored(const struct wl_config *cfg,
    const struct wl_rule *rule)
{
	return cfg != NULL && wl_cfg_flags_decide(&cfg->flags, rule) != 1 &&
	    cfg_names(&cfg->ignore, rule, cfg_ignore_bar(cfg, rule), NULL);
}
