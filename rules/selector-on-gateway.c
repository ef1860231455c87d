/* selector-on-gateway.c - WL2706: a WasmPlugin selector that selects the pods of a Kubernetes Gateway (in the inputs, or of a Gateway resource there), where Istio wants targetRefs (istioctl's IST0166). */
#include <string.h>

#include "check/check.h"
#include "model/describe.h"
#include "model/extract.h"
#include "model/gateway.h"
#include "model/lookup.h"

#define ANALYZER_SOURCE							\
	"istio/istio pkg/config/analysis/analyzers/k8sgateway/"		\
	"workloadselector.go, tags 1.21.0 to 1.31.0-rc.0"
#define TEMPLATE_SOURCE							\
	"istio/istio manifests/charts/istio-control/istio-discovery/"	\
	"files/kube-gateway.yaml, tags 1.21.0 to 1.31.0-rc.0"
#define MATCHER_SOURCE							\
	"istio/istio pilot/pkg/model/policyattachment.go: "		\
	"getPolicyMatcher at 1.21.0, ShouldAttachPolicy at 1.22.0 to "	\
	"1.31.0-rc.0"

/* The Gateway w is a pod of (its gateway-name label's value), or NULL. */
static const struct wl_pair *
gateway_label(const struct wl_workload *w)
{
	const struct wl_pair *l = wl_pairs_find(&w->labels,
	    WL_GATEWAY_NAME_LABEL);

	return l != NULL && l->value != NULL ? l : NULL;
}

static bool
same_gateway(const struct wl_workload *a, const struct wl_workload *b)
{
	return strcmp(a->obj.ns, b->obj.ns) == 0 &&
	    strcmp(gateway_label(a)->value, gateway_label(b)->value) == 0;
}

/* Where the finding goes: the selector's gateway-name label, else matchLabels, else selector. */
static const struct wl_floc *
selector_loc(const struct wl_selection *sel)
{
	const struct wl_pair *l = wl_pairs_find(&sel->labels,
	    WL_GATEWAY_NAME_LABEL);

	if (l != NULL)
		return &l->loc;
	return sel->labels.present ? &sel->labels.loc : &sel->loc;
}

/* Reports that wp selects the pods of Gateway ns/gw (whose: the pods, or that the Gateway is defined). */
static struct wl_diag *
report(struct wl_check *c, const struct wl_wasmplugin *wp, const char *ns,
    const char *gw, const char *whose)
{
	struct wl_diag *d;

	d = wl_report(c, selector_loc(&wp->sel), &wp->obj, "selector %s "
	    "selects the pods of Kubernetes Gateway %s/%s (%s): `istioctl "
	    "analyze` reports IST0166, an ineffective selector on a Kubernetes "
	    "Gateway%s (" ANALYZER_SOURCE "); istiod never applies a "
	    "selector to a waypoint, and to a gateway only while "
	    "ENABLE_SELECTOR_BASED_K8S_GATEWAY_POLICY is on (" MATCHER_SOURCE
	    ")", wl_describe_pairs(c->sink->arena, &wp->sel.labels), ns, gw,
	    whose, strcmp(ns, wp->obj.ns) == 0 ? "" : ", for such a selector "
	    "in the Gateway's own namespace, though not from the root "
	    "namespace");
	wl_diag_hint(c->sink, d, "attach the plugin with targetRefs: "
	    "[{group: gateway.networking.k8s.io, kind: Gateway, name: %s}] in "
	    "namespace %s, and keep the selector for the sidecars only",
	    gw, ns);
	return d;
}

/* Reports the Gateway of reach->v[first], relating each of its workloads in reach. */
static void
report_pods(struct wl_check *c, const struct wl_wasmplugin *wp, size_t first)
{
	struct wl_arena			*a = c->sink->arena;
	const struct wl_reach		*reach = &wp->sel.selected;
	const struct wl_workload	*w = reach->v[first];
	const char			*gw = gateway_label(w)->value;
	struct wl_diag			*d;
	size_t				 i;

	d = report(c, wp, w->obj.ns, gw, wl_describe_object(a, &w->obj));
	for (i = first; i < reach->n; i++)
		if (gateway_label(reach->v[i]) != NULL &&
		    same_gateway(reach->v[i], w))
			wl_relate(c, d,
			    &gateway_label(reach->v[i])->loc, "the pod-template "
			    "labels of %s name Gateway %s here",
			    wl_describe_object(a, &reach->v[i]->obj), gw);
}

