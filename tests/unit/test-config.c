/* test-config.c - .wasmlint.yaml: keys, located errors, discovery, rule selection, unused entries, globs, relative paths. */
#define _XOPEN_SOURCE 700	/* realpath(3), beside the project's POSIX 2008 */

#include "test-util.h"

#include <sys/stat.h>

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config/config.h"
#include "util/arena.h"
#include "wasmlint/rule.h"

#define FULL_DIR	WL_FIXTURES_SRC "/config/full"
#define ERRORS_DIR	WL_FIXTURES_SRC "/config/errors"

/* ---- Helpers ---- */

static char *
xstrdup(const char *s)
{
	char *p = strdup(s);

	assert_non_null(p);
	return p;
}

static char *
join(const char *a, const char *b)
{
	size_t	 n = strlen(a) + strlen(b) + 2;
	char	*p = malloc(n);

	assert_non_null(p);
	snprintf(p, n, "%s/%s", a, b);
	return p;
}

static char *
make_tmp(void)
{
	char *d = xstrdup("/tmp/wl-config-XXXXXX");

	assert_non_null(mkdtemp(d));
	return d;
}

/* Creates dir/rel and its parents; text NULL makes a directory. */
static void
put(const char *dir, const char *rel, const char *text)
{
	char	*path = join(dir, rel), *p;
	FILE	*fp;

	for (p = path + strlen(dir) + 1; (p = strchr(p, '/')) != NULL; p++) {
		*p = '\0';
		assert_true(mkdir(path, 0755) == 0 || access(path, F_OK) == 0);
		*p = '/';
	}
	if (text == NULL) {
		assert_int_equal(mkdir(path, 0755), 0);
	} else {
		assert_non_null(fp = fopen(path, "w"));
		fputs(text, fp);
		assert_int_equal(fclose(fp), 0);
	}
	free(path);
}

static void
rm_rf(const char *path)
{
	struct stat	 st;
	struct dirent	*e;
	DIR		*d;
	char		*child;

	if (lstat(path, &st) != 0)
		return;
	if (S_ISDIR(st.st_mode) && (d = opendir(path)) != NULL) {
		while ((e = readdir(d)) != NULL) {
			if (strcmp(e->d_name, ".") == 0 ||
			    strcmp(e->d_name, "..") == 0)
				continue;
			child = join(path, e->d_name);
			rm_rf(child);
			free(child);
		}
		closedir(d);
		assert_int_equal(rmdir(path), 0);
	} else {
		assert_int_equal(unlink(path), 0);
	}
}

static char *
real(const char *path)
{
	char *r = realpath(path, NULL);

	assert_non_null(r);
	return r;
}

static const struct wl_rule *
rule(const char *id)
{
	const struct wl_rule *r = wl_rule_find(id);

	assert_non_null(r);
	return r;
}

/* Loads text as tmp/.wasmlint.yaml; the test's state is the tmp dir. */
static int
load_text(void **state, const char *text, struct wl_config **cfg,
    struct wl_config_errors *errs)
{
	char	*path = join(*state, WL_CONFIG_NAME);
	int	 rc;

	put(*state, WL_CONFIG_NAME, text);
	rc = wl_config_load(path, cfg, errs);
	unlink(path);
	free(path);
	return rc;
}

/* Loads text, which must be valid. */
static struct wl_config *
load_ok(void **state, const char *text)
{
	struct wl_config	*cfg;
	struct wl_config_errors	 errs;

	if (load_text(state, text, &cfg, &errs) != 0)
		fail_msg("%u:%u: %s", errs.v[0].line, errs.v[0].col,
		    errs.v[0].message);
	assert_int_equal(errs.n, 0);
	wl_config_errors_free(&errs);
	return cfg;
}

static int
setup_tmp(void **state)
{
	*state = make_tmp();
	return 0;
}

static int
teardown_tmp(void **state)
{
	rm_rf(*state);
	free(*state);
	return 0;
}

/* ---- A valid config with every key ---- */

static void
test_full_settings(void **state)
{
	struct wl_config	*cfg;
	struct wl_config_errors	 errs;
	char			*dir = real(FULL_DIR), *table;
	int			 threshold = -1;

	(void)state;
	assert_int_equal(wl_config_load(FULL_DIR "/" WL_CONFIG_NAME, &cfg,
	    &errs), 0);
	assert_int_equal(errs.n, 0);
	assert_string_equal(wl_config_path(cfg), FULL_DIR "/" WL_CONFIG_NAME);
	assert_string_equal(wl_config_dir(cfg), dir);
	assert_true(wl_config_failure_threshold(cfg, &threshold));
	assert_int_equal(threshold, WL_SEV_WARNING);
	assert_string_equal(wl_config_istio_version(cfg), "1.11.4");
	assert_string_equal(wl_config_root_namespace(cfg), "mesh-root");
	table = join(dir, "tables/hosts.tsv");
	assert_string_equal(wl_config_host_table(cfg), table);
	free(table);
	free(dir);
	wl_config_free(cfg);
	wl_config_errors_free(&errs);
}

static void
test_full_rules(void **state)
{
	struct wl_config	*cfg;
	struct wl_config_errors	 errs;
	static const struct {
		const char	*rule;
		bool		 enabled;
		enum wl_severity sev;
	} cases[] = {
		{ "WL2101", true, WL_SEV_INFO },	/* WL2 */
		{ "WL2103", true, WL_SEV_WARNING },	/* by slug, beats WL2 */
		{ "WL2302", false, WL_SEV_INFO },	/* ignored by id */
		{ "WL2401", false, WL_SEV_INFO },	/* WL24 beats WL2 */
		{ "WL2405", false, WL_SEV_ERROR },	/* WL24; id beats WL2 */
		{ "WL1001", true, WL_SEV_ERROR },	/* selected by id */
		{ "WL1003", true, WL_SEV_ERROR },	/* selected by slug */
		{ "WL1002", false, WL_SEV_ERROR },	/* not selected */
		{ "WL3001", false, WL_SEV_ERROR },
	};
	size_t i;

	(void)state;
	assert_int_equal(wl_config_load(FULL_DIR "/" WL_CONFIG_NAME, &cfg,
	    &errs), 0);
	for (i = 0; i < sizeof cases / sizeof *cases; i++) {
		const struct wl_rule *r = rule(cases[i].rule);

		if (wl_config_rule_enabled(cfg, r, NULL) != cases[i].enabled)
			fail_msg("%s: expected %s", cases[i].rule,
			    cases[i].enabled ? "enabled" : "disabled");
		if (wl_config_severity(cfg, r) != cases[i].sev)
			fail_msg("%s: expected %s, got %s", cases[i].rule,
			    wl_severity_name(cases[i].sev),
			    wl_severity_name(wl_config_severity(cfg, r)));
	}
	wl_config_free(cfg);
}

