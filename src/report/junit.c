/* junit.c - JUnit XML: a testsuite per file, a failed testcase per finding. */
#include <stdlib.h>
#include <string.h>

#include "report/report.h"
#include "util/xmalloc.h"

/* The findings of one file, from order[0] to the first of another file. */
static size_t
junit_run_length(const struct wl_diag **order, size_t n)
{
	size_t k = 1;

	while (k < n && strcmp(order[k]->loc.file, order[0]->loc.file) == 0)
		k++;
	return k;
}

/* The failure's body: the text format's lines for the finding, no snippets. */
static void
junit_body(FILE *out, const struct wl_diag *d)
{
	size_t i;

	wl_xml_escape(out, d->loc.file, false);
	fprintf(out, ":%u:%u: %s: ", d->loc.line, d->loc.col,
	    wl_severity_name(d->severity));
	wl_xml_escape(out, d->message, false);
	fprintf(out, " [%s %s]", d->rule_id, d->rule_slug);
	for (i = 0; i < d->nrelated; i++) {
		fputc('\n', out);
		wl_xml_escape(out, d->related[i].loc.file, false);
		fprintf(out, ":%u:%u: note: ", d->related[i].loc.line,
		    d->related[i].loc.col);
		wl_xml_escape(out, d->related[i].message, false);
	}
	if (d->hint != NULL) {
		fputs("\nhelp: ", out);
		wl_xml_escape(out, d->hint, false);
	}
}

static void
junit_testcase(FILE *out, const struct wl_diag *d)
{
	fprintf(out, "    <testcase name=\"%s %s at %u:%u\" classname=\"",
	    d->rule_id, d->rule_slug, d->loc.line, d->loc.col);
	wl_xml_escape(out, d->loc.file, true);
	fputs("\">\n      <failure message=\"", out);
	wl_xml_escape(out, d->message, true);
	fprintf(out, "\" type=\"%s\">", wl_severity_name(d->severity));
	junit_body(out, d);
	fputs("</failure>\n    </testcase>\n", out);
}

void
wl_report_junit(FILE *out, const struct wl_diag *diags, size_t n,
    const struct wl_report_info *info)
{
	const struct wl_diag	**order = wl_report_by_file(diags, n);
	size_t			  i, k, j;

	(void)info;
	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", out);
	fprintf(out, "<testsuites name=\"wasmlint\" tests=\"%zu\" "
	    "failures=\"%zu\" errors=\"0\">\n", n, n);
	for (i = 0; i < n; i += k) {
		k = junit_run_length(order + i, n - i);
		fputs("  <testsuite name=\"", out);
		wl_xml_escape(out, order[i]->loc.file, true);
		fprintf(out, "\" tests=\"%zu\" failures=\"%zu\" errors=\"0\">\n",
		    k, k);
		for (j = i; j < i + k; j++)
			junit_testcase(out, order[j]);
		fputs("  </testsuite>\n", out);
	}
	fputs("</testsuites>\n", out);
	free(order);
}
