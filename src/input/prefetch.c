/* prefetch.c - a small pool of reader threads: each file read, parsed and taken into a fragment by one worker (its own libyaml parser, arenas and strings), the slots a ring the consumer empties in order. */
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <unistd.h>

#include "input/fragment.h"
#include "input/prefetch.h"
#include "model/facts-append.h"
#include "util/arena.h"
#include "util/intern.h"
#include "util/xmalloc.h"

/* Files a thread may read ahead of the consumer: enough to keep it busy, few enough to bound memory. */
#define AHEAD_PER_JOB	16
/*
 * Bytes (fragments, or text and parsed documents) the files read ahead may
 * hold before no thread starts another but the one the consumer waits for:
 * big files would otherwise hold AHEAD_PER_JOB times their size per thread.
 */
#define AHEAD_BYTES	(8 * 1024 * 1024)
/*
 * What a module file held open counts for against AHEAD_BYTES, so that at
 * most 64 descriptors are held open ahead whatever -j (the usual limit is
 * 1024), besides the one each thread has open while it reads a file.
 */
#define AHEAD_FD_BYTES	(AHEAD_BYTES / 64)
/* Ready files that wake a waiting consumer at most: the scan for them is under the lock. */
#define BATCH_MAX	16

struct slot {
	struct wl_loaded	loaded;
	size_t			index;	/* the file it holds */
	size_t			bytes;	/* what it holds */
	int			ready;
};

struct wl_prefetch;

/*
 * A reader thread, and the facts its fragments are made from: their
 * strings and arrays go into its arena, which the run's arena frees.
 */
struct reader {
	struct wl_prefetch	*p;
	struct wl_facts		 base;
	pthread_t		 thread;
};

struct wl_prefetch {
	const struct wl_prefetch_file *files;
	size_t			 n;
	size_t			 next;		/* the next file to claim */
	size_t			 taken;		/* files before it are taken */
	size_t			 window;	/* slots in the ring */
	size_t			 batch;		/* ready files that wake the consumer */
	size_t			 held;		/* bytes of the ready slots */
	struct slot		*slots;
	pthread_mutex_t		 mu;
	pthread_cond_t		 room;		/* slots were freed */
	pthread_cond_t		 done;		/* slots were filled */
	bool			 consumer_waits;	/* on done */
	unsigned		 readers_wait;	/* on room */
	struct reader		*readers;
	unsigned		 nthreads;
};

/* The file's fragment, or its text and the arenas of its documents, or its descriptor. */
static size_t
loaded_bytes(const struct wl_loaded *l)
{
	size_t n = l->len, i;

	if (l->fd >= 0)
		return AHEAD_FD_BYTES;
	if (l->fragment != NULL)
		n += wl_fragment_size(l->fragment);
	for (i = 0; i < l->nitems; i++)
		if (l->items[i].r > 0)
			n += wl_arena_size(l->items[i].doc.arena);
	return n;
}

/* Whether a thread must wait before claiming the next file. */
static bool
must_wait(const struct wl_prefetch *p)
{
	if (p->next >= p->n || p->next == p->taken)
		return false;
	return p->next >= p->taken + p->window || p->held >= AHEAD_BYTES;
}

/* The files ready from the next one to take on, up to at most batch. */
static size_t
ready_run(const struct wl_prefetch *p)
{
	const struct slot	*s;
	size_t			 k;

	for (k = 0; k < p->batch && p->taken + k < p->n; k++) {
		s = &p->slots[(p->taken + k) % p->window];
		if (!s->ready || s->index != p->taken + k)
			break;
	}
	return k;
}

/*
 * Wakes a waiting consumer once the file it waits for is ready and either
 * a batch is ready behind it, or no more files are to be read ahead (all
 * are claimed, or the readers must wait for room): waking it for every
 * file costs two context switches a file. Called with the lock held, after
 * a slot is filled and before a reader waits or ends, so the consumer is
 * never left waiting for a file that is ready while the readers wait.
 */
