/* load.h - reading one input (manifest stream or wasm module) into facts and diagnostics. */
#ifndef WASMLINT_INPUT_LOAD_H
#define WASMLINT_INPUT_LOAD_H

#include "diag/sink.h"
#include "model/facts.h"
#include "yaml/node.h"

/* Largest manifest input read (modules: WL_MAX_MODULE_BYTES); bigger files get a diagnostic instead. */
#define WL_MAX_INPUT_BYTES ((size_t)256 * 1024 * 1024)

/*
 * Reads the file at path: a wasm module when it starts with "\0asm" or ends
 * in ".wasm" (its origin as given; not over WL_MAX_MODULE_BYTES), manifests
 * otherwise. Returns 0, or -1 when it cannot be read (WL1004 says why).
 * Nothing is kept of the file but its facts.
 */
int	wl_load_file(struct wl_facts *, struct wl_sink *, const char *path,
	    enum wl_module_origin origin);
/* One step of a parsed stream: a document (r 1) or a syntax error (r -1). */
struct wl_load_item {
	int			 r;
	struct wl_yaml_doc	 doc;
	struct wl_yaml_error	 err;
};

struct wl_fragment;

/*
 * A file read (and, when parsed, its documents loaded, or even taken into
 * a fragment) but not yet taken into the run's facts: what a reader thread
 * hands the thread that owns the facts.
 */
struct wl_loaded {
	char			*buf;		/* NULL when it could not be read */
	size_t			 len;
	const char		*why;		/* why not, a static string */
	int			 fd;		/* a module file, open: read when taken; else -1 */
	bool			 parsed;	/* items hold every document */
	struct wl_load_item	*items;
	size_t			 nitems;
	struct wl_fragment	*fragment;	/* set: all there is, the rest is empty */
};

/*
 * Reads the file at path into out, and when parse is set loads its
 * documents too; a module file is only opened, and read when taken,
 * through its image (one of at most 1 MiB not named *.wasm is read whole
 * first, to be told by its magic). Touches nothing shared: safe on any
 * thread.
 */
void	wl_load_read(struct wl_loaded *out, const char *path, bool parse);
/*
 * Takes what wl_load_read made of a file that is no module file into a
 * fragment (input/fragment.h) whose facts are made from base, as
 * wl_load_take would take it into base: on a reader thread, which alone
 * uses base's arena and strings. A module file is left as it is.
 */
void	wl_load_extract(struct wl_loaded *, const char *path,
	    enum wl_module_origin origin, const struct wl_facts *base);
/*
 * Takes what wl_load_read made into facts and diagnostics as wl_load_file
 * does (an unparsed file is parsed document by document; a fragment is
 * merged), and frees it.
 */
int	wl_load_take(struct wl_facts *, struct wl_sink *, const char *path,
	    enum wl_module_origin origin, struct wl_loaded *);
/* Reads manifests or a module (a given one) from memory, shown as name. */
void	wl_load_buffer(struct wl_facts *, struct wl_sink *, const char *name,
	    const char *buf, size_t len);

#endif
