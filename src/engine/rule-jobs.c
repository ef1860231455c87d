/* rule-jobs.c - the rules of a run shared out among threads: each takes the next rule not yet taken, into that rule's own sink, and the sinks are appended in the rules' order. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

#include "check/check.h"
#include "engine/rule-jobs.h"
#include "util/intern.h"
#include "util/xmalloc.h"

struct rule_task {
	const struct wl_rule	*rule;
	struct wl_sink		 sink;
};

struct rule_jobs;

/*
 * A thread running rules: its findings' texts in an arena that keep frees
 * (each distinct text once, in texts), their lists in lists, freed once
 * appended to the run's sink.
 */
struct rule_worker {
	struct rule_jobs	*jobs;
	struct wl_arena		*arena;
	struct wl_arena		*lists;
	struct wl_intern	*texts;
	pthread_t		 thread;
};

struct rule_jobs {
	const struct wl_facts	*facts;
	struct rule_task	*tasks;
	size_t			 n;
	atomic_size_t		 next;		/* the next task to take */
};

/* Runs one rule's check into sink, with a scratch arena of its own. */
static void
rule_check(const struct wl_facts *facts, const struct wl_rule *rule,
    struct wl_sink *sink)
{
	struct wl_check c = { facts, rule, sink, wl_arena_new() };

	rule->check(&c);
	wl_arena_free(c.scratch);
}

static void *
rule_worker_run(void *arg)
{
	struct rule_worker	*w = arg;
	struct rule_jobs	*j = w->jobs;
	size_t			 i;

	while ((i = atomic_fetch_add(&j->next, 1)) < j->n) {
		j->tasks[i].sink = (struct wl_sink){ .arena = w->arena,
			.lists = w->lists, .texts = w->texts };
		rule_check(j->facts, j->tasks[i].rule, &j->tasks[i].sink);
	}
	return NULL;
}

void
wl_rules_run(const struct wl_facts *facts, const struct wl_rule *const *rules,
    size_t n, unsigned jobs, struct wl_sink *sink, struct wl_arena *keep)
{
	struct rule_jobs	 j = { facts, NULL, n, 0 };
	struct rule_worker	*w;
	size_t			 i, started = 0;

	if (jobs > n)
		jobs = (unsigned)n;
	if (jobs <= 1) {
		for (i = 0; i < n; i++)
			rule_check(facts, rules[i], sink);
		return;
	}
	j.tasks = wl_xcalloc(n, sizeof *j.tasks);
	w = wl_xcalloc(jobs, sizeof *w);
	for (i = 0; i < n; i++)
		j.tasks[i].rule = rules[i];
	for (i = 0; i < jobs; i++) {
		w[i] = (struct rule_worker){ &j, wl_arena_new_within(keep),
			wl_arena_new(), NULL, 0 };
		w[i].texts = wl_intern_new(w[i].arena);
	}
	/* Worker 0 is this thread; a thread that cannot start leaves its share to the others. */
	for (i = 1; i < jobs; i++)
		if (pthread_create(&w[i].thread, NULL, rule_worker_run,
		    &w[i]) == 0)
			started = i;
		else
			break;
	rule_worker_run(&w[0]);
	for (i = 1; i <= started; i++)
		pthread_join(w[i].thread, NULL);
	for (i = 0; i < n; i++)
		wl_sink_append(sink, &j.tasks[i].sink);
	for (i = 0; i < jobs; i++)
		wl_arena_free(w[i].lists);
	free(j.tasks);
	free(w);
}
