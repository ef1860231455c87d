/* config-load.c - finding and loading the configuration file for `wasmlint check`, and merging it with the flags. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/config-load.h"
#include "util/xmalloc.h"

static char *
from_flag(const struct wl_check_options *o)
{
	return o->config_path != NULL ? wl_xstrdup(o->config_path) : NULL;
}

static char *
from_env(const struct wl_check_options *o)
{
	const char *env = getenv("WASMLINT_CONFIG");

	(void)o;
	return env != NULL && *env != '\0' ? wl_xstrdup(env) : NULL;
}

static char *
from_upwards(const struct wl_check_options *o)
{
	(void)o;
	return wl_config_find(".");
}

static char *
from_xdg(const struct wl_check_options *o)
{
	const char	*xdg = getenv("XDG_CONFIG_HOME");
	char		*path;

	(void)o;
	if (xdg == NULL || *xdg == '\0')
		return NULL;
	path = wl_xmalloc(strlen(xdg) + sizeof "/wasmlint/config.yaml");
	sprintf(path, "%s/wasmlint/config.yaml", xdg);
	if (access(path, F_OK) == 0)
		return path;
	free(path);
	return NULL;
}

const struct wl_config_source wl_config_sources[] = {
	{ "--config PATH", from_flag },
	{ "$WASMLINT_CONFIG", from_env },
	{ ".wasmlint.yaml, else .wasmlint.yml, in the working directory or "
	  "the nearest parent up to the repository root (the first directory "
	  "with .git)", from_upwards },
	{ "$XDG_CONFIG_HOME/wasmlint/config.yaml", from_xdg },
	{ NULL, NULL },
};

/* The first source that names a file; malloc'd or NULL. */
static char *
config_choose(const struct wl_check_options *o)
{
	const struct wl_config_source	*s;
	char				*path;

	for (s = wl_config_sources; s->shown != NULL; s++)
		if ((path = s->find(o)) != NULL)
			return path;
	return NULL;
}

static void
config_print_errors(const struct wl_config_errors *errs)
{
	size_t i;

	for (i = 0; i < errs->n; i++) {
		const struct wl_config_error *e = &errs->v[i];

		if (e->line > 0)
			fprintf(stderr, "%s:%u:%u: error: %s\n", e->file,
			    e->line, e->col, e->message);
		else
			fprintf(stderr, "%s: error: %s\n", e->file,
			    e->message);
	}
}

/* Flags win; the configuration fills in what they left unset. */
static void
config_merge(const struct wl_config *cfg, struct wl_check_options *o)
{
	int threshold;

	if (!o->threshold_set && wl_config_failure_threshold(cfg, &threshold))
		o->threshold = threshold;
	if (o->opts.istio_version == NULL)
		o->opts.istio_version = wl_config_istio_version(cfg);
	if (o->opts.root_namespace == NULL)
		o->opts.root_namespace = wl_config_root_namespace(cfg);
	if (o->opts.host_table == NULL)
		o->opts.host_table = wl_config_host_table(cfg);
	o->opts.config = cfg;
}

/* The chosen file, if any, into *cfg; -1 after printing its errors. */
static int
config_load_file(struct wl_check_options *o, struct wl_config **cfg)
{
	struct wl_config_errors	 errs;
	char			*path;
	int			 rc;

	if ((path = config_choose(o)) == NULL)
		return 0;
	memset(&errs, 0, sizeof errs);
	rc = wl_config_load(path, cfg, &errs);
	if (rc != 0) {
		config_print_errors(&errs);
		*cfg = NULL;
	} else {
		config_merge(*cfg, o);
	}
	wl_config_errors_free(&errs);
	free(path);
	return rc;
}

/* --select, --extend-select and --ignore over the file's selections; -1 after a usage message. */
static int
config_add_flags(const struct wl_check_options *o, struct wl_config **cfg)
{
	const char	*why;
	int		 i;

	if (o->nselections > 0 && *cfg == NULL)
		*cfg = wl_config_new();
	for (i = 0; i < o->nselections; i++) {
		why = wl_config_add_flag(*cfg, o->selections[i].flag,
		    o->selections[i].list);
		if (why != NULL) {
			fprintf(stderr, "wasmlint: --%s: %s\n",
			    o->selections[i].option, why);
			return -1;
		}
	}
	return 0;
}

int
wl_cli_config_load(struct wl_check_options *o, struct wl_config **cfg)
{
	*cfg = NULL;
	if (!o->isolated && config_load_file(o, cfg) != 0)
		return -1;
	if (config_add_flags(o, cfg) == 0) {
		o->opts.config = *cfg;
		return 0;
	}
	wl_config_free(*cfg);
	*cfg = NULL;
	return -1;
}
