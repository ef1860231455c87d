/* seen.c - an open-addressing hash set of (device, inode) pairs. */
#include <stdint.h>
#include <stdlib.h>

#include "input/seen.h"
#include "util/xmalloc.h"

struct seen_slot {
	dev_t	dev;
	ino_t	ino;
	bool	used;
};

struct wl_seen {
	struct seen_slot	*slots;
	size_t			 cap;	/* a power of two */
	size_t			 n;
};

struct wl_seen *
wl_seen_new(void)
{
	struct wl_seen *s = wl_xcalloc(1, sizeof *s);

	s->cap = 256;
	s->slots = wl_xcalloc(s->cap, sizeof *s->slots);
	return s;
}

void
wl_seen_free(struct wl_seen *s)
{
	if (s == NULL)
		return;
	free(s->slots);
	free(s);
}

static size_t
seen_hash(dev_t dev, ino_t ino)
{
	uint64_t h = (uint64_t)ino * 0x9e3779b97f4a7c15ULL ^ (uint64_t)dev;

	return (size_t)(h ^ (h >> 29));
}

/* The slot holding (dev, ino), or the empty slot where it belongs. */
static struct seen_slot *
seen_find(struct seen_slot *slots, size_t cap, dev_t dev, ino_t ino)
{
	size_t i = seen_hash(dev, ino) & (cap - 1);

	while (slots[i].used && (slots[i].dev != dev || slots[i].ino != ino))
		i = (i + 1) & (cap - 1);
	return &slots[i];
}

static void
seen_grow(struct wl_seen *s)
{
	struct seen_slot	*old = s->slots;
	size_t			 i, oldcap = s->cap;

	s->cap *= 2;
	s->slots = wl_xcalloc(s->cap, sizeof *s->slots);
	for (i = 0; i < oldcap; i++)
		if (old[i].used)
			*seen_find(s->slots, s->cap, old[i].dev, old[i].ino) =
			    old[i];
	free(old);
}

bool
wl_seen_add(struct wl_seen *s, dev_t dev, ino_t ino)
{
	struct seen_slot *slot;

	if (2 * (s->n + 1) > s->cap)
		seen_grow(s);
	slot = seen_find(s->slots, s->cap, dev, ino);
	if (slot->used)
		return false;
	slot->dev = dev;
	slot->ino = ino;
	slot->used = true;
	s->n++;
	return true;
}
