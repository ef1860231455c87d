/* selector.c - rule selectors (an id, a slug or an id prefix): resolving them against the rule table, and how specifically one names a rule. */
#include <ctype.h>
#include <string.h>

#include "config/config-impl.h"

/* "WL" and up to three digits: the shape of an id prefix. */
static bool
cfg_prefix_shaped(const char *s)
{
	size_t i;

	if (strncmp(s, "WL", 2) != 0)
		return false;
	for (i = 2; s[i] != '\0'; i++)
		if (i > 4 || !isdigit((unsigned char)s[i]))
			return false;
	return true;
}

static bool
cfg_prefix_used(const char *prefix)
{
	const struct wl_rule *const *r;

	for (r = wl_rules; *r != NULL; r++)
		if (strncmp((*r)->id, prefix, strlen(prefix)) == 0)
			return true;
	return false;
}

const char *
wl_cfg_resolve(struct wl_arena *a, const char *s, struct cfg_selector *out)
{
	const char *near;

	out->text = wl_arena_strdup(a, s);
	out->rule = NULL;
	out->entry = 0;
	if ((out->rule = wl_rule_find(s)) != NULL) {
		out->spec = WL_CFG_SPEC_EXACT;
		return NULL;
	}
	if (cfg_prefix_shaped(s) && cfg_prefix_used(s)) {
		out->spec = strlen(s);
		return NULL;
	}
	if (cfg_prefix_shaped(s))
		return wl_arena_printf(a, "no rule id starts with `%s`", s);
	if ((near = wl_cfg_closest_rule(s)) != NULL)
		return wl_arena_printf(a, "unknown rule `%s`; did you mean "
		    "`%s`?", s, near);
	return wl_arena_printf(a, "unknown rule `%s`; `wasmlint rules` lists "
	    "them", s);
}

/* Resolves the selector n names; false after an error. */
bool
wl_cfg_selector(struct cfg_load *l, const struct wl_node *n, const char *what,
    struct cfg_selector *out)
{
	const char *s = wl_cfg_string(l, n, what), *why;

	if (s == NULL)
		return false;
	if ((why = wl_cfg_resolve(l->cfg->arena, s, out)) != NULL)
		wl_cfg_error(l, n, "%s", why);
	return why == NULL;
}

/*
 * A sequence of selectors (list names it in messages, item names each item);
 * false after an error. Valid items are kept.
 */
bool
wl_cfg_selector_list(struct cfg_load *l, const struct wl_node *n,
    const char *list, const char *item, struct cfg_selectors *out)
{
	struct cfg_selector	sel;
	size_t			i;
	bool			ok = true;

	if (!wl_cfg_expect(l, n, WL_NODE_SEQ, list,
	    "a sequence of rule ids, slugs or prefixes"))
		return false;
	for (i = 0; i < n->n; i++) {
		if (!wl_cfg_selector(l, n->items[i], item, &sel)) {
			ok = false;
			continue;
		}
		*WL_VEC_PUSH(l->cfg->arena, out) = sel;
	}
	return ok;
}

/* How specifically sel names rule: 0 not at all, else WL_CFG_SPEC_EXACT or a prefix length. */
size_t
wl_cfg_selector_match(const struct cfg_selector *sel,
    const struct wl_rule *rule)
{
	if (sel->rule != NULL)
		return strcmp(sel->rule->id, rule->id) == 0 ? WL_CFG_SPEC_EXACT
							    : 0;
	return strncmp(rule->id, sel->text, sel->spec) == 0 ? sel->spec : 0;
}

/* The most specific match of rule in list (0: none). */
size_t
wl_cfg_best_match(const struct cfg_selectors *list,
    const struct wl_rule *rule)
{
	size_t i, best = 0, m;

	for (i = 0; i < list->n; i++)
		if ((m = wl_cfg_selector_match(&list->v[i], rule)) > best)
			best = m;
	return best;
}
