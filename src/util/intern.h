/* intern.h - one copy of each distinct short string of a run, so that the keys and values manifests repeat share their bytes. */
#ifndef WASMLINT_UTIL_INTERN_H
#define WASMLINT_UTIL_INTERN_H

#include <stddef.h>

#include "util/arena.h"

struct wl_intern;

/* A table whose strings live in arena; freed with it. */
struct wl_intern	*wl_intern_new(struct wl_arena *);
/*
 * The n bytes at s as a NUL-terminated string of the table's arena: the
 * same pointer for equal short strings; longer ones (seldom repeated) are
 * copied without a table entry. Strings are packed without alignment.
 */
const char		*wl_intern(struct wl_intern *, const char *s, size_t n);
/* The same whatever the length: for texts repeated whole, such as findings' messages. */
const char		*wl_intern_text(struct wl_intern *, const char *s,
			    size_t n);

#endif
