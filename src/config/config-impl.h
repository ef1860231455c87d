/* config-impl.h - what the configuration's own files share: the loaded config, the loader's state and its helpers; not for other callers. */
#ifndef WASMLINT_CONFIG_CONFIG_IMPL_H
#define WASMLINT_CONFIG_CONFIG_IMPL_H

#include "config/config.h"
#include "util/arena.h"
#include "yaml/node.h"

#define WL_CFG_SPEC_EXACT	100	/* beats every prefix ("WL" + digits) */

/* A rule id, slug or id prefix, resolved against the rule table. */
struct cfg_selector {
	const char		*text;
	const struct wl_rule	*rule;	/* for an id or slug; NULL for a prefix */
	size_t			 spec;	/* WL_CFG_SPEC_EXACT, or the prefix's length */
	size_t			 entry;	/* of `ignore`, per-file-ignores: in entries */
};

struct cfg_selectors {
	struct cfg_selector	*v;
	size_t			 n;
	size_t			 cap;
};

/* The selections of the command line, a layer over the file's select and ignore. */
struct cfg_flags {
	bool			has_select;	/* --select given */
	struct cfg_selectors	select;		/* --select and --extend-select */
	struct cfg_selectors	ignore;		/* --ignore */
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
	const char			*shown;	/* path as the user sees it */
	const char			*dir;
	const char			*cwd;
	bool				 has_select;
	struct cfg_selectors		 select;
	struct cfg_selectors		 ignore;
	struct cfg_flags		 flags;
	WL_VEC(struct cfg_severity)	 severity;
	WL_VEC(struct wl_glob)		 exclude;
	WL_VEC(struct cfg_per_file)	 per_file;
	WL_VEC(struct wl_config_entry)	 entries;	/* in file order */
	bool				 threshold_set;
	int				 threshold;
	const char			*istio_version;
	const char			*root_namespace;
	const char			*host_table;
	WL_VEC(struct wl_config_module)	 modules;
};

/* What loading needs besides the config: where errors go. */
struct cfg_load {
	struct wl_config	*cfg;
	struct wl_config_errors	*errs;
	const char		*file;
};

/* errors.c: located problems, and the type checks of nodes. */
void		 wl_cfg_error(struct cfg_load *, const struct wl_node *,
		    const char *, ...) __attribute__((format(printf, 3, 4)));
void		 wl_cfg_error_at(struct cfg_load *, struct wl_mark,
		    const char *, ...) __attribute__((format(printf, 3, 4)));
const char	*wl_cfg_a(const struct wl_node *);
const char	*wl_cfg_string(struct cfg_load *, const struct wl_node *,
		    const char *what);
bool		 wl_cfg_expect(struct cfg_load *, const struct wl_node *,
		    enum wl_node_type, const char *what, const char *kind);

/* suggest.c: did you mean. */
void		 wl_cfg_consider(const char *word, const char *cand,
		    const char **best, size_t *best_d);
const char	*wl_cfg_closest_rule(const char *word);

/* selector.c: rule ids, slugs and prefixes. */
/* Resolves s into out (strings in a); NULL, or why s names no rule (in a). */
const char	*wl_cfg_resolve(struct wl_arena *a, const char *s,
		    struct cfg_selector *out);
bool		 wl_cfg_selector(struct cfg_load *, const struct wl_node *,
		    const char *what, struct cfg_selector *);
bool		 wl_cfg_selector_list(struct cfg_load *,
		    const struct wl_node *, const char *list, const char *item,
		    struct cfg_selectors *);
size_t		 wl_cfg_selector_match(const struct cfg_selector *,
		    const struct wl_rule *);
size_t		 wl_cfg_best_match(const struct cfg_selectors *,
		    const struct wl_rule *);

/* paths.c: globs. */
bool		 wl_cfg_glob(struct cfg_load *, const struct wl_node *,
		    const char *what, struct wl_glob *);

/* unused.c: the entries of `ignore` and per-file-ignores, and their use. */
void		 wl_cfg_add_entries(struct cfg_load *,
		    const struct wl_node *seq, struct cfg_selectors *,
		    const char *glob);
void		 wl_cfg_use(struct wl_config_uses *, size_t entry);

/* flags.c: whether the command line's selections decide rule: -1 they leave it to the file, else 0 off or 1 on. */
int		 wl_cfg_flags_decide(const struct cfg_flags *,
		    const struct wl_rule *);

/* keys.c: the top-level mapping. */
void		 wl_cfg_load_root(struct cfg_load *,
		    const struct wl_node *);

/* Each key's loader, in the file of its concept. */
void	wl_cfg_load_version(struct cfg_load *, const struct wl_node *);
void	wl_cfg_load_select(struct cfg_load *, const struct wl_node *);
void	wl_cfg_load_ignore(struct cfg_load *, const struct wl_node *);
void	wl_cfg_load_severity(struct cfg_load *, const struct wl_node *);
void	wl_cfg_load_threshold(struct cfg_load *, const struct wl_node *);
void	wl_cfg_load_exclude(struct cfg_load *, const struct wl_node *);
void	wl_cfg_load_per_file(struct cfg_load *, const struct wl_node *);
void	wl_cfg_load_istio_version(struct cfg_load *, const struct wl_node *);
void	wl_cfg_load_root_namespace(struct cfg_load *, const struct wl_node *);
void	wl_cfg_load_host_table(struct cfg_load *, const struct wl_node *);
void	wl_cfg_load_modules(struct cfg_load *, const struct wl_node *);

#endif
