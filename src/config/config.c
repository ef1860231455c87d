/* config.c - .wasmlint.yaml: discovery, loading with located errors, and the queries rules and paths need. */
#define _XOPEN_SOURCE 700	/* realpath(3), beside the project's POSIX 2008 */

#include <sys/stat.h>

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config/config.h"
#include "util/arena.h"
#include "util/xmalloc.h"
#include "yaml/node.h"

#define CONFIG_MAX_BYTES	(1024 * 1024)
#define SPEC_EXACT		100	/* beats every prefix ("WL" + digits) */
#define nitems(a)		(sizeof(a) / sizeof((a)[0]))

/* A rule id, slug or id prefix, resolved against the rule table. */
struct cfg_selector {
	const char		*text;
	const struct wl_rule	*rule;	/* for an id or slug; NULL for a prefix */
	size_t			 spec;	/* SPEC_EXACT, or the prefix's length */
};

struct cfg_selectors {
	struct cfg_selector	*v;
	size_t			 n;
	size_t			 cap;
};

struct cfg_severity {
	struct cfg_selector	sel;
	enum wl_severity	sev;
};

struct cfg_per_file {
	struct wl_glob		glob;
	struct cfg_selectors	rules;
};

struct wl_config {
	struct wl_arena			*arena;
	const char			*path;
	const char			*dir;
	const char			*cwd;
	bool				 has_select;
	struct cfg_selectors		 select;
	struct cfg_selectors		 ignore;
	WL_VEC(struct cfg_severity)	 severity;
	WL_VEC(struct wl_glob)		 exclude;
	WL_VEC(struct cfg_per_file)	 per_file;
	bool				 threshold_set;
	int				 threshold;
	const char			*istio_version;
	const char			*root_namespace;
	const char			*host_table;
};

/* What loading needs besides the config: where errors go. */
struct cfg_load {
	struct wl_config	*cfg;
	struct wl_config_errors	*errs;
	const char		*file;
};

/* ---- Discovery ---- */

static char *
cfg_join(const char *dir, const char *name)
{
	size_t	 d = strlen(dir), n = strlen(name);
	char	*p = wl_xmalloc(d + n + 2);

	memcpy(p, dir, d);
	if (d == 0 || dir[d - 1] != '/')
		p[d++] = '/';
	memcpy(p + d, name, n + 1);
	return p;
}

/* dir/name if it is a regular file, else NULL. */
static char *
cfg_find_in(const char *dir, const char *name)
{
	struct stat	 st;
	char		*p = cfg_join(dir, name);

	if (stat(p, &st) == 0 && S_ISREG(st.st_mode))
		return p;
	free(p);
	return NULL;
}

static bool
cfg_has_git(const char *dir)
{
	struct stat	 st;
	char		*p = cfg_join(dir, ".git");
	bool		 has = lstat(p, &st) == 0;

	free(p);
	return has;
}

char *
wl_config_find(const char *start_dir)
{
	char *dir = realpath(start_dir, NULL), *found = NULL, *slash;

	while (dir != NULL) {
		if ((found = cfg_find_in(dir, WL_CONFIG_NAME)) != NULL ||
		    (found = cfg_find_in(dir, WL_CONFIG_NAME_ALT)) != NULL)
			break;
		if (cfg_has_git(dir) || strcmp(dir, "/") == 0)
			break;
		slash = strrchr(dir, '/');
		slash[slash == dir ? 1 : 0] = '\0';
	}
	free(dir);
	return found;
}

/* ---- Errors ---- */

static void cfg_verror(struct cfg_load *, unsigned, unsigned, const char *,
    va_list) __attribute__((format(printf, 4, 0)));

/* Records a problem at line:col (0:0 for the whole file). */
static void
cfg_verror(struct cfg_load *l, unsigned line, unsigned col, const char *fmt,
    va_list ap)
{
	struct wl_config_errors	*e = l->errs;
	struct wl_config_error	*err;

	if (e->arena == NULL)
		e->arena = wl_arena_new();
	wl_vec_reserve(e->arena, (void **)&e->v, &e->cap, e->n, sizeof *e->v);
	err = &e->v[e->n++];
	err->file = wl_arena_strdup(e->arena, l->file);
	err->line = line;
	err->col = col;
	err->message = wl_arena_vprintf(e->arena, fmt, ap);
}

