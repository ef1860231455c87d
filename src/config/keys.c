/* keys.c - the config's top-level mapping: each key to its loader, and what to say about a duplicate, misspelt or unsupported key. */
#include <string.h>

#include "config/config-impl.h"

#define nitems(a)	(sizeof(a) / sizeof((a)[0]))

static const struct cfg_key {
	const char	*name;
	void		(*load)(struct cfg_load *, const struct wl_node *);
} cfg_keys[] = {
	{ "version", wl_cfg_load_version },
	{ "select", wl_cfg_load_select },
	{ "ignore", wl_cfg_load_ignore },
	{ "severity", wl_cfg_load_severity },
	{ "failure-threshold", wl_cfg_load_threshold },
	{ "exclude", wl_cfg_load_exclude },
	{ "per-file-ignores", wl_cfg_load_per_file },
	{ "istio-version", wl_cfg_load_istio_version },
	{ "root-namespace", wl_cfg_load_root_namespace },
	{ "host-table", wl_cfg_load_host_table },
	{ "modules", wl_cfg_load_modules },
};

/* Other linters' names for our keys (kube-linter, hadolint), where spelling alone would mislead. */
static const char *const cfg_aliases[][2] = {
	{ "include", "select" },
	{ "enable", "select" },
	{ "disable", "ignore" },
	{ "override", "severity" },
	{ "ignorePaths", "exclude" },
	{ "ignore-paths", "exclude" },
};

/* Keys the documented schema plans but this version does not read. */
static const char *const cfg_planned[] = {
	"extends", "ignore-objects", "inline-suppressions", "baseline",
	"kubernetes", "wasm",
};

static void
cfg_unknown_key(struct cfg_load *l, const struct wl_node *k)
{
	const char	*best = NULL;
	size_t		 i, best_d = (size_t)-1;

	for (i = 0; i < nitems(cfg_planned); i++)
		if (strcmp(k->str, cfg_planned[i]) == 0) {
			wl_cfg_error(l, k, "`%s` is not supported by this "
			    "version of wasmlint", k->str);
			return;
		}
	for (i = 0; i < nitems(cfg_aliases); i++)
		if (strcmp(k->str, cfg_aliases[i][0]) == 0)
			best = cfg_aliases[i][1];
	for (i = 0; best == NULL && i < nitems(cfg_keys); i++)
		wl_cfg_consider(k->str, cfg_keys[i].name, &best, &best_d);
	if (best != NULL)
		wl_cfg_error(l, k, "unknown key `%s`; did you mean `%s`?",
		    k->str, best);
	else
		wl_cfg_error(l, k, "unknown key `%s`; keys are version, "
		    "select, ignore, severity, failure-threshold, exclude, "
		    "per-file-ignores, istio-version, root-namespace, "
		    "host-table and modules", k->str);
}

/* The earlier key of map equal to pair i's key, or NULL. */
static const struct wl_node *
cfg_earlier_key(const struct wl_node *map, size_t i)
{
	const struct wl_node	*k = map->items[2 * i];
	size_t			 j;

	for (j = 0; j < i; j++)
		if (map->items[2 * j]->type == WL_NODE_SCALAR &&
		    strcmp(map->items[2 * j]->str, k->str) == 0)
			return map->items[2 * j];
	return NULL;
}

void
wl_cfg_load_root(struct cfg_load *l, const struct wl_node *root)
{
	const struct wl_node	*k, *v, *first;
	size_t			 i, j;

	if (root->type != WL_NODE_MAP) {
		wl_cfg_error(l, root, "a config must be a mapping of keys, not "
		    "%s", wl_cfg_a(root));
		return;
	}
	for (i = 0; i < root->n; i++) {
		k = root->items[2 * i];
		v = root->items[2 * i + 1];
		if (k->type != WL_NODE_SCALAR) {
			wl_cfg_error(l, k, "keys must be strings, not %s",
			    wl_cfg_a(k));
			continue;
		}
		if ((first = cfg_earlier_key(root, i)) != NULL) {
			wl_cfg_error(l, k, "duplicate key `%s` (first at line "
			    "%u)", k->str, first->start.line);
			continue;
		}
		for (j = 0; j < nitems(cfg_keys); j++)
			if (strcmp(k->str, cfg_keys[j].name) == 0)
				break;
		if (j == nitems(cfg_keys))
			cfg_unknown_key(l, k);
		else if (!wl_node_is_null(v))
			cfg_keys[j].load(l, v);
	}
}
