/* concise.c - one gcc-style line per finding, without snippets, notes or colour, for grep and editors. */
#include "report/report.h"

/* s on one line: a newline or carriage return inside becomes \n or \r. */
static void
concise_line(FILE *out, const char *s)
{
	for (; *s != '\0'; s++) {
		if (*s == '\n')
			fputs("\\n", out);
		else if (*s == '\r')
			fputs("\\r", out);
		else
			fputc(*s, out);
	}
}

void
wl_report_concise(FILE *out, const struct wl_diag *diags, size_t n,
    const struct wl_report_info *info)
{
	size_t i;

	(void)info;
	for (i = 0; i < n; i++) {
		const struct wl_diag *d = &diags[i];

		concise_line(out, d->loc.file);
		fprintf(out, ":%u:%u: %s: ", d->loc.line, d->loc.col,
		    wl_severity_name(d->severity));
		concise_line(out, d->message);
		fprintf(out, " [%s %s]\n", d->rule_id, d->rule_slug);
	}
}
