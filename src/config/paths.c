/* paths.c - what the config says about paths: globs, the exclude key, the host-table path, and the path queries. */
#include <stdlib.h>

#include "config/config-impl.h"

/* Compiles the glob n holds into g; false after an error. */
bool
wl_cfg_glob(struct cfg_load *l, const struct wl_node *n, const char *what,
    struct wl_glob *g)
{
	const char *s = wl_cfg_string(l, n, what), *why;

	if (s == NULL)
		return false;
	if ((why = wl_glob_check(s)) != NULL) {
		wl_cfg_error(l, n, "bad glob `%s`: %s", s, why);
		return false;
	}
	wl_glob_compile(g, s);
	return true;
}

void
wl_cfg_load_exclude(struct cfg_load *l, const struct wl_node *v)
{
	struct wl_glob	g;
	size_t		i;

	if (!wl_cfg_expect(l, v, WL_NODE_SEQ, "`exclude`",
	    "a sequence of globs"))
		return;
	for (i = 0; i < v->n; i++)
		if (wl_cfg_glob(l, v->items[i], "each item of `exclude`", &g))
			*WL_VEC_PUSH(l->cfg->arena, &l->cfg->exclude) = g;
}

void
wl_cfg_load_host_table(struct cfg_load *l, const struct wl_node *v)
{
	const char	*s = wl_cfg_string(l, v, "`host-table`");
	char		*p;

	if (s == NULL)
		return;
	if (*s == '\0') {
		wl_cfg_error(l, v, "`host-table` must be a path, not empty");
		return;
	}
	p = wl_path_normalize(l->cfg->dir, s);
	l->cfg->host_table = wl_arena_strdup(l->cfg->arena, p);
	free(p);
}

char *
wl_config_relative(const struct wl_config *cfg, const char *path)
{
	if (cfg == NULL)
		return NULL;
	return wl_config_relative_to(cfg->dir, cfg->cwd, path);
}

bool
wl_config_excluded(const struct wl_config *cfg, const char *path)
{
	struct wl_path	 sp;
	char		*rel;
	size_t		 i;
	bool		 excluded = false;

	if (cfg == NULL || cfg->exclude.n == 0 ||
	    (rel = wl_config_relative(cfg, path)) == NULL)
		return false;
	wl_path_split(&sp, rel);
	for (i = 0; !excluded && i < cfg->exclude.n; i++)
		excluded = wl_glob_match_split(&cfg->exclude.v[i], &sp);
	wl_path_clear(&sp);
	free(rel);
	return excluded;
}

const char *
wl_config_host_table(const struct wl_config *cfg)
{
	return cfg != NULL ? cfg->host_table : NULL;
}
