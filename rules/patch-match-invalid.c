/* patch-match-invalid.c - WL2503: a match that does not fit the patch's applyTo, or a filter/subFilter match istiod refuses. */
#include <stdlib.h>
#include <string.h>

#include "check/check.h"
#include "schema/envoyfilter-api.h"
#include "model/patch.h"

/* The object matches of a patch, in the API's order. */
static const struct wl_present *
object_match(const struct wl_patch *p, unsigned i, const char **name)
{
	static const char *const names[] = { "listener", "routeConfiguration",
		"cluster", "waypoint" };
	const struct wl_present *const v[] = { &p->listener,
		&p->route_configuration, &p->cluster, &p->waypoint };

	*name = names[i];
	return v[i];
}

/* Reports a second object match (the API's oneOf) and a waypoint match outside context WAYPOINT (its CEL rule). */
static bool
check_object_types(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p, int *set)
{
	const struct wl_present	*m;
	const char		*name, *first;
	bool			 waypoint = wl_str_is(&p->context, "WAYPOINT");
	unsigned		 i;

	*set = -1;
	for (i = 0; i < 4; i++) {
		if (!(m = object_match(p, i, &name))->set)
			continue;
		if (*set >= 0) {
			object_match(p, (unsigned)*set, &first);
			wl_report(c, &m->loc, &ef->obj, "configPatches[%u]: "
			    "match sets both `%s` and `%s`, but it may hold "
			    "only one object match; the API server rejects "
			    "the EnvoyFilter", p->index, first, name);
			return false;
		}
		*set = (int)i;
		if (waypoint != (i == 3)) {
			wl_report(c, &m->loc, &ef->obj, "configPatches[%u]: "
			    "a `%s` match with context %s: the API server "
			    "rejects the EnvoyFilter (only support "
			    "waypointMatch when context is WAYPOINT)",
			    p->index, name,
			    p->context.s != NULL ? p->context.s : "ANY");
			return false;
		}
	}
	return true;
}

/* The filter and subFilter rules of a listener match. */
static void
check_filter_match(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p)
{
	const char *err = NULL;
	const struct wl_floc *at = &p->subfilter.loc;

	if (!p->filter.set)
		return;
	if (p->match_filter.s == NULL || *p->match_filter.s == '\0') {
		err = "filter match has no name to match on";
		at = &p->filter.loc;
	} else if (!p->subfilter.set) {
		return;
	} else if (!wl_str_is(&p->apply_to, "HTTP_FILTER")) {
		err = "subfilter match can be used with applyTo HTTP_FILTER "
		      "only";
	} else if (!wl_ef_is_hcm(p->match_filter.s)) {
		err = "subfilter match requires filter match with "
		      "envoy.filters.network.http_connection_manager";
	} else if (p->match_subfilter.s == NULL ||
	    *p->match_subfilter.s == '\0') {
		err = "subfilter match has no name to match on";
	} else {
		return;
	}
	wl_report(c, at, &ef->obj, "configPatches[%u] (applyTo %s, filter "
	    "`%s`): istiod rejects the EnvoyFilter (%s)", p->index,
	    p->apply_to.s, p->match_filter.s != NULL ? p->match_filter.s : "",
	    err);
}

/* The CRD's range for waypoint.portNumber (a CEL rule). */
static void
check_waypoint_port(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p)
{
	const char	*s = p->waypoint_port.s;
	char		*end;
	long		 n;

	if (s == NULL)
		return;
	n = strtol(s, &end, 10);
	if (*s != '\0' && *end == '\0' && n >= 1 && n <= 65535)
		return;
	wl_report(c, &p->waypoint_port.loc, &ef->obj, "configPatches[%u]: "
	    "waypoint portNumber `%s` is not a port from 1 to 65535; the API "
	    "server rejects the EnvoyFilter (port must be between 1-65535)",
	    p->index, s);
}

static void
check_patch(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p)
{
	const char		*want, *name;
	const struct wl_present	*m;
	int			 set;

	check_waypoint_port(c, ef, p);
	if (!check_object_types(c, ef, p, &set) || !wl_patch_validated(p) ||
	    p->apply_to.s == NULL ||
	    (want = wl_ef_match_class(p->apply_to.s)) == NULL)
		return;
	m = set >= 0 ? object_match(p, (unsigned)set, &name) : NULL;
	if (m != NULL && strcmp(name, want) != 0) {
		wl_report(c, &m->loc, &ef->obj, "configPatches[%u]: applyTo "
		    "%s needs a `%s` match, but the match is `%s`; istiod "
		    "rejects the EnvoyFilter", p->index, p->apply_to.s, want,
		    name);
		return;
	}
	if (strcmp(want, "listener") == 0)
		check_filter_match(c, ef, p);
}

static void
check_patch_match_invalid(struct wl_check *c)
{
	wl_each_patch(c, check_patch);
}

const struct wl_rule wl_rule_patch_match_invalid = {
	.id = "WL2503",
	.slug = "patch-match-invalid",
	.severity = WL_SEV_ERROR,
	.summary = "match does not fit applyTo, or a filter/subFilter match "
		   "is refused",
	.rationale =
	    "istiod's validation (ValidateEnvoyFilter, IST0106) requires a "
	    "listener match for LISTENER, FILTER_CHAIN, NETWORK_FILTER and "
	    "HTTP_FILTER, a routeConfiguration match for "
	    "ROUTE_CONFIGURATION, VIRTUAL_HOST and HTTP_ROUTE, and a cluster "
	    "match for CLUSTER; a filter match needs a name; a subFilter "
	    "match needs applyTo HTTP_FILTER, a name, and a filter match on "
	    "the HTTP connection manager. The CRD further allows one object "
	    "match only, a waypoint match exactly when the context is "
	    "WAYPOINT, and a waypoint portNumber from 1 to 65535. Any of "
	    "these rejects the EnvoyFilter.",
	.bad =
	    "- applyTo: NETWORK_FILTER\n"
	    "  match:\n"
	    "    listener:\n"
	    "      filterChain:\n"
	    "        filter:\n"
	    "          name: envoy.filters.network.http_connection_manager\n"
	    "          subFilter:\n"
	    "            name: envoy.filters.http.router\n",
	.good =
	    "- applyTo: HTTP_FILTER\n"
	    "  match:\n"
	    "    listener:\n"
	    "      filterChain:\n"
	    "        filter:\n"
	    "          name: envoy.filters.network.http_connection_manager\n"
	    "          subFilter:\n"
	    "            name: envoy.filters.http.router\n",
	.fix = "Match the object class the applyTo patches; use subFilter "
	       "only to place an HTTP filter inside the HTTP connection "
	       "manager.",
	.check = check_patch_match_invalid,
};
