/* load.c - loading a config: reading the file, its one YAML document, the directories paths resolve against, and freeing it. */
#define _XOPEN_SOURCE 700	/* realpath(3), beside the project's POSIX 2008 */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config/config-impl.h"
#include "util/xmalloc.h"

#define CONFIG_MAX_BYTES	(1024 * 1024)

/* The whole file, or NULL after an error. */
static char *
cfg_read(struct cfg_load *l, size_t *len)
{
	FILE	*fp = fopen(l->file, "rb");
	char	*buf;
	size_t	 n;

	if (fp == NULL) {
		wl_cfg_error(l, NULL, "cannot read: %s", strerror(errno));
		return NULL;
	}
	buf = wl_xmalloc(CONFIG_MAX_BYTES + 1);
	n = fread(buf, 1, CONFIG_MAX_BYTES + 1, fp);
	if (ferror(fp))
		wl_cfg_error(l, NULL, "cannot read: %s", strerror(errno));
	else if (n > CONFIG_MAX_BYTES)
		wl_cfg_error(l, NULL, "larger than 1 MiB; is this a config?");
	fclose(fp);
	if (l->errs->n > 0) {
		free(buf);
		return NULL;
	}
	*len = n;
	return buf;
}

/* Loads the one document of buf; more than one is an error. */
static void
cfg_parse(struct cfg_load *l, const char *buf, size_t len)
{
	struct wl_yaml_stream	*ys = wl_yaml_open(buf, len, NULL, NULL);
	struct wl_yaml_doc	 doc;
	struct wl_yaml_error	 yerr;
	int			 r, ndocs = 0;

	while ((r = wl_yaml_next(ys, &doc, &yerr)) != 0) {
		if (r < 0) {
			wl_cfg_error_at(l, yerr.mark, "%s", yerr.message);
			break;
		}
		if (doc.root != NULL && ndocs++ == 0)
			wl_cfg_load_root(l, doc.root);
		else if (doc.root != NULL)
			wl_cfg_error(l, doc.root, "a config file holds one YAML "
			    "document; this is another");
		wl_yaml_doc_free(&doc);
		if (ndocs > 1)
			break;
	}
	wl_yaml_close(ys);
}

/* The directory of path, absolute with symlinks resolved, in arena; NULL on error. */
static const char *
cfg_dir_of(struct wl_arena *a, const char *path)
{
	const char	*slash = strrchr(path, '/');
	char		*dir, *real;
	const char	*out;

	if (slash == NULL)
		dir = wl_xstrdup(".");
	else
		dir = wl_xstrndup(path, slash == path ? 1 : (size_t)(slash -
		    path));
	real = realpath(dir, NULL);
	free(dir);
	if (real == NULL)
		return NULL;
	out = wl_arena_strdup(a, real);
	free(real);
	return out;
}

/* The path as the user sees it: relative to the working directory when it is an absolute path at or below it, else as given. */
static const char *
cfg_shown(const struct wl_config *cfg)
{
	char		*rel;
	const char	*out;

	if (cfg->path[0] != '/' || (rel = wl_config_relative_to(cfg->cwd,
	    cfg->cwd, cfg->path)) == NULL)
		return cfg->path;
	out = wl_arena_strdup(cfg->arena, rel);
	free(rel);
	return out;
}

/* Sets the paths every relative path resolves against; false after an error. */
static bool
cfg_set_paths(struct cfg_load *l)
{
	struct wl_config	*cfg = l->cfg;
	char			*cwd = realpath(".", NULL);

	cfg->path = wl_arena_strdup(cfg->arena, l->file);
	cfg->dir = cfg_dir_of(cfg->arena, l->file);
	if (cwd == NULL || cfg->dir == NULL) {
		wl_cfg_error(l, NULL, "cannot resolve the %s directory: %s",
		    cwd == NULL ? "working" : "config's", strerror(errno));
		free(cwd);
		return false;
	}
	cfg->cwd = wl_arena_strdup(cfg->arena, cwd);
	cfg->shown = cfg_shown(cfg);
	free(cwd);
	return true;
}

struct wl_config *
wl_config_new(void)
{
	struct wl_arena		*a = wl_arena_new();
	struct wl_config	*cfg = wl_arena_alloc(a, sizeof *cfg);

	cfg->arena = a;
	return cfg;
}

int
wl_config_load(const char *path, struct wl_config **out,
    struct wl_config_errors *errs)
{
	struct wl_config	*cfg = wl_config_new();
	struct cfg_load		 l = { cfg, errs, path };
	char			*buf;
	size_t			 len;

	memset(errs, 0, sizeof *errs);
	*out = NULL;
	if ((buf = cfg_read(&l, &len)) != NULL) {
		if (cfg_set_paths(&l))
			cfg_parse(&l, buf, len);
		free(buf);
	}
	if (errs->n > 0) {
		wl_config_free(cfg);
		return -1;
	}
	*out = cfg;
	return 0;
}

void
wl_config_free(struct wl_config *cfg)
{
	size_t i;

	if (cfg == NULL)
		return;
	for (i = 0; i < cfg->exclude.n; i++)
		wl_glob_clear(&cfg->exclude.v[i]);
	for (i = 0; i < cfg->per_file.n; i++)
		wl_glob_clear(&cfg->per_file.v[i].glob);
	wl_arena_free(cfg->arena);
}

const char *
wl_config_path(const struct wl_config *cfg)
{
	return cfg != NULL ? cfg->path : NULL;
}

const char *
wl_config_dir(const struct wl_config *cfg)
{
	return cfg != NULL ? cfg->dir : NULL;
}