static void cfg_error(struct cfg_load *, const struct wl_node *,
    const char *, ...) __attribute__((format(printf, 3, 4)));
static void cfg_error_at(struct cfg_load *, struct wl_mark,
    const char *, ...) __attribute__((format(printf, 3, 4)));

/* Records a problem at node n (NULL: the whole file). */
static void
cfg_error(struct cfg_load *l, const struct wl_node *n, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	cfg_verror(l, n != NULL ? n->start.line : 0,
	    n != NULL ? n->start.col : 0, fmt, ap);
	va_end(ap);
}

static void
cfg_error_at(struct cfg_load *l, struct wl_mark at, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	cfg_verror(l, at.line, at.col, fmt, ap);
	va_end(ap);
}

void
wl_config_errors_free(struct wl_config_errors *e)
{
	if (e == NULL)
		return;
	wl_arena_free(e->arena);
	memset(e, 0, sizeof *e);
}

/* "a mapping", "a string", "null": what n is, for "..., not %s". */
static const char *
cfg_a(const struct wl_node *n)
{
	if (wl_node_is_null(n))
		return "null";
	switch (n->type) {
	case WL_NODE_MAP:
		return "a mapping";
	case WL_NODE_SEQ:
		return "a sequence";
	default:
		return "a string";
	}
}

/* The text of a non-null scalar, or NULL after an error "<what>, not ...". */
static const char *
cfg_string(struct cfg_load *l, const struct wl_node *n, const char *what)
{
	if (n->type != WL_NODE_SCALAR || wl_node_is_null(n)) {
		cfg_error(l, n, "%s must be a string, not %s", what, cfg_a(n));
		return NULL;
	}
	return n->str;
}

/* True if n is of type; else an error "<what> must be <kind>, not ...". */
static bool
cfg_expect(struct cfg_load *l, const struct wl_node *n, enum wl_node_type type,
    const char *what, const char *kind)
{
	if (n->type == type && !wl_node_is_null(n))
		return true;
	cfg_error(l, n, "%s must be %s, not %s", what, kind, cfg_a(n));
	return false;
}

/* ---- Did you mean ---- */

/* Case-insensitive Levenshtein distance of two short words. */
static size_t
cfg_distance(const char *a, const char *b)
{
	size_t	 na = strlen(a), nb = strlen(b), i, j, diag, up, d;
	size_t	*row = wl_xmalloc((nb + 1) * sizeof *row);

	for (j = 0; j <= nb; j++)
		row[j] = j;
	for (i = 1; i <= na; i++) {
		diag = row[0];
		row[0] = i;
		for (j = 1; j <= nb; j++) {
			up = row[j];
			d = diag + (tolower((unsigned char)a[i - 1]) !=
			    tolower((unsigned char)b[j - 1]));
			if (up + 1 < d)
				d = up + 1;
			if (row[j - 1] + 1 < d)
				d = row[j - 1] + 1;
			row[j] = d;
			diag = up;
		}
	}
	d = row[nb];
	free(row);
	return d;
}

/* Keeps cand in *best when it is closer to word than *best and close enough. */
static void
cfg_consider(const char *word, const char *cand, const char **best,
    size_t *best_d)
{
	size_t d = cfg_distance(word, cand), len = strlen(word);
	size_t limit = len / 3 > 2 ? len / 3 : 2;

	if (d <= limit && d < len && d < *best_d) {
		*best = cand;
		*best_d = d;
	}
}

/* The rule id or slug closest to word, or NULL. */
static const char *
cfg_closest_rule(const char *word)
{
	const struct wl_rule *const	*r;
	const char			*best = NULL;
	size_t				 best_d = (size_t)-1;

	for (r = wl_rules; *r != NULL; r++) {
		cfg_consider(word, (*r)->id, &best, &best_d);
		cfg_consider(word, (*r)->slug, &best, &best_d);
	}
	return best;
}

/* ---- Rule selectors ---- */

/* "WL" and up to three digits: the shape of an id prefix. */
static bool
cfg_prefix_shaped(const char *s)
{
	size_t i;

	if (strncmp(s, "WL", 2) != 0)
		return false;
	for (i = 2; s[i] != '\0'; i++)
		if (i > 4 || !isdigit((unsigned char)s[i]))
			return false;
	return true;
}

