/* context.c - keeping the findings of --context files out of the report. */
#include <stdlib.h>
#include <string.h>

#include "engine/context.h"

void
wl_context_add(struct wl_arena *a, struct wl_context_files *c,
    const char *name)
{
	wl_vec_reserve(a, (void **)&c->names, &c->cap, c->n, sizeof *c->names);
	c->names[c->n++] = wl_arena_strdup(a, name);
}

static int
context_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void
wl_context_drop_findings(const struct wl_context_files *c,
    struct wl_sink *sink)
{
	size_t i, kept = 0;

	if (c->n == 0)
		return;
	qsort(c->names, c->n, sizeof *c->names, context_cmp);
	for (i = 0; i < sink->diags.n; i++) {
		const char *file = sink->diags.v[i].loc.file;

		if (file == NULL || bsearch(&file, c->names, c->n,
		    sizeof *c->names, context_cmp) == NULL)
			sink->diags.v[kept++] = sink->diags.v[i];
	}
	sink->diags.n = kept;
}
