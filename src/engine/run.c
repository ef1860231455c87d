/* run.c - one run: read inputs into facts, run every rule, hand back sorted diagnostics. */
#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check/check.h"
#include "config/config.h"
#include "engine/context.h"
#include "engine/policy.h"
#include "engine/rule-jobs.h"
#include "engine/suppress.h"
#include "input/load.h"
#include "model/index.h"
#include "input/prefetch.h"
#include "input/seen.h"
#include "input/walk.h"
#include "util/intern.h"
#include "hosts/hosts.h"
#include "wasm/module.h"
#include "wasmlint/wasmlint.h"

struct wl_run {
	struct wl_arena	*arena;
	struct wl_facts	 facts;
	struct wl_sink	 sink;
	struct wl_seen	*seen;		/* files read so far */
	bool		 report_unused;	/* report suppressions that cover nothing */
	bool		 options_ok;	/* the options' host table was loaded */
	const struct wl_config *config;
	struct wl_context_files	 context;	/* --context files */
	void		(*on_file)(void *, const char *);
	void		*on_file_ctx;
	unsigned	 jobs;		/* reader threads; 1: none */
	size_t		 skipped;	/* files of walked directories not read: other extensions */
};

static void
run_free_seen(void *seen)
{
	wl_seen_free(seen);
}

static void
run_table_errors(struct wl_run *run, const char *file,
    const struct wl_hosts_errors *errs)
{
	size_t i;

	for (i = 0; i < errs->n; i++) {
		const struct wl_hosts_error	*e = &errs->v[i];
		struct wl_loc			 loc = { file, e->line, e->col,
			e->line, e->end_col, WL_NO_OFFSET };

		wl_sink_add_id(&run->sink, "WL1008", &loc, "%s", e->message);
	}
}

/* The host table of the options, or the built-in one when there is none or it is bad. */
static void
run_load_hosts(struct wl_run *run, const char *path)
{
	struct wl_hosts_errors	 errs = { NULL, 0, 0 };
	struct wl_loc		 loc;
	const char		*why;

	if (path != NULL) {
		loc = (struct wl_loc){ wl_arena_strdup(run->arena, path), 1,
			1, 1, 1, WL_NO_OFFSET };
		run->facts.hosts = wl_hosts_read(run->arena, path, &errs, &why);
		if (why != NULL)
			wl_sink_add_id(&run->sink, "WL1004", &loc,
			    "cannot read host table %s: %s", path, why);
		run_table_errors(run, loc.file, &errs);
		run->options_ok = run->facts.hosts != NULL;
	}
	if (run->facts.hosts != NULL)
		return;
	run->facts.hosts = wl_hosts_parse(run->arena, WL_HOSTS_BUILTIN_NAME,
	    wl_hosts_builtin, wl_hosts_builtin_size, &errs);
	if (run->facts.hosts == NULL)
		abort();	/* test-hosts keeps the built-in table valid */
}

struct wl_run *
wl_run_new(const struct wl_options *opts)
{
	struct wl_arena	*a = wl_arena_new();
	struct wl_run	*run = wl_arena_alloc(a, sizeof *run);

	run->arena = a;
	run->facts.arena = a;
	run->facts.files = wl_files_new(a);
	run->sink.arena = a;
	run->sink.texts = wl_intern_new(a);
	run->facts.root_namespace = wl_arena_strdup(a,
	    opts->root_namespace != NULL ? opts->root_namespace
					 : "istio-system");
	run->facts.istio_version = wl_arena_strdup(a, opts->istio_version);
	run->report_unused = opts->report_unused_suppressions;
	run->config = opts->config;
	run->seen = wl_seen_new();
	wl_arena_defer(a, run_free_seen, run->seen);
	run->facts.validate = opts->validate;
	run->on_file = opts->on_file;
	run->on_file_ctx = opts->on_file_ctx;
	run->jobs = opts->jobs != 0 ? opts->jobs : wl_prefetch_default_jobs();
	run->options_ok = true;
	run_load_hosts(run, opts->host_table);
	return run;
}

bool
wl_run_options_ok(const struct wl_run *run)
{
	return run->options_ok;
}

void
wl_run_free(struct wl_run *run)
{
	if (run != NULL)
		wl_arena_free(run->arena);
}

/* A file the walk found, or a path it could not walk (why set), in walk order. */
struct run_entry {
	const char	*path;
	const char	*why;
	bool		 explicit;
};

struct run_walk {
	struct wl_run	*run;
	WL_VEC(struct run_entry) entries;
	WL_VEC(struct wl_prefetch_file) files;	/* the entries to read */
};