/*
 * Reports a Gateway of the inputs whose pods, not in the inputs, wp's
 * selector selects by their gateway-name label alone.
 */
static void
report_resource(struct wl_check *c, const struct wl_wasmplugin *wp)
{
	const struct wl_gateway	*gw = wl_selector_gateway(c->facts, &wp->sel);
	struct wl_diag		*d;

	if (gw == NULL)
		return;
	d = report(c, wp, gw->obj.ns, gw->obj.name, "its pods are not in the "
	    "inputs; Istio's gateway controller makes them");
	wl_relate(c, d, &gw->loc, "Gateway %s is defined here; "
	    "Istio's gateway controller labels its pods "
	    WL_GATEWAY_NAME_LABEL ": %s (" TEMPLATE_SOURCE ")", gw->obj.name,
	    gw->obj.name);
}

/* One finding per Gateway whose pods wp's selector selects. */
static void
check_plugin(struct wl_check *c, const struct wl_wasmplugin *wp)
{
	const struct wl_reach	*reach = &wp->sel.selected;
	size_t			 i, j;
	bool			 found = false;

	/* Both selector and targetRefs: istiod rejects it (WL2507). */
	if (!wp->sel.has_selector || wp->sel.target_refs.set)
		return;
	for (i = 0; i < reach->n; i++) {
		if (gateway_label(reach->v[i]) == NULL)
			continue;
		for (j = 0; j < i; j++)
			if (gateway_label(reach->v[j]) != NULL &&
			    same_gateway(reach->v[j], reach->v[i]))
				break;
		if (j == i) {
			report_pods(c, wp, i);
			found = true;
		}
	}
	if (!found)
		report_resource(c, wp);
}

static void
check_selector_on_gateway(struct wl_check *c)
{
	size_t i;

	for (i = 0; i < c->facts->wasmplugins.n; i++)
		check_plugin(c, &c->facts->wasmplugins.v[i]);
}

const struct wl_rule wl_rule_selector_on_gateway = {
	.id = "WL2706",
	.slug = "selector-on-gateway",
	.severity = WL_SEV_WARNING,
	.summary = "WasmPlugin selector selects the pods of a Kubernetes "
		   "Gateway: use targetRefs",
	.rationale =
	    "Istio labels the pods of a Kubernetes (Gateway API) Gateway "
	    "gateway.networking.k8s.io/gateway-name: NAME. For a WasmPlugin "
	    "with a selector and no targetRef, `istioctl analyze` reports "
	    "IST0166 \"Ineffective selector on Kubernetes Gateway NAME. Use "
	    "the TargetRef field instead.\" for each pod of its namespace "
	    "with that label and every matchLabels entry (" ANALYZER_SOURCE
	    "). istiod applies such a selector to a Gateway's pods only when "
	    "they are not a waypoint and ENABLE_SELECTOR_BASED_K8S_GATEWAY_"
	    "POLICY is on (" MATCHER_SOURCE "). wasmlint reports each Gateway "
	    "whose pod-template labels the selector selects, from the root "
	    "namespace too, which istioctl skips, or whose Gateway resource "
	    "the inputs hold without its pods when the selector is that label "
	    "alone; selector with targetRefs is WL2507.",
	.bad =
	    "spec:\n"
	    "  selector:\n"
	    "    matchLabels:\n"
	    "      gateway.networking.k8s.io/gateway-name: bookinfo-gateway\n"
	    "  url: oci://ghcr.io/example/http-headers:v1.2.0\n",
	.good =
	    "spec:\n"
	    "  targetRefs:\n"
	    "    - group: gateway.networking.k8s.io\n"
	    "      kind: Gateway\n"
	    "      name: bookinfo-gateway\n"
	    "  url: oci://ghcr.io/example/http-headers:v1.2.0\n",
	.fix = "Replace the selector with targetRefs naming the Gateway, in a "
	       "WasmPlugin of the Gateway's namespace; a plugin meant for "
	       "sidecars too needs a second WasmPlugin with the selector.",
	.check = check_selector_on_gateway,
};
