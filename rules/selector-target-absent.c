/* selector-target-absent.c - WL2302: no workload in the reach of an EnvoyFilter or WasmPlugin (or no pod of a Gateway it targets) is in the inputs, so its cross-checks cannot run. */
#include "check/check.h"
#include "check/elsewhere.h"
#include "model/lookup.h"

/* The first Gateway sel's targetRefs name whose pods are not in the inputs. */
static const struct wl_target_ref *
gateway_absent(const struct wl_selection *sel)
{
	struct wl_reach	reach = sel->selected;
	size_t		i, j;

	for (i = 0; i < sel->refs.n; i++) {
		struct wl_selection one = *sel;

		if (!wl_target_ref_is_gateway(&sel->refs.v[i]) ||
		    sel->refs.v[i].name.s == NULL)
			continue;
		one.refs.v = &sel->refs.v[i];
		one.refs.n = 1;
		for (j = 0; j < reach.n; j++)
			if (wl_selection_matches(&one, reach.v[j]))
				break;
		if (j == reach.n)
			return &sel->refs.v[i];
	}
	return NULL;
}

static void
check_selection(struct wl_check *c, const struct wl_object *obj,
    const struct wl_selection *sel)
{
	const struct wl_target_ref	*gw;
	struct wl_diag			*d;
	const char			*name = obj->name != NULL ? obj->name :
	    "(unnamed)";

	if (sel->refs.n > 0) {
		if ((gw = gateway_absent(sel)) != NULL)
			wl_report(c, &gw->loc, obj, "no pod of Gateway %s "
			    "(label %s=%s) is in the inputs: the plugin mount "
			    "and the proxy version of %s %s are not checked "
			    "for it", gw->name.s, WL_GATEWAY_NAME_LABEL,
			    gw->name.s, obj->kind, name);
		return;
	}
	if (sel->scope.n > 0)
		return;
	d = wl_report(c, sel->has_selector ? &sel->loc : &sel->owner_loc, obj,
	    "no workload in namespace %s is in the inputs: the selector, the "
	    "plugin mount and the sidecar version of %s %s are not checked",
	    obj->ns, obj->kind, name);
	wl_relate_elsewhere(c, obj, sel, d);
}

static void
check_selector_target_absent(struct wl_check *c)
{
	wl_each_selection(c, check_selection);
}

const struct wl_rule wl_rule_selector_target_absent = {
	.id = "WL2302",
	.slug = "selector-target-absent",
	.severity = WL_SEV_INFO,
	.summary = "the workloads of an EnvoyFilter or WasmPlugin are not in "
		   "the inputs",
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