/* True for a configuration file's name (.wasmlint.yaml), which a walk does not read as a manifest. */
static bool
run_is_config(const char *path)
{
	const char *base = strrchr(path, '/');

	base = base != NULL ? base + 1 : path;
	return strcmp(base, WL_CONFIG_NAME) == 0 ||
	    strcmp(base, WL_CONFIG_NAME_ALT) == 0;
}

static void
run_walk_skip(void *ctx, const char *path)
{
	struct run_walk *w = ctx;

	(void)path;
	w->run->skipped++;
}

static void
run_walk_file(void *ctx, const char *path, const struct stat *st,
    bool explicit)
{
	struct run_walk		*w = ctx;
	struct run_entry	*e;
	struct wl_prefetch_file	*file;

	if (!explicit && (wl_config_excluded(w->run->config, path) ||
	    run_is_config(path)))
		return;
	if (!wl_seen_add(w->run->seen, st->st_dev, st->st_ino))
		return;
	e = WL_VEC_PUSH(w->run->arena, &w->entries);
	e->path = wl_arena_strdup(w->run->arena, path);
	e->explicit = explicit;
	file = WL_VEC_PUSH(w->run->arena, &w->files);
	file->path = e->path;
	file->origin = explicit ? WL_MODULE_GIVEN : WL_MODULE_FOUND;
}

static void
run_walk_fail(void *ctx, const char *path, const char *why)
{
	struct run_walk		*w = ctx;
	struct run_entry	*e = WL_VEC_PUSH(w->run->arena, &w->entries);

	e->path = wl_arena_strdup(w->run->arena, path);
	e->why = wl_arena_strdup(w->run->arena, why);
}

/* Reads one walked file into the facts (from the prefetch when there is one); -1 when it failed. */
static int
run_read(struct wl_run *run, const struct run_entry *e, bool context,
    struct wl_prefetch *pre, size_t k)
{
	struct wl_loaded	 l;
	enum wl_module_origin	 origin = e->explicit ? WL_MODULE_GIVEN :
				    WL_MODULE_FOUND;
	int			 rc;

	if (pre != NULL) {
		wl_prefetch_take(pre, k, &l);
		rc = wl_load_take(&run->facts, &run->sink, e->path, origin, &l);
	} else
		rc = wl_load_file(&run->facts, &run->sink, e->path, origin);
	if (rc == 0 && context)
		wl_context_add(run->arena, &run->context, e->path);
	if (run->on_file != NULL)
		run->on_file(run->on_file_ctx, e->path);
	return rc;
}

/*
 * Walks path first, then reads what it found in walk order: with more than
 * one job, files are read, parsed and extracted into fragments ahead on
 * threads, and the fragments merged into the facts here, in the same
 * order, so the facts and findings are the same.
 */
static int
run_add(struct wl_run *run, const char *path, bool context)
{
	struct run_walk		 w = { .run = run };
	struct wl_walk_visitor	 v = { &w, run_walk_file, run_walk_fail,
				    run_walk_skip };
	struct wl_prefetch	*pre = NULL;
	struct wl_loc		 loc;
	size_t			 i, k = 0;
	int			 rc = wl_walk(path, &v) != 0 ? -1 : 0;

	if (run->jobs > 1 && w.files.n > 1)
		pre = wl_prefetch_start(w.files.v, w.files.n, run->jobs,
		    &run->facts);
	for (i = 0; i < w.entries.n; i++) {
		const struct run_entry *e = &w.entries.v[i];

		if (e->why == NULL) {
			if (run_read(run, e, context, pre, k++) != 0)
				rc = -1;
			continue;
		}
		loc = (struct wl_loc){ e->path, 1, 1, 1, 1, WL_NO_OFFSET };
		wl_sink_add_id(&run->sink, "WL1004", &loc,
		    "cannot read %s: %s", e->path, e->why);
		rc = -1;
	}
	if (pre != NULL)
		wl_prefetch_end(pre);
	return rc;
}

int
wl_run_add_path(struct wl_run *run, const char *path)
{
	return run_add(run, path, false);
}

int
wl_run_add_context_path(struct wl_run *run, const char *path)
{
	return run_add(run, path, true);
}

void
wl_run_add_buffer(struct wl_run *run, const char *name, const char *buf,
    size_t len)
{
	wl_load_buffer(&run->facts, &run->sink, name, buf, len);
}

