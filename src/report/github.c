/* github.c - GitHub Actions workflow commands (::error file=…::…) that become annotations on a run. */
#include "report/report.h"

/*
 * The toolkit's escaping (@actions/core command.ts): in the message, % CR LF
 * as %25 %0D %0A; in a property value also : and , as %3A %2C.
 */
static void
github_escape(FILE *out, const char *s, bool property)
{
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '%':
			fputs("%25", out);
			break;
		case '\r':
			fputs("%0D", out);
			break;
		case '\n':
			fputs("%0A", out);
			break;
		case ':':
			fputs(property ? "%3A" : ":", out);
			break;
		case ',':
			fputs(property ? "%2C" : ",", out);
			break;
		default:
			fputc(*s, out);
			break;
		}
	}
}

/* The workflow command of each severity. */
static const char *const github_commands[] = {
	[WL_SEV_INFO] = "notice",
	[WL_SEV_WARNING] = "warning",
	[WL_SEV_ERROR] = "error",
};

/*
 * file, line, and the columns when the node is on one line (annotations
 * take columns only then); endLine and endColumn when the end is known.
 */
static void
github_position(FILE *out, const struct wl_loc *loc)
{
	fputs("file=", out);
	github_escape(out, loc->file, true);
	fprintf(out, ",line=%u", loc->line);
	if (loc->end_line > loc->line) {
		fprintf(out, ",endLine=%u", loc->end_line);
		return;
	}
	fprintf(out, ",col=%u", loc->col);
	if (loc->end_line == loc->line && loc->end_col >= loc->col)
		fprintf(out, ",endLine=%u,endColumn=%u", loc->end_line,
		    loc->end_col);
}

/* The message, then a line per related location and one for the hint. */
static void
github_message(FILE *out, const struct wl_diag *d)
{
	size_t i;

	github_escape(out, d->message, false);
	for (i = 0; i < d->nrelated; i++) {
		const struct wl_related *r = &d->related[i];

		fputs("%0Anote: ", out);
		github_escape(out, r->loc.file, false);
		fprintf(out, ":%u:%u: ", r->loc.line, r->loc.col);
		github_escape(out, r->message, false);
	}
	if (d->hint != NULL) {
		fputs("%0Ahelp: ", out);
		github_escape(out, d->hint, false);
	}
}

void
wl_report_github(FILE *out, const struct wl_diag *diags, size_t n,
    const struct wl_report_info *info)
{
	size_t i;

	(void)info;
	for (i = 0; i < n; i++) {
		const struct wl_diag *d = &diags[i];

		fprintf(out, "::%s ", github_commands[d->severity]);
		github_position(out, &d->loc);
		fputs(",title=", out);
		github_escape(out, d->rule_id, true);
		fputc(' ', out);
		github_escape(out, d->rule_slug, true);
		fputs("::", out);
		github_message(out, d);
		fputc('\n', out);
	}
}
