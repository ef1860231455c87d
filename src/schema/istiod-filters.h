/* istiod-filters.h - filters istiod itself puts in every listener it builds, so a patch anchored on them finds them whatever the EnvoyFilter order. */
#ifndef WASMLINT_SCHEMA_ISTIOD_FILTERS_H
#define WASMLINT_SCHEMA_ISTIOD_FILTERS_H

#include <stdbool.h>

/*
 * True when istiod builds the filter name into every sidecar and gateway
 * listener of apply_to's kind ("HTTP_FILTER": every HTTP connection
 * manager; "NETWORK_FILTER": every HTTP filter chain) before any
 * EnvoyFilter patch runs.
 */
bool	wl_istiod_builds_filter(const char *apply_to, const char *name);
/* Where that comes from. */
extern const char	*const wl_istiod_filters_source;

#endif