static void
wake_consumer_when_due(struct wl_prefetch *p)
{
	size_t ready;

	if (!p->consumer_waits || (ready = ready_run(p)) == 0)
		return;
	if (ready >= p->batch || p->next >= p->n || must_wait(p))
		pthread_cond_signal(&p->done);
}

static void *
worker(void *arg)
{
	struct reader		*r = arg;
	struct wl_prefetch	*p = r->p;
	struct wl_loaded	 l;
	size_t			 i, bytes;

	pthread_mutex_lock(&p->mu);
	for (;;) {
		while (must_wait(p)) {
			wake_consumer_when_due(p);
			p->readers_wait++;
			pthread_cond_wait(&p->room, &p->mu);
			p->readers_wait--;
		}
		if (p->next >= p->n)
			break;
		i = p->next++;
		pthread_mutex_unlock(&p->mu);
		wl_load_read(&l, p->files[i].path, true);
		wl_load_extract(&l, p->files[i].path, p->files[i].origin,
		    &r->base);
		bytes = loaded_bytes(&l);
		pthread_mutex_lock(&p->mu);
		p->slots[i % p->window] = (struct slot){ l, i, bytes, 1 };
		p->held += bytes;
		wake_consumer_when_due(p);
	}
	wake_consumer_when_due(p);
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

/* The reader's facts: the run's settings, and an arena the run's arena frees. */
static void
reader_init(struct reader *r, struct wl_prefetch *p,
    const struct wl_facts *run)
{
	struct wl_arena *a = wl_arena_new_within(run->arena);

	r->p = p;
	r->base = wl_facts_apart(run, a, wl_intern_new(a), NULL);
}

struct wl_prefetch *
wl_prefetch_start(const struct wl_prefetch_file *files, size_t n,
    unsigned jobs, const struct wl_facts *run)
{
	struct wl_prefetch	*p = wl_xcalloc(1, sizeof *p);
	unsigned		 i;

	p->files = files;
	p->n = n;
	p->nthreads = jobs > 0 ? jobs : 1;
	p->window = (size_t)p->nthreads * AHEAD_PER_JOB;
	p->batch = p->window / 2 < BATCH_MAX ? p->window / 2 : BATCH_MAX;
	p->slots = wl_xcalloc(p->window, sizeof *p->slots);
	p->readers = wl_xcalloc(p->nthreads, sizeof *p->readers);
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->room, NULL);
	pthread_cond_init(&p->done, NULL);
	for (i = 0; i < p->nthreads; i++) {
		reader_init(&p->readers[i], p, run);
		if (pthread_create(&p->readers[i].thread, NULL, worker,
		    &p->readers[i]) != 0)
			break;
	}
	p->nthreads = i;	/* none: wl_prefetch_take reads each file itself */
	return p;
}

void
wl_prefetch_take(struct wl_prefetch *p, size_t i, struct wl_loaded *out)
{
	struct slot *s = &p->slots[i % p->window];

	if (p->nthreads == 0) {
		wl_load_read(out, p->files[i].path, true);
		return;
	}
	pthread_mutex_lock(&p->mu);
	while (!s->ready || s->index != i) {
		p->consumer_waits = true;
		pthread_cond_wait(&p->done, &p->mu);
		p->consumer_waits = false;
	}
	*out = s->loaded;
	s->ready = 0;
	p->held -= s->bytes;
	p->taken = i + 1;
	if (p->readers_wait > 0 && !must_wait(p))
		pthread_cond_broadcast(&p->room);
	pthread_mutex_unlock(&p->mu);
}

void
wl_prefetch_end(struct wl_prefetch *p)
{
	unsigned i;

	for (i = 0; i < p->nthreads; i++)
		pthread_join(p->readers[i].thread, NULL);
	pthread_mutex_destroy(&p->mu);
	pthread_cond_destroy(&p->room);
	pthread_cond_destroy(&p->done);
	free(p->readers);
	free(p->slots);
	free(p);
}

unsigned
wl_prefetch_default_jobs(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n > 0 ? (unsigned)n : 1;
}
