/* filter-match-ignored.c - WL2505: a filter match on a LISTENER or FILTER_CHAIN patch, which istiod does not use. */
#include "check/check.h"
#include "model/patch.h"

static void
check_patch(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p)
{
	if (!wl_patch_validated(p) || !p->filter.set ||
	    (!wl_str_is(&p->apply_to, "LISTENER") &&
	    !wl_str_is(&p->apply_to, "FILTER_CHAIN")))
		return;
	wl_report(c, &p->filter.loc, &ef->obj, "configPatches[%u]: a "
	    "`filter` match has no effect with applyTo %s: istiod selects "
	    "the %s without looking at its filters (istiod warns: filter "
	    "match has no effect)", p->index, p->apply_to.s,
	    wl_str_is(&p->apply_to, "LISTENER") ? "listener" : "filter chain");
}

static void
check_filter_match_ignored(struct wl_check *c)
{
	wl_each_patch(c, check_patch);
}

const struct wl_rule wl_rule_filter_match_ignored = {
	.id = "WL2505",
	.slug = "filter-match-ignored",
	.severity = WL_SEV_WARNING,
	.summary = "filter match on a LISTENER or FILTER_CHAIN patch has no "
		   "effect",
	.rationale =
	    "For applyTo LISTENER and FILTER_CHAIN, istiod matches the "
	    "listener (port, name) and the filter chain (sni, "
	    "transportProtocol, ...), never the network filters inside it. "
	    "A `filterChain.filter` match there is ignored, so the patch "
	    "applies to more than its author meant; istiod's validation "
	    "warns about it (`istioctl analyze`: IST0133).",
	.bad =
	    "- applyTo: FILTER_CHAIN\n"
	    "  match:\n"
	    "    listener:\n"
	    "      filterChain:\n"
	    "        filter:\n"
	    "          name: envoy.filters.network.tcp_proxy\n",
	.good =
	    "- applyTo: FILTER_CHAIN\n"
	    "  match:\n"
	    "    listener:\n"
	    "      filterChain:\n"
	    "        sni: app.example.com\n",
	.fix = "Match the filter chain by its own properties, or patch the "
	       "NETWORK_FILTER instead.",
	.check = check_filter_match_ignored,
};
