/* meet.h - the EnvoyFilters that may reach a proxy together with a given one, found through a namespace index instead of a walk over all of them. */
#ifndef WASMLINT_MODEL_MEET_H
#define WASMLINT_MODEL_MEET_H

#include "model/facts.h"

/* Fills the facts' EnvoyFilter sets (wl_facts_index calls it). */
void				 wl_meet_index(struct wl_facts *);

/* A walk over the EnvoyFilters of a set that may meet one: two ranges of its index, or the whole set. */
struct wl_meet {
	const struct wl_ef_set			*set;
	const struct wl_envoyfilter *const	*own, *const *root;
	size_t					 nown, nroot;
	size_t					 next;	/* in set->v, when every */
	bool					 every;
};

/*
 * Starts a walk over the EnvoyFilters of set (one of the facts') that can
 * reach a proxy with ef: those of its namespace and of the root namespace,
 * or, for ef in the root namespace, all of them (istiod applies the root
 * namespace's to every proxy); in input order, ef included when in set.
 */
void				 wl_meet_start(struct wl_meet *,
				    const struct wl_facts *,
				    const struct wl_ef_set *set,
				    const struct wl_envoyfilter *ef);
/* The next one, or NULL at the end. */
const struct wl_envoyfilter	*wl_meet_next(struct wl_meet *);

#endif
