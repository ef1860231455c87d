/* formats.c - the table of output formats that --format chooses from. */
#include <string.h>

#include "report/report.h"

const struct wl_format wl_formats[] = {
	{ "text", "gcc-style lines with source snippets (default)",
	    wl_report_text },
	{ "concise", "one line per finding, no snippets",
	    wl_report_concise },
	{ "json", "versioned JSON document (docs/json-format.md)",
	    wl_report_json },
	{ "sarif", "SARIF 2.1.0 for GitHub code scanning", wl_report_sarif },
	{ "github", "GitHub Actions annotations (workflow commands)",
	    wl_report_github },
	{ "junit", "JUnit XML, a testsuite per file", wl_report_junit },
	{ "checkstyle", "Checkstyle 4.3 XML", wl_report_checkstyle },
	{ NULL, NULL, NULL },
};

const struct wl_format *
wl_format_find(const char *name)
{
	const struct wl_format *f;

	for (f = wl_formats; f->name != NULL; f++)
		if (strcmp(f->name, name) == 0)
			return f;
	return NULL;
}
