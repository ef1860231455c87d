/* elsewhere.h - naming the workloads of other namespaces that a selector which selects nothing would select. */
#ifndef WASMLINT_CHECK_ELSEWHERE_H
#define WASMLINT_CHECK_ELSEWHERE_H

#include "check/check.h"

/*
 * Relates to d the first few of sel->elsewhere, and hints where the
 * resource belongs; returns how many workloads there are.
 */
size_t	wl_relate_elsewhere(struct wl_check *, const struct wl_object *owner,
	    const struct wl_selection *sel, struct wl_diag *d);

#endif