static void
test_full_paths(void **state)
{
	struct wl_config	*cfg;
	struct wl_config_errors	 errs;
	char			*dir = real(FULL_DIR), path[PATH_MAX];
	static const struct {
		const char	*rel;	/* below the config's directory */
		const char	*rule;
		bool		 enabled;
		bool		 excluded;
	} cases[] = {
		{ "examples/a.yaml", "WL2301", false, false },
		{ "examples/deep/er/a.yaml", "WL2301", false, false },
		{ "examples/a.yaml", "WL2101", true, false },
		{ "other/examples/a.yaml", "WL2301", true, false },
		{ "legacy/a.yaml", "WL2101", false, false },
		{ "x/legacy/a.yaml", "proxy-version-mismatch", false, false },
		{ "x/legacy/a.yaml", "WL1001", false, false },
		{ "x/legacy/a.yaml", "WL2301", true, false },
		{ "legacyx/a.yaml", "WL2101", true, false },
		{ "a/testdata/x.yaml", "WL2101", true, true },
		{ "testdata", "WL2101", true, true },
		{ "charts/c/templates/d.yaml", "WL2101", true, true },
		{ "charts/c/sub/templates/d.yaml", "WL2101", true, false },
		{ "x/y.json", "WL2101", true, true },
		{ "x/y.yaml", "WL2101", true, false },
	};
	size_t i;

	(void)state;
	assert_int_equal(wl_config_load(FULL_DIR "/" WL_CONFIG_NAME, &cfg,
	    &errs), 0);
	for (i = 0; i < sizeof cases / sizeof *cases; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, cases[i].rel);
		if (wl_config_rule_enabled(cfg, rule(cases[i].rule), path) !=
		    cases[i].enabled)
			fail_msg("%s in %s: expected %s", cases[i].rule,
			    cases[i].rel,
			    cases[i].enabled ? "enabled" : "disabled");
		if (wl_config_excluded(cfg, path) != cases[i].excluded)
			fail_msg("%s: expected %sexcluded", cases[i].rel,
			    cases[i].excluded ? "" : "not ");
	}
	/* Outside the config's directory no glob applies. */
	assert_false(wl_config_excluded(cfg, "/nonexistent/testdata/a.yaml"));
	assert_true(wl_config_rule_enabled(cfg, rule("WL2301"),
	    "/nonexistent/examples/a.yaml"));
	free(dir);
	wl_config_free(cfg);
}

/* ---- Errors ---- */

struct expect_error {
	unsigned	 line;
	unsigned	 col;
	const char	*message;
};

static void
assert_errors(const struct wl_config_errors *errs, const char *file,
    const struct expect_error *want, size_t n)
{
	size_t i;

	for (i = 0; i < errs->n && i < n; i++) {
		const struct wl_config_error *e = &errs->v[i];

		if (e->line != want[i].line || e->col != want[i].col ||
		    strcmp(e->message, want[i].message) != 0)
			fail_msg("error %zu: got %u:%u: %s\nwant %u:%u: %s", i,
			    e->line, e->col, e->message, want[i].line,
			    want[i].col, want[i].message);
		if (file != NULL)
			assert_string_equal(e->file, file);
	}
	if (errs->n != n)
		fail_msg("got %zu errors, want %zu", errs->n, n);
}

/* Every problem of one file, in order, each at its node. */
static void
test_errors_all_collected(void **state)
{
	static const struct expect_error want[] = {
		{ 2, 10, "unsupported config version 2; this wasmlint reads "
			 "version 1" },
		{ 3, 1, "unknown key `selct`; did you mean `select`?" },
		{ 4, 18, "unknown rule `proxy-version-mismach`; did you mean "
			 "`proxy-version-mismatch`?" },
		{ 4, 41, "no rule id starts with `WL9`" },
		{ 4, 46, "unknown rule `WL9999`; `wasmlint rules` lists them" },
		{ 4, 54, "each item of `ignore` must be a string, not a "
			 "mapping" },
		{ 5, 20, "unknown severity `fatal`; expected error, warning or "
			 "info" },
		{ 5, 27, "unknown rule `nope`; `wasmlint rules` lists them" },
		{ 6, 20, "`failure-threshold` must be a string, not a "
			 "sequence" },
		{ 7, 11, "bad glob `charts/[abc/**`: unclosed `[` (a class "
			 "cannot hold `/`)" },
		{ 7, 29, "bad glob `../outside/**`: `..` cannot match: globs "
			 "are relative to the config's directory" },
		{ 9, 18, "each value of `per-file-ignores` must be a sequence "
			 "of rule ids, slugs or prefixes, not a string" },
		{ 10, 3, "bad glob `[[:alpah:]]*`: unknown character class; "
			 "classes are [:alnum:], [:alpha:], [:digit:], "
			 "[:lower:], [:upper:], [:space:] and the like" },
		{ 11, 16, "`istio-version` must be a version like 1.11 or "
			  "1.11.4, not `latest`" },
		{ 12, 17, "`root-namespace` must be a namespace name (at most "
			  "63 lowercase letters, digits and `-`, starting and "
			  "ending with a letter or digit), not `Istio_System`" },
		{ 13, 1, "unknown key `include`; did you mean `select`?" },
		{ 14, 1, "duplicate key `ignore` (first at line 4)" },
		{ 15, 1, "`extends` is not supported by this version of "
			 "wasmlint" },
	};
	struct wl_config	*cfg = (void *)1;
	struct wl_config_errors	 errs;

	(void)state;
	assert_int_equal(wl_config_load(ERRORS_DIR "/" WL_CONFIG_NAME, &cfg,
	    &errs), -1);
	assert_null(cfg);
	assert_errors(&errs, ERRORS_DIR "/" WL_CONFIG_NAME, want,
	    sizeof want / sizeof *want);
	wl_config_errors_free(&errs);
	assert_int_equal(errs.n, 0);
}

