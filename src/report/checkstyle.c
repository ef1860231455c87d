/* checkstyle.c - Checkstyle 4.3 XML: a <file> per file, an <error> per finding, for Jenkins and reviewdog. */
#include <stdlib.h>
#include <string.h>

#include "report/report.h"

static void
checkstyle_error(FILE *out, const struct wl_diag *d)
{
	fprintf(out, "    <error line=\"%u\" column=\"%u\" severity=\"%s\" "
	    "message=\"", d->loc.line, d->loc.col,
	    wl_severity_name(d->severity));
	wl_xml_escape(out, d->message, true);
	fputs("\" source=\"wasmlint.", out);
	wl_xml_escape(out, d->rule_id, true);
	fputs("\"/>\n", out);
}

void
wl_report_checkstyle(FILE *out, const struct wl_diag *diags, size_t n,
    const struct wl_report_info *info)
{
	const struct wl_diag	**order = wl_report_by_file(diags, n);
	const char		 *file = NULL;
	size_t			  i;

	(void)info;
	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	      "<checkstyle version=\"4.3\">\n", out);
	for (i = 0; i < n; i++) {
		const struct wl_diag *d = order[i];

		if (file == NULL || strcmp(file, d->loc.file) != 0) {
			if (file != NULL)
				fputs("  </file>\n", out);
			file = d->loc.file;
			fputs("  <file name=\"", out);
			wl_xml_escape(out, file, true);
			fputs("\">\n", out);
		}
		checkstyle_error(out, d);
	}
	if (file != NULL)
		fputs("  </file>\n", out);
	fputs("</checkstyle>\n", out);
	free(order);
}
