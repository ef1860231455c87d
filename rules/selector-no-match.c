/* selector-no-match.c - WL2301: an EnvoyFilter workloadSelector or WasmPlugin selector that matches the pod-template labels of no workload in reach. */
#include <string.h>

#include "check/check.h"
#include "check/elsewhere.h"
#include "model/describe.h"
#include "model/extract.h"
#include "model/gateway.h"
#include "model/lookup.h"
#include "model/near-miss.h"

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

/* Relates the workload the selector looks meant for, and why. */
static void
relate_near_miss(struct wl_check *c, const struct wl_near_miss *nm,
    struct wl_diag *d)
{
	const struct wl_workload	*w = nm->w;
	const char			*name = wl_describe_object(
	    c->sink->arena, &w->obj);

	switch (nm->why) {
	case WL_NEAR_OWN_LABELS:
		wl_relate(c, d, &w->own_labels.loc,
		    "%s carries these labels on its own metadata, but a "
		    "selector matches pod-template labels "
		    "(spec.template.metadata.labels)", name);
		break;
	case WL_NEAR_NAME:
		wl_relate(c, d, &w->loc, "%s is named %s, the "
		    "selector's %s value, but its pod-template labels are %s",
		    name, w->obj.name, nm->want->key,
		    wl_describe_pairs(c->sink->arena, &w->labels));
		break;
	case WL_NEAR_TYPO:
		wl_relate(c, d, &nm->have->loc, "%s carries "
		    "%s=%s, one typo from the selector's %s=%s", name,
		    nm->have->key, nm->have->value, nm->want->key,
		    nm->want->value);
		break;
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
	struct wl_near_miss	 nm;
	struct wl_diag		*d;
	size_t			 n = sel->scope.n;
	bool			 meant;

	if (!wl_selection_unmatched(c->facts, sel))
		return;
	meant = wl_selection_near_miss(sel, &nm);
	if (!meant && sel->elsewhere.n == 0)
		return;		/* WL2303 when no workload looks meant */
	miss = label_nobody_has(sel);
	d = wl_report(c, miss != NULL ? &miss->loc : &sel->labels.loc, obj,
	    "%s %s matches the pod-template labels of no workload (%zu "
	    "checked) in %s; the %s applies to no proxy", sel->key,
	    wl_describe_pairs(c->sink->arena, &sel->labels), n, reach(c, sel),
	    obj->kind);
	if (miss != NULL)
		wl_diag_hint(c->sink, d, "no workload in reach has the label "
		    "%s=%s", miss->key, miss->value != NULL ? miss->value : "");
	if (meant)
		relate_near_miss(c, &nm, d);
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
	    "istiod and does nothing. The inputs are often a part of the "
	    "mesh (a commit's changed files, one application's directory), "
	    "so an error needs evidence that the workload meant "
	    "is among them: one whose own metadata labels would have "
	    "matched, one whose name is a selector value, one whose pod "
	    "labels hold every selector label or one a single typo away "
	    "(not v1 for v2, nor web-a for web-b), or one in another "
	    "namespace that it would select. Without it, no match is "
	    "WL2303, a warning: unlike istioctl analyze, which sees the "
	    "cluster, wasmlint cannot assume every workload is given. "
	    "The finding points at the "
	    "first label no workload carries and names the workload that "
	    "looks meant.",
	.bad =
	    "workloadSelector:\n"
	    "  labels:\n"
	    "    app: go-httbin      # pods are labelled app: go-httpbin\n",
	.good =
	    "workloadSelector:\n"
	    "  labels:\n"
	    "    app: go-httpbin\n",
	.fix = "Copy the labels from the workload's "
	       "spec.template.metadata.labels, and put the EnvoyFilter in the "
	       "workload's namespace (or in istio-system).",
	.check = check_selector_no_match,
};
