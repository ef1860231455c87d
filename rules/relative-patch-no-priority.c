/* relative-patch-no-priority.c - WL2521 (IST0151): a relative patch operation in an EnvoyFilter without priority. */
#include "check/check.h"
#include "model/patch.h"

static void
check_patch(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p)
{
	const struct wl_envoyfilter	*owner;
	struct wl_diag			*d;

	if (ef->priority_value != 0 || !wl_patch_is_relative(p) ||
	    wl_patch_versioned_anchor(c->facts, ef, p, &owner) != NULL)
		return;
	d = wl_report(c, &p->operation.loc, &ef->obj, "configPatches[%u]: "
	    "%s depends on what other EnvoyFilters did first, but the "
	    "EnvoyFilter has no priority%s, so istiod orders it by creation "
	    "time and the patch may find nothing to act on", p->index,
	    p->operation.s, ef->priority.set ? " (priority: 0)" : "");
	wl_diag_hint(c->sink, d, "set spec.priority, or use INSERT_FIRST or "
	    "ADD, whose result does not depend on order");
}

static void
check_relative_patch_no_priority(struct wl_check *c)
{
	wl_each_patch(c, check_patch);
}

const struct wl_rule wl_rule_relative_patch_no_priority = {
	.id = "WL2521",
	.slug = "relative-patch-no-priority",
	.severity = WL_SEV_WARNING,
	.summary = "relative patch operation in an EnvoyFilter without "
		   "priority",
	.rationale =
	    "INSERT_BEFORE, INSERT_AFTER, REPLACE and REMOVE act relative to "
	    "an object that must already be there. istiod applies "
	    "EnvoyFilters by priority, then creation time; without a "
	    "priority the order, and so the outcome, can change when another "
	    "EnvoyFilter is re-created. This is `istioctl analyze`'s IST0151 "
	    "(EnvoyFilterUsesRelativeOperation), reported here once per "
	    "patch at its operation instead of once per EnvoyFilter. A patch "
	    "that relates to a filter only a proxyVersion-gated patch adds "
	    "gets WL2523 instead, as IST0155 replaces IST0151.",
	.bad =
	    "spec:\n"
	    "  configPatches:\n"
	    "  - applyTo: HTTP_FILTER\n"
	    "    patch:\n"
	    "      operation: INSERT_BEFORE\n",
	.good =
	    "spec:\n"
	    "  priority: 10\n"
	    "  configPatches:\n"
	    "  - applyTo: HTTP_FILTER\n"
	    "    patch:\n"
	    "      operation: INSERT_BEFORE\n",
	.fix = "Set spec.priority (any non-zero value; lower runs first), or "
	       "use INSERT_FIRST or ADD.",
	.check = check_relative_patch_no_priority,
};