/* One problem per text. */
static void
test_errors_one_each(void **state)
{
	static const struct {
		const char		*text;
		struct expect_error	 err;
	} cases[] = {
		{ "- a\n", { 1, 1, "a config must be a mapping of keys, not a "
				   "sequence" } },
		{ "[a]: 1\n", { 1, 1, "keys must be strings, not a sequence" } },
		{ "version: [1]\n", { 1, 10, "`version` must be an integer, "
					     "not a sequence" } },
		{ "version: \"1\"\n", { 1, 10, "`version` must be an integer, "
					       "not `1`" } },
		{ "version: one\n", { 1, 10, "`version` must be an integer, "
					     "not `one`" } },
		{ "select: WL2\n", { 1, 9, "`select` must be a sequence of rule "
					  "ids, slugs or prefixes, not a "
					  "string" } },
		{ "select: [~]\n", { 1, 10, "each item of `select` must be a "
					    "string, not null" } },
		{ "select:\n  - WL2\n  - wasm-malformd\n",
		    { 3, 5, "unknown rule `wasm-malformd`; did you mean "
			    "`wasm-malformed`?" } },
		{ "ignore: [wl2101]\n", { 1, 10, "unknown rule `wl2101`; did "
						 "you mean `WL2101`?" } },
		{ "ignore: [WL21011]\n", { 1, 10, "unknown rule `WL21011`; did "
						  "you mean `WL2101`?" } },
		{ "severity: [WL2101]\n", { 1, 11, "`severity` must be a "
						   "mapping of rule to severity, "
						   "not a sequence" } },
		{ "severity:\n  WL2101: loud\n",
		    { 2, 11, "unknown severity `loud`; expected error, warning "
			     "or info" } },
		{ "severity: {WL2101: [error]}\n",
		    { 1, 20, "a severity must be a string, not a sequence" } },
		{ "severity: {WL2101: none}\n",
		    { 1, 20, "unknown severity `none`; expected error, warning "
			     "or info" } },
		{ "failure-threshold: fatal\n",
		    { 1, 20, "unknown failure threshold `fatal`; expected "
			     "error, warning, info or none" } },
		{ "exclude: {a: b}\n", { 1, 10, "`exclude` must be a sequence of "
						"globs, not a mapping" } },
		{ "exclude: [\"\"]\n", { 1, 11, "bad glob ``: an empty glob "
						"matches nothing; use `**` for "
						"everything" } },
		{ "exclude: ['a\\']\n", { 1, 11, "bad glob `a\\`: a trailing "
						 "`\\` escapes nothing" } },
		{ "exclude: [\"[]\"]\n", { 1, 11, "bad glob `[]`: unclosed "
						  "`[`" } },
		{ "per-file-ignores: [a]\n",
		    { 1, 19, "`per-file-ignores` must be a mapping of glob to "
			     "rules, not a sequence" } },
		{ "per-file-ignores: {a/**: [WL2301, wasm-malformd]}\n",
		    { 1, 35, "unknown rule `wasm-malformd`; did you mean "
			     "`wasm-malformed`?" } },
		{ "per-file-ignores: {a/**: [WL2301, ~]}\n",
		    { 1, 35, "each rule of `per-file-ignores` must be a string, "
			     "not null" } },
		{ "per-file-ignores: {a/../b: [WL2301]}\n",
		    { 1, 20, "bad glob `a/../b`: `..` cannot match: globs are "
			     "relative to the config's directory" } },
		{ "istio-version: 1\n", { 1, 16, "`istio-version` must be a "
						 "version like 1.11 or 1.11.4, "
						 "not `1`" } },
		{ "istio-version: {a: b}\n", { 1, 16, "`istio-version` must be a "
						      "string, not a mapping" } },
		{ "root-namespace: -x\n",
		    { 1, 17, "`root-namespace` must be a namespace name (at most "
			     "63 lowercase letters, digits and `-`, starting "
			     "and ending with a letter or digit), not `-x`" } },
		{ "host-table: ''\n", { 1, 13, "`host-table` must be a path, "
					       "not empty" } },
		{ "host-table: [a]\n", { 1, 13, "`host-table` must be a string, "
						"not a sequence" } },
		{ "failur-threshold: error\n",
		    { 1, 1, "unknown key `failur-threshold`; did you mean "
			    "`failure-threshold`?" } },
		{ "disable: [WL1]\n", { 1, 1, "unknown key `disable`; did you "
					      "mean `ignore`?" } },
		{ "rules: {}\n", { 1, 1, "unknown key `rules`; keys are version, "
					 "select, ignore, severity, "
					 "failure-threshold, exclude, "
					 "per-file-ignores, istio-version, "
					 "root-namespace, host-table and modules" } },
		{ "select: [WL2]\n---\nignore: [WL2302]\n---\nx: 1\n",
		    { 3, 1, "a config file holds one YAML document; this is "
			    "another" } },
	};
	struct wl_config	*cfg;
	struct wl_config_errors	 errs;
	size_t			 i;

	for (i = 0; i < sizeof cases / sizeof *cases; i++) {
		if (load_text(state, cases[i].text, &cfg, &errs) != -1)
			fail_msg("case %zu loaded: %s", i, cases[i].text);
		assert_null(cfg);
		assert_errors(&errs, NULL, &cases[i].err, 1);
		wl_config_errors_free(&errs);
	}
}

/* A YAML syntax error is reported where the loader found it. */
static void
test_errors_yaml_syntax(void **state)
{
	struct wl_config	*cfg;
	struct wl_config_errors	 errs;

	assert_int_equal(load_text(state, "version: 1\nselect: [WL2\n", &cfg,
	    &errs), -1);
	assert_int_equal(errs.n, 1);
	assert_int_equal(errs.v[0].line, 3);
	assert_int_equal(errs.v[0].col, 1);
	assert_non_null(strstr(errs.v[0].message, "flow sequence"));
	wl_config_errors_free(&errs);
}

