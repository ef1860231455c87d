/* patch.h - questions about one EnvoyFilter configPatch that several rules ask. */
#ifndef WASMLINT_MODEL_PATCH_H
#define WASMLINT_MODEL_PATCH_H

#include <stdbool.h>

#include "model/facts.h"
#include "model/gates.h"

/* True when the string was given and equals value. */
bool	wl_str_is(const struct wl_str_loc *, const char *value);
/*
 * True when istiod's validation looks at the patch: it is a mapping, and
 * its context is not WAYPOINT (whose patches istiod does not validate).
 */
bool	wl_patch_validated(const struct wl_patch *);
/*
 * True when the patch's effect depends on what other patches did before it
 * (INSERT_BEFORE, INSERT_AFTER, REPLACE or REMOVE where istiod carries
 * them out: not an INSERT_* it turns into ADD), so that its place in the
 * order may matter.
 */
bool	wl_patch_is_relative(const struct wl_patch *);
/* The filter name the patch is about: value.name, else the matched filter's name; NULL when neither. */
const char	*wl_patch_instance_name(const struct wl_patch *);
/* An earlier proxyVersion-gated patch that a relative patch is about. */
struct wl_versioned_anchor {
	const struct wl_envoyfilter	*owner;
	const struct wl_patch		*patch;
	/* p's gate against patch's: SHARED (p has none, or witness matches both) or UNDECIDED. */
	enum wl_gates			 gates;
	char				 witness[16];	/* "" when p has no gate */
};

/*
 * The first patch before p (of ef) in input order, in an EnvoyFilter that
 * can reach the same proxies, that has a proxyVersion other than p's own,
 * one that p's own gate (if any) is not shown to be disjoint from
 * (wl_gates_compare), and the same instance name as p: true with *out
 * filled, else false.
 */
bool	wl_patch_versioned_anchor(const struct wl_facts *,
	    const struct wl_envoyfilter *ef, const struct wl_patch *p,
	    struct wl_versioned_anchor *out);

#endif
