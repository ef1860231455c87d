/* relative-patch-versioned-anchor.c - WL2523 (IST0155): a relative patch about a filter that only a proxyVersion-gated patch adds. */
#include "check/check.h"
#include "model/describe.h"
#include "model/patch.h"

static void
check_patch(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p)
{
	const struct wl_envoyfilter	*owner;
	const struct wl_patch		*anchor;
	struct wl_diag			*d;

	if (ef->priority_value != 0 || !wl_patch_is_relative(p))
		return;
	anchor = wl_patch_versioned_anchor(c->facts, ef, p, &owner);
	if (anchor == NULL)
		return;
	d = wl_report(c, &p->operation.loc, &ef->obj, "configPatches[%u]: "
	    "%s of `%s` without a priority relates to a filter that %s "
	    "patch %u handles only for proxyVersion `%s`; during an upgrade "
	    "that patch stops applying and this one may not be applied",
	    p->index, p->operation.s, wl_patch_instance_name(p),
	    owner == ef ? "the EnvoyFilter's" :
	    wl_describe_object(c->sink->arena, &owner->obj),
	    anchor->index, anchor->proxy_version.s);
	wl_diag_relate(c->sink, d, &anchor->proxy_version.loc,
	    "patch %u of %s is gated on this proxyVersion", anchor->index,
	    wl_describe_object(c->sink->arena, &owner->obj));
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
	    "When one patch adds a filter only for some proxy versions "
	    "(match.proxy.proxyVersion) and a later patch, in input order, "
	    "inserts relative to, replaces or removes the same filter name "
	    "without an EnvoyFilter priority, an upgrade of the sidecar "
	    "makes the first patch stop and leaves the second without its "
	    "anchor. This is `istioctl analyze`'s IST0155 "
	    "(EnvoyFilterUsesRelativeOperationWithProxyVersion), which "
	    "compares the patch's value.name (or matched filter name) with "
	    "the names of earlier version-gated patches; reported here per "
	    "patch, with the gated patch as related location, and not when "
	    "the patch is gated on the same proxyVersion (both stop "
	    "together) or the EnvoyFilters cannot reach the same proxy. An "
	    "INSERT_* that istiod turns into ADD (on CLUSTER, "
	    "EXTENSION_CONFIG and the other applyTo values without an insert "
	    "list: pilot/pkg/model/envoyfilter.go at 1.29.6) depends on no "
	    "order; istioctl's IST0155 there is WL2524 (info).",
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
