/* load.h - reading one input (manifest stream or wasm module) into facts and diagnostics. */
#ifndef WASMLINT_INPUT_LOAD_H
#define WASMLINT_INPUT_LOAD_H

#include "diag/sink.h"
#include "model/facts.h"

/* Largest input read; bigger files get a diagnostic instead. */
#define WL_MAX_INPUT_BYTES ((size_t)256 * 1024 * 1024)

/*
 * Reads the file at path: a wasm module when it starts with "\0asm" or ends
 * in ".wasm" (its origin as given), manifests otherwise. Returns 0, or -1
 * when it cannot be read (WL1004 says why). Nothing is kept of the file but
 * its facts.
 */
int	wl_load_file(struct wl_facts *, struct wl_sink *, const char *path,
	    enum wl_module_origin origin);
/* Reads manifests or a module (a given one) from memory, shown as name. */
void	wl_load_buffer(struct wl_facts *, struct wl_sink *, const char *name,
	    const char *buf, size_t len);

#endif
