/* helm-template.c - a raw Helm template among the files read: which chart it belongs to, and where its first `{{` is. */
#define _XOPEN_SOURCE 700	/* realpath(3), beside the project's POSIX 2008 */

#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input/helm-template.h"
#include "util/xmalloc.h"

/*
 * Helm renders every file below a chart's templates/ directory (the chart
 * being the directory with Chart.yaml) with text/template before the result
 * is read as YAML (helm/helm pkg/engine/engine.go, v3.x), so such a file is
 * no manifest until rendered.
 */
#define TEMPLATES_DIR	"templates/"

static bool
has_chart_file(const char *dir, size_t n)
{
	struct stat	 st;
	char		*p = wl_xmalloc(n + sizeof "/Chart.yaml");
	bool		 has;

	memcpy(p, dir, n);
	strcpy(p + n, n > 0 ? "/Chart.yaml" : "Chart.yaml");
	has = stat(p, &st) == 0 && S_ISREG(st.st_mode);
	free(p);
	return has;
}

/* The length of the chart directory's path in path (0: the working directory), or -1. */
static long
chart_dir_len(const char *path)
{
	const char	*p;
	long		 found = -1;

	for (p = path; (p = strstr(p, TEMPLATES_DIR)) != NULL; p++) {
		if (p != path && p[-1] != '/')
			continue;
		if (has_chart_file(path, p == path ? 0 : (size_t)(p - path - 1)))
			found = p == path ? 0 : (long)(p - path - 1);
	}
	return found;
}

/* Characters (UTF-8 code points) in [p, end). */
static unsigned
chars(const char *p, const char *end)
{
	unsigned n = 0;

	for (; p < end; p++)
		n += ((unsigned char)*p & 0xC0) != 0x80;
	return n;
}

/* The place of the first `{{` in buf (to the end of its `}}` on that line), else 1:1. */
static struct wl_loc
first_action(const char *file, const char *buf, size_t len)
{
	struct wl_loc	 at = { file, 1, 1, 1, 1, 0 };
	const char	*end = buf + len, *p, *line = buf, *close;

	for (p = buf; p + 1 < end; p++) {
		if (*p == '\n') {
			at.line++;
			line = p + 1;
		}
		if (p[0] != '{' || p[1] != '{')
			continue;
		at.col = 1 + chars(line, p);
		at.end_line = at.line;
		at.end_col = at.col + 2;
		at.offset = (size_t)(p - buf);
		for (close = p + 2; close + 1 < end && *close != '\n'; close++)
			if (close[0] == '}' && close[1] == '}') {
				at.end_col = at.col + chars(p, close + 2);
				break;
			}
		return at;
	}
	return (struct wl_loc){ file, 1, 1, 1, 1, 0 };
}

/* cwd/path for a relative path, else NULL; free it. */
static char *
absolute(const char *path)
{
	char	*cwd, *abs;

	if (path[0] == '/' || (cwd = realpath(".", NULL)) == NULL)
		return NULL;
	abs = wl_xmalloc(strlen(cwd) + strlen(path) + 2);
	sprintf(abs, "%s/%s", cwd, path);
	free(cwd);
	return abs;
}

bool
wl_helm_template_take(struct wl_facts *f, const char *path, const char *buf,
    size_t len)
{
	long			 n = chart_dir_len(path);
	char			*abs = NULL;
	const char		*named = path;
	struct wl_helm_template	*t;

	/* Below the chart's directory: its templates/ is above the working directory. */
	if (n < 0 && (abs = absolute(path)) != NULL && (n = chart_dir_len(abs))
	    >= 0)
		named = abs;
	if (n < 0) {
		free(abs);
		return false;
	}
	t = WL_FACTS_PUSH(f, helm_templates);
	t->chart = n > 0 ? wl_arena_strndup(f->arena, named, (size_t)n) : ".";
	t->at = first_action(wl_arena_strdup(f->arena, path), buf, len);
	free(abs);
	return true;
}