static void
test_errors_unreadable(void **state)
{
	struct wl_config	*cfg;
	struct wl_config_errors	 errs;
	char			*missing = join(*state, "nope.yaml");

	assert_int_equal(wl_config_load(missing, &cfg, &errs), -1);
	assert_int_equal(errs.n, 1);
	assert_string_equal(errs.v[0].file, missing);
	assert_int_equal(errs.v[0].line, 0);
	assert_int_equal(errs.v[0].col, 0);
	assert_string_equal(errs.v[0].message,
	    "cannot read: No such file or directory");
	wl_config_errors_free(&errs);
	assert_int_equal(wl_config_load(*state, &cfg, &errs), -1);
	assert_int_equal(errs.n, 1);
	assert_string_equal(errs.v[0].message, "cannot read: Is a directory");
	wl_config_errors_free(&errs);
	free(missing);
}

/* ---- Defaults ---- */

static void
test_defaults(void **state)
{
	static const char *const texts[] = { "", "# nothing\n", "---\n",
		"select: ~\nseverity:\nversion: 1\n" };
	const struct wl_rule	*r = rule("WL2302");
	struct wl_config	*cfg;
	size_t			 i;
	int			 t = 7;

	for (i = 0; i < sizeof texts / sizeof *texts; i++) {
		cfg = load_ok(state, texts[i]);
		assert_true(wl_config_rule_enabled(cfg, r, "a.yaml"));
		assert_int_equal(wl_config_severity(cfg, r), r->severity);
		assert_false(wl_config_excluded(cfg, "a.yaml"));
		assert_false(wl_config_failure_threshold(cfg, &t));
		assert_int_equal(t, 7);
		assert_null(wl_config_istio_version(cfg));
		assert_null(wl_config_root_namespace(cfg));
		assert_null(wl_config_host_table(cfg));
		wl_config_free(cfg);
	}
	/* No config at all: the same answers. */
	assert_true(wl_config_rule_enabled(NULL, r, "a.yaml"));
	assert_int_equal(wl_config_severity(NULL, r), r->severity);
	assert_false(wl_config_excluded(NULL, "a.yaml"));
	assert_false(wl_config_failure_threshold(NULL, &t));
	assert_null(wl_config_relative(NULL, "a.yaml"));
	wl_config_free(NULL);
}

/* ---- Selection ---- */

static void
test_selection(void **state)
{
	static const struct {
		const char	*text;
		const char	*on;	/* space-separated rules enabled */
		const char	*off;	/* and disabled */
	} cases[] = {
		{ "ignore: [WL2]\n", "WL1001 WL3001", "WL2101 WL2405" },
		{ "ignore: [WL2]\nselect: [WL2101]\n", "WL2101",
		    "WL2102 WL1001" },
		{ "select: [WL21]\nignore: [WL21]\n", "", "WL2101 WL2102" },
		{ "select: [WL2101]\nignore: [proxy-version-mismatch]\n", "",
		    "WL2101" },
		{ "select: []\n", "", "WL1001 WL2101 WL3003" },
		{ "select: [proxy-version-regex]\n", "WL2102",
		    "WL2101 WL1001" },
		{ "select: [WL]\nignore: [proxy-version-mismatch]\n",
		    "WL1001 WL2102 WL3003", "WL2101" },
		{ "select: [WL2, WL3]\nignore: [WL240]\n",
		    "WL2101 WL2301 WL3001", "WL2401 WL2405 WL1001" },
		{ "select: [WL210, WL2302]\n", "WL2101 WL2103 WL2302",
		    "WL2301 WL2401" },
	};
	struct wl_config	*cfg;
	char			 buf[128], *id, *save;
	size_t			 i;
	int			 pass;

	for (i = 0; i < sizeof cases / sizeof *cases; i++) {
		cfg = load_ok(state, cases[i].text);
		for (pass = 0; pass < 2; pass++) {
			snprintf(buf, sizeof buf, "%s",
			    pass == 0 ? cases[i].on : cases[i].off);
			for (id = strtok_r(buf, " ", &save); id != NULL;
			    id = strtok_r(NULL, " ", &save))
				if (wl_config_rule_enabled(cfg, rule(id),
				    NULL) != (pass == 0))
					fail_msg("%s should be %s with\n%s", id,
					    pass == 0 ? "on" : "off",
					    cases[i].text);
		}
		wl_config_free(cfg);
	}
}

static void
test_severity_overrides(void **state)
{
	struct wl_config *cfg;

	cfg = load_ok(state, "severity:\n  WL2: info\n  WL21: warning\n"
	    "  WL2101: error\n  WL2405: info\n  wasm-module-not-given: error\n");
	assert_int_equal(wl_config_severity(cfg, rule("WL2101")), WL_SEV_ERROR);
	assert_int_equal(wl_config_severity(cfg, rule("WL2102")),
	    WL_SEV_WARNING);
	assert_int_equal(wl_config_severity(cfg, rule("WL2301")), WL_SEV_INFO);
	/* Equally specific: the later entry wins. */
	assert_int_equal(wl_config_severity(cfg, rule("WL2405")), WL_SEV_ERROR);
	/* Not named: the default. */
	assert_int_equal(wl_config_severity(cfg, rule("WL2302")),
	    rule("WL2302")->severity);
	assert_int_equal(wl_config_severity(cfg, rule("WL1001")), WL_SEV_ERROR);
	/* A severity does not enable a rule that select leaves out. */
	wl_config_free(cfg);
	cfg = load_ok(state, "select: [WL1]\nseverity: {WL2101: warning}\n");
	assert_false(wl_config_rule_enabled(cfg, rule("WL2101"), NULL));
	assert_int_equal(wl_config_severity(cfg, rule("WL2101")),
	    WL_SEV_WARNING);
	wl_config_free(cfg);
}

static void
test_threshold_values(void **state)
{
	static const struct {
		const char	*text;
		int		 want;
	} cases[] = {
		{ "failure-threshold: info\n", WL_SEV_INFO },
		{ "failure-threshold: warning\n", WL_SEV_WARNING },
		{ "failure-threshold: error\n", WL_SEV_ERROR },
		{ "failure-threshold: none\n", WL_THRESHOLD_NONE },
	};
	struct wl_config	*cfg;
	size_t			 i;
	int			 t;

	for (i = 0; i < sizeof cases / sizeof *cases; i++) {
		cfg = load_ok(state, cases[i].text);
		t = -1;
		assert_true(wl_config_failure_threshold(cfg, &t));
		assert_int_equal(t, cases[i].want);
		wl_config_free(cfg);
	}
	assert_true(WL_THRESHOLD_NONE > WL_SEV_ERROR);
}

