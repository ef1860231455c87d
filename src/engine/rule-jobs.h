/* rule-jobs.h - running a run's rules, on the -j threads when there are several. */
#ifndef WASMLINT_ENGINE_RULE_JOBS_H
#define WASMLINT_ENGINE_RULE_JOBS_H

#include <stddef.h>

#include "diag/sink.h"
#include "model/facts.h"
#include "wasmlint/rule.h"

/*
 * Runs the n rules over facts, which they only read, on up to jobs
 * threads (this one among them; 1: here alone, straight into sink). Each
 * rule reports into a sink of its own, and those are appended to sink in
 * the rules' order, so sink gets the same findings in the same order
 * whatever jobs. What the findings point to lives until keep is freed.
 */
void	wl_rules_run(const struct wl_facts *facts,
	    const struct wl_rule *const *rules, size_t n, unsigned jobs,
	    struct wl_sink *sink, struct wl_arena *keep);

#endif
