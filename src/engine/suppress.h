/* suppress.h - dropping the findings that comments and annotations suppress. */
#ifndef WASMLINT_ENGINE_SUPPRESS_H
#define WASMLINT_ENGINE_SUPPRESS_H

#include <stdbool.h>

#include "diag/sink.h"
#include "model/facts.h"

/*
 * Removes from sink every finding a suppression in facts covers, marking the
 * suppression used; reports suppressions naming unknown rules (WL1006) and,
 * when report_unused, those that covered nothing (WL1007).
 */
void	wl_apply_suppressions(struct wl_facts *, struct wl_sink *,
	    bool report_unused);

#endif