static void
test_version_and_namespace_shapes(void **state)
{
	static const char *const good[] = { "istio-version: 1.11\n",
		"istio-version: '1.11.4'\n", "istio-version: 1.12.0-beta.1\n",
		"root-namespace: a\n", "root-namespace: istio-system-2\n" };
	static const char *const bad[] = { "istio-version: 1.11.4.5\n",
		"istio-version: v1.11\n", "istio-version: 1.11-\n",
		"istio-version: 1..2\n", "istio-version: 1.11_4\n",
		"root-namespace: ''\n", "root-namespace: a-\n",
		"root-namespace: a.b\n",
		("root-namespace: "
		 "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
		 "\n") };
	struct wl_config	*cfg;
	struct wl_config_errors	 errs;
	size_t			 i;

	for (i = 0; i < sizeof good / sizeof *good; i++)
		wl_config_free(load_ok(state, good[i]));
	for (i = 0; i < sizeof bad / sizeof *bad; i++) {
		if (load_text(state, bad[i], &cfg, &errs) != -1)
			fail_msg("accepted: %s", bad[i]);
		assert_int_equal(errs.n, 1);
		wl_config_errors_free(&errs);
	}
	cfg = load_ok(state, "istio-version: 1.10\n");
	assert_string_equal(wl_config_istio_version(cfg), "1.10");
	wl_config_free(cfg);
}

/* host-table: relative to the config's directory, absolute kept, normalised. */
static void
test_host_table_resolved(void **state)
{
	struct wl_config	*cfg;
	char			*dir = real(*state), *want;

	cfg = load_ok(state, "host-table: ./t/../hosts.tsv\n");
	want = join(dir, "hosts.tsv");
	assert_string_equal(wl_config_host_table(cfg), want);
	wl_config_free(cfg);
	free(want);
	cfg = load_ok(state, "host-table: /etc//wasmlint/./hosts.tsv\n");
	assert_string_equal(wl_config_host_table(cfg),
	    "/etc/wasmlint/hosts.tsv");
	wl_config_free(cfg);
	free(dir);
}

/* ---- Unused entries ---- */

struct expect_entry {
	const char	*glob;
	const char	*rule;
	unsigned	 line;
	unsigned	 col;
};

static bool
same_or_null(const char *a, const char *b)
{
	return a == NULL ? b == NULL : b != NULL && strcmp(a, b) == 0;
}

/* The entries uses has not marked are want[0..n), in order. */
static void
assert_unused(const struct wl_config_uses *uses,
    const struct expect_entry *want, size_t n)
{
	const struct wl_config_entry	*e;
	size_t				 i = 0, k;

	for (k = 0; (e = wl_config_next_unused(uses, &i)) != NULL; k++) {
		if (k >= n)
			fail_msg("unused entry %s at %u:%u not expected",
			    e->rule, e->loc.line, e->loc.col);
		if (!same_or_null(e->glob, want[k].glob) ||
		    strcmp(e->rule, want[k].rule) != 0 ||
		    e->loc.line != want[k].line || e->loc.col != want[k].col)
			fail_msg("unused entry %zu: %s %s at %u:%u, want %s %s "
			    "at %u:%u", k, e->glob ? e->glob : "-", e->rule,
			    e->loc.line, e->loc.col,
			    want[k].glob ? want[k].glob : "-", want[k].rule,
			    want[k].line, want[k].col);
		assert_int_equal(e->loc.end_line, e->loc.line);
		assert_int_equal(e->loc.end_col, e->loc.col + strlen(e->rule));
	}
	assert_int_equal(k, n);
}

/* An `ignore` entry is used when it decides against the rule of a finding. */
static void
test_unused_ignore(void **state)
{
	static const struct expect_entry all[] = {
		{ NULL, "WL2", 3, 5 },
		{ NULL, "proxy-version-mismatch", 4, 5 },
		{ NULL, "WL2101", 5, 5 },
		{ NULL, "WL3001", 6, 5 },
	};
	struct wl_arena		*a = wl_arena_new();
	struct wl_config	*cfg = load_ok(state, "select: [WL21]\n"
	    "ignore:\n  - WL2\n  - proxy-version-mismatch\n  - WL2101\n"
	    "  - WL3001\n");
	struct wl_config_uses	*uses = wl_config_uses_new(a, cfg);

	assert_unused(uses, all, 4);
	/* Both exact entries beat select's WL21; WL2 does not. */
	assert_false(wl_config_keeps(cfg, rule("WL2101"), "a.yaml", uses));
	assert_true(wl_config_keeps(cfg, rule("WL2102"), "a.yaml", uses));
	assert_unused(uses, (struct expect_entry[]){ all[0], all[3] }, 2);
	/* Select names WL2301 not at all: WL2 decides. */
	assert_false(wl_config_keeps(cfg, rule("WL2301"), "a.yaml", uses));
	/* Without a record, nothing is marked. */
	assert_false(wl_config_keeps(cfg, rule("WL3001"), "a.yaml", NULL));
	assert_unused(uses, &all[3], 1);
	assert_true(wl_config_rule_ignored(cfg, rule("WL2101")));
	assert_true(wl_config_rule_ignored(cfg, rule("WL2301")));
	assert_true(wl_config_rule_ignored(cfg, rule("WL3001")));
	assert_false(wl_config_rule_ignored(cfg, rule("WL2102")));
	/* Left out by select, not ignored. */
	assert_false(wl_config_rule_ignored(cfg, rule("WL1001")));
	wl_config_free(cfg);
	wl_arena_free(a);
}

/*
 * A per-file-ignores rule is used when its glob matches the finding's file
 * and select and ignore left the rule enabled.
 */
