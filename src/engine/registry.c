/* registry.c - the rule table built from rules/rules.def, and lookup by id or slug. */
#include <string.h>

#include "wasmlint/rule.h"

#define WL_RULE(sym) extern const struct wl_rule wl_rule_##sym;
#include "rules.def"
#undef WL_RULE

const struct wl_rule *const wl_rules[] = {
#define WL_RULE(sym) &wl_rule_##sym,
#include "rules.def"
#undef WL_RULE
	NULL,
};

const struct wl_rule *
wl_rule_find(const char *id_or_slug)
{
	const struct wl_rule *const *r;

	for (r = wl_rules; *r != NULL; r++)
		if (strcmp((*r)->id, id_or_slug) == 0 ||
		    strcmp((*r)->slug, id_or_slug) == 0)
			return *r;
	return NULL;
}

const char *
wl_severity_name(enum wl_severity sev)
{
	switch (sev) {
	case WL_SEV_ERROR:
		return "error";
	case WL_SEV_WARNING:
		return "warning";
	case WL_SEV_INFO:
		break;
	}
	return "info";
}
