/* arena.c - chunked bump allocator with deferred cleanups; freed all at once. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/arena.h"
#include "util/xmalloc.h"

#define ARENA_CHUNK	(64 * 1024)
#define ARENA_ALIGN	16

struct arena_chunk {
	struct arena_chunk	*next;
	size_t			 used;
	size_t			 size;
	_Alignas(ARENA_ALIGN) unsigned char data[];
};

struct arena_cleanup {
	struct arena_cleanup	*next;
	void			(*fn)(void *);
	void			*ptr;
};

struct wl_arena {
	struct arena_chunk	*chunks;
	struct arena_cleanup	*cleanups;
	size_t			 total;
};

struct wl_arena *
wl_arena_new(void)
{
	return wl_xcalloc(1, sizeof(struct wl_arena));
}

void
wl_arena_free(struct wl_arena *a)
{
	struct arena_chunk	*c, *next;
	struct arena_cleanup	*cl, *cnext;

	if (a == NULL)
		return;
	for (cl = a->cleanups; cl != NULL; cl = cnext) {
		cnext = cl->next;
		cl->fn(cl->ptr);
	}
	for (c = a->chunks; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	free(a);
}

static struct arena_chunk *
arena_new_chunk(struct wl_arena *a, size_t need)
{
	size_t			 size = need > ARENA_CHUNK ? need : ARENA_CHUNK;
	struct arena_chunk	*c = wl_xmalloc(sizeof *c + size);

	c->used = 0;
	c->size = size;
	a->total += sizeof *c + size;
	if (need > ARENA_CHUNK / 4 && a->chunks != NULL) {
		/* A big block: keep the current chunk for small allocations. */
		c->next = a->chunks->next;
		a->chunks->next = c;
	} else {
		c->next = a->chunks;
		a->chunks = c;
	}
	return c;
}

void *
wl_arena_alloc(struct wl_arena *a, size_t size)
{
	struct arena_chunk	*c = a->chunks;
	size_t			 need = (size + ARENA_ALIGN - 1) &
			     ~(size_t)(ARENA_ALIGN - 1);
	void			*p;

	if (need < size) {
		fprintf(stderr, "wasmlint: allocation of %zu bytes overflows\n",
		    size);
		abort();
	}
	if (c == NULL || c->size - c->used < need)
		c = arena_new_chunk(a, need);
	p = c->data + c->used;
	c->used += need;
	memset(p, 0, size);
	return p;
}

void *
wl_arena_grow(struct wl_arena *a, void *old, size_t old_size, size_t new_size)
{
	void *p = wl_arena_alloc(a, new_size);

	if (old != NULL)
		memcpy(p, old, old_size < new_size ? old_size : new_size);
	return p;
}

void
wl_vec_reserve(struct wl_arena *a, void **v, size_t *cap, size_t n,
    size_t elem)
{
	size_t newcap;

	if (n < *cap)
		return;
	newcap = *cap ? *cap * 2 : 8;
	*v = wl_arena_grow(a, *v, *cap * elem, newcap * elem);
	*cap = newcap;
}

char *
wl_arena_strndup(struct wl_arena *a, const char *s, size_t n)
{
	char *p = wl_arena_alloc(a, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
wl_arena_strdup(struct wl_arena *a, const char *s)
{
	return s == NULL ? NULL : wl_arena_strndup(a, s, strlen(s));
}

char *
wl_arena_vprintf(struct wl_arena *a, const char *fmt, va_list ap)
{
	va_list	 copy;
	int	 n;
	char	*p;

	va_copy(copy, ap);
	n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (n < 0)
		n = 0;
	p = wl_arena_alloc(a, (size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	return p;
}

char *
wl_arena_printf(struct wl_arena *a, const char *fmt, ...)
{
	va_list	 ap;
	char	*p;

	va_start(ap, fmt);
	p = wl_arena_vprintf(a, fmt, ap);
	va_end(ap);
	return p;
}

void
wl_arena_defer(struct wl_arena *a, void (*fn)(void *), void *ptr)
{
	struct arena_cleanup *cl = wl_arena_alloc(a, sizeof *cl);

	cl->fn = fn;
	cl->ptr = ptr;
	cl->next = a->cleanups;
	a->cleanups = cl;
}

size_t
wl_arena_size(const struct wl_arena *a)
{
	return a->total;
}