static void
test_unused_per_file(void **state)
{
	static const struct expect_entry all[] = {
		{ NULL, "WL1", 1, 10 },
		{ "examples/**", "WL2301", 3, 19 },
		{ "examples/**", "selector-target-absent", 3, 27 },
		{ "*.yaml", "WL23", 4, 14 },
		{ "docs/**", "WL1001", 5, 13 },
	};
	struct wl_arena		*a = wl_arena_new();
	struct wl_config	*cfg = load_ok(state, "ignore: [WL1]\n"
	    "per-file-ignores:\n"
	    "  \"examples/**\": [WL2301, selector-target-absent]\n"
	    "  \"*.yaml\": [WL23]\n  docs/**: [WL1001]\n");
	struct wl_config_uses	*uses = wl_config_uses_new(a, cfg);
	char			*ex = join(*state, "examples/a.yaml");
	char			*doc = join(*state, "docs/a.yaml");

	assert_unused(uses, all, 5);
	/* Two globs match: both entries are used. */
	assert_false(wl_config_keeps(cfg, rule("WL2301"), ex, uses));
	assert_true(wl_config_keeps(cfg, rule("WL2101"), ex, uses));
	assert_true(wl_config_keeps(cfg, rule("WL2302"),
	    "/nonexistent/examples/a.yaml", uses));
	/* Ignored everywhere: the ignore entry drops it, not the glob. */
	assert_false(wl_config_keeps(cfg, rule("WL1001"), doc, uses));
	assert_unused(uses, (struct expect_entry[]){ all[2], all[4] }, 2);
	wl_config_free(cfg);
	wl_arena_free(a);
	free(ex);
	free(doc);
}

/* An entry's file: the config path as given, or relative below the working directory. */
static void
test_unused_file_shown(void **state)
{
	static const struct {
		const char	*cwd;	/* below the tmp dir */
		const char	*path;	/* NULL: the absolute path */
		const char	*shown;	/* NULL: as given */
	} cases[] = {
		{ ".", NULL, WL_CONFIG_NAME },
		{ ".", "./" WL_CONFIG_NAME, NULL },
		{ "sub", NULL, NULL },
		{ "sub", "../" WL_CONFIG_NAME, NULL },
	};
	struct wl_arena		*a = wl_arena_new();
	struct wl_config	*cfg;
	struct wl_config_errors	 errs;
	const struct wl_config_entry *e;
	char			 old[PATH_MAX], *abs = join(*state,
	    WL_CONFIG_NAME), *dir;
	const char		*path;
	size_t			 i, k;

	put(*state, "sub", NULL);
	put(*state, WL_CONFIG_NAME, "ignore: [WL2101]\n");
	assert_non_null(getcwd(old, sizeof old));
	for (k = 0; k < sizeof cases / sizeof *cases; k++) {
		dir = join(*state, cases[k].cwd);
		path = cases[k].path != NULL ? cases[k].path : abs;
		assert_int_equal(chdir(dir), 0);
		assert_int_equal(wl_config_load(path, &cfg, &errs), 0);
		assert_int_equal(chdir(old), 0);
		i = 0;
		assert_non_null(e = wl_config_next_unused(
		    wl_config_uses_new(a, cfg), &i));
		assert_string_equal(e->loc.file, cases[k].shown != NULL ?
		    cases[k].shown : path);
		wl_config_free(cfg);
		free(dir);
	}
	free(abs);
	wl_arena_free(a);
}

/* No config, or none with entries: nothing to report. */
static void
test_unused_none(void **state)
{
	struct wl_arena		*a = wl_arena_new();
	struct wl_config	*cfg = load_ok(state, "select: [WL2]\n");
	size_t			 i = 0;

	assert_null(wl_config_uses_new(a, NULL));
	assert_null(wl_config_next_unused(NULL, &i));
	assert_true(wl_config_keeps(NULL, rule("WL2101"), "a.yaml", NULL));
	assert_false(wl_config_rule_ignored(NULL, rule("WL2101")));
	assert_null(wl_config_next_unused(wl_config_uses_new(a, cfg), &i));
	assert_false(wl_config_keeps(cfg, rule("WL1001"), "a.yaml",
	    wl_config_uses_new(a, cfg)));
	wl_config_free(cfg);
	wl_arena_free(a);
}

/* ---- Globs ---- */

static void
test_glob_match_table(void **state)
{
	static const struct {
		const char	*pattern;
		const char	*path;
		bool		 match;
	} cases[] = {
		{ "**/testdata/**", "testdata/a.yaml", true },
		{ "**/testdata/**", "a/b/testdata/c/d.yaml", true },
		{ "**/testdata/**", "testdata", true },
		{ "**/testdata/**", "a/testdatax/c.yaml", false },
		{ "charts/*/templates/**", "charts/x/templates/a.yaml", true },
		{ "charts/*/templates/**", "charts/x/y/templates/a.yaml",
		    false },
		{ "charts/*/templates/**", "charts/templates/a.yaml", false },
		{ "charts/*/templates/**", "o/charts/x/templates/a.yaml",
		    false },
		{ "*.json", "a.json", true },
		{ "*.json", "a/b/c.json", true },
		{ "*.json", "a.jsonx", false },
		{ "*.json", "json", false },
		{ "examples", "examples/a.yaml", true },
		{ "examples", "x/examples/a.yaml", true },
		{ "examples", "examplesx/a.yaml", false },
		{ "/examples", "examples/a.yaml", true },
		{ "/examples", "x/examples/a.yaml", false },
		{ "./examples/*.yaml", "examples/a.yaml", true },
		{ "./examples/*.yaml", "examples/b/a.yaml", false },
		{ "examples/", "x/examples/a.yaml", true },
		{ "vendor/", "vendor", true },
		{ "a/**/b", "a/b", true },
		{ "a/**/b", "a/x/b", true },
		{ "a/**/b", "a/x/y/b/c.yaml", true },
		{ "a/**/b", "a/x/y/c", false },
		{ "a/**/b", "b", false },
		{ "a/**/**/b", "a/b", true },
		{ "a/**", "a", true },
		{ "a/**", "ab/c", false },
		{ "docs/*", "docs/a/b.yaml", true },
		{ "docs/*", "docs", false },
		{ "a?c", "abc", true },
		{ "a?c", "ac", false },
		{ "a?c", "a/c", false },
		{ "[ab]x", "ax", true },
		{ "[ab]x", "cx", false },
		{ "[!ab]x", "cx", true },
		{ "[!ab]x", "ax", false },
		{ "[^ab]x", "bx", false },
		{ "[]]x", "]x", true },
		{ "[[:digit:]]*", "1a", true },
		{ "[[:digit:]]*", "a1", false },
		{ "\\*", "*", true },
		{ "\\*", "a", false },
		{ "*", ".hidden", true },
		{ "**", "any/depth/at/all", true },
		{ "foo**bar", "fooXbar", true },
		{ "foo**bar", "foo/bar", false },
		{ "...", "x/...", true },
		{ "a//b", "a/b", true },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof *cases; i++) {
		assert_null(wl_glob_check(cases[i].pattern));
		if (wl_glob_match(cases[i].pattern, cases[i].path) !=
		    cases[i].match)
			fail_msg("`%s` %s `%s`", cases[i].pattern,
			    cases[i].match ? "should match" : "should not match",
			    cases[i].path);
	}
}

