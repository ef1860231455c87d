/* test-hosts.c - the host table: the built-in one, parse errors at their cells, generation lookup, import availability. */
#include "test-util.h"

#include <string.h>

#include "hosts/module-host.h"

/* A small valid table; the error tests change one line of it. */
static const char small[] =
    "# a comment\n"
    "[generations]\n"
    "gen\thost\tmark\tsource\n"
    "A\tfirst host\t-\tsome/repo file.c @abc\n"
    "B\tsecond host\tINFERRED\tsome/repo file.c @def\n"
    "[releases]\n"
    "istio\tgen\tenvoy\tconfidence\tmark\tsource\n"
    "1.7\tA\t1.15\tconfirmed\t-\tistio/proxy WORKSPACE @1\n"
    "1.8\tB\t1.16\tlow\tUNCONFIRMED\tistio/proxy WORKSPACE @2\n"
    "[markers]\n"
    "hosts\tname\tabi\tsignature\tmark\tsource\n"
    "A..\tproxy_abi_version_0_1_0\t0.1.0\tany\t-\tsome/repo m.cc @1\n"
    "[imports]\n"
    "hosts\tabi\tmodule\tname\tsignature\tmark\tsource\n"
    "B\t*\tenv,wasi_unstable\tf\t(i32,i64)->()\t-\tsome/repo e.h @2\n";

struct table {
	struct wl_arena		*arena;
	struct wl_hosts_errors	 errs;
	const struct wl_hosts	*h;
};

static void
parse(struct table *t, const char *text)
{
	t->arena = wl_arena_new();
	t->errs = (struct wl_hosts_errors){ NULL, 0, 0 };
	t->h = wl_hosts_parse(t->arena, "t.tsv", text, strlen(text),
	    &t->errs);
}

/* small with line n (1-based) replaced by line. */
static const char *
edited(struct wl_arena *a, unsigned n, const char *line)
{
	const char	*s = small, *nl;
	unsigned	 i;

	for (i = 1; i < n; i++)
		s = strchr(s, '\n') + 1;
	nl = strchr(s, '\n');
	return wl_arena_printf(a, "%.*s%s%s", (int)(s - small), small, line,
	    nl);
}

static void
test_builtin_parses(void **state)
{
	struct table t;

	(void)state;
	t.arena = wl_arena_new();
	t.errs = (struct wl_hosts_errors){ NULL, 0, 0 };
	t.h = wl_hosts_parse(t.arena, WL_HOSTS_BUILTIN_NAME, wl_hosts_builtin,
	    wl_hosts_builtin_size, &t.errs);
	if (t.errs.n > 0)
		fail_msg("%s:%u:%u: %s", WL_HOSTS_BUILTIN_NAME,
		    t.errs.v[0].line, t.errs.v[0].col, t.errs.v[0].message);
	assert_non_null(t.h);
	assert_int_equal(t.h->gens.n, 10);
	assert_string_equal(t.h->gens.v[3].name, "G2b");
	assert_string_equal(t.h->gens.v[9].name, "G8");
	assert_int_equal(t.h->releases.n, 94);
	assert_int_equal(t.h->abis.n, 3);
	assert_int_equal(t.h->configmap_bytes, 1048576);
	/*
	 * env: 36 for every ABI, 2 older gRPC signatures, 7 per ABI or
	 * helpers; WASI: 45 functions under two names; memory and table.
	 */
	assert_int_equal(t.h->imports.n, 36 + 2 + 9 + 2 * 45 + 2);
	wl_arena_free(t.arena);
}

static void
test_small_parses(void **state)
{
	struct table t;

	(void)state;
	parse(&t, small);
	assert_int_equal(t.errs.n, 0);
	assert_non_null(t.h);
	assert_int_equal(t.h->imports.n, 2);
	assert_string_equal(t.h->imports.v[1].module, "wasi_unstable");
	assert_int_equal(t.h->imports.v[0].gens, 2);
	assert_int_equal(t.h->markers.v[0].gens, 3);
	assert_int_equal(t.h->releases.v[1].cite.mark, WL_MARK_UNCONFIRMED);
	assert_int_equal(t.h->releases.v[1].cite.line, 9);
	wl_arena_free(t.arena);
}

/* An import cell of one module, and an abi cell of one version: the last item of a list. */
static void
test_single_item_lists(void **state)
{
	struct wl_arena	*a = wl_arena_new();
	struct table	 t;

	(void)state;
	parse(&t, edited(a, 15, "B\t0.1.0\tenv\tf\t(i32)->()\t-\tsrc"));
	assert_int_equal(t.errs.n, 0);
	assert_int_equal(t.h->imports.n, 1);
	assert_string_equal(t.h->imports.v[0].module, "env");
	assert_int_equal(t.h->imports.v[0].abis, 1);
	wl_arena_free(t.arena);
	wl_arena_free(a);
}