static bool
cfg_prefix_used(const char *prefix)
{
	const struct wl_rule *const *r;

	for (r = wl_rules; *r != NULL; r++)
		if (strncmp((*r)->id, prefix, strlen(prefix)) == 0)
			return true;
	return false;
}

/* Resolves the selector n names; false after an error. */
static bool
cfg_selector(struct cfg_load *l, const struct wl_node *n, const char *what,
    struct cfg_selector *out)
{
	const char *s = cfg_string(l, n, what), *near;

	if (s == NULL)
		return false;
	out->text = wl_arena_strdup(l->cfg->arena, s);
	if ((out->rule = wl_rule_find(s)) != NULL) {
		out->spec = SPEC_EXACT;
		return true;
	}
	if (cfg_prefix_shaped(s) && cfg_prefix_used(s)) {
		out->spec = strlen(s);
		return true;
	}
	if (cfg_prefix_shaped(s))
		cfg_error(l, n, "no rule id starts with `%s`", s);
	else if ((near = cfg_closest_rule(s)) != NULL)
		cfg_error(l, n, "unknown rule `%s`; did you mean `%s`?", s,
		    near);
	else
		cfg_error(l, n, "unknown rule `%s`; `wasmlint rules` lists "
		    "them", s);
	return false;
}

/*
 * A sequence of selectors (list names it in messages, item names each item);
 * false after an error. Valid items are kept.
 */
static bool
cfg_selector_list(struct cfg_load *l, const struct wl_node *n,
    const char *list, const char *item, struct cfg_selectors *out)
{
	struct cfg_selector	sel;
	size_t			i;
	bool			ok = true;

	if (!cfg_expect(l, n, WL_NODE_SEQ, list,
	    "a sequence of rule ids, slugs or prefixes"))
		return false;
	for (i = 0; i < n->n; i++) {
		if (!cfg_selector(l, n->items[i], item, &sel)) {
			ok = false;
			continue;
		}
		*WL_VEC_PUSH(l->cfg->arena, out) = sel;
	}
	return ok;
}

/* How specifically sel names rule: 0 not at all, else SPEC_EXACT or a prefix length. */
static size_t
cfg_selector_match(const struct cfg_selector *sel, const struct wl_rule *rule)
{
	if (sel->rule != NULL)
		return strcmp(sel->rule->id, rule->id) == 0 ? SPEC_EXACT : 0;
	return strncmp(rule->id, sel->text, sel->spec) == 0 ? sel->spec : 0;
}

/* The most specific match of rule in list (0: none). */
static size_t
cfg_best_match(const struct cfg_selectors *list, const struct wl_rule *rule)
{
	size_t i, best = 0, m;

	for (i = 0; i < list->n; i++)
		if ((m = cfg_selector_match(&list->v[i], rule)) > best)
			best = m;
	return best;
}

/* ---- Keys ---- */

static const char *const cfg_severity_names[] = { "info", "warning",
	"error", "none" };

/* The index of s in cfg_severity_names[0..n), or -1. */
static int
cfg_severity_index(const char *s, int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (strcmp(s, cfg_severity_names[i]) == 0)
			return i;
	return -1;
}

static void
cfg_load_version(struct cfg_load *l, const struct wl_node *v)
{
	const char *s = v->str;

	if (v->type != WL_NODE_SCALAR) {
		cfg_error(l, v, "`version` must be an integer, not %s",
		    cfg_a(v));
		return;
	}
	if (v->style != WL_STYLE_PLAIN || strspn(s, "0123456789") !=
	    strlen(s)) {
		cfg_error(l, v, "`version` must be an integer, not `%s`", s);
		return;
	}
	if (strcmp(s, "1") != 0)
		cfg_error(l, v, "unsupported config version %s; this wasmlint "
		    "reads version 1", s);
}

static void
cfg_load_select(struct cfg_load *l, const struct wl_node *v)
{
	l->cfg->has_select = true;
	cfg_selector_list(l, v, "`select`", "each item of `select`",
	    &l->cfg->select);
}

static void
cfg_load_ignore(struct cfg_load *l, const struct wl_node *v)
{
	cfg_selector_list(l, v, "`ignore`", "each item of `ignore`",
	    &l->cfg->ignore);
}

