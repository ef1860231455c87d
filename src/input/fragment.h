/* fragment.h - one manifest file's facts and findings, taken on a reader thread apart from the run's, to be merged into them in input order. */
#ifndef WASMLINT_INPUT_FRAGMENT_H
#define WASMLINT_INPUT_FRAGMENT_H

#include "diag/sink.h"
#include "model/facts.h"

/*
 * What wl_load_take made of one file on a reader thread. Its lists (facts'
 * and findings') are its own; what they point to (strings, arrays, messages)
 * is in the arena of the facts it was made from, which outlives it.
 */
struct wl_fragment {
	struct wl_arena	*lists;
	struct wl_facts	 facts;
	struct wl_sink	 sink;
	int		 rc;		/* what wl_load_take returned */
};

/* A fragment whose facts have base's settings, arena and strings (model/facts-append.h). */
struct wl_fragment	*wl_fragment_new(const struct wl_facts *base);
/* Bytes the fragment's own lists hold. */
size_t			 wl_fragment_size(const struct wl_fragment *);
/* Appends the fragment's facts and findings to f and sink, frees it, and returns its rc. */
int			 wl_fragment_merge(struct wl_facts *f, struct wl_sink *sink,
			    struct wl_fragment *);

#endif
