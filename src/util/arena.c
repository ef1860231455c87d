/* arena.c - chunked bump allocator with deferred cleanups; freed all at once. */
#include <stdbool.h>
#include <stddef.h>
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

/*
 * A large block lives alone in its own malloc'd block, so growing it (the
 * arrays of a run's facts) reallocates in place instead of leaving the old
 * copy behind.
 */
struct arena_big {
	struct arena_big	*prev;
	struct arena_big	*next;
	_Alignas(ARENA_ALIGN) unsigned char data[];
};

#define ARENA_BIG	(ARENA_CHUNK / 4)

struct arena_cleanup {
	struct arena_cleanup	*next;
	void			(*fn)(void *);
	void			*ptr;
};

struct wl_arena {
	struct arena_chunk	*chunks;
	struct arena_big	*big;
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
	struct arena_big	*b, *bnext;
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
	for (b = a->big; b != NULL; b = bnext) {
		bnext = b->next;
		free(b);
	}
	free(a);
}

static struct arena_chunk *
arena_new_chunk(struct wl_arena *a)
{
	struct arena_chunk *c = wl_xmalloc(sizeof *c + ARENA_CHUNK);

	c->used = 0;
	c->size = ARENA_CHUNK;
	c->next = a->chunks;
	a->chunks = c;
	a->total += sizeof *c + ARENA_CHUNK;
	return c;
}

/* size rounded up to the alignment; aborts on overflow. */
static size_t
arena_need(size_t size)
{
	size_t need = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);

	if (need < size) {
		fprintf(stderr, "wasmlint: allocation of %zu bytes overflows\n",
		    size);
		abort();
	}
	return need;
}

static void
arena_link_big(struct wl_arena *a, struct arena_big *b)
{
	b->prev = NULL;
	b->next = a->big;
	if (a->big != NULL)
		a->big->prev = b;
	a->big = b;
}

static void *
arena_alloc_big(struct wl_arena *a, size_t need)
{
	struct arena_big *b = wl_xmalloc(sizeof *b + need);

	memset(b->data, 0, need);
	arena_link_big(a, b);
	a->total += sizeof *b + need;
	return b->data;
}

void *
wl_arena_alloc(struct wl_arena *a, size_t size)
{
	struct arena_chunk	*c = a->chunks;
	size_t			 need = arena_need(size);
	void			*p;

	if (need > ARENA_BIG)
		return arena_alloc_big(a, need);
	if (c == NULL || c->size - c->used < need)
		c = arena_new_chunk(a);
	p = c->data + c->used;
	c->used += need;
	memset(p, 0, size);
	return p;
}

/*
 * wl_arena_grow; with zero false, a big block's new bytes are left as the
 * allocator gives them, so the pages of a doubled array's unused half are
 * not made resident by zeroing them (wl_vec_reserve zeroes each element it
 * hands out).
 */
static void *
arena_grow(struct wl_arena *a, void *old, size_t old_size, size_t new_size,
    bool zero)
{
	size_t			 old_need = arena_need(old_size);
	size_t			 new_need = arena_need(new_size);
	struct arena_big	*b;
	void			*p;

	if (old == NULL || old_need <= ARENA_BIG || new_need < old_need) {
		p = wl_arena_alloc(a, new_size);
		if (old != NULL)
			memcpy(p, old, old_size < new_size ? old_size
							   : new_size);
		return p;
	}
	/* A big block: reallocate it alone, relinked where it stood. */
	b = (struct arena_big *)((char *)old - offsetof(struct arena_big, data));
	b = wl_xrealloc(b, sizeof *b + new_need);
	if (b->prev != NULL)
		b->prev->next = b;
	else
		a->big = b;
	if (b->next != NULL)
		b->next->prev = b;
	if (zero)
		memset(b->data + old_need, 0, new_need - old_need);
	a->total += new_need - old_need;
	return b->data;
}

void *
wl_arena_grow(struct wl_arena *a, void *old, size_t old_size, size_t new_size)
{
	return arena_grow(a, old, old_size, new_size, true);
}

void
wl_vec_reserve(struct wl_arena *a, void **v, size_t *cap, size_t n,
    size_t elem)
{
	size_t newcap;

	/* Most fact arrays hold one or two entries: start small for big ones. */
	if (n >= *cap) {
		newcap = *cap ? *cap * 2 :
		    elem >= 256 ? 1 : elem >= 64 ? 2 : 8;
		*v = arena_grow(a, *v, *cap * elem, newcap * elem, false);
		*cap = newcap;
	}
	/* Element n may be left over from an array that was cut short, or never zeroed. */
	memset((char *)*v + n * elem, 0, elem);
}

void
wl_vec_reserve_exact(struct wl_arena *a, void **v, size_t *cap, size_t count,
    size_t elem)
{
	if (count <= *cap)
		return;
	*v = wl_arena_grow(a, *v, *cap * elem, count * elem);
	*cap = count;
}

void
wl_vec_append(struct wl_arena *a, void **v, size_t *cap, size_t *n,
    const void *src, size_t count, size_t elem)
{
	size_t newcap = *cap;

	if (count == 0)
		return;
	while (newcap < *n + count)
		newcap = newcap != 0 ? 2 * newcap : count;
	/* Not zeroed: the copy fills what is appended, wl_vec_reserve zeroes each element pushed after it. */
	if (newcap > *cap) {
		*v = arena_grow(a, *v, *cap * elem, newcap * elem, false);
		*cap = newcap;
	}
	memcpy((char *)*v + *n * elem, src, count * elem);
	*n += count;
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

static void
arena_free_deferred(void *a)
{
	wl_arena_free(a);
}

struct wl_arena *
wl_arena_new_within(struct wl_arena *parent)
{
	struct wl_arena *a = wl_arena_new();

	wl_arena_defer(parent, arena_free_deferred, a);
	return a;
}

size_t
wl_arena_size(const struct wl_arena *a)
{
	return a->total;
}
