/* context.h - files read for reference only (--context): their facts count, their findings are not reported. */
#ifndef WASMLINT_ENGINE_CONTEXT_H
#define WASMLINT_ENGINE_CONTEXT_H

#include <stddef.h>

#include "diag/sink.h"

struct wl_context_files {
	const char	**names;	/* as the findings name them */
	size_t		  n;
	size_t		  cap;
};

void	wl_context_add(struct wl_arena *, struct wl_context_files *,
	    const char *name);
/* Removes the findings whose primary location is in a context file. */
void	wl_context_drop_findings(const struct wl_context_files *,
	    struct wl_sink *);

#endif
