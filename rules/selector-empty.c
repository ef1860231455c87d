/* selector-empty.c - WL2508: a workloadSelector without labels, which selects every workload of the namespace. */
#include "engine/check.h"

static void
check_selector_empty(struct wl_check *c)
{
	const struct wl_facts	*f = c->facts;
	size_t			 i;

	for (i = 0; i < f->envoyfilters.n; i++) {
		const struct wl_envoyfilter *ef = &f->envoyfilters.v[i];

		/* labels of the wrong type are WL1005's. */
		if (!ef->sel.has_selector || ef->sel.labels.n > 0 ||
		    (!ef->sel.labels.present && ef->sel.labels.loc.line != 0))
			continue;
		wl_report(c, ef->sel.labels.present ? &ef->sel.labels.loc :
		    &ef->sel.loc, &ef->obj, "workloadSelector has no "
		    "labels, so the EnvoyFilter applies to every workload in "
		    "namespace %s%s (istiod warns: workload selector specified "
		    "without labels)", ef->obj.ns,
		    ef->sel.labels.present ? "" : " (no `labels` key)");
	}
}

const struct wl_rule wl_rule_selector_empty = {
	.id = "WL2508",
	.slug = "selector-empty",
	.severity = WL_SEV_WARNING,
	.summary = "workloadSelector without labels selects the whole "
		   "namespace",
	.rationale =
	    "A workloadSelector whose labels are absent or empty is a subset "
	    "of every pod's labels: the EnvoyFilter reaches every workload "
	    "of its namespace (of the mesh, in the root namespace). That is "
	    "rarely meant when a selector is written at all, often a "
	    "template that left `labels:` empty; istiod accepts it with a "
	    "warning (`istioctl analyze`: IST0133).",
	.bad = "workloadSelector:\n  labels: {}\n",
	.good = "workloadSelector:\n  labels:\n    app: httpbin\n",
	.fix = "Fill in the labels of the workload meant, or drop "
	       "workloadSelector to say that the whole namespace is meant.",
	.check = check_selector_empty,
};
