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

/* The caret line: whitespace up to col (tabs kept), then ^~~~ under the node. */
static void
text_caret(FILE *out, const char *line, size_t len, const struct wl_loc *loc)
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
	fputc('^', out);
	while (width-- > 1)
		fputc('~', out);
	fputc('\n', out);
}

static void
text_snippet(FILE *out, const struct wl_loc *loc, struct wl_source *src)
{
	const char	*line;
	size_t		 len;

	if (loc->file == NULL)
		return;
	line = wl_source_line(src, loc->file, loc->line, &len);
	if (line == NULL)
		return;
	fprintf(out, "%5u | %.*s\n", loc->line, (int)len, line);
	text_caret(out, line, len, loc);
}

static void
text_where(FILE *out, const struct wl_loc *loc)
{
	fprintf(out, "%s:%u:%u: ", loc->file, loc->line, loc->col);
}

void
wl_report_text(FILE *out, const struct wl_diag *diags, size_t n,
    const struct wl_report_info *info)
{
	struct wl_source *src = info->source;

	size_t i, j;

	for (i = 0; i < n; i++) {
		const struct wl_diag *d = &diags[i];

		text_where(out, &d->loc);
		fprintf(out, "%s: %s [%s %s]\n", wl_severity_name(d->severity),
		    d->message, d->rule_id, d->rule_slug);
		text_snippet(out, &d->loc, src);
		for (j = 0; j < d->nrelated; j++) {
			text_where(out, &d->related[j].loc);
			fprintf(out, "note: %s\n", d->related[j].message);
			text_snippet(out, &d->related[j].loc, src);
		}
		if (d->hint != NULL)
			fprintf(out, "      = help: %s\n", d->hint);
	}
}
