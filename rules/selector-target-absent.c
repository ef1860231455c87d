/* selector-target-absent.c - WL2302: no workload in the EnvoyFilter's reach is in the inputs, so its cross-checks cannot run. */
#include "engine/check.h"
#include "model/index.h"
#include "model/lookup.h"

static void
check_selector_target_absent(struct wl_check *c)
{
	const struct wl_facts	*f = c->facts;
	size_t			 i;

	for (i = 0; i < f->envoyfilters.n; i++) {
		const struct wl_envoyfilter	*ef = &f->envoyfilters.v[i];

		if (wl_workloads_in_reach(f, &ef->sel).n > 0)
			continue;
		wl_report(c, ef->sel.has_selector ? &ef->sel.loc : &ef->loc,
		    &ef->obj,
		    "no workload in namespace %s is in the inputs: the "
		    "selector, the plugin mount and the sidecar version of "
		    "EnvoyFilter %s are not checked", ef->obj.ns,
		    ef->obj.name != NULL ? ef->obj.name : "(unnamed)");
	}
}

const struct wl_rule wl_rule_selector_target_absent = {
	.id = "WL2302",
	.slug = "selector-target-absent",
	.severity = WL_SEV_INFO,
	.summary = "the EnvoyFilter's workloads are not in the inputs",
	.rationale =
	    "A pre-commit hook often sees only the changed files: an "
	    "EnvoyFilter without the Deployment it selects. Its cross-checks "
	    "(selector against pod labels, filename against mounts, "
	    "proxyVersion against the sidecar) need the other side, so "
	    "wasmlint says they did not run instead of failing or passing "
	    "silently.",
	.bad = "$ wasmlint check envoyfilter.yaml\n",
	.good = "$ wasmlint check envoyfilter.yaml deployment.yaml\n",
	.fix = "Pass the workload manifests too (or the whole directory).",
	.check = check_selector_target_absent,
};