struct bad_case {
	unsigned	 line;		/* of small to replace */
	const char	*text;
	unsigned	 col;		/* where the error is */
	const char	*message;	/* part of it */
};

static const struct bad_case bad_cases[] = {
	{ 8, "1.7\tC\t1.15\tconfirmed\t-\tsrc", 5, "unknown generation `C`" },
	{ 8, "1.x\tA\t1.15\tconfirmed\t-\tsrc", 1, "not an Istio release" },
	{ 8, "1.7\tA\t1.15\tsure\t-\tsrc", 12, "confidence `sure`" },
	{ 8, "1.7\tA\t1.15\tconfirmed\tmaybe\tsrc", 22, "mark `maybe`" },
	{ 8, "1.7\tA\t1.15\tconfirmed\t-\t-", 24, "names its source" },
	{ 8, "1.7\tA\t1.15\tconfirmed\t-", 22, "have 6 tab-separated" },
	{ 9, "1.6\tB\t1.16\tlow\t-\tsrc", 1, "comes after" },
	{ 7, "istio\tgen\tenvoy\tsure\tmark\tsource", 17, "the header of" },
	{ 4, "A.1\tfirst\t-\tsrc", 1, "letters, digits" },
	{ 5, "A\tsecond\t-\tsrc", 1, "declared twice" },
	{ 12, "B..A\tp\t0.1.0\tany\t-\tsrc", 1, "runs backwards" },
	{ 12, "A..\tp\t0.1.x\tany\t-\tsrc", 7, "not an ABI version" },
	{ 12, "A..\tp\t0.1.0\t(i32)->\t-\tsrc", 13, "not a function type" },
	{ 15, "B\t0.2.0\tenv\tf\t(i32)->()\t-\tsrc", 3, "unknown ABI" },
	{ 15, "B\t*\tenv,\tf\t(i32)->()\t-\tsrc", 9, "not a name" },
	{ 15, "B\t*\tenv\tf\tmemory,\t-\tsrc", 11, "not a function type" },
	{ 9, "1.8.1+\tB\t1.16\tlow\t-\tsrc", 1, "first row of 1.8 starts at 1.8.0" },
	{ 9, "1.8.3-1.8.1\tB\t1.16\tlow\t-\tsrc", 1, "range of patch releases" },
	{ 9, "1.8.0-1.9.4\tB\t1.16\tlow\t-\tsrc", 1, "range of patch releases" },
	{ 9, "1.8.2\tB\t1.16\tlow\t-\tsrc", 1, "not an Istio release" },
	{ 9, "1.8+\tB\t1.16\tlow\t-\tsrc", 1, "not an Istio release" },
	{ 9, "1.7.4+\tB\t1.16\tlow\t-\tsrc", 1, "listed twice" },
	{ 9, "1.8.0-1.8.3\tB\t1.16\tlow\t-\tsrc", 1, "last row of 1.8 ends at 1.8.3" },
	{ 13, "[exports]", 1, "unknown section" },
	{ 6, "[generations]", 1, "appears twice" },
	{ 1, "gen\thost", 1, "before the first [section]" },
};

static void
test_errors_at_their_cells(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof bad_cases / sizeof *bad_cases; i++) {
		const struct bad_case	*b = &bad_cases[i];
		struct wl_arena		*a = wl_arena_new();
		struct table		 t;

		parse(&t, edited(a, b->line, b->text));
		if (t.errs.n == 0)
			fail_msg("case %zu: no error", i);
		assert_null(t.h);
		if (t.errs.v[0].line != b->line || t.errs.v[0].col != b->col ||
		    strstr(t.errs.v[0].message, b->message) == NULL)
			fail_msg("case %zu: want %u:%u: ...%s..., got %u:%u: %s",
			    i, b->line, b->col, b->message, t.errs.v[0].line,
			    t.errs.v[0].col, t.errs.v[0].message);
		wl_arena_free(t.arena);
		wl_arena_free(a);
	}
}

static void
test_every_error_collected(void **state)
{
	struct table t;

	(void)state;
	parse(&t, "[generations]\ngen\thost\tmark\tsource\n"
	    "A\t\tmaybe\t-\n");
	assert_null(t.h);
	/* empty host, bad mark, no source; then no generation, no release */
	assert_int_equal(t.errs.n, 5);
	assert_int_equal(t.errs.v[0].col, 3);
	assert_int_equal(t.errs.v[1].col, 4);
	assert_int_equal(t.errs.v[1].end_col, 9);
	assert_int_equal(t.errs.v[2].col, 10);
	assert_string_equal(t.errs.v[3].message,
	    "the table has no [generations] rows");
	assert_int_equal(t.errs.v[4].line, 1);
	wl_arena_free(t.arena);
}

