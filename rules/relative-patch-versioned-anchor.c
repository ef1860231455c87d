/* relative-patch-versioned-anchor.c - WL2523 (IST0155): a relative patch about a filter that only a proxyVersion-gated patch adds. */
#include "check/check.h"
#include "model/anchor.h"
#include "model/describe.h"
#include "model/patch.h"

/* What was found comparing p's gate with the anchor's, for the message. */
static const char *
gates_said(struct wl_check *c, const struct wl_patch *p,
    const struct wl_versioned_anchor *a)
{
	if (a->gates == WL_GATES_UNDECIDED)
		return wl_arena_printf(c->sink->arena, " (undecided whether "
		    "this patch's `%s` and that gate share a version: they "
		    "are not both anchored with differing literal prefixes, "
		    "and no version 1.0.0-1.49.29 matches both)",
		    p->proxy_version.s);
	if (a->witness[0] != '\0')
		return wl_arena_printf(c->sink->arena, ", which this patch's "
		    "`%s` shares (both match %s)", p->proxy_version.s,
		    a->witness);
	return "";
}

static void
check_patch(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p)
{
	struct wl_versioned_anchor	 a;
	struct wl_diag			*d;

	if (ef->priority_value != 0 || !wl_patch_is_relative(p) ||
	    !wl_patch_versioned_anchor(c->facts, ef, p, &a))
		return;
	d = wl_report(c, &p->operation.loc, &ef->obj, "configPatches[%u]: "
	    "%s of `%s` without a priority relates to a filter that %s "
	    "patch %u handles only for proxyVersion `%s`%s; during an "
	    "upgrade that patch %s applying and this one may not be "
	    "applied", p->index, p->operation.s, wl_patch_instance_name(p),
	    a.owner == ef ? "the EnvoyFilter's" :
	    wl_describe_object(c->sink->arena, &a.owner->obj),
	    a.patch->index, a.patch->proxy_version.s, gates_said(c, p, &a),
	    a.gates == WL_GATES_UNDECIDED ? "may stop" : "stops");
	wl_relate(c, d, &a.patch->proxy_version.loc,
	    "patch %u of %s is gated on this proxyVersion", a.patch->index,
	    wl_describe_object(c->sink->arena, &a.owner->obj));
	wl_diag_hint(c->sink, d, "set spec.priority, or use INSERT_FIRST or "
	    "ADD");
}

static void
check_relative_patch_versioned_anchor(struct wl_check *c)
{
	wl_each_patch(c, check_patch);
}

const struct wl_rule wl_rule_relative_patch_versioned_anchor = {
	.id = "WL2523",
	.slug = "relative-patch-versioned-anchor",
	.severity = WL_SEV_WARNING,
	.summary = "relative patch without priority on a filter a "
		   "proxyVersion-gated patch adds",
	.rationale =
	    "When a patch adds a filter only for some proxy versions "
	    "(match.proxy.proxyVersion) and a later patch, in input order, "
	    "inserts relative to, replaces or removes that filter name "
	    "without an EnvoyFilter priority, a sidecar upgrade stops the "
	    "first and leaves the second without its anchor: istioctl's "
	    "IST0155. Reported per patch, with the gated patch as related "
	    "location; not when both have the same proxyVersion or cannot "
	    "reach the same proxy. Two gates are compared as istiod matches "
	    "them, an unanchored Go MatchString on ISTIO_VERSION "
	    "(pilot/pkg/model/envoyfilter.go at 1.29.6): anchored gates "
	    "whose literal prefixes differ (`^1\\.8.*`, `^1\\.9.*`) share "
	    "no version and are no finding; a version 1.0.0-1.49.29 both "
	    "match is named; otherwise the finding says the comparison is "
	    "undecided. An INSERT_* istiod turns into ADD (CLUSTER, "
	    "EXTENSION_CONFIG and other applyTo values without an insert "
	    "list, same file) depends on no order; istioctl's IST0155 "
	    "there is WL2524 (info).",
	.bad =
	    "- applyTo: HTTP_FILTER\n"
	    "  match: {proxy: {proxyVersion: ^1\\.11.*}}\n"
	    "  patch: {operation: INSERT_FIRST, value: {name: envoy.lua1}}\n"
	    "- applyTo: HTTP_FILTER\n"
	    "  patch: {operation: INSERT_AFTER, value: {name: envoy.lua1}}\n",
	.good =
	    "priority: 10\n"
	    "configPatches:\n"
	    "- applyTo: HTTP_FILTER\n"
	    "  match: {proxy: {proxyVersion: ^1\\.11.*}}\n"
	    "  patch: {operation: INSERT_FIRST, value: {name: envoy.lua1}}\n"
	    "- applyTo: HTTP_FILTER\n"
	    "  patch: {operation: INSERT_AFTER, value: {name: envoy.lua1}}\n",
	.fix = "Set spec.priority, or use INSERT_FIRST or ADD, or gate both "
	       "patches on the same proxyVersion.",
	.check = check_relative_patch_versioned_anchor,
};
