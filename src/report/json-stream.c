/* json-stream.c - writing a JSON document whose one long array (the findings) is made and written an element at a time. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "report/report.h"

/*
 * jansson allocates through wl_xmalloc (wl_json_begin), so a dump fails
 * only on a value no renderer makes: that is a bug, not an input's fault.
 */
static char *
dump(const json_t *v, size_t flags)
{
	char *text = json_dumps(v, flags);

	if (text == NULL)
		abort();
	return text;
}

struct json_t *
wl_json_placeholder(void)
{
	json_t	*p = json_string("");
	char	 text[64];

	/* A string no finding can spell: it holds its own address. */
	snprintf(text, sizeof text, "\x01wasmlint-stream-%p\x01", (void *)p);
	json_string_set(p, text);
	return p;
}

/* Writes text with every line after the first indented by indent more spaces. */
static void
write_indented(FILE *out, const char *text, size_t indent)
{
	const char *nl;

	while ((nl = strchr(text, '\n')) != NULL) {
		fwrite(text, 1, (size_t)(nl - text) + 1, out);
		fprintf(out, "%*s", (int)indent, "");
		text = nl + 1;
	}
	fputs(text, out);
}

/*
 * jansson writes an array at depth d as "[", then each element at depth
 * d + 1 on a line of its own indented by d + 1 levels, "," after all but
 * the last, then "]" on a line indented by d levels; "[]" when it is empty
 * (jansson's dump.c, do_dump). An element dumped alone is at depth 0, so
 * each of its lines but the first is indented by d + 1 levels more: a line
 * break in a dump is always one of those indents, as strings escape theirs.
 */
static void
write_array(FILE *out, size_t depth, size_t n,
    struct json_t *(*element)(size_t i, void *ctx), void *ctx)
{
	size_t	 inner = (depth + 1) * WL_JSON_INDENT, i;
	json_t	*e;
	char	*text;

	fputc('[', out);
	for (i = 0; i < n; i++) {
		e = element(i, ctx);
		text = dump(e, JSON_INDENT(WL_JSON_INDENT) | JSON_ENCODE_ANY);
		fprintf(out, "%s\n%*s", i > 0 ? "," : "", (int)inner, "");
		write_indented(out, text, inner);
		free(text);
		json_decref(e);
	}
	if (n > 0)
		fprintf(out, "\n%*s", (int)(depth * WL_JSON_INDENT), "");
	fputc(']', out);
}

void
wl_json_write_streamed(FILE *out, struct json_t *doc,
    const struct json_t *placeholder, size_t n,
    struct json_t *(*element)(size_t i, void *ctx), void *ctx)
{
	char		*text, *quoted, *at;
	const char	*line;
	size_t		 spaces;

	text = dump(doc, JSON_INDENT(WL_JSON_INDENT));
	quoted = dump(placeholder, JSON_ENCODE_ANY);
	if ((at = strstr(text, quoted)) == NULL)
		abort();	/* the placeholder is not in doc: a renderer's bug */
	for (line = at; line > text && line[-1] != '\n'; line--)
		;
	for (spaces = 0; line[spaces] == ' '; spaces++)
		;
	fwrite(text, 1, (size_t)(at - text), out);
	write_array(out, spaces / WL_JSON_INDENT, n, element, ctx);
	fputs(at + strlen(quoted), out);
	fputc('\n', out);
	free(quoted);
	free(text);
	json_decref(doc);
}
