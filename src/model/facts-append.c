/* facts-append.c - facts extracted apart from the run's, and appending them to the run's. */
#include <stdlib.h>

#include "model/facts-append.h"

struct wl_facts
wl_facts_apart(const struct wl_facts *run, struct wl_arena *arena,
    struct wl_intern *strings, struct wl_arena *lists)
{
	if (run->files == NULL)
		abort();	/* each part would make a table of its own */
	return (struct wl_facts){ .arena = arena, .files = run->files,
		.lists = lists, .strings = strings,
		.root_namespace = run->root_namespace,
		.istio_version = run->istio_version, .hosts = run->hosts,
		.validate = run->validate };
}

void
wl_facts_append(struct wl_facts *run, const struct wl_facts *part)
{
	struct wl_arena *a = run->lists != NULL ? run->lists : run->arena;

#define APPEND_LIST(type, name) WL_VEC_APPEND(a, &run->name, &part->name);
	WL_FACTS_LOADED(APPEND_LIST)
#undef APPEND_LIST
	run->nmanifests += part->nmanifests;
}