static void
cfg_load_severity(struct cfg_load *l, const struct wl_node *v)
{
	struct cfg_severity	 ov;
	const struct wl_node	*val;
	const char		*s;
	size_t			 i;
	int			 sev;

	if (!cfg_expect(l, v, WL_NODE_MAP, "`severity`",
	    "a mapping of rule to severity"))
		return;
	for (i = 0; i < v->n; i++) {
		val = v->items[2 * i + 1];
		if (!cfg_selector(l, v->items[2 * i], "each key of `severity`",
		    &ov.sel))
			continue;
		if ((s = cfg_string(l, val, "a severity")) == NULL)
			continue;
		if ((sev = cfg_severity_index(s, 3)) < 0) {
			cfg_error(l, val, "unknown severity `%s`; expected "
			    "error, warning or info", s);
			continue;
		}
		ov.sev = (enum wl_severity)sev;
		*WL_VEC_PUSH(l->cfg->arena, &l->cfg->severity) = ov;
	}
}

static void
cfg_load_threshold(struct cfg_load *l, const struct wl_node *v)
{
	const char	*s = cfg_string(l, v, "`failure-threshold`");
	int		 t;

	if (s == NULL)
		return;
	if ((t = cfg_severity_index(s, 4)) < 0) {
		cfg_error(l, v, "unknown failure threshold `%s`; expected "
		    "error, warning, info or none", s);
		return;
	}
	l->cfg->threshold = t;
	l->cfg->threshold_set = true;
}

/* Compiles the glob n holds into g; false after an error. */
static bool
cfg_glob(struct cfg_load *l, const struct wl_node *n, const char *what,
    struct wl_glob *g)
{
	const char *s = cfg_string(l, n, what), *why;

	if (s == NULL)
		return false;
	if ((why = wl_glob_check(s)) != NULL) {
		cfg_error(l, n, "bad glob `%s`: %s", s, why);
		return false;
	}
	wl_glob_compile(g, s);
	return true;
}

static void
cfg_load_exclude(struct cfg_load *l, const struct wl_node *v)
{
	struct wl_glob	g;
	size_t		i;

	if (!cfg_expect(l, v, WL_NODE_SEQ, "`exclude`", "a sequence of globs"))
		return;
	for (i = 0; i < v->n; i++)
		if (cfg_glob(l, v->items[i], "each item of `exclude`", &g))
			*WL_VEC_PUSH(l->cfg->arena, &l->cfg->exclude) = g;
}

static void
cfg_load_per_file(struct cfg_load *l, const struct wl_node *v)
{
	struct cfg_per_file	pf;
	size_t			i;
	bool			ok;

	if (!cfg_expect(l, v, WL_NODE_MAP, "`per-file-ignores`",
	    "a mapping of glob to rules"))
		return;
	for (i = 0; i < v->n; i++) {
		memset(&pf, 0, sizeof pf);
		ok = cfg_glob(l, v->items[2 * i], "each key of "
		    "`per-file-ignores`", &pf.glob);
		if (cfg_selector_list(l, v->items[2 * i + 1],
		    "each value of `per-file-ignores`",
		    "each rule of `per-file-ignores`", &pf.rules) && ok) {
			*WL_VEC_PUSH(l->cfg->arena, &l->cfg->per_file) = pf;
			continue;
		}
		if (ok)
			wl_glob_clear(&pf.glob);
	}
}

/* 1.11, 1.11.4 or 1.12.0-beta.1. */
static bool
cfg_version_shaped(const char *s)
{
	int parts = 0;

	for (;;) {
		if (!isdigit((unsigned char)*s))
			return false;
		s += strspn(s, "0123456789");
		parts++;
		if (*s != '.')
			break;
		s++;
	}
	if (*s == '-')
		s++;
	else if (*s != '\0')
		return false;
	return parts >= 2 && parts <= 3 &&
	    strspn(s, "abcdefghijklmnopqrstuvwxyz"
		      "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.") == strlen(s) &&
	    (s[-1] != '-' || *s != '\0');
}

static void
cfg_load_istio_version(struct cfg_load *l, const struct wl_node *v)
{
	const char *s = cfg_string(l, v, "`istio-version`");

	if (s == NULL)
		return;
	if (!cfg_version_shaped(s)) {
		cfg_error(l, v, "`istio-version` must be a version like 1.11 or "
		    "1.11.4, not `%s`", s);
		return;
	}
	l->cfg->istio_version = wl_arena_strdup(l->cfg->arena, s);
}