/* Whether path names a module as wl_load_file tells one: a .wasm name or the magic. */
static bool
run_is_module(const char *path)
{
	char	 magic[4];
	size_t	 n = strlen(path), got = 0;
	FILE	*fp;

	if (n > 5 && strcmp(path + n - 5, ".wasm") == 0)
		return true;
	if ((fp = fopen(path, "rb")) == NULL)
		return true;	/* wl_load_file says why it cannot be read */
	got = fread(magic, 1, sizeof magic, fp);
	fclose(fp);
	return wl_wasm_has_magic(magic, got);
}

/* The index in facts.modules of the module read from path (same file), or modules.n. */
static size_t
run_module_index(const struct wl_run *run, const struct stat *st)
{
	struct stat	other;
	size_t		i;

	for (i = 0; i < run->facts.modules.n; i++)
		if (run->facts.modules.v[i].origin != WL_MODULE_CONFIGMAP &&
		    stat(run->facts.modules.v[i].path, &other) == 0 &&
		    other.st_dev == st->st_dev && other.st_ino == st->st_ino)
			break;
	return i;
}

int
wl_run_add_module(struct wl_run *run, const char *url, const char *path)
{
	struct wl_facts			*f = &run->facts;
	struct wl_module_binding	*b;
	struct stat			 st;
	size_t				 i = f->modules.n;

	if (!run_is_module(path))
		return -2;
	if (stat(path, &st) == 0)
		i = run_module_index(run, &st);
	if (i == f->modules.n) {
		if (stat(path, &st) == 0)
			(void)wl_seen_add(run->seen, st.st_dev, st.st_ino);
		if (wl_load_file(f, &run->sink, path, WL_MODULE_GIVEN) != 0)
			return -1;
	}
	f->modules.v[i].origin = WL_MODULE_GIVEN;
	b = WL_VEC_PUSH(run->arena, &f->module_bindings);
	b->url = wl_arena_strdup(run->arena, url);
	b->index = i;
	return 0;
}

const char *
wl_run_unused_module_url(const struct wl_run *run, size_t i)
{
	size_t j;

	for (j = 0; j < run->facts.module_bindings.n; j++)
		if (!run->facts.module_bindings.v[j].used && i-- == 0)
			return run->facts.module_bindings.v[j].url;
	return NULL;
}

/* Whether rule runs: when the config enables it, or, for ignored, only when an `ignore` entry disables it. */
static bool
run_wanted(const struct wl_run *run, const struct wl_rule *rule,
    bool ignored)
{
	if (rule->check == NULL)
		return false;
	if (ignored)
		return wl_config_rule_ignored(run->config, rule);
	return wl_config_rule_enabled(run->config, rule, NULL);
}

/* Runs the rules run_wanted picks, on the run's jobs. */
static void
run_rules(struct wl_run *run, bool ignored)
{
	const struct wl_rule *const	*r;
	WL_VEC(const struct wl_rule *)	 wanted = { NULL, 0, 0 };

	for (r = wl_rules; *r != NULL; r++)
		if (run_wanted(run, *r, ignored))
			*WL_VEC_PUSH(run->arena, &wanted) = *r;
	wl_rules_run(&run->facts, wanted.v, wanted.n, run->jobs, &run->sink,
	    run->arena);
}

void
wl_run_check(struct wl_run *run)
{
	wl_facts_index(&run->facts, &run->sink);
	run_rules(run, false);
	wl_apply_suppressions(&run->facts, &run->sink, run->report_unused);
	/*
	 * Rules the config ignores run only to learn which `ignore` entries
	 * drop a finding; after the comments, so only the policy sees them.
	 */
	if (run->report_unused)
		run_rules(run, true);
	wl_apply_policy(run->config, &run->sink, run->report_unused);
	wl_context_drop_findings(&run->context, &run->sink);
	wl_sink_sort(&run->sink);
}

const struct wl_diag *
wl_run_diags(const struct wl_run *run, size_t *n)
{
	*n = run->sink.diags.n;
	return run->sink.diags.v;
}

void
wl_run_counts(const struct wl_run *run, size_t *manifests, size_t *modules)
{
	*manifests = run->facts.nmanifests;
	*modules = run->facts.modules.n;
}

size_t
wl_run_skipped(const struct wl_run *run)
{
	return run->skipped;
}

unsigned
wl_run_jobs(const struct wl_run *run)
{
	return run->jobs;
}

bool
wl_run_read_nothing(const struct wl_run *run)
{
	return run->facts.nmanifests == 0 && run->facts.modules.n == 0 &&
	    run->facts.helm_templates.n == 0;
}
