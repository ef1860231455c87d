/* suppressions.c - "# wasmlint disable-..." comments and the wasmlint.io/ignore annotation, read into facts. */
#include <ctype.h>
#include <string.h>

#include "model/suppressions.h"

#define COMMENT_WORD "wasmlint"

static const struct {
	const char			*name;
	enum wl_suppression_scope	 scope;
	unsigned			 next;	/* lines below the comment */
} directives[] = {
	{ "disable-line", WL_SUPPRESS_LINE, 0 },
	{ "disable-next-line", WL_SUPPRESS_LINE, 1 },
	{ "disable-file", WL_SUPPRESS_FILE, 0 },
};

static const char *
skip_blanks(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	return p;
}

/* Splits "A, B" up to end into the suppression's rule list. */
static void
parse_rules(struct wl_arena *a, struct wl_suppression *s, const char *p,
    const char *end)
{
	while (p < end) {
		const char *start = skip_blanks(p, end), *stop;

		for (stop = start; stop < end && *stop != ',' && *stop != ' ' &&
		    *stop != '\t'; stop++)
			;
		if (stop > start) {
			s->rules = wl_arena_grow(a, s->rules,
			    s->nrules * sizeof *s->rules,
			    (s->nrules + 1) * sizeof *s->rules);
			s->rules[s->nrules++] = wl_arena_strndup(a, start,
			    (size_t)(stop - start));
		}
		p = stop + 1;
	}
}

/* Fills rules and reason from "RULES -- reason" in [p, end). */
static void
parse_tail(struct wl_arena *a, struct wl_suppression *s, const char *p,
    const char *end)
{
	const char *dash;

	for (dash = p; dash + 1 < end && !(dash[0] == '-' && dash[1] == '-');
	    dash++)
		;
	if (dash + 1 < end) {
		const char *r = skip_blanks(dash + 2, end);

		s->reason = wl_arena_strndup(a, r, (size_t)(end - r));
		end = dash;
	}
	parse_rules(a, s, p, end);
}

/* The comment's start on [p, end), or NULL: a '#' outside quotes, after a blank. */
static const char *
find_comment(const char *p, const char *end)
{
	const char	*line = p;
	char		 quote = 0;

	for (; p < end; p++) {
		if (quote != 0) {
			if (*p == quote)
				quote = 0;
		} else if (*p == '\'' || *p == '"') {
			quote = *p;
		} else if (*p == '#' && (p == line || p[-1] == ' ' ||
		    p[-1] == '\t')) {
			return p;
		}
	}
	return NULL;
}

static void
scan_line(struct wl_facts *f, struct wl_sink *sink, const char *file,
    unsigned lineno, const char *line, const char *end)
{
	const char		*hash = find_comment(line, end), *p, *word;
	struct wl_suppression	*s;
	struct wl_loc		 loc;
	size_t			 i, n;

	if (hash == NULL)
		return;
	p = skip_blanks(hash + 1, end);
	n = strlen(COMMENT_WORD);
	if ((size_t)(end - p) <= n || strncmp(p, COMMENT_WORD, n) != 0 ||
	    (p[n] != ' ' && p[n] != '\t'))
		return;
	loc = (struct wl_loc){ file, lineno, (unsigned)(hash - line) + 1,
		lineno, (unsigned)(end - line) + 1, WL_NO_OFFSET };
	word = skip_blanks(p + n, end);
	for (p = word; p < end && (isalnum((unsigned char)*p) || *p == '-');
	    p++)
		;
	for (i = 0; i < sizeof directives / sizeof *directives; i++) {
		if (strlen(directives[i].name) != (size_t)(p - word) ||
		    strncmp(word, directives[i].name, (size_t)(p - word)) != 0)
			continue;
		s = WL_FACTS_PUSH(f, suppressions);
		s->scope = directives[i].scope;
		s->file = file;
		/* disable-line alone on its line means the line below */
		s->line = lineno + directives[i].next +
		    (directives[i].next == 0 && skip_blanks(line, hash) == hash);
		s->loc = loc;
		parse_tail(f->arena, s, *p == '=' ? p + 1 : p, end);
		return;
	}
	wl_sink_add_id(sink, "WL1006", &loc, "unknown suppression `%.*s`; "
	    "use disable-line, disable-next-line or disable-file",
	    (int)(p - word), word);
}

void
wl_scan_comment_suppressions(struct wl_facts *f, struct wl_sink *sink,
    const char *file, const char *buf, size_t len)
{
	const char	*p = buf, *end = buf + len, *nl;
	unsigned	 lineno = 1;

	for (; p < end; p = nl + 1, lineno++) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL)
			nl = end;
		if (memchr(p, '#', (size_t)(nl - p)) != NULL)
			scan_line(f, sink, file, lineno, p, nl);
	}
}

void
wl_add_annotation_suppression(struct wl_facts *f, const struct wl_object *obj,
    const char *value, const struct wl_loc *loc)
{
	struct wl_suppression *s = WL_FACTS_PUSH(f, suppressions);

	s->scope = WL_SUPPRESS_OBJECT;
	s->file = loc->file;
	s->object = *obj;
	s->loc = *loc;
	parse_tail(f->arena, s, value, value + strlen(value));
}
