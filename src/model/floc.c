/* floc.c - the run's file table, and packing locations into facts and back. */
#include <pthread.h>
#include <stdlib.h>

#include "model/facts.h"
#include "model/floc.h"
#include "util/xmalloc.h"

/* Reader threads add files while the run's thread reads names: both under mu. */
struct wl_files {
	pthread_mutex_t	  mu;
	const char	**v;
	uint32_t	  n;
	uint32_t	  cap;
};

static void
files_free(void *p)
{
	struct wl_files *t = p;

	pthread_mutex_destroy(&t->mu);
	free(t->v);
	free(t);
}

struct wl_files *
wl_files_new(struct wl_arena *a)
{
	struct wl_files *t = wl_xcalloc(1, sizeof *t);

	pthread_mutex_init(&t->mu, NULL);
	wl_arena_defer(a, files_free, t);
	return t;
}

uint32_t
wl_files_add(struct wl_files *t, const char *path)
{
	uint32_t id;

	pthread_mutex_lock(&t->mu);
	if (t->n == t->cap) {
		if (t->cap == UINT32_MAX / 2)
			abort();	/* 2^31 files: more than any run reads */
		t->cap = t->cap != 0 ? 2 * t->cap : 64;
		t->v = wl_xrealloc(t->v, (size_t)t->cap * sizeof *t->v);
	}
	t->v[t->n++] = path;
	id = t->n;
	pthread_mutex_unlock(&t->mu);
	return id;
}

uint32_t
wl_facts_file(struct wl_facts *f, const char *path)
{
	if (f->files == NULL)
		f->files = wl_files_new(f->arena);
	return wl_files_add(f->files, path);
}

const char *
wl_files_name(struct wl_files *t, uint32_t id)
{
	const char *name;

	if (id == 0 || t == NULL)
		return NULL;
	pthread_mutex_lock(&t->mu);
	name = id <= t->n ? t->v[id - 1] : NULL;
	pthread_mutex_unlock(&t->mu);
	return name;
}

struct wl_loc
wl_floc_in(const struct wl_floc *l, const char *file)
{
	return (struct wl_loc){ file, l->line, l->col, l->end_line, l->end_col,
		l->offset == WL_FLOC_NO_OFFSET ? WL_NO_OFFSET : l->offset };
}

struct wl_loc
wl_floc_loc(struct wl_files *t, const struct wl_floc *l)
{
	return wl_floc_in(l, wl_files_name(t, l->file));
}

struct wl_floc
wl_floc_pack(const struct wl_loc *l, uint32_t id)
{
	return (struct wl_floc){ id, l->line, l->col, l->end_line, l->end_col,
		l->offset >= WL_FLOC_NO_OFFSET ? WL_FLOC_NO_OFFSET :
		(uint32_t)l->offset };
}
