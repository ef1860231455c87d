/* report.h - renderers of diagnostics; the CLI picks one and owns the stream. */
#ifndef WASMLINT_REPORT_REPORT_H
#define WASMLINT_REPORT_REPORT_H

#include <stdio.h>

#include "report/source.h"
#include "wasmlint/diag.h"

/*
 * gcc/clang-style text: "FILE:LINE:COL: SEVERITY: MESSAGE [ID slug]", the
 * source line with a caret under the node, "note:" lines for related
 * locations and a "help:" line for the hint.
 */
void	wl_report_text(FILE *, const struct wl_diag *, size_t n,
	    struct wl_source *);

#endif
