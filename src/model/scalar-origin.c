/* scalar-origin.c - where the text of a YAML scalar (plain, quoted or block) starts in its file, so positions inside embedded text map into the file. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "model/extract.h"
#include "util/xmalloc.h"

/* The 1-based column where a block scalar's text starts: the first non-blank line's indentation. */
static unsigned
block_indent(const char *p, const char *end)
{
	unsigned col = 1;

	for (; p < end; p++) {
		if (*p == ' ') {
			col++;
		} else if (*p == '\n') {
			col = 1;
		} else {
			break;
		}
	}
	return col;
}

/* Bytes the UTF-8 encoding of the code point in the n hex digits at p takes. */
static size_t
utf8_size(const char *p, size_t n)
{
	unsigned long	cp = 0;
	size_t		i;

	for (i = 0; i < n; i++)
		cp = cp * 16 + (unsigned long)(isdigit((unsigned char)p[i])
			? p[i] - '0' : (tolower((unsigned char)p[i]) - 'a' + 10));
	return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/* File bytes and value bytes of the double-quoted escape at p ("\\x41": 4 and 1). */
static void
escape_size(const char *p, const char *end, size_t *src, size_t *out)
{
	size_t hex = p[1] == 'x' ? 2 : p[1] == 'u' ? 4 : p[1] == 'U' ? 8 : 0;

	*src = 2;
	*out = p[1] == 'N' || p[1] == '_' ? 2 : p[1] == 'L' || p[1] == 'P' ? 3
									    : 1;
	if (hex > 0 && p + 2 + hex <= end) {
		*src += hex;
		*out = p[1] == 'x' ? 1 : utf8_size(p + 2, hex);
	}
}

/*
 * For a one-line quoted scalar whose opening quote is at q: how many more
 * bytes stand in the file than in the value before each value byte.
 */
static const unsigned *
quoted_shift(const char *q, const char *end, size_t *n)
{
	const char	*p = q + 1, *nl = memchr(q, '\n', (size_t)(end - q));
	unsigned	*shift;
	size_t		 i = 0, src, out;

	if (nl != NULL)
		end = nl;
	shift = wl_xmalloc(((size_t)(end - p) + 1) * sizeof *shift);
	while (p < end) {
		src = out = 1;
		if (*q == '"' && *p == '\\' && p + 1 < end)
			escape_size(p, end, &src, &out);
		else if (*p == *q && *q == '\'' && p + 1 < end && p[1] == '\'')
			src = 2;
		else if (*p == *q)
			break;
		for (; out > 0; out--, i++)
			shift[i] = (unsigned)((size_t)(p - (q + 1)) - i);
		p += src;
	}
	*n = i;
	return shift;
}

struct wl_yaml_origin
wl_ex_scalar_origin(const struct wl_extract *ex, const struct wl_floc *packed)
{
	struct wl_loc		 loc = wl_ex_unpack(ex, packed);
	const struct wl_loc	*at = &loc;
	struct wl_yaml_origin	 o = { at->line, at->col, at->col, at->offset,
		NULL, 0 };
	const char		*p, *line;

	if (at->offset == WL_NO_OFFSET || at->offset >= ex->len)
		return o;
	p = ex->buf + at->offset;
	if (*p == '\'' || *p == '"') {
		o.col++;
		o.offset++;
		if (at->line == at->end_line)
			o.shift = quoted_shift(p, ex->buf + ex->len,
			    &o.nshift);
	} else if (*p == '|' || *p == '>') {
		line = memchr(p, '\n', ex->len - at->offset);
		if (line == NULL)
			return o;
		o.line++;
		o.indent = block_indent(line + 1, ex->buf + ex->len);
		o.col = o.indent;
		o.offset = (size_t)(line + 1 - ex->buf) + o.indent - 1;
	}
	return o;
}

void
wl_ex_origin_free(struct wl_yaml_origin *o)
{
	free((void *)o->shift);
	o->shift = NULL;
}