static const struct wl_hosts *
builtin(struct wl_arena *a)
{
	struct wl_hosts_errors errs = { NULL, 0, 0 };

	return wl_hosts_parse(a, WL_HOSTS_BUILTIN_NAME, wl_hosts_builtin,
	    wl_hosts_builtin_size, &errs);
}

static void
assert_gen(const struct wl_hosts *h, const char *version, const char *gen,
    enum wl_host_fit want)
{
	const struct wl_host_release	*rel;
	enum wl_host_fit		 fit;
	int				 g = wl_hosts_gen_for(h, version, &rel, &fit);

	assert_int_equal(fit, want);
	if (gen == NULL) {
		assert_int_equal(g, -1);
		return;
	}
	assert_true(g >= 0);
	assert_string_equal(h->gens.v[g].name, gen);
	assert_true((rel != NULL) == (want == WL_FIT_LISTED));
}

/* The mark of the release row a version resolves to. */
static void
assert_mark(const struct wl_hosts *h, const char *version,
    enum wl_host_mark want)
{
	const struct wl_host_release	*rel;
	enum wl_host_fit		 fit;

	assert_true(wl_hosts_gen_for(h, version, &rel, &fit) >= 0);
	assert_non_null(rel);
	assert_int_equal(rel->cite.mark, want);
}

static void
test_generation_by_version(void **state)
{
	struct wl_arena		*a = wl_arena_new();
	const struct wl_hosts	*h = builtin(a);

	(void)state;
	assert_gen(h, "1.5", "G0", WL_FIT_LISTED);
	assert_gen(h, "1.7.8", "G2", WL_FIT_LISTED);
	assert_gen(h, "1.8", "G3", WL_FIT_LISTED);
	/* patch releases of one minor on two hosts: the pins of their Envoy commits */
	assert_gen(h, "1.8.0", "G2b", WL_FIT_LISTED);
	assert_gen(h, "1.8.1", "G3", WL_FIT_LISTED);
	assert_gen(h, "1.14.5", "G5", WL_FIT_LISTED);
	assert_gen(h, "1.14.6", "G6", WL_FIT_LISTED);
	assert_gen(h, "1.14", "G6", WL_FIT_LISTED);
	assert_gen(h, "1.15.0", "G6", WL_FIT_LISTED);
	assert_gen(h, "1.24.6", "G6", WL_FIT_LISTED);
	assert_gen(h, "1.25.0", "G7", WL_FIT_LISTED);
	assert_gen(h, "1.10.0", "G4", WL_FIT_LISTED);
	assert_gen(h, "1.11.4", "G4", WL_FIT_LISTED);
	assert_gen(h, "1.13.2-distroless", "G5", WL_FIT_LISTED);
	assert_gen(h, "1.24.0-rc.1", "G6", WL_FIT_LISTED);
	assert_gen(h, "1.29.3", "G7", WL_FIT_LISTED);
	assert_gen(h, "1.30.0", "G7", WL_FIT_LISTED);
	assert_gen(h, "1.30", "G7", WL_FIT_LISTED);
	assert_gen(h, "1.31", "G8", WL_FIT_LISTED);
	assert_gen(h, "1.31.0-rc.0", "G8", WL_FIT_LISTED);
	assert_gen(h, "1.40.1", "G8", WL_FIT_NEWER);
	assert_gen(h, "2.0", "G8", WL_FIT_NEWER);
	assert_gen(h, "1.4.6", NULL, WL_FIT_ABSENT);
	assert_gen(h, "latest", NULL, WL_FIT_NOT_VERSION);
	assert_gen(h, "1", NULL, WL_FIT_NOT_VERSION);
	assert_mark(h, "1.24.2", WL_MARK_UNCONFIRMED);
	assert_mark(h, "1.24.3", WL_MARK_NONE);
	assert_mark(h, "1.7", WL_MARK_NONE);
	/* read where the file index stores the Envoy commit, between unread neighbours */
	assert_mark(h, "1.29.3", WL_MARK_NONE);
	assert_mark(h, "1.29.4", WL_MARK_UNCONFIRMED);
	assert_mark(h, "1.28.7", WL_MARK_NONE);
	wl_arena_free(a);
}

