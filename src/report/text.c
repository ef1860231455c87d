/* text.c - the default, gcc/clang-shaped text output with source snippets and carets. */
#include <string.h>

#include "report/report.h"

/* Columns count characters, so UTF-8 continuation bytes take no column. */
static bool
is_continuation(unsigned char c)
{
	return (c & 0xc0) == 0x80;
}

static unsigned
chars_in(const char *s, size_t len)
{
	unsigned	n = 0;
	size_t		i;

	for (i = 0; i < len; i++)
		n += !is_continuation((unsigned char)s[i]);
	return n;
}

/* ANSI SGR sequences, as clang colours its diagnostics. */
#define SGR_RESET	"\033[0m"
#define SGR_BOLD	"\033[1m"
#define SGR_CARET	"\033[1;32m"

static const char *const severity_sgr[] = {
	[WL_SEV_INFO] = "\033[1;36m",
	[WL_SEV_WARNING] = "\033[1;35m",
	[WL_SEV_ERROR] = "\033[1;31m",
};

/* Starts colour sgr when colour is on; text_end ends it. */
static void
text_begin(FILE *out, bool color, const char *sgr)
{
	if (color)
		fputs(sgr, out);
}

static void
text_end(FILE *out, bool color)
{
	if (color)
		fputs(SGR_RESET, out);
}

/* The caret line: whitespace up to col (tabs kept), then ^~~~ under the node. */
static void
text_caret(FILE *out, const char *line, size_t len, const struct wl_loc *loc,
    bool color)
{
	unsigned	col = 1, width, rest;
	size_t		i;

	fputs("      | ", out);
	for (i = 0; i < len && col < loc->col; i++) {
		if (is_continuation((unsigned char)line[i]))
			continue;
		fputc(line[i] == '\t' ? '\t' : ' ', out);
		col++;
	}
	rest = chars_in(line + i, len - i);
	if (loc->end_line > loc->line)
		width = rest;
	else
		width = loc->end_col > loc->col ? loc->end_col - loc->col : 1;
	if (width > rest)
		width = rest;
	text_begin(out, color, SGR_CARET);
	fputc('^', out);
	while (width-- > 1)
		fputc('~', out);
	text_end(out, color);
	fputc('\n', out);
}

static void
text_snippet(FILE *out, const struct wl_loc *loc,
    const struct wl_report_info *info)
{
	const char	*line;
	size_t		 len;

	if (loc->file == NULL)
		return;
	line = wl_source_line(info->source, loc->file, loc->line, &len);
	if (line == NULL)
		return;
	fprintf(out, "%5u | %.*s\n", loc->line, (int)len, line);
	text_caret(out, line, len, loc, info->color);
}

/* "FILE:LINE:COL: LABEL: " with the label in sgr's colour. */
static void
text_head(FILE *out, const struct wl_loc *loc, bool color, const char *sgr,
    const char *label)
{
	text_begin(out, color, SGR_BOLD);
	fprintf(out, "%s:%u:%u: ", loc->file, loc->line, loc->col);
	text_end(out, color);
	text_begin(out, color, sgr);
	fprintf(out, "%s:", label);
	text_end(out, color);
	fputc(' ', out);
}

void
wl_report_text(FILE *out, const struct wl_diag *diags, size_t n,
    const struct wl_report_info *info)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		const struct wl_diag *d = &diags[i];

		text_head(out, &d->loc, info->color,
		    severity_sgr[d->severity], wl_severity_name(d->severity));
		fprintf(out, "%s [%s %s]\n", d->message, d->rule_id,
		    d->rule_slug);
		text_snippet(out, &d->loc, info);
		for (j = 0; j < d->nrelated; j++) {
			text_head(out, &d->related[j].loc, info->color,
			    severity_sgr[WL_SEV_INFO], "note");
			fprintf(out, "%s\n", d->related[j].message);
			text_snippet(out, &d->related[j].loc, info);
		}
		if (d->hint != NULL)
			fprintf(out, "      = help: %s\n", d->hint);
	}
}
