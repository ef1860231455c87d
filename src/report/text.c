/* text.c - the default, gcc/clang-shaped text output with source snippets and carets. */
#include <stdlib.h>
#include <string.h>

#include "report/report.h"
#include "util/xmalloc.h"

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

/* The caret line: whitespace up to col (tabs kept), then ^~~~ under the node; written at once. */
static void
text_caret(FILE *out, const char *line, size_t len, const struct wl_loc *loc,
    bool color)
{
	unsigned	 col = 1, width, rest;
	size_t		 i, n = 0;
	char		*buf = wl_xmalloc(len + 1);	/* a byte for each of line's, or the '^' */

	for (i = 0; i < len && col < loc->col; i++) {
		if (is_continuation((unsigned char)line[i]))
			continue;
		buf[n++] = line[i] == '\t' ? '\t' : ' ';
		col++;
	}
	fputs("      | ", out);
	fwrite(buf, 1, n, out);
	rest = chars_in(line + i, len - i);
	if (loc->end_line > loc->line)
		width = rest;
	else
		width = loc->end_col > loc->col ? loc->end_col - loc->col : 1;
	if (width > rest)
		width = rest;
	n = 0;
	buf[n++] = '^';
	while (width-- > 1)
		buf[n++] = '~';
	text_begin(out, color, SGR_CARET);
	fwrite(buf, 1, n, out);
	text_end(out, color);
	fputc('\n', out);
	free(buf);
}

/* Longest source line shown whole; longer ones show a window around the node. */
#define TEXT_MAX_LINE	160
#define TEXT_CONTEXT	60

/* The byte index of character number chars (0-based) in line. */
static size_t
byte_of_char(const char *line, size_t len, unsigned chars)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (!is_continuation((unsigned char)line[i]) && chars-- == 0)
			break;
	return i;
}

static void
text_snippet(FILE *out, const struct wl_loc *loc,
    const struct wl_report_info *info)
{
	struct wl_loc	 at = *loc;
	const char	*line;
	size_t		 len, full, from = 0;
	unsigned	 skip = 0;

	if (loc->file == NULL)
		return;
	line = wl_source_line(info->source, loc->file, loc->line, &len);
	if (line == NULL)
		return;
	full = len;
	if (chars_in(line, len) > TEXT_MAX_LINE) {
		skip = loc->col > TEXT_CONTEXT ? loc->col - TEXT_CONTEXT : 0;
		from = byte_of_char(line, len, skip);
		len = byte_of_char(line + from, len - from, TEXT_MAX_LINE);
		at.col -= skip;
		at.end_col = at.end_line == at.line && at.end_col > skip
				 ? at.end_col - skip : at.col + 1;
	}
	fprintf(out, "%5u | %s%.*s%s\n", loc->line, from > 0 ? "... " : "",
	    (int)len, line + from, from + len < full ? " ..." : "");
	if (from > 0)
		at.col += 4;	/* the "... " in front */
	text_caret(out, line + from, len, &at, info->color);
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

/* The "= see:" line: where the rule is documented. */
static void
text_url(FILE *out, const char *docs_url, const char *rule_id)
{
	char *url = wl_rule_url(docs_url, rule_id);

	if (url != NULL)
		fprintf(out, "      = see: %s\n", url);
	free(url);
}

/* The findings one after another: what wl_report_text writes on one thread. */
static void
text_findings(FILE *out, const struct wl_diag *diags, size_t n,
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
		if (info->show_url)
			text_url(out, info->docs_url, d->rule_id);
	}
}

void
wl_report_text(FILE *out, const struct wl_diag *diags, size_t n,
    const struct wl_report_info *info)
{
	wl_report_chunked(out, diags, n, info, text_findings);
}