static void
test_glob_check_table(void **state)
{
	static const struct {
		const char	*pattern;
		const char	*why;	/* NULL: valid */
	} cases[] = {
		{ "", "an empty glob matches nothing; use `**` for everything" },
		{ "/", "an empty glob matches nothing; use `**` for everything" },
		{ "./", "an empty glob matches nothing; use `**` for everything" },
		{ "[abc", "unclosed `[`" },
		{ "[]", "unclosed `[`" },
		{ "[!]", "unclosed `[`" },
		{ "[a\\", "unclosed `[`" },
		{ "a/[b/c]", "unclosed `[` (a class cannot hold `/`)" },
		{ "a\\", "a trailing `\\` escapes nothing" },
		{ "a\\/b", "a `/` cannot be escaped" },
		{ "..", "`..` cannot match: globs are relative to the config's "
			"directory" },
		{ "a/../b", "`..` cannot match: globs are relative to the "
			    "config's directory" },
		{ "[[:alpah:]]", "unknown character class; classes are "
				 "[:alnum:], [:alpha:], [:digit:], [:lower:], "
				 "[:upper:], [:space:] and the like" },
		{ "[]]", NULL },
		{ "[!]]", NULL },
		{ "[[:upper:][:digit:]_]", NULL },
		{ "\\[", NULL },
		{ "...", NULL },
		{ "a..", NULL },
		{ "**", NULL },
	};
	const char	*why;
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof *cases; i++) {
		why = wl_glob_check(cases[i].pattern);
		if (cases[i].why == NULL && why != NULL)
			fail_msg("`%s` rejected: %s", cases[i].pattern, why);
		if (cases[i].why != NULL && (why == NULL ||
		    strcmp(why, cases[i].why) != 0))
			fail_msg("`%s`: got %s, want %s", cases[i].pattern,
			    why != NULL ? why : "(valid)", cases[i].why);
		if (why != NULL)
			assert_false(wl_glob_match(cases[i].pattern, "a"));
	}
}

/* ---- Relative paths ---- */

static void
test_relative_table(void **state)
{
	static const struct {
		const char	*dir;
		const char	*cwd;
		const char	*path;
		const char	*want;	/* NULL: outside */
	} cases[] = {
		{ "/nx/proj", "/nx/proj/sub", "a.yaml", "sub/a.yaml" },
		{ "/nx/proj", "/nx/proj/sub", "../b/c.yaml", "b/c.yaml" },
		{ "/nx/proj", "/nx/proj/sub", ".//a//./b", "sub/a/b" },
		{ "/nx/proj", "/nx/proj/sub", "..", "" },
		{ "/nx/proj", "/nx/proj/sub", "../..", NULL },
		{ "/nx/proj", "/nx/proj/sub", "../../proj/x", "x" },
		{ "/nx/proj", "/nx", "proj/x", "x" },
		{ "/nx/proj", "/nx", "projects/x", NULL },
		{ "/nx/proj", "/anywhere", "/nx/proj/", "" },
		{ "/nx/proj", "/anywhere", "/nx/proj/a/../b", "b" },
		{ "/nx/proj", "/anywhere", "/nx/other/x", NULL },
		{ "/nx/proj", "/anywhere", "/../nx/proj/x", "x" },
		{ "/", "/nx", "x/y", "nx/x/y" },
		{ "/", "/", "/", "" },
	};
	char	*rel;
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof *cases; i++) {
		rel = wl_config_relative_to(cases[i].dir, cases[i].cwd,
		    cases[i].path);
		if (cases[i].want == NULL && rel != NULL)
			fail_msg("%s from %s: got `%s`, want outside",
			    cases[i].path, cases[i].cwd, rel);
		if (cases[i].want != NULL && (rel == NULL ||
		    strcmp(rel, cases[i].want) != 0))
			fail_msg("%s from %s: got `%s`, want `%s`",
			    cases[i].path, cases[i].cwd,
			    rel != NULL ? rel : "(outside)", cases[i].want);
		free(rel);
	}
}

/*
 * Relative paths are taken against the working directory at load time,
 * so a file named from a subdirectory still matches globs written for the
 * config's directory; a symlink into the directory is resolved.
 */
static void
test_relative_from_cwd(void **state)
{
	struct wl_config	*cfg;
	struct wl_config_errors	 errs;
	const struct wl_rule	*r = rule("WL2301");
	char			 old[PATH_MAX], *sub = join(*state, "sub");
	char			*link, *outside;

	put(*state, "sub/x.yaml", "");
	put(*state, WL_CONFIG_NAME, "per-file-ignores: {sub/x.yaml: [WL2301]}"
	    "\nexclude: [sub/x.yaml]\n");
	assert_non_null(getcwd(old, sizeof old));
	assert_int_equal(chdir(sub), 0);
	assert_int_equal(wl_config_load("../" WL_CONFIG_NAME, &cfg, &errs), 0);
	assert_int_equal(chdir(old), 0);
	/* The working directory was sub when the config was loaded. */
	assert_false(wl_config_rule_enabled(cfg, r, "x.yaml"));
	assert_false(wl_config_rule_enabled(cfg, r, "./x.yaml"));
	assert_false(wl_config_rule_enabled(cfg, r, "../sub/x.yaml"));
	assert_true(wl_config_rule_enabled(cfg, r, "y.yaml"));
	assert_true(wl_config_excluded(cfg, "x.yaml"));
	assert_false(wl_config_excluded(cfg, "../x.yaml"));
	/* Through a symlink from outside the directory. */
	outside = make_tmp();
	link = join(outside, "link");
	assert_int_equal(symlink(sub, link), 0);
	free(link);
	link = join(outside, "link/x.yaml");
	assert_false(wl_config_rule_enabled(cfg, r, link));
	assert_true(wl_config_excluded(cfg, link));
	wl_config_free(cfg);
	rm_rf(outside);
	free(outside);
	free(link);
	free(sub);
}

