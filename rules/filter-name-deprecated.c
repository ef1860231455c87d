/* filter-name-deprecated.c - WL2504: a filter or subFilter match names a filter by its deprecated name. */
#include "check/check.h"
#include "schema/envoyfilter-api.h"
#include "model/patch.h"

static void
check_name(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p, const struct wl_str_loc *name, bool http)
{
	const char	*current;
	struct wl_diag	*d;

	if (name->s == NULL ||
	    (current = wl_ef_deprecated_filter(name->s, http)) == NULL)
		return;
	d = wl_report(c, &name->loc, &ef->obj, "configPatches[%u]: `%s` is "
	    "a deprecated filter name; Envoy and istiod now use `%s` "
	    "(istiod warns: using deprecated filter name)", p->index, name->s,
	    current);
	wl_diag_hint(c->sink, d, "write `%s`", current);
}

static void
check_patch(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p)
{
	if (!wl_patch_validated(p))
		return;
	check_name(c, ef, p, &p->match_filter, false);
	check_name(c, ef, p, &p->match_subfilter, true);
}

static void
check_filter_name_deprecated(struct wl_check *c)
{
	wl_each_patch(c, check_patch);
}

const struct wl_rule wl_rule_filter_name_deprecated = {
	.id = "WL2504",
	.slug = "filter-name-deprecated",
	.severity = WL_SEV_WARNING,
	.summary = "filter or subFilter match uses a deprecated filter name",
	.rationale =
	    "istiod generates filters under their canonical names "
	    "(envoy.filters.http.router, "
	    "envoy.filters.network.http_connection_manager) and only keeps "
	    "a translation of the old ones (envoy.router, "
	    "envoy.http_connection_manager) for compatibility; its "
	    "validation warns about them (`istioctl analyze`: IST0133). A "
	    "match on an old name depends on that translation staying.",
	.bad =
	    "filter:\n"
	    "  name: envoy.http_connection_manager\n"
	    "  subFilter:\n"
	    "    name: envoy.router\n",
	.good =
	    "filter:\n"
	    "  name: envoy.filters.network.http_connection_manager\n"
	    "  subFilter:\n"
	    "    name: envoy.filters.http.router\n",
	.fix = "Use the canonical name given in the hint.",
	.check = check_filter_name_deprecated,
};
