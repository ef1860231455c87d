/* facts-append.h - facts extracted apart from the run's (one file, on a reader thread), then appended to the run's in input order. */
#ifndef WASMLINT_MODEL_FACTS_APPEND_H
#define WASMLINT_MODEL_FACTS_APPEND_H

#include "model/facts.h"
#include "util/intern.h"

/*
 * Empty facts with the settings of run (root namespace, --istio-version,
 * host table, validate) for extraction apart from it: what they keep goes
 * into arena and strings, which must live as long as run's facts; their
 * lists grow in lists; their locations name files by ids of run's file
 * table (model/floc.h), which run must have, as ids are given on any
 * thread. Reads run, so make them before another thread may change it.
 */
struct wl_facts	wl_facts_apart(const struct wl_facts *run, struct wl_arena *arena,
		    struct wl_intern *strings, struct wl_arena *lists);
/*
 * Appends every list of part (made by wl_facts_apart) to run's, and its
 * manifest count: the same facts, in the same order, as if part's file
 * had been extracted into run. part's lists may be freed afterwards.
 */
void		wl_facts_append(struct wl_facts *run, const struct wl_facts *part);

#endif
