/* report.h - renderers of diagnostics, one per output format; the CLI picks them and owns the streams. */
#ifndef WASMLINT_REPORT_REPORT_H
#define WASMLINT_REPORT_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "report/source.h"
#include "wasmlint/diag.h"

/* What a renderer may need besides the diagnostics. */
struct wl_report_info {
	const char		*tool_version;
	size_t			 manifests;	/* files read */
	size_t			 modules;
	bool			 color;		/* text formats: ANSI colours */
	struct wl_source	*source;	/* source lines for snippets */
};

struct wl_format {
	const char	*name;		/* as in --format NAME */
	const char	*summary;	/* one line for --help */
	void		(*render)(FILE *, const struct wl_diag *, size_t n,
			    const struct wl_report_info *);
};

/* Every format, NULL-name terminated. */
extern const struct wl_format	wl_formats[];

/* The format called name, or NULL. */
const struct wl_format	*wl_format_find(const char *name);

/*
 * gcc/clang-style text: "FILE:LINE:COL: SEVERITY: MESSAGE [ID slug]", the
 * source line with a caret under the node, "note:" lines for related
 * locations and a "help:" line for the hint.
 */
void	wl_report_text(FILE *, const struct wl_diag *, size_t n,
	    const struct wl_report_info *);

#endif
