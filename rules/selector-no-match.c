/* selector-no-match.c - WL2301: an EnvoyFilter workloadSelector or WasmPlugin selector that matches the pod-template labels of no workload in reach. */
#include <string.h>

#include "check/check.h"
#include "check/elsewhere.h"
#include "model/describe.h"
#include "model/extract.h"
#include "model/gateway.h"
#include "model/lookup.h"

/* The first selector label that no workload in reach carries with that value. */
static const struct wl_pair *
label_nobody_has(const struct wl_selection *sel)
{
	struct wl_reach	reach = sel->scope;
	size_t		i, j;

	for (i = 0; i < sel->labels.n; i++) {
		const struct wl_pair *want = &sel->labels.v[i];
		bool		      found = false;

		for (j = 0; j < reach.n && !found; j++) {
			const struct wl_pair *l;

			l = wl_pairs_find(&reach.v[j]->labels, want->key);
			found = l != NULL && l->value != NULL &&
			    want->value != NULL &&
			    strcmp(l->value, want->value) == 0;
		}
		if (!found)
			return want;
	}
	return NULL;
}

/* Relates the workloads whose own metadata.labels would have matched. */
static void
relate_own_labels(struct wl_check *c, const struct wl_selection *sel,
    struct wl_diag *d)
{
	struct wl_reach	reach = sel->scope;
	size_t		i;

	for (i = 0; i < reach.n; i++) {
		const struct wl_workload *w = reach.v[i];

		if (!w->own_labels.present ||
		    w->labels.v == w->own_labels.v ||
		    !wl_labels_subset(&sel->labels, &w->own_labels))
			continue;
		wl_diag_relate(c->sink, d, &w->own_labels.loc,
		    "%s carries these labels on its own metadata, but a "
		    "selector matches pod-template labels "
		    "(spec.template.metadata.labels)",
		    wl_describe_object(c->sink->arena, &w->obj));
	}
}

/* "namespace default", or "any namespace" for the root namespace. */
static const char *
reach(struct wl_check *c, const struct wl_selection *sel)
{
	if (strcmp(sel->ns, c->facts->root_namespace) == 0)
		return "any namespace";
	return wl_arena_printf(c->sink->arena, "namespace %s", sel->ns);
}

static void
check_selection(struct wl_check *c, const struct wl_object *obj,
    const struct wl_selection *sel)
{
	const struct wl_pair	*miss;
	struct wl_diag		*d;
	size_t			 n = sel->scope.n;

	/* A Gateway of the inputs: its pods come from Istio's controller (WL2706). */
	if (!sel->has_selector || sel->refs.n > 0 || n == 0 ||
	    sel->selected.n > 0 || wl_selector_gateway(c->facts, sel) != NULL)
		return;
	miss = label_nobody_has(sel);
	d = wl_report(c, miss != NULL ? &miss->loc : &sel->labels.loc, obj,
	    "%s %s matches the pod-template labels of no workload (%zu "
	    "checked) in %s; the %s applies to no proxy", sel->key,
	    wl_describe_pairs(c->sink->arena, &sel->labels), n, reach(c, sel),
	    obj->kind);
	if (miss != NULL)
		wl_diag_hint(c->sink, d, "no workload in reach has the label "
		    "%s=%s", miss->key, miss->value != NULL ? miss->value : "");
	relate_own_labels(c, sel, d);
	wl_relate_elsewhere(c, obj, sel, d);
}

static void
check_selector_no_match(struct wl_check *c)
{
	wl_each_selection(c, check_selection);
}

const struct wl_rule wl_rule_selector_no_match = {
	.id = "WL2301",
	.slug = "selector-no-match",
	.severity = WL_SEV_ERROR,
	.summary = "selector matches no workload's pod-template labels",
	.rationale =
	    "An EnvoyFilter (or WasmPlugin) applies to the proxies whose pod "
	    "labels include every workloadSelector (selector.matchLabels) "
	    "label, in the filter's namespace (or in "
	    "every namespace for the root namespace, istio-system). Pod "
	    "labels come from the pod template, not from the Deployment's "
	    "own metadata. A selector that matches no pod is accepted by "
	    "istiod and does nothing. The finding points at the first label "
	    "no workload carries, and names workloads whose own metadata "
	    "labels would have matched.",
	.bad =
	    "workloadSelector:\n"
	    "  labels:\n"
	    "    app: httpbin        # pods are labelled app: go-httpbin\n",
	.good =
	    "workloadSelector:\n"
	    "  labels:\n"
	    "    app: go-httpbin\n",
	.fix = "Copy the labels from the workload's "
	       "spec.template.metadata.labels, and put the EnvoyFilter in the "
	       "workload's namespace (or in istio-system).",
	.check = check_selector_no_match,
};
