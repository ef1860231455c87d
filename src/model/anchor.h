/* anchor.h - the earlier proxyVersion-gated patch of the same filter name that a configPatch may be anchored to, computed once per run. */
#ifndef WASMLINT_MODEL_ANCHOR_H
#define WASMLINT_MODEL_ANCHOR_H

#include <stdbool.h>

#include "model/facts.h"
#include "model/gates.h"

/* An earlier proxyVersion-gated patch that a relative patch is about. */
struct wl_versioned_anchor {
	const struct wl_envoyfilter	*owner;
	const struct wl_patch		*patch;
	/* p's gate against patch's: SHARED (p has none, or witness matches both) or UNDECIDED. */
	enum wl_gates			 gates;
	char				 witness[16];	/* "" when p has no gate */
};

/* Finds every patch's anchor, once per namespace, name and gate (wl_facts_index calls it, after wl_meet_index). */
void	wl_anchor_index(struct wl_facts *);

/*
 * The first patch before p (of ef) in input order, in an EnvoyFilter that
 * can reach the same proxies (model/meet.h), that has a proxyVersion other
 * than p's own, one that p's own gate (if any) is not shown to be disjoint
 * from (wl_gates_compare), and the same instance name as p: true with *out
 * filled, else false.
 */
bool	wl_patch_versioned_anchor(const struct wl_facts *,
	    const struct wl_envoyfilter *ef, const struct wl_patch *p,
	    struct wl_versioned_anchor *out);

#endif
