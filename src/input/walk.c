/* walk.c - recursive, sorted, loop-safe directory walking. */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "input/walk.h"
#include "util/xmalloc.h"

#define WALK_MAX_DEPTH	64

/* Directories give manifests, and the modules beside them (their origin: found). */
static const char *const walk_extensions[] = { ".yaml", ".yml", ".json",
	".wasm" };

/* The directories on the way down, to tell a symlink loop. */
struct walk_stack {
	dev_t	dev[WALK_MAX_DEPTH];
	ino_t	ino[WALK_MAX_DEPTH];
	int	depth;
};

static bool
walk_wanted(const char *name)
{
	size_t i, n = strlen(name), e;

	for (i = 0; i < sizeof walk_extensions / sizeof *walk_extensions; i++) {
		e = strlen(walk_extensions[i]);
		if (n > e && strcmp(name + n - e, walk_extensions[i]) == 0)
			return true;
	}
	return false;
}

static int
walk_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *
walk_join(const char *dir, const char *name)
{
	size_t	 d = strlen(dir), n = strlen(name);
	char	*p = wl_xmalloc(d + n + 2);

	memcpy(p, dir, d);
	if (d > 0 && dir[d - 1] != '/')
		p[d++] = '/';
	memcpy(p + d, name, n + 1);
	return p;
}

/* The directory's entries, sorted, without "." and ".."; NULL on error. */
static char **
walk_list(const char *dir, size_t *count)
{
	DIR		*d = opendir(dir);
	struct dirent	*e;
	char		**names = NULL;
	size_t		 n = 0, cap = 0;

	if (d == NULL)
		return NULL;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 32;
			names = wl_xrealloc(names, cap * sizeof *names);
		}
		names[n++] = wl_xstrdup(e->d_name);
	}
	closedir(d);
	if (n > 0)
		qsort(names, n, sizeof *names, walk_cmp);
	*count = n;
	return names != NULL ? names : wl_xcalloc(1, sizeof *names);
}

static int walk_dir(const char *, const struct stat *, struct walk_stack *,
    const struct wl_walk_visitor *);

static int
walk_entry(const char *path, const char *name, struct walk_stack *stack,
    const struct wl_walk_visitor *v)
{
	struct stat st;

	if (stat(path, &st) != 0) {
		v->fail(v->ctx, path, strerror(errno));
		return -1;
	}
	if (S_ISDIR(st.st_mode))
		return name[0] == '.' ? 0 : walk_dir(path, &st, stack, v);
	if (S_ISREG(st.st_mode) && walk_wanted(name))
		v->file(v->ctx, path, &st, false);
	else if (S_ISREG(st.st_mode) && v->skip != NULL)
		v->skip(v->ctx, path);
	return 0;
}

static int
walk_dir(const char *dir, const struct stat *st, struct walk_stack *stack,
    const struct wl_walk_visitor *v)
{
	char	**names;
	size_t	  n = 0, i;
	int	  i_depth, rc = 0;

	for (i_depth = 0; i_depth < stack->depth; i_depth++)
		if (stack->dev[i_depth] == st->st_dev &&
		    stack->ino[i_depth] == st->st_ino) {
			v->fail(v->ctx, dir, "directory loop (symbolic link "
			    "to an enclosing directory)");
			return -1;
		}
	if (stack->depth == WALK_MAX_DEPTH) {
		v->fail(v->ctx, dir, "directories nested too deeply");
		return -1;
	}
	if ((names = walk_list(dir, &n)) == NULL) {
		v->fail(v->ctx, dir, strerror(errno));
		return -1;
	}
	stack->dev[stack->depth] = st->st_dev;
	stack->ino[stack->depth++] = st->st_ino;
	for (i = 0; i < n; i++) {
		char *path = walk_join(dir, names[i]);

		if (walk_entry(path, names[i], stack, v) != 0)
			rc = -1;
		free(path);
		free(names[i]);
	}
	free(names);
	stack->depth--;
	return rc;
}

int
wl_walk(const char *path, const struct wl_walk_visitor *v)
{
	struct walk_stack	stack = { .depth = 0 };
	struct stat		st;

	if (stat(path, &st) != 0) {
		v->fail(v->ctx, path, strerror(errno));
		return -1;
	}
	if (S_ISDIR(st.st_mode))
		return walk_dir(path, &st, &stack, v);
	v->file(v->ctx, path, &st, true);
	return 0;
}
