/* module.h - adding a wasm module to the facts, from memory or from a file: read, validated if asked; its SHA-256. */
#ifndef WASMLINT_MODEL_MODULE_H
#define WASMLINT_MODEL_MODULE_H

#include "diag/sink.h"
#include "model/facts.h"

/* Where a module's bytes came from, as wl_module_add records it. */
struct wl_module_source {
	enum wl_module_origin	 origin;
	const char		*path;		/* in the facts' arena */
	const char		*name;		/* base name or binaryData key, in the arena */
	struct wl_loc		 at;		/* where findings about it point */
	struct wl_object	 configmap;	/* WL_MODULE_CONFIGMAP only */
};

/*
 * Reads the module in buf (kept nowhere: what the facts need is copied, its
 * SHA-256 included) and appends it to f->modules; a malformed module is
 * WL1003 at src->at and is kept, marked malformed. Returns the module's
 * index in f->modules.
 */
size_t	wl_module_add(struct wl_facts *f, struct wl_sink *sink,
	    const struct wl_module_source *src, const void *buf, size_t len);
/*
 * The same for the module file open at fd (size bytes, at most
 * WL_MAX_MODULE_BYTES), never in memory whole: read through
 * wl_wasm_image_read, so that function bodies, data segments and custom
 * sections the reader skips are never read (with f->validate every byte is,
 * as validation needs), and not hashed (see wl_module_sha256). Returns 0, or
 * -1 with *why set when the file cannot be read (then nothing is added).
 */
int	wl_module_add_file(struct wl_facts *f, struct wl_sink *sink,
	    const struct wl_module_source *src, int fd, size_t size,
	    const char **why);
/*
 * The module's SHA-256 as lower-case hex: for a file, read again and hashed
 * in chunks the first time it is asked for. NULL when the file cannot be
 * read again; the first time, WL1004 at the module says why.
 */
const char *wl_module_sha256(struct wl_module_fact *m, struct wl_sink *sink);

#endif
