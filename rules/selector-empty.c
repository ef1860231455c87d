/* selector-empty.c - WL2508: an EnvoyFilter workloadSelector or WasmPlugin selector without labels, which selects every workload of the namespace. */
#include "check/check.h"

static void
check_selection(struct wl_check *c, const struct wl_object *obj,
    const struct wl_selection *sel)
{
	/* labels of the wrong type are WL1005's. */
	if (!sel->has_selector || sel->labels.n > 0 ||
	    (!sel->labels.present && sel->labels.loc.line != 0))
		return;
	wl_report(c, sel->labels.present ? &sel->labels.loc : &sel->loc, obj,
	    "%s has no labels, so the %s applies to every workload in "
	    "namespace %s%s (istiod warns: workload selector specified "
	    "without labels)", sel->key, obj->kind, obj->ns,
	    sel->labels.present ? "" : wl_arena_printf(c->sink->arena,
	    " (no `%s` key)", sel->labels_key));
}

static void
check_selector_empty(struct wl_check *c)
{
	wl_each_selection(c, check_selection);
}

const struct wl_rule wl_rule_selector_empty = {
	.id = "WL2508",
	.slug = "selector-empty",
	.severity = WL_SEV_WARNING,
	.summary = "selector without labels selects the whole namespace",
	.rationale =
	    "An EnvoyFilter workloadSelector (or WasmPlugin selector) whose "
	    "labels (matchLabels) are absent or empty is a subset of every "
	    "pod's labels: the resource reaches every workload "
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
