/* istiod-filters.c - the filters istiod builds into every HTTP connection manager and filter chain, their names per release, and how istiod's patch matching compares names, with their sources. */
#include <stdio.h>
#include <string.h>

#include "schema/istiod-filters.h"

/*
 * Built before any patch: istio/istio buildHTTPConnectionManager appends
 * Cors, Fault and the router last to the HTTP filters of every connection
 * manager it builds for a sidecar or gateway (pilot/pkg/networking/core/
 * v1alpha3/listener.go at 1.5.0, filters.go at 1.6.0, pilot/pkg/xds/
 * filters/filters.go at 1.7.0 and 1.8.0, listener.go at 1.11.4,
 * pilot/pkg/networking/core/listener_builder.go "Router filter must be
 * last" at 1.29.6), and every TCP filter chain ends in a tcp_proxy
 * (v1alpha3/networkfilter.go and listener_builder.go at 1.5.0 and 1.8.0).
 * EnvoyFilter patches run on the built listener afterwards
 * (envoyfilter/listener_patch.go at the same tags).
 *
 * Names: each is go-control-plane's pkg/wellknown constant of the version
 * the tag's go.mod pins. v0.9.4 (1.5.x) and e8bd2869ff56 (1.6.x) have the
 * old names (envoy.router, envoy.cors, envoy.fault,
 * envoy.http_connection_manager, envoy.tcp_proxy); ba7954ce7df4 (1.7.0)
 * the old names but CORS = envoy.filters.http.cors; 803dd64f0468 (1.7.1,
 * after envoyproxy/go-control-plane 219d0fe20 "update wellknown const
 * types") and later the canonical ones.
 *
 * Matching: up to 1.7.0, networkFilterMatch and httpFilterMatch compare
 * match.Name == filter.Name (envoyfilter/listener_patch.go at 1.5.0,
 * 1.6.0, 1.7.0). From 1.7.1 they also take match.Name ==
 * DeprecatedFilterNames[filter.Name], the old name of the canonical one
 * (listener_patch.go at 1.7.1 and 1.8.0; nameMatches over
 * pkg/config/xds/deprecated.go from 1.9.0 to 1.18.x), and from 1.9.0
 * validation warns "using deprecated filter name" (pkg/config/validation/
 * validation.go at 1.9.0). istio/istio c2225561517 "remove deprecated
 * filter name check" (#45675, first in 1.19.0) went back to an exact
 * compare; the warning stays (pkg/config/validation/envoyfilter/
 * envoyfilter.go at 1.29.6).
 */
const char *const wl_istiod_filters_source =
    "istio/istio pilot/pkg/networking/core/v1alpha3/envoyfilter/"
    "listener_patch.go at 1.5.0, 1.7.0, 1.7.1, 1.8.0, 1.18.0 and 1.19.0 "
    "(c2225561517), the filters istiod builds (listener.go, "
    "pilot/pkg/xds/filters/filters.go) and the go-control-plane "
    "pkg/wellknown names go.mod pins at each tag";

static const struct {
	const char	*apply_to;
	const char	*name;		/* canonical */
	const char	*old;		/* before go-control-plane 219d0fe20 */
	unsigned	 old_in;	/* the eras that build it as old */
} built[] = {
	{ "HTTP_FILTER", "envoy.filters.http.router", "envoy.router",
	  WL_ERAS_OLD },
	{ "HTTP_FILTER", "envoy.filters.http.cors", "envoy.cors", WL_ERA_1_5 },
	{ "HTTP_FILTER", "envoy.filters.http.fault", "envoy.fault",
	  WL_ERAS_OLD },
	{ "NETWORK_FILTER", "envoy.filters.network.http_connection_manager",
	  "envoy.http_connection_manager", WL_ERAS_OLD },
	{ "NETWORK_FILTER", "envoy.filters.network.tcp_proxy",
	  "envoy.tcp_proxy", WL_ERAS_OLD },
};
#define N_BUILT	(sizeof built / sizeof *built)

unsigned
wl_istiod_era(unsigned long minor, unsigned long patch)
{
	if (minor < 5)
		return WL_ERAS_ALL;
	if (minor < 7)
		return WL_ERA_1_5;
	if (minor == 7 && patch == 0)
		return WL_ERA_1_7_0;
	if (minor < 9)
		return WL_ERA_1_7_1;
	return minor < 19 ? WL_ERA_1_9 : WL_ERA_1_19;
}

/* Does a match on name find row i's filter in era? */
static bool
finds(size_t i, const char *name, unsigned era)
{
	if (era & built[i].old_in)
		return strcmp(name, built[i].old) == 0;
	if (era & (WL_ERA_1_7_0 | WL_ERA_1_19))
		return strcmp(name, built[i].name) == 0;
	return strcmp(name, built[i].name) == 0 ||
	    strcmp(name, built[i].old) == 0;
}

/* The row whose filter has name among its names, or N_BUILT. */
static size_t
row_of(const char *apply_to, const char *name)
{
	size_t i;

	if (apply_to == NULL || name == NULL)
		return N_BUILT;
	for (i = 0; i < N_BUILT; i++)
		if (strcmp(built[i].apply_to, apply_to) == 0 &&
		    (strcmp(built[i].name, name) == 0 ||
		    strcmp(built[i].old, name) == 0))
			return i;
	return N_BUILT;
}

unsigned
wl_istiod_finds_built(const char *apply_to, const char *name, unsigned mask)
{
	size_t		i = row_of(apply_to, name);
	unsigned	era, found = 0;

	if (i == N_BUILT)
		return 0;
	for (era = 1; era <= WL_ERA_1_19; era <<= 1)
		if ((mask & era) && finds(i, name, era))
			found |= era;
	return found;
}

bool
wl_istiod_names_built(const char *apply_to, const char *name)
{
	return row_of(apply_to, name) != N_BUILT;
}

const char *
wl_istiod_built_name(const char *apply_to, const char *name, unsigned era)
{
	size_t i = row_of(apply_to, name);

	if (i == N_BUILT)
		return NULL;
	return (era & built[i].old_in) ? built[i].old : built[i].name;
}

const char *
wl_istiod_eras_text(unsigned mask, char *buf, unsigned size)
{
	static const struct {
		unsigned	 era;
		const char	*first, *last;
	} spans[] = {
		{ WL_ERA_1_5, "1.5.0", "1.6.x" },
		{ WL_ERA_1_7_0, "1.7.0", "1.7.0" },
		{ WL_ERA_1_7_1, "1.7.1", "1.8.x" },
		{ WL_ERA_1_9, "1.9.0", "1.18.x" },
		{ WL_ERA_1_19, "1.19.0", NULL },
	};
	size_t		i, j, n = 0;

	buf[0] = '\0';
	for (i = 0; i < sizeof spans / sizeof *spans && n < size; i = j) {
		if (!(mask & spans[i].era)) {
			j = i + 1;
			continue;
		}
		for (j = i; j + 1 < sizeof spans / sizeof *spans &&
		    (mask & spans[j + 1].era); j++)
			;
		if (spans[j].last == NULL)
			n += (size_t)snprintf(buf + n, n < size ? size - n : 0,
			    "%s%s and later", n ? ", " : "", spans[i].first);
		else if (i == j && strcmp(spans[i].first, spans[j].last) == 0)
			n += (size_t)snprintf(buf + n, n < size ? size - n : 0,
			    "%s%s", n ? ", " : "", spans[i].first);
		else
			n += (size_t)snprintf(buf + n, n < size ? size - n : 0,
			    "%s%s-%s", n ? ", " : "", spans[i].first,
			    spans[j].last);
		j++;
	}
	return buf;
}
