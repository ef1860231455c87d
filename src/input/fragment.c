/* fragment.c - a file's facts and findings made apart from the run's, and merging them into the run's. */
#include "input/fragment.h"
#include "model/facts-append.h"

struct wl_fragment *
wl_fragment_new(const struct wl_facts *base)
{
	struct wl_arena		*lists = wl_arena_new();
	struct wl_fragment	*fr = wl_arena_alloc(lists, sizeof *fr);

	fr->lists = lists;
	fr->facts = wl_facts_apart(base, base->arena, base->strings, lists);
	fr->sink = (struct wl_sink){ .arena = base->arena, .lists = lists };
	return fr;
}

size_t
wl_fragment_size(const struct wl_fragment *fr)
{
	return wl_arena_size(fr->lists);
}

int
wl_fragment_merge(struct wl_facts *f, struct wl_sink *sink,
    struct wl_fragment *fr)
{
	int rc = fr->rc;

	wl_facts_append(f, &fr->facts);
	wl_sink_append(sink, &fr->sink);
	wl_arena_free(fr->lists);
	return rc;
}
