/* prefetch.c - a small pool of reader threads: each file read and parsed by one worker (its own libyaml parser and arenas), the slots a ring the consumer empties in order. */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#include "input/prefetch.h"
#include "util/xmalloc.h"

/* Files a thread may read ahead of the consumer: enough to keep it busy, few enough to bound memory. */
#define AHEAD_PER_JOB	4

struct slot {
	struct wl_loaded	loaded;
	size_t			index;	/* the file it holds */
	int			ready;
};

struct wl_prefetch {
	const char *const	*paths;
	size_t			 n;
	size_t			 next;		/* the next file to claim */
	size_t			 taken;		/* files before it are taken */
	size_t			 window;	/* slots in the ring */
	struct slot		*slots;
	pthread_mutex_t		 mu;
	pthread_cond_t		 room;		/* a slot was freed */
	pthread_cond_t		 done;		/* a slot was filled */
	pthread_t		*threads;
	unsigned		 nthreads;
};

static void *
worker(void *arg)
{
	struct wl_prefetch	*p = arg;
	struct wl_loaded	 l;
	size_t			 i;

	pthread_mutex_lock(&p->mu);
	for (;;) {
		while (p->next < p->n && p->next >= p->taken + p->window)
			pthread_cond_wait(&p->room, &p->mu);
		if (p->next >= p->n)
			break;
		i = p->next++;
		pthread_mutex_unlock(&p->mu);
		wl_load_read(&l, p->paths[i], true);
		pthread_mutex_lock(&p->mu);
		p->slots[i % p->window] = (struct slot){ l, i, 1 };
		pthread_cond_broadcast(&p->done);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

struct wl_prefetch *
wl_prefetch_start(const char *const *paths, size_t n, unsigned jobs)
{
	struct wl_prefetch	*p = wl_xcalloc(1, sizeof *p);
	unsigned		 i;

	p->paths = paths;
	p->n = n;
	p->nthreads = jobs > 0 ? jobs : 1;
	p->window = (size_t)p->nthreads * AHEAD_PER_JOB;
	p->slots = wl_xcalloc(p->window, sizeof *p->slots);
	p->threads = wl_xcalloc(p->nthreads, sizeof *p->threads);
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->room, NULL);
	pthread_cond_init(&p->done, NULL);
	for (i = 0; i < p->nthreads; i++)
		if (pthread_create(&p->threads[i], NULL, worker, p) != 0)
			break;
	p->nthreads = i;	/* none: wl_prefetch_take reads each file itself */
	return p;
}

void
wl_prefetch_take(struct wl_prefetch *p, size_t i, struct wl_loaded *out)
{
	struct slot *s = &p->slots[i % p->window];

	if (p->nthreads == 0) {
		wl_load_read(out, p->paths[i], true);
		return;
	}
	pthread_mutex_lock(&p->mu);
	while (!s->ready || s->index != i)
		pthread_cond_wait(&p->done, &p->mu);
	*out = s->loaded;
	s->ready = 0;
	p->taken = i + 1;
	pthread_cond_broadcast(&p->room);
	pthread_mutex_unlock(&p->mu);
}

void
wl_prefetch_end(struct wl_prefetch *p)
{
	unsigned i;

	for (i = 0; i < p->nthreads; i++)
		pthread_join(p->threads[i], NULL);
	pthread_mutex_destroy(&p->mu);
	pthread_cond_destroy(&p->room);
	pthread_cond_destroy(&p->done);
	free(p->threads);
	free(p->slots);
	free(p);
}

unsigned
wl_prefetch_default_jobs(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n > 0 ? (unsigned)n : 1;
}
