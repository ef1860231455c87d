/* selector-and-target-refs.c - WL2507: an EnvoyFilter with both workloadSelector and targetRefs. */
#include "engine/check.h"

static void
check_selector_and_target_refs(struct wl_check *c)
{
	const struct wl_facts	*f = c->facts;
	size_t			 i;

	for (i = 0; i < f->envoyfilters.n; i++) {
		const struct wl_envoyfilter	*ef = &f->envoyfilters.v[i];
		struct wl_diag			*d;

		if (!ef->sel.has_selector || !ef->sel.target_refs.set)
			continue;
		d = wl_report(c, &ef->sel.target_refs.loc, &ef->obj,
		    "spec sets both targetRefs and workloadSelector; the API "
		    "server rejects the EnvoyFilter (only one of targetRefs "
		    "or workloadSelector can be set)");
		wl_diag_relate(c->sink, d, &ef->sel.loc,
		    "workloadSelector is set here");
	}
}

const struct wl_rule wl_rule_selector_and_target_refs = {
	.id = "WL2507",
	.slug = "selector-and-target-refs",
	.severity = WL_SEV_ERROR,
	.summary = "EnvoyFilter sets both workloadSelector and targetRefs",
	.rationale =
	    "targetRefs attaches an EnvoyFilter to Gateway API gateways and "
	    "waypoints; workloadSelector picks sidecars by pod labels. The "
	    "CRD's validation rule allows only one of them, so the API "
	    "server refuses the object (istiod's own validation does not "
	    "check it, and `istioctl analyze` stays silent). istiod also "
	    "ignores an EnvoyFilter with targetRefs for ordinary sidecars.",
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
