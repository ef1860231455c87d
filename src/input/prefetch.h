/* prefetch.h - reading, parsing and extracting files ahead on worker threads, handed back in list order. */
#ifndef WASMLINT_INPUT_PREFETCH_H
#define WASMLINT_INPUT_PREFETCH_H

#include <stddef.h>

#include "input/load.h"

struct wl_prefetch;

/* A file to read, and how a module read from it was named. */
struct wl_prefetch_file {
	const char		*path;
	enum wl_module_origin	 origin;
};

/*
 * Starts jobs threads (at least 1) that wl_load_read the n files, parsed,
 * and wl_load_extract them into fragments of facts made from run's
 * settings, at most a few files per thread and a few MiB (fragments, or
 * text and documents) ahead of the one taken last. Each thread keeps what
 * its fragments point to in an arena that run's arena frees. The files
 * must outlive the prefetch; run's settings must not change until its end.
 */
struct wl_prefetch	*wl_prefetch_start(const struct wl_prefetch_file *files,
			    size_t n, unsigned jobs, const struct wl_facts *run);
/* The file at index i, once read (and extracted): take them in order 0, 1, 2, ... (out owns it). */
void			 wl_prefetch_take(struct wl_prefetch *, size_t i,
			    struct wl_loaded *out);
/* Waits for the threads and frees the prefetch; every file must have been taken. */
void			 wl_prefetch_end(struct wl_prefetch *);
/* The threads a run uses by default: the processors online (1 when unknown). */
unsigned		 wl_prefetch_default_jobs(void);

#endif
