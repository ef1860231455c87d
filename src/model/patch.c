/* patch.c - shared questions about configPatches: validated, relative, named, anchored to a versioned patch. */
#include <string.h>

#include "schema/envoyfilter-api.h"
#include "model/patch.h"

bool
wl_str_is(const struct wl_str_loc *s, const char *value)
{
	return s->s != NULL && strcmp(s->s, value) == 0;
}

bool
wl_patch_validated(const struct wl_patch *p)
{
	return !p->null_item && !wl_str_is(&p->context, "WAYPOINT");
}

bool
wl_patch_is_relative(const struct wl_patch *p)
{
	const char *op = p->operation.s;

	if (op == NULL || p->apply_to.s == NULL)
		return false;
	if (strcmp(op, "INSERT_BEFORE") != 0 && strcmp(op, "INSERT_AFTER") != 0 &&
	    strcmp(op, "REPLACE") != 0 && strcmp(op, "REMOVE") != 0)
		return false;
	return wl_ef_operation_effect(p->apply_to.s, op) == WL_EF_APPLIED;
}

const char *
wl_patch_instance_name(const struct wl_patch *p)
{
	if (p->value_name.s != NULL && *p->value_name.s != '\0')
		return p->value_name.s;
	if (p->match_filter.s != NULL && *p->match_filter.s != '\0')
		return p->match_filter.s;
	return NULL;
}
