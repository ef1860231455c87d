/* chunked.c - a per-finding format rendered on two threads: a helper renders every other chunk of findings into memory, the caller the rest, written in order. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "report/report.h"
#include "report/source.h"

/* Findings a chunk holds: enough that handing one over costs little. */
#define CHUNK	512

/* A chunk the helper rendered, waiting to be written. */
struct chunk_slot {
	char	*text;
	size_t	 len;
	bool	 ready;
};

struct chunked {
	const struct wl_diag		*diags;
	size_t				 n;
	struct wl_report_info		 info;	/* the helper's: its own source */
	wl_render_fn			 render;
	struct chunk_slot		 slots[2];	/* the helper runs a chunk ahead */
	pthread_mutex_t			 mu;
	pthread_cond_t			 changed;
};

/* The helper's chunks are the odd ones: 1, 3, 5, ...; chunk c goes in slot (c / 2) % 2. */
static struct chunk_slot *
slot_of(struct chunked *c, size_t chunk)
{
	return &c->slots[(chunk / 2) % 2];
}

static size_t
chunk_len(const struct chunked *c, size_t chunk)
{
	size_t from = chunk * CHUNK;

	return c->n - from < CHUNK ? c->n - from : CHUNK;
}

static void *
helper(void *arg)
{
	struct chunked		*c = arg;
	struct chunk_slot	*s;
	char			*text;
	size_t			 k, len;
	FILE			*mem;

	for (k = 1; k * CHUNK < c->n; k += 2) {
		text = NULL;
		len = 0;
		if ((mem = open_memstream(&text, &len)) != NULL) {
			c->render(mem, c->diags + k * CHUNK, chunk_len(c, k),
			    &c->info);
			if (fclose(mem) != 0) {
				free(text);
				text = NULL;
			}
		}
		s = slot_of(c, k);
		pthread_mutex_lock(&c->mu);
		while (s->ready)
			pthread_cond_wait(&c->changed, &c->mu);
		*s = (struct chunk_slot){ text, len, true };
		pthread_cond_broadcast(&c->changed);
		pthread_mutex_unlock(&c->mu);
	}
	return NULL;
}

/*
 * Writes the helper's chunk k once it is there; renders it here when the
 * helper could not (no memory for its text).
 */
static void
write_helper_chunk(FILE *out, struct chunked *c, size_t k,
    const struct wl_report_info *info)
{
	struct chunk_slot	*s = slot_of(c, k);
	struct chunk_slot	 got;

	pthread_mutex_lock(&c->mu);
	while (!s->ready)
		pthread_cond_wait(&c->changed, &c->mu);
	got = *s;
	*s = (struct chunk_slot){ NULL, 0, false };
	pthread_cond_broadcast(&c->changed);
	pthread_mutex_unlock(&c->mu);
	if (got.text != NULL)
		fwrite(got.text, 1, got.len, out);
	else
		c->render(out, c->diags + k * CHUNK, chunk_len(c, k), info);
	free(got.text);
}

void
wl_report_chunked(FILE *out, const struct wl_diag *diags, size_t n,
    const struct wl_report_info *info, wl_render_fn render)
{
	struct chunked	 c = { .diags = diags, .n = n, .info = *info,
			    .render = render };
	pthread_t	 thread;
	size_t		 k;

	if (info->jobs < 2 || n <= CHUNK) {
		render(out, diags, n, info);
		return;
	}
	c.info.source = wl_source_copy(info->source);
	pthread_mutex_init(&c.mu, NULL);
	pthread_cond_init(&c.changed, NULL);
	if (pthread_create(&thread, NULL, helper, &c) != 0)
		render(out, diags, n, info);
	else {
		for (k = 0; k * CHUNK < n; k++) {
			if (k % 2 == 0)
				render(out, diags + k * CHUNK,
				    chunk_len(&c, k), info);
			else
				write_helper_chunk(out, &c, k, info);
		}
		pthread_join(thread, NULL);
	}
	pthread_cond_destroy(&c.changed);
	pthread_mutex_destroy(&c.mu);
	wl_source_free(c.info.source);
}
