/* config.h - .wasmlint.yaml: finding it, loading it, and what it says about rules and paths. */
#ifndef WASMLINT_CONFIG_CONFIG_H
#define WASMLINT_CONFIG_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "wasmlint/diag.h"
#include "wasmlint/rule.h"

#define WL_CONFIG_NAME		".wasmlint.yaml"
#define WL_CONFIG_NAME_ALT	".wasmlint.yml"

/* The failure threshold "none": above every severity, so nothing fails. */
#define WL_THRESHOLD_NONE	(WL_SEV_ERROR + 1)

struct wl_arena;
struct wl_config;

/*
 * One problem in a config file. line and col are 1-based and point at the
 * offending node (the key for an unknown key, the item for an unknown rule);
 * both are 0 when the problem is the file as a whole (it cannot be read).
 */
struct wl_config_error {
	const char	*file;		/* the path given to wl_config_load */
	unsigned	 line;
	unsigned	 col;
	const char	*message;	/* no file, position or trailing newline */
};

/* Every problem of a failed load, in file order; strings live in arena. */
struct wl_config_errors {
	struct wl_config_error	*v;
	size_t			 n;
	size_t			 cap;
	struct wl_arena		*arena;
};

/*
 * Walks up from start_dir (made absolute, symlinks resolved) to the first
 * directory holding a regular file .wasmlint.yaml or, failing that,
 * .wasmlint.yml. Stops after a directory that contains .git (a directory or
 * a file, as in worktrees) and at /. Returns the absolute path of the file
 * (free it), or NULL when there is none.
 */
char			*wl_config_find(const char *start_dir);

/*
 * Reads and checks the config at path. Returns 0 and sets *out, or -1 with
 * every problem in errs (always initialised; free it with
 * wl_config_errors_free, which is harmless after a success). An empty file
 * is a valid config with every default. The process's working directory at
 * this call is the base for relative paths given later to the queries.
 */
int			 wl_config_load(const char *path, struct wl_config **out,
			    struct wl_config_errors *errs);
void			 wl_config_errors_free(struct wl_config_errors *);
/* NULL is allowed. */
void			 wl_config_free(struct wl_config *);

/* A config with every default and no file, to carry the command line's selections. */
struct wl_config	*wl_config_new(void);

/*
 * The rule selections of the command line. They form a layer over the
 * file's select and ignore, and win over them: of the selectors of every
 * --select, --extend-select and --ignore that name a rule, the most specific
 * one decides (ignore wins a tie), as in the file; a rule none of them
 * names is off when --select was given, and otherwise as the file says.
 * per-file-ignores, severity and exclude still apply.
 */
enum wl_config_flag {
	WL_CONFIG_SELECT,
	WL_CONFIG_EXTEND_SELECT,
	WL_CONFIG_IGNORE,
};

/*
 * Adds the comma-separated selectors of list (ids, slugs or id prefixes, as
 * in the file) to the flag's selectors. Returns NULL, or why an item names
 * no rule (valid until the config is freed); nothing is added then.
 */
const char		*wl_config_add_flag(struct wl_config *,
			    enum wl_config_flag, const char *list);

/*
 * Every query below accepts a NULL config and then answers with the
 * built-in defaults: every rule enabled at its own severity, nothing
 * excluded, nothing set.
 */

/* The path as given to wl_config_load. */
const char		*wl_config_path(const struct wl_config *);
/* The config's directory: absolute, symlinks resolved; the base of its globs. */
const char		*wl_config_dir(const struct wl_config *);

/*
 * Whether rule's findings in file are reported. The command line's
 * selections decide first (see wl_config_add_flag), then select/ignore:
 * of every selector in either list that names the rule, the most specific
 * one wins (an exact id or slug beats any prefix, a longer prefix beats a
 * shorter one, and ignore wins a tie); a rule no selector names is enabled
 * unless select was given. Then any per-file-ignores glob that matches file
 * (see wl_config_relative) and names the rule disables it. file may be NULL
 * to ask whether the rule is enabled anywhere at all (ignoring
 * per-file-ignores), e.g. whether to run its check.
 */
bool			 wl_config_rule_enabled(const struct wl_config *,
			    const struct wl_rule *, const char *file);

/*
 * Unused entries. An entry is one item of `ignore`, or one rule of a
 * `per-file-ignores` glob; it is used in a run when it drops a finding. The
 * config stays read-only: a run keeps which entries it used in a struct
 * wl_config_uses of its own.
 */
struct wl_config_entry {
	const char	*glob;	/* the per-file-ignores glob; NULL for `ignore` */
	const char	*rule;	/* the rule id, slug or prefix, as written */
	/*
	 * The rule item in the config file, whose name is the path given to
	 * wl_config_load, or, for an absolute one at or below the working
	 * directory of that call, the path relative to that directory.
	 */
	struct wl_loc	 loc;
};

struct wl_config_uses;

/* A record of a run in which no entry was used yet, in arena; NULL for a NULL config. */
struct wl_config_uses	*wl_config_uses_new(struct wl_arena *,
			    const struct wl_config *);
/*
 * Whether a finding of rule in file is kept: wl_config_rule_enabled. When it
 * is not, marks in uses (NULL: nowhere) every entry that drops it on its own:
 * each `ignore` entry naming the rule at least as specifically as the most
 * specific `select` entry that names it (also when the flags turn the rule
 * off; none when they turn it on); or, when the selections leave the rule
 * enabled, each per-file-ignores rule naming it under a glob that matches
 * file.
 */
