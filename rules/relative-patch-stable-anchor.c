/* relative-patch-stable-anchor.c - WL2524 (IST0151, IST0155): a relative patch without priority whose outcome no EnvoyFilter order changes; istioctl warns, wasmlint says why it is harmless. */
#include "check/check.h"
#include "model/anchor.h"
#include "model/patch.h"
#include "model/patch-order.h"
#include "patch-example.h"

/* Why the order does not matter, for the message. */
static const char *
why_stable(const struct wl_patch *p, enum wl_order order)
{
	if (order == WL_ORDER_AS_ADD)
		return "istiod turns an INSERT_* on this applyTo into ADD, "
		    "which does not depend on order";
	if (order == WL_ORDER_BUILT && wl_str_is(&p->apply_to, "NETWORK_FILTER"))
		return "istiod builds that filter into every filter chain of "
		    "its kind (HTTP or TCP) before any EnvoyFilter runs, and no "
		    "other patch of the inputs removes it";
	if (order == WL_ORDER_BUILT)
		return "istiod builds that filter into every HTTP listener before "
		    "any EnvoyFilter runs, and no other patch of the inputs "
		    "removes it";
	if (wl_str_is(&p->operation, "INSERT_BEFORE"))
		return "its match names no filter to insert before, so istiod "
		    "puts it first whatever the order";
	if (wl_str_is(&p->operation, "INSERT_AFTER"))
		return "its match names no filter to insert after, so istiod "
		    "puts it last whatever the order";
	return "its match names no filter, so istiod does nothing with it "
	    "whatever the order";
}

static void
check_patch(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p, const char *code)
{
	const struct wl_envoyfilter	*owner;
	const struct wl_patch		*undo;
	struct wl_versioned_anchor	 anchor;
	enum wl_order			 order;
	bool				 versioned;
	struct wl_diag			*d;

	if (ef->priority_value != 0 || !wl_patch_istioctl_relative(p) ||
	    code == NULL)
		return;
	order = wl_patch_order(c->facts, ef, p, &undo, &owner);
	versioned = wl_patch_versioned_anchor(c->facts, ef, p, &anchor);
	if (order == WL_ORDER_DEPENDS || order == WL_ORDER_ABSOLUTE ||
	    order == WL_ORDER_MISNAMED ||
	    (versioned && wl_patch_is_relative(p)))
		return;
	d = wl_report(c, &p->operation.loc, &ef->obj, "configPatches[%u]: "
	    "%s %s `%s` without a priority: `istioctl analyze` warns here "
	    "(%s), but %s", p->index, p->operation.s,
	    order == WL_ORDER_BUILT ? "relative to" : "on",
	    order == WL_ORDER_BUILT ? wl_patch_anchor(p) : p->apply_to.s,
	    code, why_stable(p, order));
	wl_diag_hint(c->sink, d, "nothing to fix; set spec.priority to "
	    "silence istioctl as well");
}

static void
check_relative_patch_stable_anchor(struct wl_check *c)
{
	const char	**code = wl_patch_istioctl_codes(c->scratch, c->facts);
	size_t		  i, j, ordinal = 0;

	for (i = 0; i < c->facts->envoyfilters.n; i++) {
		const struct wl_envoyfilter *ef = &c->facts->envoyfilters.v[i];

		for (j = 0; j < ef->patches.n; j++, ordinal++)
			check_patch(c, ef, &ef->patches.v[j], code[ordinal]);
	}
}

const struct wl_rule wl_rule_relative_patch_stable_anchor = {
	.id = "WL2524",
	.slug = "relative-patch-stable-anchor",
	.severity = WL_SEV_INFO,
	.summary = "relative patch without priority that istioctl warns "
		   "about, whose outcome no order changes",
	.rationale =
	    "istioctl analyze reports IST0151 on every INSERT_BEFORE and "
	    "INSERT_AFTER, REPLACE on HTTP_FILTER, NETWORK_FILTER or "
	    "VIRTUAL_HOST, and REMOVE outside routes, of an EnvoyFilter "
	    "without priority, IST0155 where an earlier patch of any "
	    "EnvoyFilter, namespace or gate has a proxyVersion and the "
	    "same value.name (else filter name) "
	    "(istio/istio "
	    "pkg/config/analysis/analyzers/envoyfilter/envoyfilter.go at "
	    "1.29.6): by operation and name only. Where the anchor is a "
	    "filter istiod builds into every HTTP listener or TCP chain "
	    "(the router, cors, fault, the connection manager, tcp_proxy; "
	    "named as each release names them), where the match names "
	    "no filter (first or last), or where istiod turns the "
	    "INSERT_* into ADD (EXTENSION_CONFIG, CLUSTER), the patch "
	    "lands in the same place in any order, so that warning is "
	    "always false. WL2521 explains and cites each; it warns only "
	    "where order can change the outcome, and this rule keeps "
	    "istioctl's other sites visible as info (raise it with "
	    "severity: {WL2524: warning}).",
	.bad =
	    "spec:\n"
	    WL_EXAMPLE_INSERT_BEFORE("envoy.filters.http.router"),
	.good =
	    "spec:\n"
	    "  priority: 10\n"
	    WL_EXAMPLE_INSERT_BEFORE("envoy.filters.http.router"),
	.fix = "Nothing is wrong. To silence istioctl's IST0151 or IST0155 too, set "
	       "spec.priority (any non-zero value).",
	.check = check_relative_patch_stable_anchor,
};