/* A minor release whose patch releases run two hosts. */
static const char patches[] =
    "[generations]\n"
    "gen\thost\tmark\tsource\n"
    "A\tfirst host\t-\tsome/repo file.c @abc\n"
    "B\tsecond host\t-\tsome/repo file.c @def\n"
    "[releases]\n"
    "istio\tgen\tenvoy\tconfidence\tmark\tsource\n"
    "1.7\tA\t1.15\tconfirmed\t-\tistio/proxy WORKSPACE @1\n"
    "1.8.0-1.8.2\tA\t1.16\tconfirmed\t-\tistio/proxy WORKSPACE @2\n"
    "1.8.3+\tB\t1.16\tconfirmed\t-\tistio/proxy WORKSPACE @3\n"
    "1.9\tB\t1.17\tconfirmed\t-\tistio/proxy WORKSPACE @4\n";

static void
test_patch_releases(void **state)
{
	struct table		 t;
	const struct wl_hosts	*h;

	(void)state;
	parse(&t, patches);
	assert_int_equal(t.errs.n, 0);
	h = t.h;
	assert_string_equal(h->releases.v[1].first, "1.8.0");
	assert_string_equal(h->releases.v[1].last, "1.8.2");
	assert_string_equal(h->releases.v[2].first, "1.8.3");
	assert_string_equal(h->releases.v[2].last, "1.8");
	assert_gen(h, "1.8.0", "A", WL_FIT_LISTED);
	assert_gen(h, "1.8.2-distroless", "A", WL_FIT_LISTED);
	assert_gen(h, "1.8.0-rc.1", "A", WL_FIT_LISTED);
	assert_gen(h, "1.8.3", "B", WL_FIT_LISTED);
	assert_gen(h, "1.8.41", "B", WL_FIT_LISTED);
	/* no patch number: the newest patch releases */
	assert_gen(h, "1.8", "B", WL_FIT_LISTED);
	assert_gen(h, "1.8-dev", "B", WL_FIT_LISTED);
	assert_gen(h, "1.9.0", "B", WL_FIT_LISTED);
	assert_gen(h, "1.10.1", "B", WL_FIT_NEWER);
	assert_gen(h, "1.6.9", NULL, WL_FIT_ABSENT);
	assert_string_equal(wl_hosts_describe_gens(t.arena, h, 1),
	    "Istio 1.7-1.8.2");
	assert_string_equal(wl_hosts_describe_gens(t.arena, h, 2),
	    "Istio 1.8.3 and later");
	wl_arena_free(t.arena);
}

/* A minor release's rows end with one open to later patch releases. */
static void
test_patch_releases_close(void **state)
{
	struct wl_arena	*a = wl_arena_new();
	const char	*text;
	struct table	 t;

	(void)state;
	text = wl_arena_printf(a, "%.*s%s", (int)(strstr(patches, "1.8.3+") -
	    patches), patches, "1.9\tB\t1.17\tconfirmed\t-\tsrc\n");
	parse(&t, text);
	assert_null(t.h);
	/* then the table ends on 1.8.0-1.8.2, closed, said once more */
	assert_int_equal(t.errs.n, 2);
	assert_int_equal(t.errs.v[0].line, 9);
	assert_int_equal(t.errs.v[1].line, 8);
	assert_non_null(strstr(t.errs.v[0].message, "the rows of 1.8 end at "
	    "1.8.2: the last one covers every later patch release (1.8.3+)"));
	wl_arena_free(t.arena);
	wl_arena_free(a);
}

static void
test_release_ranges(void **state)
{
	struct wl_arena		*a = wl_arena_new();
	const struct wl_hosts	*h = builtin(a);
	uint64_t		 all = wl_hosts_all_gens(h);

	(void)state;
	assert_string_equal(wl_hosts_describe_gens(a, h, all & ~(uint64_t)7),
	    "Istio 1.8.0 and later");
	assert_string_equal(wl_hosts_describe_gens(a, h, 7), "Istio 1.5-1.7");
	assert_string_equal(wl_hosts_describe_gens(a, h, 4 | 32),
	    "Istio 1.7, 1.10.0-1.12");
	assert_string_equal(wl_hosts_describe_gens(a, h, 0),
	    "no release in the host table");
	assert_string_equal(wl_hosts_first_release(h, 8 | 16)->name, "1.8.0-1.8.0");
	assert_string_equal(wl_hosts_first_release(h, 16)->name, "1.8.1-1.8.4");
	assert_null(wl_hosts_first_release(h, 0));
	wl_arena_free(a);
}

