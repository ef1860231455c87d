/* load-pairs.h - two module loads that reach one workload: found through each workload's selected_by, and whether they act on the same traffic. */
#ifndef WASMLINT_CHECK_LOAD_PAIRS_H
#define WASMLINT_CHECK_LOAD_PAIRS_H

#include "check/check.h"

struct wl_load_pair {
	const struct wl_load		*a;	/* the earlier in facts->loads */
	const struct wl_load		*b;
	const struct wl_workload	*w;	/* the first workload both reach */
	size_t				 shared;	/* how many they both reach */
};

/*
 * Calls fn once for every two loads that key gives the same key (NULL:
 * the load takes part in no pair) and whose selections select a workload
 * in common. Within one workload, a group of more than 16 loads with one
 * key is paired with its first load only, so the work stays linear in
 * the selections' reach.
 */
void	wl_each_load_pair(struct wl_check *,
	    const char *(*key)(struct wl_check *, const struct wl_load *),
	    void (*fn)(struct wl_check *, const struct wl_load_pair *));

/*
 * True when the two loads can act on the same traffic of a proxy: a
 * WasmPlugin's match (mode and ports; none is all traffic) against the
 * other's match, or an EnvoyFilter patch's context (SIDECAR_INBOUND is
 * SERVER, SIDECAR_OUTBOUND and GATEWAY are CLIENT, as istiod's
 * workloadModeForListenerClass has it) and portNumber.
 */
bool	wl_loads_share_traffic(const struct wl_load *, const struct wl_load *);

#endif
