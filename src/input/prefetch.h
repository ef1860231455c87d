/* prefetch.h - reading and parsing files ahead on worker threads, handed back in list order. */
#ifndef WASMLINT_INPUT_PREFETCH_H
#define WASMLINT_INPUT_PREFETCH_H

#include <stddef.h>

#include "input/load.h"

struct wl_prefetch;

/*
 * Starts jobs threads (at least 1) that wl_load_read the n paths, parsed,
 * at most a few files per thread and a few MiB (text and documents) ahead
 * of the one taken last. The paths must outlive the prefetch.
 */
struct wl_prefetch	*wl_prefetch_start(const char *const *paths, size_t n,
			    unsigned jobs);
/* The file at index i, once read: take them in order 0, 1, 2, ... (out owns it). */
void			 wl_prefetch_take(struct wl_prefetch *, size_t i,
			    struct wl_loaded *out);
/* Waits for the threads and frees the prefetch; every file must have been taken. */
void			 wl_prefetch_end(struct wl_prefetch *);
/* The threads a run uses by default: the processors online (1 when unknown). */
unsigned		 wl_prefetch_default_jobs(void);

#endif