static enum wl_import_fit
fit_of(const struct wl_hosts *h, const char *gen, const char *abi,
    const char *module, const char *name, enum wl_wasm_kind kind,
    const char *sig)
{
	struct wl_wasm_import		 im = { module, name, kind,
		{ sig, 0, 0 }, 0 };
	const struct wl_host_row	*row;
	int				 g = -1, a = WL_ABI_ANY;
	size_t				 i;

	for (i = 0; i < h->gens.n; i++)
		if (strcmp(h->gens.v[i].name, gen) == 0)
			g = (int)i;
	for (i = 0; abi != NULL && i < h->abis.n; i++)
		if (strcmp(h->abis.v[i], abi) == 0)
			a = (int)i;
	assert_true(g >= 0);
	return wl_host_import(h, g, a, &im, &row);
}

static void
test_import_availability(void **state)
{
	struct wl_arena		*a = wl_arena_new();
	const struct wl_hosts	*h = builtin(a);
	const char		*clock = "(i32,i64,i32)->i32";

	(void)state;
	assert_int_equal(fit_of(h, "G2", "0.2.0", "wasi_snapshot_preview1",
	    "clock_time_get", WL_WASM_FUNC, clock), WL_IMPORT_MISSING);
	assert_int_equal(fit_of(h, "G3", "0.2.0", "wasi_snapshot_preview1",
	    "clock_time_get", WL_WASM_FUNC, clock), WL_IMPORT_OK);
	assert_int_equal(fit_of(h, "G3", "0.2.0", "wasi_unstable",
	    "clock_time_get", WL_WASM_FUNC, clock), WL_IMPORT_OK);
	assert_int_equal(fit_of(h, "G6", "0.2.1", "wasi_snapshot_preview1",
	    "sched_yield", WL_WASM_FUNC, "()->i32"), WL_IMPORT_MISSING);
	assert_int_equal(fit_of(h, "G7", "0.2.1", "wasi_snapshot_preview1",
	    "sched_yield", WL_WASM_FUNC, "()->i32"), WL_IMPORT_OK);
	assert_int_equal(fit_of(h, "G3", "0.2.0", "env", "proxy_get_log_level",
	    WL_WASM_FUNC, "(i32)->i32"), WL_IMPORT_OTHER_ABI);
	assert_int_equal(fit_of(h, "G3", "0.2.1", "env", "proxy_get_log_level",
	    WL_WASM_FUNC, "(i32)->i32"), WL_IMPORT_OK);
	assert_int_equal(fit_of(h, "G2", "0.1.0", "env", "proxy_log",
	    WL_WASM_FUNC, "(i32,i32)->i32"), WL_IMPORT_SIGNATURE);
	assert_int_equal(fit_of(h, "G0", NULL, "env", "proxy_grpc_call",
	    WL_WASM_FUNC, "(i32,i32,i32,i32,i32,i32,i32,i32,i32,i32)->i32"),
	    WL_IMPORT_OK);
	assert_int_equal(fit_of(h, "G1", NULL, "env", "proxy_grpc_call",
	    WL_WASM_FUNC, "(i32,i32,i32,i32,i32,i32,i32,i32,i32,i32)->i32"),
	    WL_IMPORT_SIGNATURE);
	assert_int_equal(fit_of(h, "G6", NULL, "gojs", "runtime.wasmExit",
	    WL_WASM_FUNC, "(i32)->()"), WL_IMPORT_NO_MODULE);
	assert_int_equal(fit_of(h, "G6", NULL, "env", "nope", WL_WASM_FUNC,
	    "()->()"), WL_IMPORT_MISSING);
	assert_int_equal(fit_of(h, "G6", NULL, "env", "__stack_pointer",
	    WL_WASM_GLOBAL, NULL), WL_IMPORT_KIND);
	/* The host makes any imported memory or table, whatever its name. */
	assert_int_equal(fit_of(h, "G6", NULL, "env", "proxy_log",
	    WL_WASM_MEMORY, NULL), WL_IMPORT_OK);
	assert_int_equal(fit_of(h, "G0", NULL, "env", "memory",
	    WL_WASM_MEMORY, NULL), WL_IMPORT_OK);
	assert_int_equal(fit_of(h, "G6", NULL, "anything", "table",
	    WL_WASM_TABLE, NULL), WL_IMPORT_OK);
	wl_arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_builtin_parses),
		cmocka_unit_test(test_small_parses),
		cmocka_unit_test(test_errors_at_their_cells),
		cmocka_unit_test(test_every_error_collected),
		cmocka_unit_test(test_generation_by_version),
		cmocka_unit_test(test_release_ranges),
		cmocka_unit_test(test_single_item_lists),
		cmocka_unit_test(test_patch_releases),
		cmocka_unit_test(test_patch_releases_close),
		cmocka_unit_test(test_import_availability),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
