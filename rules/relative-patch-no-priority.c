/* relative-patch-no-priority.c - WL2521: a relative patch without priority whose anchor another patch may add, remove or replace. */
#include "check/check.h"
#include "model/describe.h"
#include "model/patch.h"
#include "model/patch-order.h"
#include "patch-example.h"

static void
report_undone(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p, const struct wl_patch *undo,
    const struct wl_envoyfilter *owner)
{
	struct wl_diag *d;

	d = wl_report(c, &p->operation.loc, &ef->obj, "configPatches[%u]: "
	    "%s relative to `%s`, which istiod builds but patch %u of %s "
	    "%ss; the EnvoyFilter has no priority%s, so istiod orders the two "
	    "by creation time and this patch may find nothing to act on",
	    p->index, p->operation.s, wl_patch_anchor(p), undo->index,
	    wl_describe_object(c->sink->arena, &owner->obj),
	    wl_str_is(&undo->operation, "REMOVE") ? "remove" : "replace",
	    ef->priority.set ? " (priority: 0)" : "");
	wl_diag_relate(c->sink, d, &undo->operation.loc, "patch %u of %s "
	    "%ss `%s` here", undo->index,
	    wl_describe_object(c->sink->arena, &owner->obj),
	    wl_str_is(&undo->operation, "REMOVE") ? "remove" : "replace",
	    wl_patch_anchor(p));
	wl_diag_hint(c->sink, d, "set spec.priority on both EnvoyFilters "
	    "(lower runs first)");
}

static void
check_patch(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p)
{
	const struct wl_envoyfilter	*owner;
	const struct wl_patch		*undo;
	struct wl_versioned_anchor	 versioned;
	const char			*anchor;
	struct wl_diag			*d;

	if (ef->priority_value != 0 ||
	    wl_patch_order(c->facts, ef, p, &undo, &owner) != WL_ORDER_DEPENDS ||
	    wl_patch_versioned_anchor(c->facts, ef, p, &versioned))
		return;
	if (undo != NULL) {
		report_undone(c, ef, p, undo, owner);
		return;
	}
	anchor = wl_patch_anchor(p);
	if (anchor != NULL)
		d = wl_report(c, &p->operation.loc, &ef->obj,
		    "configPatches[%u]: %s relative to `%s`, a filter istiod "
		    "does not build, so it depends on another patch having "
		    "added it first; the EnvoyFilter has no priority%s, so "
		    "istiod orders it by creation time and the patch may find "
		    "nothing to act on", p->index, p->operation.s, anchor,
		    ef->priority.set ? " (priority: 0)" : "");
	else
		d = wl_report(c, &p->operation.loc, &ef->obj,
		    "configPatches[%u]: %s depends on what other EnvoyFilters "
		    "did first, but the EnvoyFilter has no priority%s, so "
		    "istiod orders it by creation time and the patch may find "
		    "nothing to act on", p->index, p->operation.s,
		    ef->priority.set ? " (priority: 0)" : "");
	wl_diag_hint(c->sink, d, "set spec.priority, or use INSERT_FIRST or "
	    "ADD, whose result does not depend on order");
}

static void
check_relative_patch_no_priority(struct wl_check *c)
{
	wl_each_patch(c, check_patch);
}

const struct wl_rule wl_rule_relative_patch_no_priority = {
	.id = "WL2521",
	.slug = "relative-patch-no-priority",
	.severity = WL_SEV_WARNING,
	.summary = "relative patch without priority on a filter another "
		   "patch may add or remove",
	.rationale =
	    "INSERT_BEFORE, INSERT_AFTER, REPLACE and REMOVE act relative "
	    "to a filter that must already be there, and istiod applies "
	    "EnvoyFilters by priority, then creation time. That matters "
	    "only where another patch adds, removes or replaces the "
	    "anchor. Not reported: an anchor istiod builds into every "
	    "HTTP listener (the router, cors, fault, the connection "
	    "manager: istio/istio "
	    "pilot/pkg/networking/core/listener_builder.go at 1.29.6, "
	    "v1alpha3/listener.go at 1.8.0 and 1.11.4) that no patch of "
	    "the inputs removes; a match without subFilter or filter "
	    "(INSERT_BEFORE goes first, INSERT_AFTER last: "
	    "envoyfilter/listener_patch.go at 1.29.6); an INSERT_* istiod "
	    "turns into ADD (EXTENSION_CONFIG, CLUSTER: "
	    "pilot/pkg/model/envoyfilter.go at 1.29.6). istioctl "
	    "analyze's IST0151 (analyzers/envoyfilter/envoyfilter.go at "
	    "1.29.6) warns on the operation alone; its sites not reported "
	    "here are WL2524 (info), and routes, listener filters and "
	    "virtual hosts are reported as it does. An anchor only a "
	    "proxyVersion-gated patch adds is WL2523.",
	.bad =
	    "spec:\n"
	    WL_EXAMPLE_INSERT_BEFORE("istio.stats"),
	.good =
	    "spec:\n"
	    "  priority: 10\n"
	    WL_EXAMPLE_INSERT_BEFORE("istio.stats"),
	.fix = "Set spec.priority (any non-zero value; lower runs first) on "
	       "this EnvoyFilter and on the one that adds the anchor, or "
	       "anchor on envoy.filters.http.router, or use INSERT_FIRST or "
	       "ADD.",
	.check = check_relative_patch_no_priority,
};
