/* formats.c - the table of output formats that --format chooses from. */
#include <string.h>

#include "report/report.h"

const struct wl_format wl_formats[] = {
	{ "text", "gcc-style lines with source snippets (default)",
	    wl_report_text },
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
