/* helm-stream.c - splitting a `helm template` stream at its "---" / "# Source: PATH" headers, one part per template file. */

/*
 * Helm prints every rendered manifest as fmt.Fprintf(b, "---\n# Source: %s\n%s\n", m.Name, m.Content), and with
 * --output-dir appends each to the file <dir>/<m.Name> in the same form (helm/helm pkg/action/action.go,
 * renderResources and writeToFile, v3.x).
 */

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "input/helm-stream.h"
#include "util/xmalloc.h"

#define SOURCE_PREFIX	"# Source: "

/* A line of the stream, without its line ending. */
struct line {
	const char	*p;
	size_t		 len;
	const char	*next;		/* the start of the following line */
};

static bool
line_at(const char *p, const char *end, struct line *l)
{
	const char *nl;

	if (p >= end)
		return false;
	nl = memchr(p, '\n', (size_t)(end - p));
	l->p = p;
	l->next = nl != NULL ? nl + 1 : end;
	l->len = (size_t)((nl != NULL ? nl : end) - p);
	while (l->len > 0 && (p[l->len - 1] == '\r' || p[l->len - 1] == ' ' ||
	    p[l->len - 1] == '\t'))
		l->len--;
	return true;
}

static bool
is_separator(const struct line *l)
{
	return l->len == 3 && memcmp(l->p, "---", 3) == 0;
}

/* The path of a "# Source: PATH" line (its length in *n), or NULL. */
static const char *
source_path(const struct line *l, size_t *n)
{
	size_t k = sizeof SOURCE_PREFIX - 1;

	if (l->len <= k || memcmp(l->p, SOURCE_PREFIX, k) != 0)
		return NULL;
	*n = l->len - k;
	return l->p + k;
}

/* Where the header at p ends (the start of its manifest) and its path, or NULL when p starts no header. */
static const char *
header_at(const char *p, const char *end, bool stream_start,
    const char **path, size_t *n)
{
	struct line l, src;

	if (!line_at(p, end, &l))
		return NULL;
	if (stream_start && (*path = source_path(&l, n)) != NULL)
		return l.next;
	if (!is_separator(&l) || !line_at(l.next, end, &src) ||
	    (*path = source_path(&src, n)) == NULL)
		return NULL;
	return src.next;
}

struct split {
	struct wl_helm_part	*parts;
	size_t			 n, cap;
};

static struct wl_helm_part *
part_named(struct split *s, const char *path, size_t n)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (strlen(s->parts[i].name) == n &&
		    memcmp(s->parts[i].name, path, n) == 0)
			return &s->parts[i];
	if (s->n == s->cap) {
		s->cap = s->cap > 0 ? 2 * s->cap : 16;
		s->parts = wl_xrealloc(s->parts, s->cap * sizeof *s->parts);
	}
	s->parts[s->n] = (struct wl_helm_part){ wl_xstrndup(path, n), NULL,
		0 };
	return &s->parts[s->n++];
}

/* Appends the manifest [p, end), its header included, to part. */
static void
part_append(struct wl_helm_part *part, const char *p, const char *end)
{
	size_t n = (size_t)(end - p);

	part->text = wl_xrealloc(part->text, part->len + n + 1);
	memcpy(part->text + part->len, p, n);
	part->len += n;
	part->text[part->len] = '\0';
}

/* Whether [p, end) holds only blank lines and "---" lines. */
static bool
only_separators(const char *p, const char *end)
{
	struct line l;

	for (; line_at(p, end, &l); p = l.next)
		if (l.len > 0 && !is_separator(&l))
			return false;
	return true;
}

size_t
wl_helm_split(const char *buf, size_t len, struct wl_helm_part **parts,
    char **rest, size_t *rest_len)
{
	const char		*end = buf + len, *p = buf, *body = NULL, *path;
	const char		*next;
	struct wl_helm_part	*cur = NULL;
	struct split		 s = { NULL, 0, 0 };
	struct line		 l;
	size_t			 n;

	*parts = NULL;
	*rest = NULL;
	*rest_len = 0;
	for (; p < end; p = l.next) {
		if ((next = header_at(p, end, p == buf, &path, &n)) == NULL) {
			line_at(p, end, &l);
			continue;
		}
		if (cur != NULL)
			part_append(cur, body, p);
		else if (!only_separators(buf, p)) {
			*rest_len = (size_t)(p - buf);
			*rest = wl_xmalloc(*rest_len + 1);
			memcpy(*rest, buf, *rest_len);
			(*rest)[*rest_len] = '\0';
		}
		cur = part_named(&s, path, n);
		body = p;
		l.next = next;
	}
	if (cur == NULL)
		return 0;
	part_append(cur, body, end);
	*parts = s.parts;
	return s.n;
}

void
wl_helm_parts_free(struct wl_helm_part *parts, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(parts[i].name);
		free(parts[i].text);
	}
	free(parts);
}
