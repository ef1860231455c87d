/* filter-name-deprecated.c - WL2504: a filter or subFilter match names a filter by its deprecated name. */
#include <string.h>

#include "check/check.h"
#include "schema/envoyfilter-api.h"
#include "schema/istiod-filters.h"
#include "model/patch.h"
#include "model/patch-istiod.h"

/*
 * What the istiod releases of eras do with the old name (schema/
 * istiod-filters.c): from 1.9.0 validation warns; a filter istiod builds
 * is found under it by exact compare before 1.7.1, by either name until
 * 1.18 and no longer from 1.19.0 (istio/istio c2225561517).
 */
static const char *
what_istiod_does(struct wl_check *c, const char *apply_to, const char *name,
    unsigned eras)
{
	unsigned	 finds = wl_istiod_finds_built(apply_to, name, eras);
	char		 warn[96], miss[96];

	wl_istiod_eras_text(eras & (WL_ERA_1_9 | WL_ERA_1_19), warn,
	    sizeof warn);
	if (!wl_istiod_names_built(apply_to, name) || finds == eras)
		return wl_arena_printf(c->sink->arena, "istiod %s warns "
		    "(using deprecated filter name)", warn);
	wl_istiod_eras_text(eras & ~finds, miss, sizeof miss);
	if (strcmp(warn, miss) == 0)
		return wl_arena_printf(c->sink->arena, "istiod %s warns "
		    "(using deprecated filter name), compares names exactly and "
		    "builds the filter as `%s`, so the match finds nothing",
		    warn, wl_istiod_built_name(apply_to, name, WL_ERA_1_19));
	return wl_arena_printf(c->sink->arena, "istiod %s warns (using "
	    "deprecated filter name), and istiod %s compares names exactly "
	    "and builds the filter as `%s`, so the match finds nothing there",
	    warn, miss, wl_istiod_built_name(apply_to, name, WL_ERA_1_19));
}

static void
check_name(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p, const struct wl_str_loc *name, bool http)
{
	const char	*current;
	unsigned	 eras;
	char		 old[96];
	struct wl_diag	*d;

	if (name->s == NULL ||
	    (current = wl_ef_deprecated_filter(name->s, http)) == NULL)
		return;
	eras = wl_patch_istiod_eras(c->facts, ef, p);
	/* Releases before 1.9 neither warn nor miss it. */
	if (!(eras & (WL_ERA_1_9 | WL_ERA_1_19)))
		return;
	d = wl_report(c, &name->loc, &ef->obj, "configPatches[%u]: `%s` is "
	    "the deprecated name of `%s`; %s", p->index, name->s, current,
	    what_istiod_does(c, http ? "HTTP_FILTER" : "NETWORK_FILTER",
	    name->s, eras));
	if (wl_istiod_finds_built(http ? "HTTP_FILTER" : "NETWORK_FILTER",
	    name->s, eras & WL_ERAS_OLD) != 0)
		wl_diag_hint(c->sink, d, "write `%s` once istiod %s no longer "
		    "applies the patch: those build the filter as `%s`",
		    current, wl_istiod_eras_text(eras & WL_ERAS_OLD, old,
		    sizeof old), name->s);
	else
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
	    "Envoy renamed its filters (envoy.router to "
	    "envoy.filters.http.router). istiod before 1.7.1 builds its own "
	    "filters under the old names and compares a match exactly; "
	    "1.7.1-1.18 build the new names and match either; 1.19.0 and "
	    "later compare exactly again, so an old name finds none of "
	    "them (istio/istio envoyfilter/listener_patch.go at 1.7.0, "
	    "1.8.0, 1.18.0; c2225561517). From 1.9.0 validation warns "
	    "(pkg/config/validation/validation.go at 1.9.0; `istioctl "
	    "analyze`: IST0133). Reported where a release of 1.9 or later "
	    "may apply the patch (by proxyVersion and sidecar version, "
	    "istiod up to one minor ahead of the proxy), saying which "
	    "releases warn and which find nothing.",
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