/* A Kubernetes namespace name: an RFC 1123 label. */
static bool
cfg_label_shaped(const char *s)
{
	size_t n = strlen(s);

	return n > 0 && n <= 63 &&
	    strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789-") == n &&
	    s[0] != '-' && s[n - 1] != '-';
}

static void
cfg_load_root_namespace(struct cfg_load *l, const struct wl_node *v)
{
	const char *s = cfg_string(l, v, "`root-namespace`");

	if (s == NULL)
		return;
	if (!cfg_label_shaped(s)) {
		cfg_error(l, v, "`root-namespace` must be a namespace name "
		    "(at most 63 lowercase letters, digits and `-`, starting "
		    "and ending with a letter or digit), not `%s`", s);
		return;
	}
	l->cfg->root_namespace = wl_arena_strdup(l->cfg->arena, s);
}

static void
cfg_load_host_table(struct cfg_load *l, const struct wl_node *v)
{
	const char	*s = cfg_string(l, v, "`host-table`");
	char		*p;

	if (s == NULL)
		return;
	if (*s == '\0') {
		cfg_error(l, v, "`host-table` must be a path, not empty");
		return;
	}
	p = wl_path_normalize(l->cfg->dir, s);
	l->cfg->host_table = wl_arena_strdup(l->cfg->arena, p);
	free(p);
}

static const struct cfg_key {
	const char	*name;
	void		(*load)(struct cfg_load *, const struct wl_node *);
} cfg_keys[] = {
	{ "version", cfg_load_version },
	{ "select", cfg_load_select },
	{ "ignore", cfg_load_ignore },
	{ "severity", cfg_load_severity },
	{ "failure-threshold", cfg_load_threshold },
	{ "exclude", cfg_load_exclude },
	{ "per-file-ignores", cfg_load_per_file },
	{ "istio-version", cfg_load_istio_version },
	{ "root-namespace", cfg_load_root_namespace },
	{ "host-table", cfg_load_host_table },
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
			cfg_error(l, k, "`%s` is not supported by this version "
			    "of wasmlint", k->str);
			return;
		}
	for (i = 0; i < nitems(cfg_aliases); i++)
		if (strcmp(k->str, cfg_aliases[i][0]) == 0)
			best = cfg_aliases[i][1];
	for (i = 0; best == NULL && i < nitems(cfg_keys); i++)
		cfg_consider(k->str, cfg_keys[i].name, &best, &best_d);
	if (best != NULL)
		cfg_error(l, k, "unknown key `%s`; did you mean `%s`?", k->str,
		    best);
	else
		cfg_error(l, k, "unknown key `%s`; keys are version, select, "
		    "ignore, severity, failure-threshold, exclude, "
		    "per-file-ignores, istio-version, root-namespace and "
		    "host-table", k->str);
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