bool			 wl_config_keeps(const struct wl_config *,
			    const struct wl_rule *, const char *file,
			    struct wl_config_uses *);
/*
 * Whether an `ignore` entry disables rule everywhere (rather than `select`
 * leaving it out), and the flags do not turn it on; a run that reports
 * unused entries runs such a rule to learn whether the entry drops a
 * finding.
 */
bool			 wl_config_rule_ignored(const struct wl_config *,
			    const struct wl_rule *);
/*
 * The entries uses has not marked, in file order: start with *i = 0; each
 * call returns the next one and advances *i, NULL after the last.
 */
const struct wl_config_entry *wl_config_next_unused(
			    const struct wl_config_uses *, size_t *i);
/*
 * The rule's severity: the most specific `severity` entry naming it (the
 * later of two equally specific ones), else the rule's default.
 */
enum wl_severity	 wl_config_severity(const struct wl_config *,
			    const struct wl_rule *);
/*
 * True when path (a file or a directory) or one of its parent directories
 * below the config's directory matches an `exclude` glob. Paths outside the
 * config's directory are never excluded. Whether an explicitly named file is
 * still linted is the caller's decision.
 */
bool			 wl_config_excluded(const struct wl_config *,
			    const char *path);
/*
 * false when failure-threshold is not set; else true and *threshold is a
 * severity or WL_THRESHOLD_NONE.
 */
bool			 wl_config_failure_threshold(const struct wl_config *,
			    int *threshold);
/*
 * Whether s has the shape of an Istio version (two or three dot-separated
 * numbers, then optionally `-` and letters, digits and dots: 1.11, 1.11.4,
 * 1.12.0-beta.1), as istio-version and --istio-version take.
 */
bool			 wl_config_version_shaped(const char *s);
#define WL_CONFIG_VERSION_SHAPE	"a version like 1.11 or 1.11.4"
/* Whether s is a Kubernetes namespace name (an RFC 1123 label). */
bool			 wl_config_namespace_shaped(const char *s);
#define WL_CONFIG_NAMESPACE_SHAPE "a namespace name (at most 63 lowercase " \
	"letters, digits and `-`, starting and ending with a letter or digit)"

/* The value, or NULL when not set. */
const char		*wl_config_istio_version(const struct wl_config *);
const char		*wl_config_root_namespace(const struct wl_config *);
/* host-table resolved against the config's directory (not read), or NULL. */
const char		*wl_config_host_table(const struct wl_config *);

/* One entry of `modules:`: the module file (resolved against the config's directory) standing for url. */
struct wl_config_module {
	const char	*url;
	const char	*path;
	unsigned	 line;	/* the url's position in the config */
	unsigned	 col;
};
/* The i-th entry of `modules:` in file order, or NULL past the last. */
const struct wl_config_module *wl_config_module_at(const struct wl_config *,
			    size_t i);

/*
 * The path that globs are matched against: path made absolute (a relative
 * one against the working directory of wl_config_load), normalised
 * lexically ("." and empty segments dropped, ".." removing the segment
 * before it), then made relative to wl_config_dir(). If that is not below
 * the directory, the same is tried once with the realpath(3) of that
 * absolute path (for paths through symlinks; the file must exist). Returns the '/'-separated relative path ("" for the
 * directory itself; free it), or NULL when path is outside the directory.
 */
char			*wl_config_relative(const struct wl_config *,
			    const char *path);

/*
 * Globs (gitignore-style), relative to the config's directory:
 *   `*`, `?` and `[...]` (with `!` or `^` negation and [:class:] names)
 *   match within one path segment, as fnmatch(3) with FNM_PATHNAME, and
 *   match a leading dot too; a backslash escapes the next character.
 *   A segment that is exactly `**` matches zero or more whole segments;
 *   `**` inside a longer segment is an ordinary `*`.
 *   A glob with no slash except at its end matches a name at any depth
 *   (`*.json` matches x.json and a/b/x.json); any other glob is anchored
 *   at the directory (a leading slash or "./" is allowed and changes
 *   nothing).
 *   A glob that matches a directory matches everything below it, and a
 *   trailing slash is dropped ("vendor/" is "vendor"; "a/" + `**` also
 *   matches a itself).
 *   ".." segments, an unclosed `[`, an unknown [:class:], a slash inside
 *   brackets or after a backslash, a trailing backslash and an empty glob
 *   are errors.
 */
/* NULL when pattern is a valid glob, else why not (a static string). */
const char		*wl_glob_check(const char *pattern);
/*
 * Whether a valid pattern matches relpath, a path as wl_config_relative
 * returns it. false for an invalid pattern.
 */
bool			 wl_glob_match(const char *pattern, const char *relpath);

/*
 * Shared by config.c and glob.c; not for other callers.
 */

/* A compiled glob: its segments as wl_glob_match uses them. */
struct wl_glob {
	char	**seg;
	size_t	  n;
};

/* A relative path split at its slashes. */
struct wl_path {
	char	 *buf;
	char	**seg;
	size_t	  n;
};

void	 wl_glob_compile(struct wl_glob *, const char *valid_pattern);
void	 wl_glob_clear(struct wl_glob *);
bool	 wl_glob_match_split(const struct wl_glob *, const struct wl_path *);
void	 wl_path_split(struct wl_path *, const char *relpath);
void	 wl_path_clear(struct wl_path *);
/* path, made absolute against base when relative, normalised lexically. */
char	*wl_path_normalize(const char *base, const char *path);
/* wl_config_relative with explicit directory and working directory. */
char	*wl_config_relative_to(const char *dir, const char *cwd,
	    const char *path);

#endif
