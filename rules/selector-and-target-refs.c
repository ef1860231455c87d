/* selector-and-target-refs.c - WL2507: an EnvoyFilter or WasmPlugin with both a selector and targetRefs. */
#include <string.h>

#include "check/check.h"

static void
check_selection(struct wl_check *c, const struct wl_object *obj,
    const struct wl_selection *sel)
{
	struct wl_diag	*d;
	bool		 is_plugin = strcmp(obj->kind, "WasmPlugin") == 0;

	if (!sel->has_selector || !sel->target_refs.set)
		return;
	d = wl_report(c, &sel->target_refs.loc, obj, "spec sets both %s and "
	    "%s; the API server %s the %s (only one of targetRefs or "
	    "workloadSelector can be set)", sel->refs_key, sel->key,
	    is_plugin ? "and istiod reject" : "rejects", obj->kind);
	wl_relate(c, d, &sel->loc, "%s is set here", sel->key);
}

static void
check_selector_and_target_refs(struct wl_check *c)
{
	wl_each_selection(c, check_selection);
}

const struct wl_rule wl_rule_selector_and_target_refs = {
	.id = "WL2507",
	.slug = "selector-and-target-refs",
	.severity = WL_SEV_ERROR,
	.summary = "selector and targetRefs both set",
	.rationale =
	    "targetRefs attaches an EnvoyFilter to Gateway API gateways and "
	    "waypoints; workloadSelector picks sidecars by pod labels. The "
	    "CRD's validation rule allows only one of them, so the API "
	    "server refuses the object (istiod's own validation does not "
	    "check it, and `istioctl analyze` stays silent). istiod also "
	    "ignores an EnvoyFilter with targetRefs for ordinary sidecars. "
	    "A WasmPlugin's selector and targetRef(s) are exclusive in the "
	    "same way, and there istiod's validateOneOfSelectorType "
	    "(istio/istio pkg/config/validation/validation.go, tag 1.30.3) "
	    "rejects it too.",
	.bad =
	    "spec:\n"
	    "  workloadSelector:\n"
	    "    labels: {app: httpbin}\n"
	    "  targetRefs:\n"
	    "  - {kind: Gateway, group: gateway.networking.k8s.io, name: gw}\n",
	.good = "spec:\n  workloadSelector:\n    labels: {app: httpbin}\n",
	.fix = "Keep workloadSelector for sidecars, or targetRefs for "
	       "gateways and waypoints, in separate EnvoyFilters if both are "
	       "needed.",
	.check = check_selector_and_target_refs,
};
