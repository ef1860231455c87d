/* intern.c - string interning: an open-addressing table of the short strings, their bytes packed in blocks of the arena. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/intern.h"
#include "util/xmalloc.h"

/* Strings longer than this are copied, not looked up: they are mostly unique (JSON, certificates). */
#define INTERN_MAX	64
/* The bytes strings are packed into, taken from the arena at a time. */
#define INTERN_BLOCK	(8 * 1024)

struct slot {
	const char	*s;	/* NULL: empty */
	uint32_t	 hash;
	uint32_t	 len;
};

struct wl_intern {
	struct wl_arena	*arena;
	struct slot	*slots;
	size_t		 nslots;	/* a power of two */
	size_t		 used;
	char		*block;		/* where the next string goes */
	size_t		 left;		/* bytes left in block */
};

static void
intern_free(void *p)
{
	struct wl_intern *t = p;

	free(t->slots);
	free(t);
}

struct wl_intern *
wl_intern_new(struct wl_arena *a)
{
	struct wl_intern *t = wl_xcalloc(1, sizeof *t);

	t->arena = a;
	t->nslots = 1024;
	t->slots = wl_xcalloc(t->nslots, sizeof *t->slots);
	wl_arena_defer(a, intern_free, t);
	return t;
}

/* FNV-1a. */
static uint32_t
hash_of(const char *s, size_t n)
{
	uint32_t h = 2166136261u;

	while (n-- > 0)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

/* A copy of s (n bytes and a NUL) packed into the current block. */
static const char *
copy(struct wl_intern *t, const char *s, size_t n)
{
	char *p;

	if (n + 1 > INTERN_BLOCK / 4) {
		p = wl_arena_alloc(t->arena, n + 1);
	} else {
		if (t->left < n + 1) {
			t->block = wl_arena_alloc(t->arena, INTERN_BLOCK);
			t->left = INTERN_BLOCK;
		}
		p = t->block;
		t->block += n + 1;
		t->left -= n + 1;
	}
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

static void
grow(struct wl_intern *t)
{
	struct slot	*old = t->slots;
	size_t		 n = t->nslots, i, j;

	t->nslots *= 2;
	t->slots = wl_xcalloc(t->nslots, sizeof *t->slots);
	for (i = 0; i < n; i++) {
		if (old[i].s == NULL)
			continue;
		for (j = old[i].hash & (t->nslots - 1); t->slots[j].s != NULL;
		    j = (j + 1) & (t->nslots - 1))
			;
		t->slots[j] = old[i];
	}
	free(old);
}

const char *
wl_intern(struct wl_intern *t, const char *s, size_t n)
{
	return n > INTERN_MAX ? copy(t, s, n) : wl_intern_text(t, s, n);
}

const char *
wl_intern_text(struct wl_intern *t, const char *s, size_t n)
{
	const char	*kept;
	uint32_t	 h;
	size_t		 i;

	if (n > UINT32_MAX)
		return copy(t, s, n);
	h = hash_of(s, n);
	for (i = h & (t->nslots - 1); t->slots[i].s != NULL;
	    i = (i + 1) & (t->nslots - 1))
		if (t->slots[i].hash == h && t->slots[i].len == n &&
		    memcmp(t->slots[i].s, s, n) == 0)
			return t->slots[i].s;
	kept = copy(t, s, n);
	t->slots[i] = (struct slot){ kept, h, (uint32_t)n };
	if (++t->used * 4 > t->nslots * 3)
		grow(t);
	return kept;
}