/* ---- Discovery ---- */

static void
assert_found(const char *start, const char *want)
{
	char *got = wl_config_find(start), *w = NULL;

	if (want != NULL) {
		char *dir = xstrdup(want), *slash = strrchr(dir, '/'), *r;

		*slash = '\0';
		r = real(dir);
		w = join(r, slash + 1);
		free(r);
		free(dir);
	}
	if (w == NULL && got != NULL)
		fail_msg("from %s: found %s, want none", start, got);
	if (w != NULL && (got == NULL || strcmp(got, w) != 0))
		fail_msg("from %s: found %s, want %s", start,
		    got != NULL ? got : "none", w);
	free(got);
	free(w);
}

static void
test_find_walks_up(void **state)
{
	const char	*t = *state;
	char		 start[PATH_MAX], want[PATH_MAX];

	put(t, ".git", NULL);
	put(t, WL_CONFIG_NAME, "");
	put(t, "a/b/c", NULL);
	snprintf(start, sizeof start, "%s/a/b/c", t);
	snprintf(want, sizeof want, "%s/%s", t, WL_CONFIG_NAME);
	assert_found(start, want);
	/* The closest wins, .yml counts too. */
	put(t, "a/" WL_CONFIG_NAME_ALT, "");
	snprintf(want, sizeof want, "%s/a/%s", t, WL_CONFIG_NAME_ALT);
	assert_found(start, want);
	/* .yaml before .yml in one directory. */
	put(t, "a/" WL_CONFIG_NAME, "");
	snprintf(want, sizeof want, "%s/a/%s", t, WL_CONFIG_NAME);
	assert_found(start, want);
	/* A directory of that name is not a config. */
	put(t, "a/b/" WL_CONFIG_NAME, NULL);
	assert_found(start, want);
	/* Relative starts are resolved. */
	{
		char old[PATH_MAX];

		assert_non_null(getcwd(old, sizeof old));
		assert_int_equal(chdir(start), 0);
		assert_found("..", want);
		assert_int_equal(chdir(old), 0);
	}
}

static void
test_find_stops_at_git(void **state)
{
	const char	*t = *state;
	char		 start[PATH_MAX], want[PATH_MAX];

	put(t, WL_CONFIG_NAME, "");
	put(t, "repo/.git", NULL);
	put(t, "repo/x/y", NULL);
	snprintf(start, sizeof start, "%s/repo/x/y", t);
	assert_found(start, NULL);
	/* .git as a file (a worktree or submodule) stops too. */
	put(t, "wt/.git", "gitdir: /elsewhere\n");
	put(t, "wt/x", NULL);
	snprintf(start, sizeof start, "%s/wt/x", t);
	assert_found(start, NULL);
	/* The directory holding .git is still searched. */
	put(t, "repo/" WL_CONFIG_NAME_ALT, "");
	snprintf(start, sizeof start, "%s/repo/x/y", t);
	snprintf(want, sizeof want, "%s/repo/%s", t, WL_CONFIG_NAME_ALT);
	assert_found(start, want);
	snprintf(start, sizeof start, "%s/repo", t);
	assert_found(start, want);
}

static void
test_find_stops_at_root(void **state)
{
	char start[PATH_MAX];

	/* No .git on the way: the walk ends at / (assumes none above /tmp). */
	snprintf(start, sizeof start, "%s/d/e", (const char *)*state);
	put(*state, "d/e", NULL);
	assert_found(start, NULL);
	assert_found("/nonexistent/wasmlint/dir", NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_full_settings),
		cmocka_unit_test(test_full_rules),
		cmocka_unit_test(test_full_paths),
		cmocka_unit_test(test_errors_all_collected),
		cmocka_unit_test_setup_teardown(test_errors_one_each,
		    setup_tmp, teardown_tmp),
		cmocka_unit_test_setup_teardown(test_errors_yaml_syntax,
		    setup_tmp, teardown_tmp),
		cmocka_unit_test_setup_teardown(test_errors_unreadable,
		    setup_tmp, teardown_tmp),
		cmocka_unit_test_setup_teardown(test_defaults, setup_tmp,
		    teardown_tmp),
		cmocka_unit_test_setup_teardown(test_selection, setup_tmp,
		    teardown_tmp),
		cmocka_unit_test_setup_teardown(test_severity_overrides,
		    setup_tmp, teardown_tmp),
		cmocka_unit_test_setup_teardown(test_threshold_values,
		    setup_tmp, teardown_tmp),
		cmocka_unit_test_setup_teardown(
		    test_version_and_namespace_shapes, setup_tmp, teardown_tmp),
		cmocka_unit_test_setup_teardown(test_host_table_resolved,
		    setup_tmp, teardown_tmp),
		cmocka_unit_test_setup_teardown(test_unused_ignore, setup_tmp,
		    teardown_tmp),
		cmocka_unit_test_setup_teardown(test_unused_per_file,
		    setup_tmp, teardown_tmp),
		cmocka_unit_test_setup_teardown(test_unused_file_shown,
		    setup_tmp, teardown_tmp),
		cmocka_unit_test_setup_teardown(test_unused_none, setup_tmp,
		    teardown_tmp),
		cmocka_unit_test(test_glob_match_table),
		cmocka_unit_test(test_glob_check_table),
		cmocka_unit_test(test_relative_table),
		cmocka_unit_test_setup_teardown(test_relative_from_cwd,
		    setup_tmp, teardown_tmp),
		cmocka_unit_test_setup_teardown(test_find_walks_up, setup_tmp,
		    teardown_tmp),
		cmocka_unit_test_setup_teardown(test_find_stops_at_git,
		    setup_tmp, teardown_tmp),
		cmocka_unit_test_setup_teardown(test_find_stops_at_root,
		    setup_tmp, teardown_tmp),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
