/* glob.c - gitignore-style globs of .wasmlint.yaml, and paths relative to the config's directory. */
#define _XOPEN_SOURCE 700	/* realpath(3), beside the project's POSIX 2008 */

#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

#include "config/config.h"
#include "util/xmalloc.h"

static const char *const glob_classes[] = {
	"alnum", "alpha", "blank", "cntrl", "digit", "graph", "lower", "print",
	"punct", "space", "upper", "xdigit",
};

/* After the `[:` at s: the end of a known class name's `:]`, or NULL. */
static const char *
glob_class_end(const char *s)
{
	const char	*end = strstr(s, ":]");
	size_t		 i;

	if (end == NULL)
		return NULL;
	for (i = 0; i < sizeof glob_classes / sizeof *glob_classes; i++)
		if (strlen(glob_classes[i]) == (size_t)(end - s) &&
		    strncmp(glob_classes[i], s, (size_t)(end - s)) == 0)
			return end + 2;
	return NULL;
}

/* Checks the bracket expression opening at *p and moves past it. */
static const char *
glob_check_bracket(const char **p)
{
	const char *s = *p + 1;

	if (*s == '!' || *s == '^')
		s++;
	if (*s == ']')
		s++;		/* a leading ] is literal */
	for (; *s != ']'; s++) {
		if (*s == '\0')
			return "unclosed `[`";
		if (*s == '/')
			return "unclosed `[` (a class cannot hold `/`)";
		if (*s == '\\' && *++s == '\0')
			return "unclosed `[`";
		if (s[0] == '[' && s[1] == ':') {
			if ((s = glob_class_end(s + 2)) == NULL)
				return "unknown character class; classes are "
				       "[:alnum:], [:alpha:], [:digit:], "
				       "[:lower:], [:upper:], [:space:] and the "
				       "like";
			s--;
		}
	}
	*p = s;
	return NULL;
}

/* True if the segment [s, end) is "..". */
static bool
glob_is_dotdot(const char *s, const char *end)
{
	return end - s == 2 && s[0] == '.' && s[1] == '.';
}

const char *
wl_glob_check(const char *pattern)
{
	const char *p, *seg = pattern, *why;

	for (p = pattern; *p != '\0' && (*p == '/' || *p == '.'); p++)
		;
	if (*p == '\0' && strstr(pattern, "..") == NULL)
		return "an empty glob matches nothing; use `**` for everything";
	for (p = pattern;; p++) {
		if (*p == '/' || *p == '\0') {
			if (glob_is_dotdot(seg, p))
				return "`..` cannot match: globs are relative "
				       "to the config's directory";
			if (*p == '\0')
				return NULL;
			seg = p + 1;
		} else if (*p == '\\') {
			if (*++p == '\0')
				return "a trailing `\\` escapes nothing";
			if (*p == '/')
				return "a `/` cannot be escaped";
		} else if (*p == '[') {
			if ((why = glob_check_bracket(&p)) != NULL)
				return why;
		}
	}
}

static void
glob_push(struct wl_glob *g, const char *s, size_t n)
{
	g->seg = wl_xrealloc(g->seg, (g->n + 1) * sizeof *g->seg);
	g->seg[g->n++] = wl_xstrndup(s, n);
}

/* True if segment i of g is "**". */
static bool
glob_is_globstar(const struct wl_glob *g, size_t i)
{
	return strcmp(g->seg[i], "**") == 0;
}

/*
 * Splits a valid pattern into the segments it stands for: anchored or
 * prefixed with `**`, ending in `**` (a directory matches what is below it),
 * without empty or "." segments or repeated `**`.
 */
void
wl_glob_compile(struct wl_glob *g, const char *pattern)
{
	size_t		 len = strlen(pattern);
	const char	*p, *end, *slash;

	memset(g, 0, sizeof *g);
	while (len > 0 && pattern[len - 1] == '/')
		len--;
	slash = memchr(pattern, '/', len);
	if (slash == NULL)
		glob_push(g, "**", 2);
	for (p = pattern; p < pattern + len; p = end + 1) {
		if ((end = memchr(p, '/', (size_t)(pattern + len - p))) == NULL)
			end = pattern + len;
		if (end == p || (end - p == 1 && *p == '.'))
			continue;
		if (end - p == 2 && p[0] == '*' && p[1] == '*' && g->n > 0 &&
		    glob_is_globstar(g, g->n - 1))
			continue;
		glob_push(g, p, (size_t)(end - p));
	}
	if (g->n == 0 || !glob_is_globstar(g, g->n - 1))
		glob_push(g, "**", 2);
}

