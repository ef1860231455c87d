/* near-miss.h - the workload a selector that matches nothing most plausibly meant. */
#ifndef WASMLINT_MODEL_NEAR_MISS_H
#define WASMLINT_MODEL_NEAR_MISS_H

#include <stdbool.h>

#include "model/facts.h"

/* Why a workload looks like the one a selector meant. */
enum wl_near_why {
	WL_NEAR_OWN_LABELS,	/* its own metadata.labels hold every selector label */
	WL_NEAR_NAME,		/* its metadata.name is a selector label's value */
	WL_NEAR_TYPO,		/* its pod labels hold each selector label, or one a typo away */
};

struct wl_near_miss {
	const struct wl_workload	*w;
	enum wl_near_why		 why;
	const struct wl_pair		*want;	/* the selector label (NAME, TYPO) */
	const struct wl_pair		*have;	/* the workload's label a typo from want (TYPO) */
};

/*
 * Whether sel is a selector (no targetRefs) that selects none of the
 * workloads of its scope, while the inputs hold some, and no Gateway of the
 * inputs stands for pods Istio's controller creates with its labels
 * (WL2706): the case WL2301 or WL2303 reports.
 */
bool	wl_selection_unmatched(const struct wl_facts *,
	    const struct wl_selection *sel);
/*
 * The first workload of sel's scope (selected by nothing of sel) that one of
 * the reasons above ties to sel; false when none does, which leaves open
 * that the selected workload is in files not given.
 */
bool	wl_selection_near_miss(const struct wl_selection *sel,
	    struct wl_near_miss *out);
/*
 * Whether a and b differ by one typo (insertion, deletion, substitution or
 * swap of neighbours) rather than name two of a family: values shorter than
 * four characters, and segments (between - . _ /) that differ as numbers
 * (v1, v2) or as single characters (web-a, web-b), do not count.
 */
bool	wl_one_typo(const char *a, const char *b);

#endif
