/* istiod-filters.c - the filters istiod builds into every HTTP connection manager and HTTP filter chain, with their sources. */
#include <stddef.h>
#include <string.h>

#include "schema/istiod-filters.h"

/*
 * istio/istio buildHTTPConnectionManager appends Cors, Fault and the router
 * last to the HTTP filters of every connection manager it builds for a
 * sidecar or gateway: pilot/pkg/networking/core/v1alpha3/listener.go at
 * tags 1.8.0 (commit c87a4c874df2) and 1.11.4 (commit 9f6f03276054), and
 * pilot/pkg/networking/core/listener_builder.go ("Router filter must be
 * last") at 1.29.6 (commit 7019d6d3608e). EnvoyFilter patches run on the
 * built listener afterwards (pilot/pkg/networking/core/envoyfilter/
 * listener_patch.go at 1.29.6), so they always find these filters unless
 * a patch removes or replaces one.
 */
const char *const wl_istiod_filters_source =
    "istio/istio pilot/pkg/networking/core/v1alpha3/listener.go "
    "(buildHTTPConnectionManager) at 1.8.0 and 1.11.4, "
    "pilot/pkg/networking/core/listener_builder.go at 1.29.6";

static const struct {
	const char	*apply_to;
	const char	*name;
} built[] = {
	{ "HTTP_FILTER", "envoy.filters.http.router" },
	{ "HTTP_FILTER", "envoy.filters.http.cors" },
	{ "HTTP_FILTER", "envoy.filters.http.fault" },
	{ "NETWORK_FILTER", "envoy.filters.network.http_connection_manager" },
};

bool
wl_istiod_builds_filter(const char *apply_to, const char *name)
{
	size_t i;

	if (apply_to == NULL || name == NULL)
		return false;
	for (i = 0; i < sizeof built / sizeof *built; i++)
		if (strcmp(built[i].apply_to, apply_to) == 0 &&
		    strcmp(built[i].name, name) == 0)
			return true;
	return false;
}