static void
cfg_load_root(struct cfg_load *l, const struct wl_node *root)
{
	const struct wl_node	*k, *v, *first;
	size_t			 i, j;

	if (root->type != WL_NODE_MAP) {
		cfg_error(l, root, "a config must be a mapping of keys, not %s",
		    cfg_a(root));
		return;
	}
	for (i = 0; i < root->n; i++) {
		k = root->items[2 * i];
		v = root->items[2 * i + 1];
		if (k->type != WL_NODE_SCALAR) {
			cfg_error(l, k, "keys must be strings, not %s",
			    cfg_a(k));
			continue;
		}
		if ((first = cfg_earlier_key(root, i)) != NULL) {
			cfg_error(l, k, "duplicate key `%s` (first at line %u)",
			    k->str, first->start.line);
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

/* ---- Loading ---- */

/* The whole file, or NULL after an error. */
static char *
cfg_read(struct cfg_load *l, size_t *len)
{
	FILE	*fp = fopen(l->file, "rb");
	char	*buf;
	size_t	 n;

	if (fp == NULL) {
		cfg_error(l, NULL, "cannot read: %s", strerror(errno));
		return NULL;
	}
	buf = wl_xmalloc(CONFIG_MAX_BYTES + 1);
	n = fread(buf, 1, CONFIG_MAX_BYTES + 1, fp);
	if (ferror(fp))
		cfg_error(l, NULL, "cannot read: %s", strerror(errno));
	else if (n > CONFIG_MAX_BYTES)
		cfg_error(l, NULL, "larger than 1 MiB; is this a config?");
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
			cfg_error_at(l, yerr.mark, "%s", yerr.message);
			break;
		}
		if (doc.root != NULL && ndocs++ == 0)
			cfg_load_root(l, doc.root);
		else if (doc.root != NULL)
			cfg_error(l, doc.root, "a config file holds one YAML "
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

/* Sets the paths every relative path resolves against; false after an error. */
static bool
cfg_set_paths(struct cfg_load *l)
{
	struct wl_config	*cfg = l->cfg;
	char			*cwd = realpath(".", NULL);

	cfg->path = wl_arena_strdup(cfg->arena, l->file);
	cfg->dir = cfg_dir_of(cfg->arena, l->file);
	if (cwd == NULL || cfg->dir == NULL) {
		cfg_error(l, NULL, "cannot resolve the %s directory: %s",
		    cwd == NULL ? "working" : "config's", strerror(errno));
		free(cwd);
		return false;
	}
	cfg->cwd = wl_arena_strdup(cfg->arena, cwd);
	free(cwd);
	return true;
}

int
wl_config_load(const char *path, struct wl_config **out,
    struct wl_config_errors *errs)
{
	struct wl_arena		*a = wl_arena_new();
	struct wl_config	*cfg = wl_arena_alloc(a, sizeof *cfg);
	struct cfg_load		 l = { cfg, errs, path };
	char			*buf;
	size_t			 len;

	memset(errs, 0, sizeof *errs);
	cfg->arena = a;
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

/* ---- Queries ---- */

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

char *
wl_config_relative(const struct wl_config *cfg, const char *path)
{
	if (cfg == NULL)
		return NULL;
	return wl_config_relative_to(cfg->dir, cfg->cwd, path);
}

/* Whether select and ignore leave rule enabled. */
static bool
cfg_selected(const struct wl_config *cfg, const struct wl_rule *rule)
{
	size_t sel = cfg_best_match(&cfg->select, rule);
	size_t ign = cfg_best_match(&cfg->ignore, rule);

	if (sel == 0 && ign == 0)
		return !cfg->has_select;
	return sel > ign;
}

bool
wl_config_rule_enabled(const struct wl_config *cfg,
    const struct wl_rule *rule, const char *file)
{
	struct wl_path	 sp;
	char		*rel;
	size_t		 i;
	bool		 enabled = true;

	if (cfg == NULL)
		return true;
	if (!cfg_selected(cfg, rule))
		return false;
	if (file == NULL || cfg->per_file.n == 0 ||
	    (rel = wl_config_relative(cfg, file)) == NULL)
		return true;
	wl_path_split(&sp, rel);
	for (i = 0; enabled && i < cfg->per_file.n; i++)
		if (cfg_best_match(&cfg->per_file.v[i].rules, rule) > 0 &&
		    wl_glob_match_split(&cfg->per_file.v[i].glob, &sp))
			enabled = false;
	wl_path_clear(&sp);
	free(rel);
	return enabled;
}

enum wl_severity
wl_config_severity(const struct wl_config *cfg, const struct wl_rule *rule)
{
	enum wl_severity	sev = rule->severity;
	size_t			i, best = 0, m;

	for (i = 0; cfg != NULL && i < cfg->severity.n; i++) {
		m = cfg_selector_match(&cfg->severity.v[i].sel, rule);
		if (m > 0 && m >= best) {
			best = m;
			sev = cfg->severity.v[i].sev;
		}
	}
	return sev;
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

bool
wl_config_failure_threshold(const struct wl_config *cfg, int *threshold)
{
	if (cfg == NULL || !cfg->threshold_set)
		return false;
	*threshold = cfg->threshold;
	return true;
}

const char *
wl_config_istio_version(const struct wl_config *cfg)
{
	return cfg != NULL ? cfg->istio_version : NULL;
}

const char *
wl_config_root_namespace(const struct wl_config *cfg)
{
	return cfg != NULL ? cfg->root_namespace : NULL;
}

const char *
wl_config_host_table(const struct wl_config *cfg)
{
	return cfg != NULL ? cfg->host_table : NULL;
}