void
wl_glob_clear(struct wl_glob *g)
{
	size_t i;

	for (i = 0; i < g->n; i++)
		free(g->seg[i]);
	free(g->seg);
	memset(g, 0, sizeof *g);
}

static bool
glob_match_at(char *const *pat, size_t np, char *const *seg, size_t ns)
{
	size_t i;

	for (; np > 0; pat++, np--, seg++, ns--) {
		if (strcmp(pat[0], "**") == 0) {
			for (i = 0; i <= ns; i++)
				if (glob_match_at(pat + 1, np - 1, seg + i,
				    ns - i))
					return true;
			return false;
		}
		if (ns == 0 || fnmatch(pat[0], seg[0], FNM_PATHNAME) != 0)
			return false;
	}
	return ns == 0;
}

void
wl_path_split(struct wl_path *sp, const char *relpath)
{
	char *p, *save;

	sp->buf = wl_xstrdup(relpath);
	sp->seg = wl_xmalloc((strlen(relpath) / 2 + 2) * sizeof *sp->seg);
	sp->n = 0;
	for (p = strtok_r(sp->buf, "/", &save); p != NULL;
	    p = strtok_r(NULL, "/", &save))
		sp->seg[sp->n++] = p;
}

void
wl_path_clear(struct wl_path *sp)
{
	free(sp->buf);
	free(sp->seg);
}

bool
wl_glob_match_split(const struct wl_glob *g, const struct wl_path *sp)
{
	return glob_match_at(g->seg, g->n, sp->seg, sp->n);
}

bool
wl_glob_match(const char *pattern, const char *relpath)
{
	struct wl_glob	g;
	struct wl_path	sp;
	bool		match;

	if (wl_glob_check(pattern) != NULL)
		return false;
	wl_glob_compile(&g, pattern);
	wl_path_split(&sp, relpath);
	match = wl_glob_match_split(&g, &sp);
	wl_path_clear(&sp);
	wl_glob_clear(&g);
	return match;
}

/* path (made absolute against base when relative), normalised lexically. */
char *
wl_path_normalize(const char *base, const char *path)
{
	size_t	 bl = path[0] == '/' ? 0 : strlen(base), n = 0;
	char	*in = wl_xmalloc(bl + strlen(path) + 2);
	char	*out = wl_xmalloc(bl + strlen(path) + 2), *seg, *slash, *save;

	memcpy(in, base, bl);
	in[bl] = '/';
	strcpy(in + bl + 1, path);
	for (seg = strtok_r(in, "/", &save); seg != NULL;
	    seg = strtok_r(NULL, "/", &save)) {
		if (strcmp(seg, ".") == 0)
			continue;
		if (strcmp(seg, "..") == 0) {
			out[n] = '\0';
			slash = strrchr(out, '/');
			n = slash != NULL ? (size_t)(slash - out) : 0;
			continue;
		}
		out[n++] = '/';
		strcpy(out + n, seg);
		n += strlen(seg);
	}
	if (n == 0)
		out[n++] = '/';
	out[n] = '\0';
	free(in);
	return out;
}

/* abs relative to dir (both normalised and absolute), or NULL when outside. */
static char *
path_below(const char *dir, const char *abs)
{
	size_t n = strlen(dir);

	if (strcmp(dir, "/") == 0)
		return wl_xstrdup(abs + 1);
	if (strncmp(abs, dir, n) != 0 || (abs[n] != '/' && abs[n] != '\0'))
		return NULL;
	return wl_xstrdup(abs[n] == '/' ? abs + n + 1 : abs + n);
}

char *
wl_config_relative_to(const char *dir, const char *cwd, const char *path)
{
	char *abs = wl_path_normalize(cwd, path), *rel, *real;

	if ((rel = path_below(dir, abs)) == NULL &&
	    (real = realpath(abs, NULL)) != NULL) {
		rel = path_below(dir, real);
		free(real);
	}
	free(abs);
	return rel;
}
