/* patch-incomplete.c - WL2501: a configPatch without what istiod requires (applyTo, patch, operation, value). */
#include "check/check.h"
#include "model/patch.h"

/* The first thing istiod's validation finds missing, in its order, or NULL. */
static const char *
missing(const struct wl_patch *p, const struct wl_floc **at)
{
	*at = &p->loc;
	if (p->null_item)
		return "is null: istiod rejects a null config patch";
	if (p->apply_to.s == NULL || wl_str_is(&p->apply_to, "INVALID")) {
		if (p->apply_to.s != NULL)
			*at = &p->apply_to.loc;
		return "has no `applyTo`: istiod rejects the EnvoyFilter "
		       "(missing applyTo)";
	}
	if (!p->patch.set) {
		if (p->patch.loc.line != 0)
			*at = &p->patch.loc;
		return "has no `patch`: istiod rejects the EnvoyFilter "
		       "(missing patch)";
	}
	if (p->operation.s == NULL || wl_str_is(&p->operation, "INVALID")) {
		*at = p->operation.s != NULL ? &p->operation.loc :
		    &p->patch.loc;
		return "has no `patch.operation`: istiod rejects the "
		       "EnvoyFilter (missing patch operation)";
	}
	if (!p->value.set && !wl_str_is(&p->operation, "REMOVE")) {
		*at = &p->operation.loc;
		return "has no `patch.value` for an operation other than "
		       "REMOVE: istiod rejects the EnvoyFilter (missing patch "
		       "value for non-remove operation)";
	}
	return NULL;
}

static void
check_patch(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p)
{
	const struct wl_floc	*at;
	const char		*why;

	if (wl_str_is(&p->context, "WAYPOINT") || (why = missing(p, &at)) ==
	    NULL)
		return;
	wl_report(c, at, &ef->obj, "configPatches[%u] %s", p->index, why);
}

static void
check_patch_incomplete(struct wl_check *c)
{
	wl_each_patch(c, check_patch);
}

const struct wl_rule wl_rule_patch_incomplete = {
	.id = "WL2501",
	.slug = "patch-incomplete",
	.severity = WL_SEV_ERROR,
	.summary = "configPatch lacks applyTo, patch, operation or value",
	.rationale =
	    "istiod's validation (ValidateEnvoyFilter) rejects an EnvoyFilter "
	    "whose configPatches entry is null, or has no applyTo, no patch, "
	    "no patch.operation, or no patch.value for an operation other "
	    "than REMOVE; `istioctl analyze` reports it as IST0106. Patches "
	    "with context WAYPOINT are not validated by istiod and are "
	    "skipped here too. The finding names the first missing part, in "
	    "istiod's order.",
	.bad =
	    "- applyTo: HTTP_FILTER\n"
	    "  patch:\n"
	    "    operation: INSERT_BEFORE    # no value\n",
	.good =
	    "- applyTo: HTTP_FILTER\n"
	    "  patch:\n"
	    "    operation: INSERT_BEFORE\n"
	    "    value:\n"
	    "      name: envoy.filters.http.wasm\n",
	.fix = "Give every patch an applyTo, a patch with an operation, and a "
	       "value unless the operation is REMOVE.",
	.check = check_patch_incomplete,
};
