/* relative-patch-no-priority.c - WL2521: a relative patch without priority whose anchor another patch may add, remove or replace. */
#include "check/check.h"
#include "model/anchor.h"
#include "model/describe.h"
#include "model/patch.h"
#include "model/patch-istiod.h"
#include "model/patch-order.h"
#include "schema/envoyfilter-api.h"
#include "schema/istiod-filters.h"
#include "patch-example.h"

/*
 * The anchor is another name of a filter istiod builds, one that some
 * release known to apply the patch (by its gate or sidecar version) does
 * not match (schema/istiod-filters.c): a canonical name before 1.7.1. A
 * deprecated name is WL2504's, which says where it finds nothing.
 */
static void
report_misnamed(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p, const char *anchor)
{
	unsigned	 eras = wl_patch_istiod_eras(c->facts, ef, p);
	unsigned	 found = wl_istiod_finds_built(p->apply_to.s, anchor, eras);
	unsigned	 miss = eras & ~found;
	const char	*built = wl_istiod_built_name(p->apply_to.s, anchor,
			    miss & -miss);
	char		 text[96], text_found[96];
	struct wl_diag	*d;

	if (wl_ef_deprecated_filter(anchor, wl_str_is(&p->apply_to,
	    "HTTP_FILTER")) != NULL)
		return;
	wl_istiod_eras_text(miss, text, sizeof text);
	wl_istiod_eras_text(found, text_found, sizeof text_found);
	d = wl_report(c, &p->operation.loc, &ef->obj, "configPatches[%u]: "
	    "%s relative to `%s`, but istiod %s, which may apply it (by %s), "
	    "builds that filter as `%s` and compares names exactly, so there "
	    "the patch finds nothing to act on%s%s%s", p->index,
	    p->operation.s, anchor, text, p->proxy_version.s != NULL ?
	    "its proxyVersion" : "the sidecar version", built,
	    found != 0 ? " (istiod " : "", found != 0 ? text_found : "",
	    found != 0 ? " matches either name)" : "");
	wl_diag_hint(c->sink, d, "write `%s` (istiod 1.7.1-1.18.x match "
	    "either name)", built);
}

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
	wl_relate(c, d, &undo->operation.loc, "patch %u of %s "
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
	enum wl_order			 order;
	struct wl_diag			*d;

	if (ef->priority_value != 0)
		return;
	order = wl_patch_order(c->facts, ef, p, &undo, &owner);
	if (order == WL_ORDER_MISNAMED) {
		report_misnamed(c, ef, p, wl_patch_anchor(p));
		return;
	}
	if (order != WL_ORDER_DEPENDS ||
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
	    "EnvoyFilters by priority, then creation time: it matters "
	    "where another patch adds or removes the anchor. "
	    "Not reported: a filter istiod builds into every HTTP listener "
	    "or TCP chain (router, cors, fault, connection manager, "
	    "tcp_proxy: istio/istio listener.go at 1.8.0, "
	    "listener_builder.go at 1.29.6) that no patch removes, "
	    "named as the releases that may apply the patch compare names "
	    "(by proxyVersion and sidecar version): old names exactly "
	    "before 1.7.1, either name to 1.18, exactly from 1.19 "
	    "(envoyfilter/listener_patch.go at 1.7.0, 1.8.0, 1.19.0); a "
	    "canonical name meeting only releases before 1.7.1 is reported "
	    "as matching nothing. Nor a match without subFilter or filter "
	    "(first or last), nor an INSERT_* istiod turns into ADD "
	    "(model/envoyfilter.go at 1.29.6). istioctl's IST0151 warns "
	    "on the operation alone: those sites are WL2524 (info). "
	    "An anchor only a proxyVersion-gated patch adds is WL2523.",
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
