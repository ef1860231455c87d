/* source.h - source lines for snippets, read back from the inputs one file at a time. */
#ifndef WASMLINT_REPORT_SOURCE_H
#define WASMLINT_REPORT_SOURCE_H

#include <stdbool.h>
#include <stddef.h>

struct wl_source;

struct wl_source	*wl_source_new(void);
void			 wl_source_free(struct wl_source *);
/* A new source with src's preloaded names (their buffers shared, not copied), for another thread. */
struct wl_source	*wl_source_copy(const struct wl_source *src);
/* Makes name answer from buf (neither copied), for inputs that cannot be re-read (stdin); the later of two for one name wins. */
void			 wl_source_preload(struct wl_source *, const char *name,
			    const char *buf, size_t len);
/*
 * Line number line (1-based) of path without its newline, or NULL when the
 * file cannot be read, is binary, or is shorter. Valid until the next call.
 */
const char		*wl_source_line(struct wl_source *, const char *path,
			    unsigned line, size_t *len);

#endif
