/* source.c - reading back source lines for snippets, caching the last file. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "input/load.h"
#include "report/source.h"
#include "util/file.h"
#include "util/xmalloc.h"

struct wl_source {
	char		*path;		/* the cached file */
	char		*buf;		/* its contents, or NULL if unreadable */
	size_t		 len;
	bool		 owned;		/* buf was read here */
	bool		 binary;	/* preloaded with a NUL in its first 4 KiB: no lines to show (a binary file on disk is not kept) */
	unsigned	 cursor_line;	/* a line of buf already found, */
	size_t		 cursor_off;	/* and where it starts: findings come in line order */
	struct source_pre {
		const char	*name;
		const char	*buf;
		size_t		 len;
	}		*pre;		/* inputs that cannot be re-read */
	size_t		 npre;
};

struct wl_source *
wl_source_new(void)
{
	return wl_xcalloc(1, sizeof(struct wl_source));
}

/* Forgets the cached text, freed when it was read here. */
static void
source_drop_text(struct wl_source *s)
{
	if (s->owned)
		free(s->buf);
	s->buf = NULL;
	s->len = 0;
	s->owned = false;
	s->binary = false;
	s->cursor_line = 1;
	s->cursor_off = 0;
}

/* Bytes looked at to tell a binary file: a NUL in them. */
#define SOURCE_PEEK_BYTES	4096

/* Whether text (a module's bytes, say) is binary: a NUL in its first 4 KiB. */
static bool
is_binary(const char *text, size_t len)
{
	return memchr(text, '\0', len < SOURCE_PEEK_BYTES ? len :
	    SOURCE_PEEK_BYTES) != NULL;
}

static void
source_drop(struct wl_source *s)
{
	source_drop_text(s);
	free(s->path);
	s->path = NULL;
}

void
wl_source_free(struct wl_source *s)
{
	if (s == NULL)
		return;
	source_drop(s);
	free(s->pre);
	free(s);
}

struct wl_source *
wl_source_copy(const struct wl_source *src)
{
	struct wl_source	*s = wl_source_new();
	size_t			 i;

	for (i = 0; i < src->npre; i++)
		wl_source_preload(s, src->pre[i].name, src->pre[i].buf,
		    src->pre[i].len);
	return s;
}

void
wl_source_preload(struct wl_source *s, const char *name, const char *buf,
    size_t len)
{
	s->pre = wl_xrealloc(s->pre, (s->npre + 1) * sizeof *s->pre);
	s->pre[s->npre++] = (struct source_pre){ name, buf, len };
}

static void
source_read(struct wl_source *s, const char *path)
{
	const char	*why = NULL;
	char		 peek[SOURCE_PEEK_BYTES];
	uint64_t	 size;
	size_t		 i, head;
	int		 fd;

	s->path = wl_xstrdup(path);
	for (i = s->npre; i > 0; i--)
		if (strcmp(path, s->pre[i - 1].name) == 0) {
			s->buf = (char *)s->pre[i - 1].buf;
			s->len = s->pre[i - 1].len;
			s->binary = is_binary(s->buf, s->len);
			return;
		}
	if ((fd = wl_open_regular_fd(path, &size, &why)) < 0)
		return;
	/* A binary file (a module) has no lines to show: never read it whole. */
	head = wl_pread_full(fd, peek, size < sizeof peek ? (size_t)size :
	    sizeof peek, 0, &why);
	if (size <= WL_MAX_INPUT_BYTES && !is_binary(peek, head)) {
		s->buf = wl_xmalloc((size_t)size + 1);
		s->owned = true;
		memcpy(s->buf, peek, head);
		s->len = head;
		if (head == sizeof peek)
			s->len += wl_pread_full(fd, s->buf + head,
			    (size_t)size - head, head, &why);
	}
	close(fd);
}

const char *
wl_source_line(struct wl_source *s, const char *path, unsigned line,
    size_t *len)
{
	const char	*p, *end, *nl;
	unsigned	 n;

	if (s->path == NULL || strcmp(s->path, path) != 0) {
		source_drop(s);
		source_read(s, path);
	}
	if (s->buf == NULL || line == 0 || s->len == 0 || s->binary)
		return NULL;
	if (line < s->cursor_line) {
		s->cursor_line = 1;
		s->cursor_off = 0;
	}
	p = s->buf + s->cursor_off;
	end = s->buf + s->len;
	for (n = s->cursor_line; n < line; n++) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			return NULL;
		p = nl + 1;
		s->cursor_line = n + 1;
		s->cursor_off = (size_t)(p - s->buf);
	}
	nl = memchr(p, '\n', (size_t)(end - p));
	*len = (size_t)((nl != NULL ? nl : end) - p);
	if (*len > 0 && p[*len - 1] == '\r')
		(*len)--;
	return p;
}
