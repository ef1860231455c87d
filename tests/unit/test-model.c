/*
 * test-model.c - unit tests for the facts model: userVolume annotations,
 * sidecar version resolution, EnvoyFilter and workload extraction, lookups.
 */
#include "test-util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag/sink.h"
#include "input/load.h"
#include "model/extract.h"
#include "model/facts.h"
#include "model/index.h"
#include "model/lookup.h"
#include "model/placeholder.h"
#include "model/version.h"
#include "schema/wasm-proto.h"
#include "util/arena.h"
#include "wasmlint/wasmlint.h"

#define FILE_NAME "test.yaml"

/* One run's facts and diagnostics, built with the loader. */
struct fx {
	struct wl_arena	*arena;
	struct wl_facts	 facts;
	struct wl_sink	 sink;
	const char	*text;	/* the last manifest loaded */
};

static int
fx_setup(void **state)
{
	struct fx *x = calloc(1, sizeof *x);

	if (x == NULL)
		return -1;
	x->arena = wl_arena_new();
	x->facts.arena = x->arena;
	x->sink.arena = x->arena;
	x->facts.root_namespace = "istio-system";
	*state = x;
	return 0;
}

static int
fx_teardown(void **state)
{
	struct fx *x = *state;

	wl_arena_free(x->arena);
	free(x);
	return 0;
}

static void
fx_load(struct fx *x, const char *text)
{
	x->text = text;
	wl_load_buffer(&x->facts, &x->sink, FILE_NAME, text, strlen(text));
}

static size_t
count_diags(const struct fx *x, const char *id)
{
	size_t i, n = 0;

	for (i = 0; i < x->sink.diags.n; i++)
		if (strcmp(x->sink.diags.v[i].rule_id, id) == 0)
			n++;
	return n;
}

/* The only diagnostic of rule id. */
static const struct wl_diag *
only_diag(const struct fx *x, const char *id)
{
	size_t i;

	assert_int_equal(count_diags(x, id), 1);
	for (i = 0; i < x->sink.diags.n; i++)
		if (strcmp(x->sink.diags.v[i].rule_id, id) == 0)
			return &x->sink.diags.v[i];
	return NULL;
}

static const struct wl_workload *
workload_named(const struct fx *x, const char *name)
{
	size_t i;

	for (i = 0; i < x->facts.workloads.n; i++)
		if (x->facts.workloads.v[i].obj.name != NULL &&
		    strcmp(x->facts.workloads.v[i].obj.name, name) == 0)
			return &x->facts.workloads.v[i];
	fail_msg("no workload %s", name);
	return NULL;
}

static const struct wl_envoyfilter *
filter_named(const struct fx *x, const char *name)
{
	size_t i;

	for (i = 0; i < x->facts.envoyfilters.n; i++)
		if (x->facts.envoyfilters.v[i].obj.name != NULL &&
		    strcmp(x->facts.envoyfilters.v[i].obj.name, name) == 0)
			return &x->facts.envoyfilters.v[i];
	fail_msg("no EnvoyFilter %s", name);
	return NULL;
}

/*
 * Asserts that loc is at the nth (0-based) occurrence of needle in text:
 * its 1-based line and column (ASCII text) and its byte offset.
 */
static void
assert_loc_nth(const struct wl_loc *loc, const char *text, const char *needle,
    unsigned nth)
{
	const char	*p = strstr(text, needle), *q;
	unsigned	 line = 1, col = 1;

	while (p != NULL && nth-- > 0)
		p = strstr(p + 1, needle);
	if (p == NULL)
		fail_msg("`%s` is not in the text", needle);
	for (q = text; q < p; q++) {
		if (*q == '\n') {
			line++;
			col = 1;
		} else
			col++;
	}
	assert_string_equal(loc->file, FILE_NAME);
	assert_int_equal(loc->line, line);
	assert_int_equal(loc->col, col);
	assert_int_equal(loc->offset, (size_t)(p - text));
}

static void
assert_loc(const struct wl_loc *loc, const char *text, const char *needle)
{
	assert_loc_nth(loc, text, needle, 0);
}

/* The same for a fact's location, whose file is an id of the facts' table. */
static void
assert_at_nth(const struct wl_floc *loc, const char *text, const char *needle,
    unsigned nth)
{
	struct wl_loc at = wl_floc_in(loc, FILE_NAME);

	assert_int_not_equal(loc->file, 0);
	assert_loc_nth(&at, text, needle, nth);
}

static void
assert_at(const struct wl_floc *loc, const char *text, const char *needle)
{
	assert_at_nth(loc, text, needle, 0);
}

#define assert_line_col(loc, l, c)                                             \
	do {                                                                   \
		assert_int_equal((loc).line, (l));                             \
		assert_int_equal((loc).col, (c));                              \
	} while (0)

/*
 * userVolume / userVolumeMount
 */

static const char list_form[] =
    "apiVersion: v1\n"
    "kind: Pod\n"
    "metadata:\n"
    "  name: web\n"
    "  annotations:\n"
    "    sidecar.istio.io/userVolume: '[{\"name\":\"wasmfilters-dir\","
    "\"configMap\":{\"name\":\"http-headers-wasm\",\"items\":[{\"key\":"
    "\"filter.wasm\",\"path\":\"headers.wasm\"}]}}, {\"emptyDir\":{}}, "
    "{\"name\":\"bare\"}]'\n"
    "    sidecar.istio.io/userVolumeMount: '[{\"name\":\"wasmfilters-dir\","
    "\"mountPath\":\"/var/local/lib/wasm-filters\",\"readonly\":true}]'\n"
    "spec:\n"
    "  containers:\n"
    "  - name: app\n"
    "    image: nginx\n";

static void
test_user_volume_list_form(void **state)
{
	struct fx			*x = *state;
	const struct wl_workload	*w;
	const struct wl_user_volume	*v;

	fx_load(x, list_form);
	assert_int_equal(x->sink.diags.n, 0);
	w = workload_named(x, "web");
	assert_true(w->has_volumes);
	assert_at(&w->volumes_loc, list_form, "'[{\"name\":\"wasmfilters-dir\","
	    "\"configMap\"");
	assert_int_equal(w->volumes.n, 3);

	v = &w->volumes.v[0];
	assert_string_equal(v->name.s, "wasmfilters-dir");
	assert_at(&v->name.loc, list_form, "\"wasmfilters-dir\"");
	assert_at(&v->loc, list_form, "{\"name\":\"wasmfilters-dir\",\"config");
	assert_true(v->has_source);
	assert_string_equal(v->configmap.s, "http-headers-wasm");
	assert_at(&v->configmap.loc, list_form, "\"http-headers-wasm\"");
	assert_int_equal(v->items.n, 1);
	assert_string_equal(v->items.v[0].key, "filter.wasm");
	assert_string_equal(v->items.v[0].value, "headers.wasm");
	assert_at(&v->items.v[0].loc, list_form, "\"filter.wasm\"");
	assert_at(&v->items.v[0].value_loc, list_form, "\"headers.wasm\"");
}

static void
test_user_volume_list_defaults(void **state)
{
	struct fx			*x = *state;
	const struct wl_workload	*w;

	fx_load(x, list_form);
	w = workload_named(x, "web");
	assert_int_equal(w->volumes.n, 3);
	/* No name: the index stands in, located at the entry. */
	assert_string_equal(w->volumes.v[1].name.s, "1");
	assert_at(&w->volumes.v[1].name.loc, list_form, "{\"emptyDir\"");
	assert_true(w->volumes.v[1].has_source);
	assert_null(w->volumes.v[1].configmap.s);
	assert_int_equal(w->volumes.v[1].items.n, 0);
	/* Only a name: no source. */
	assert_string_equal(w->volumes.v[2].name.s, "bare");
	assert_false(w->volumes.v[2].has_source);
}

static void
test_user_volume_mount_list_form(void **state)
{
	struct fx			*x = *state;
	const struct wl_workload	*w;

	fx_load(x, list_form);
	w = workload_named(x, "web");
	assert_true(w->has_mounts);
	assert_int_equal(w->mounts.n, 1);
	assert_string_equal(w->mounts.v[0].name.s, "wasmfilters-dir");
	assert_at_nth(&w->mounts.v[0].name.loc, list_form,
	    "\"wasmfilters-dir\"", 1);
	assert_string_equal(w->mounts.v[0].mount_path.s,
	    "/var/local/lib/wasm-filters");
	assert_at(&w->mounts.v[0].mount_path.loc, list_form,
	    "\"/var/local/lib/wasm-filters\"");
}

static const char keyed_form[] =
    "apiVersion: apps/v1\n"
    "kind: Deployment\n"
    "metadata:\n"
    "  name: web\n"
    "spec:\n"
    "  template:\n"
    "    metadata:\n"
    "      annotations:\n"
    "        sidecar.istio.io/userVolume: '{\"wasmfilters-dir\":{\"configMap\":"
    "{\"name\":\"cm\",\"items\":[{\"key\":\"a.wasm\",\"path\":\"b.wasm\"},"
    "{\"key\":\"nopath\"}]}},\"empty\":{}}'\n"
    "        sidecar.istio.io/userVolumeMount: '{\"wasmfilters-dir\":"
    "{\"mountPath\":\"/var/local/lib/wasm-filters\"}}'\n"
    "    spec:\n"
    "      containers:\n"
    "      - name: app\n"
    "        image: nginx\n";

static void
test_user_volume_keyed_form(void **state)
{
	struct fx			*x = *state;
	const struct wl_workload	*w;
	const struct wl_user_volume	*v;

	fx_load(x, keyed_form);
	assert_int_equal(x->sink.diags.n, 0);
	w = workload_named(x, "web");
	assert_true(w->has_volumes);
	assert_int_equal(w->volumes.n, 2);
	v = &w->volumes.v[0];
	assert_string_equal(v->name.s, "wasmfilters-dir");
	assert_at(&v->name.loc, keyed_form, "\"wasmfilters-dir\"");
	assert_at(&v->loc, keyed_form, "{\"configMap\"");
	assert_true(v->has_source);
	assert_string_equal(v->configmap.s, "cm");
	assert_at(&v->configmap.loc, keyed_form, "\"cm\"");
	/* An item without a path is skipped. */
	assert_int_equal(v->items.n, 1);
	assert_string_equal(v->items.v[0].key, "a.wasm");
	assert_string_equal(v->items.v[0].value, "b.wasm");
	assert_at(&v->items.v[0].value_loc, keyed_form, "\"b.wasm\"");
	/* An empty object has no source. */
	assert_string_equal(w->volumes.v[1].name.s, "empty");
	assert_false(w->volumes.v[1].has_source);

	assert_true(w->has_mounts);
	assert_int_equal(w->mounts.n, 1);
	assert_string_equal(w->mounts.v[0].name.s, "wasmfilters-dir");
	assert_string_equal(w->mounts.v[0].mount_path.s,
	    "/var/local/lib/wasm-filters");
	assert_at(&w->mounts.v[0].mount_path.loc, keyed_form,
	    "\"/var/local/lib/wasm-filters\"");
}

static void
test_user_volume_absent(void **state)
{
	struct fx			*x = *state;
	const struct wl_workload	*w;

	fx_load(x, "kind: Pod\n"
	    "metadata:\n"
	    "  name: web\n"
	    "  annotations:\n"
	    "    other: x\n");
	w = workload_named(x, "web");
	assert_false(w->has_volumes);
	assert_false(w->has_mounts);
	assert_int_equal(w->volumes.n, 0);
	assert_int_equal(w->mounts.n, 0);
	assert_int_equal(x->sink.diags.n, 0);
}

/*
 * A Pod whose annotations are the given lines (each indented by four
 * spaces); the first annotation line is line 5.
 */
static const char *
pod_with(struct fx *x, const char *annotation_lines)
{
	const char *text = wl_arena_printf(x->arena,
	    "kind: Pod\n"
	    "metadata:\n"
	    "  name: web\n"
	    "  annotations:\n"
	    "%s"
	    "spec:\n"
	    "  containers:\n"
	    "  - name: app\n"
	    "    image: nginx\n", annotation_lines);

	fx_load(x, text);
	return text;
}

/*
 * In "    sidecar.istio.io/userVolume: V" the value V starts at column 34
 * (4 spaces, 27 characters of key, ':' and a space).
 */
static void
test_user_volume_error_single_quoted(void **state)
{
	struct fx		*x = *state;
	const char		*text;
	const struct wl_diag	*d;

	/* [{"name" "x"}]: the second string is at column 34 + 10. */
	text = pod_with(x,
	    "    sidecar.istio.io/userVolume: '[{\"name\" \"x\"}]'\n");
	d = only_diag(x, "WL1002");
	assert_string_equal(d->loc.file, FILE_NAME);
	assert_line_col(d->loc, 5, 44);
	assert_int_equal(d->loc.offset,
	    (size_t)(strstr(text, "\"x\"") - text));
	assert_non_null(strstr(d->message, "sidecar.istio.io/userVolume"));
	/* The annotation is there, though unreadable. */
	assert_true(workload_named(x, "web")->has_volumes);
	assert_int_equal(workload_named(x, "web")->volumes.n, 0);
}

static void
test_user_volume_error_double_quoted(void **state)
{
	struct fx		*x = *state;
	const struct wl_diag	*d;

	/* "[}": the '}' is at column 36. */
	pod_with(x, "    sidecar.istio.io/userVolume: \"[}\"\n");
	d = only_diag(x, "WL1002");
	assert_line_col(d->loc, 5, 36);
}

/*
 * JSON in a double-quoted YAML string has its quotes escaped: the value's
 * characters are not the file's, so the column must account for each `\"`.
 */
static void
test_user_volume_error_double_quoted_escapes(void **state)
{
	struct fx		*x = *state;
	const char		*text;
	const struct wl_diag	*d;

	/* "[{\"name\" \"x\"}]": the `\"` that opens "x" is at column 46. */
	text = pod_with(x, "    sidecar.istio.io/userVolume: "
	    "\"[{\\\"name\\\" \\\"x\\\"}]\"\n");
	d = only_diag(x, "WL1002");
	assert_line_col(d->loc, 5, 46);
	assert_int_equal(d->loc.offset,
	    (size_t)(strstr(text, "\\\"x") - text));
}

static void
test_user_volume_double_quoted_locations(void **state)
{
	struct fx			*x = *state;
	const char			*text;
	const struct wl_workload	*w;

	text = pod_with(x, "    sidecar.istio.io/userVolume: "
	    "\"[{\\\"name\\\":\\\"wasm\\\",\\\"configMap\\\":"
	    "{\\\"name\\\":\\\"cm\\\"}}]\"\n");
	assert_int_equal(x->sink.diags.n, 0);
	w = workload_named(x, "web");
	assert_int_equal(w->volumes.n, 1);
	assert_string_equal(w->volumes.v[0].name.s, "wasm");
	assert_string_equal(w->volumes.v[0].configmap.s, "cm");
	/* At the `\"` that opens each string. */
	assert_at(&w->volumes.v[0].name.loc, text, "\\\"wasm");
	assert_at(&w->volumes.v[0].configmap.loc, text, "\\\"cm");
}

static void
test_user_volume_error_plain(void **state)
{
	struct fx		*x = *state;
	const struct wl_diag	*d;

	/* Not JSON: Go's scanner stops at the second '-'. */
	pod_with(x, "    sidecar.istio.io/userVolume: --- [}\n");
	d = only_diag(x, "WL1002");
	assert_line_col(d->loc, 5, 35);
	assert_non_null(strstr(d->message,
	    "invalid character '-' in numeric literal"));
}

static void
test_user_volume_error_literal_block(void **state)
{
	struct fx		*x = *state;
	const char		*text;
	const struct wl_diag	*d;

	/* The '{' after "configMap" is on line 7, column 8 + 11 + 2. */
	text = pod_with(x,
	    "    sidecar.istio.io/userVolume: |\n"
	    "      [{\"name\": \"wasmfilters-dir\",\n"
	    "        \"configMap\" {\"name\": \"cm\"}}]\n");
	d = only_diag(x, "WL1002");
	assert_line_col(d->loc, 7, 21);
	assert_int_equal(d->loc.offset,
	    (size_t)(strstr(text, "{\"name\": \"cm\"") - text));
}

static void
test_user_volume_error_literal_block_blank_first(void **state)
{
	struct fx		*x = *state;
	const struct wl_diag	*d;

	/* A blank line opens the block; the "x" is at column 6 + 1 + 9. */
	pod_with(x,
	    "    sidecar.istio.io/userVolume: |\n"
	    "\n"
	    "      [{\"name\" \"x\"}]\n");
	d = only_diag(x, "WL1002");
	assert_line_col(d->loc, 7, 16);
}

static void
test_user_volume_literal_block_locations(void **state)
{
	struct fx			*x = *state;
	const char			*text;
	const struct wl_workload	*w;

	text = pod_with(x,
	    "    sidecar.istio.io/userVolume: |\n"
	    "      [{\"name\": \"wasmfilters-dir\",\n"
	    "        \"configMap\": {\"name\": \"cm\"}}]\n");
	assert_int_equal(x->sink.diags.n, 0);
	w = workload_named(x, "web");
	assert_int_equal(w->volumes.n, 1);
	assert_at(&w->volumes.v[0].name.loc, text, "\"wasmfilters-dir\"");
	assert_at(&w->volumes.v[0].configmap.loc, text, "\"cm\"");
}

static void
test_user_volume_mount_error(void **state)
{
	struct fx		*x = *state;
	const struct wl_diag	*d;

	/* The value starts at column 39; [{"name": "a"] has its ']' at 39 + 14. */
	pod_with(x,
	    "    sidecar.istio.io/userVolumeMount: '[{\"name\": \"a\"]'\n");
	d = only_diag(x, "WL1002");
	assert_line_col(d->loc, 5, 53);
	assert_non_null(strstr(d->message, "sidecar.istio.io/userVolumeMount"));
	assert_true(workload_named(x, "web")->has_mounts);
}

static void
test_user_volume_not_list_or_object(void **state)
{
	struct fx		*x = *state;
	const struct wl_diag	*d;

	pod_with(x, "    sidecar.istio.io/userVolume: wasmfilters-dir\n");
	d = only_diag(x, "WL1002");
	assert_line_col(d->loc, 5, 34);
	assert_non_null(strstr(d->message,
	    "invalid character 'w' looking for beginning of value"));
	assert_int_equal(workload_named(x, "web")->volumes.n, 0);
}

static void
test_user_volume_quoted_scalar_not_list(void **state)
{
	struct fx		*x = *state;
	const struct wl_diag	*d;

	pod_with(x, "    sidecar.istio.io/userVolume: '\"wasm\"'\n");
	d = only_diag(x, "WL1002");
	assert_line_col(d->loc, 5, 35);
}

static void
test_user_volume_entry_not_object(void **state)
{
	struct fx			*x = *state;
	const struct wl_diag		*d;
	const struct wl_workload	*w;

	/* ["a", {"name":"b"}]: the "a" is at column 36. */
	pod_with(x, "    sidecar.istio.io/userVolume: '[\"a\", "
	    "{\"name\":\"b\",\"emptyDir\":{}}]'\n");
	d = only_diag(x, "WL1002");
	assert_line_col(d->loc, 5, 36);
	w = workload_named(x, "web");
	assert_int_equal(w->volumes.n, 1);
	assert_string_equal(w->volumes.v[0].name.s, "b");
}

/* Through the public API: the diagnostic reaches the run, sorted. */
static void
test_user_volume_error_through_run(void **state)
{
	struct wl_options	 opts = { .istio_version = NULL };
	struct wl_run		*run = wl_run_new(&opts);
	const char		*text =
	    "kind: Pod\n"
	    "metadata:\n"
	    "  name: web\n"
	    "  annotations:\n"
	    "    sidecar.istio.io/userVolume: '[{\"name\" \"x\"}]'\n";
	const struct wl_diag	*d;
	size_t			 n, i, found = 0;

	(void)state;
	wl_run_add_buffer(run, "pod.yaml", text, strlen(text));
	wl_run_check(run);
	d = wl_run_diags(run, &n);
	for (i = 0; i < n; i++) {
		if (strcmp(d[i].rule_id, "WL1002") != 0)
			continue;
		found++;
		assert_string_equal(d[i].loc.file, "pod.yaml");
		assert_int_equal(d[i].loc.line, 5);
		assert_int_equal(d[i].loc.col, 44);
		assert_int_equal(d[i].severity, WL_SEV_ERROR);
	}
	assert_int_equal(found, 1);
	wl_run_free(run);
}

/*
 * Version resolution
 */

static void
test_image_version(void **state)
{
	struct fx	*x = *state;
	struct wl_arena	*a = x->arena;

	assert_string_equal(wl_image_version(a,
	    "docker.io/istio/proxyv2:1.12.2"), "1.12.2");
	assert_string_equal(wl_image_version(a,
	    "gcr.io/istio-release/proxyv2:1.12.2-distroless"), "1.12.2");
	assert_string_equal(wl_image_version(a,
	    "docker.io/istio/proxyv2:1.13.0-debug"), "1.13.0");
	assert_string_equal(wl_image_version(a,
	    "gcr.io/istio-testing/proxyv2:1.19-dev"), "1.19-dev");
	assert_string_equal(wl_image_version(a, "proxyv2:1.12.2"), "1.12.2");
	assert_string_equal(wl_image_version(a,
	    "localhost:5000/istio/proxyv2:1.14.1"), "1.14.1");
	assert_string_equal(wl_image_version(a, "img:1.2.3@sha256:abc"),
	    "1.2.3");
	assert_string_equal(wl_image_version(a,
	    "docker.io/istio/proxyv2:1.12.2-distroless@sha256:0123"), "1.12.2");
	assert_null(wl_image_version(a, "localhost:5000/proxyv2"));
	assert_null(wl_image_version(a, "proxyv2:latest"));
	assert_null(wl_image_version(a, "img@sha256:abc"));
	assert_null(wl_image_version(a, "proxyv2"));
	assert_null(wl_image_version(a, "proxyv2:"));
	assert_null(wl_image_version(a, "auto"));
	assert_null(wl_image_version(a, ""));
}

/* Older releases, pre-releases of the release itself, newer ones, and tags that are no version. */
static void
test_version_before(void **state)
{
	static const struct {
		const char	*v;
		unsigned	 minor;
		bool		 before;
	} cases[] = {
		{ "1.13.9", 14, true }, { "1.9", 14, true },
		{ "1.13-dev", 14, true }, { "0.8.0", 14, true },
		{ "1.14.0", 14, false }, { "1.14.0-beta.1", 14, false },
		{ "1.14", 14, false }, { "1.140.0", 14, false },
		{ "2.0.0", 14, false }, { "1.13.9", 0, false },
		{ "latest", 14, false }, { "1", 14, false },
		{ "1.x", 14, false }, { NULL, 14, false },
	};
	struct wl_version_num	n;
	size_t			i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		if (wl_version_before(cases[i].v, cases[i].minor) !=
		    cases[i].before)
			fail_msg("%s before 1.%u: expected %d", cases[i].v ?
			    cases[i].v : "NULL", cases[i].minor,
			    cases[i].before);
	assert_true(wl_version_parse("1.24.3+build", &n));
	assert_int_equal(n.minor, 24);
	assert_int_equal(n.patch, 3);
	assert_true(n.has_patch);
	assert_true(wl_version_parse("1.8-dev", &n));
	assert_false(n.has_patch);
	assert_false(wl_version_parse("1.24.3x", &n));
}

static void
test_version_source_names(void **state)
{
	(void)state;
	assert_string_equal(wl_version_source_name(WL_VERSION_OPTION),
	    "--istio-version");
	assert_string_equal(wl_version_source_name(WL_VERSION_PROXY_IMAGE),
	    "sidecar.istio.io/proxyImage");
	assert_string_not_equal(wl_version_source_name(WL_VERSION_CONTAINER),
	    wl_version_source_name(WL_VERSION_UNKNOWN));
}

/* A Deployment with the given template annotation lines and istio-proxy image. */
static const char *
deployment_with(struct fx *x, const char *annotation_lines,
    const char *proxy_image)
{
	const char *containers = proxy_image == NULL ? "" :
	    wl_arena_printf(x->arena,
	    "      - name: istio-proxy\n"
	    "        image: %s\n", proxy_image);
	const char *text = wl_arena_printf(x->arena,
	    "apiVersion: apps/v1\n"
	    "kind: Deployment\n"
	    "metadata:\n"
	    "  name: web\n"
	    "spec:\n"
	    "  template:\n"
	    "    metadata:\n"
	    "      annotations:\n"
	    "        other: x\n"
	    "%s"
	    "    spec:\n"
	    "      containers:\n"
	    "      - name: app\n"
	    "        image: docker.io/library/nginx:1.25\n"
	    "%s", annotation_lines, containers);

	fx_load(x, text);
	return text;
}

#define PROXY_IMAGE_113 \
	"        sidecar.istio.io/proxyImage: docker.io/istio/proxyv2:1.13.0\n"

static void
test_version_option_wins(void **state)
{
	struct fx			*x = *state;
	const struct wl_workload	*w;

	x->facts.istio_version = "1.20.1";
	deployment_with(x, PROXY_IMAGE_113, "docker.io/istio/proxyv2:1.12.2");
	w = workload_named(x, "web");
	assert_int_equal(w->version.source, WL_VERSION_OPTION);
	assert_string_equal(w->version.version, "1.20.1");
	assert_int_equal(w->version.loc.offset, WL_FLOC_NO_OFFSET);
	assert_null(w->version.why_unknown);
}

static void
test_version_proxy_image_over_container(void **state)
{
	struct fx			*x = *state;
	const char			*text;
	const struct wl_workload	*w;

	text = deployment_with(x, PROXY_IMAGE_113,
	    "docker.io/istio/proxyv2:1.12.2");
	w = workload_named(x, "web");
	assert_int_equal(w->version.source, WL_VERSION_PROXY_IMAGE);
	assert_string_equal(w->version.version, "1.13.0");
	assert_at(&w->version.loc, text, "docker.io/istio/proxyv2:1.13.0");
	assert_line_col(w->version.loc, 10, 38);
	assert_null(w->version.why_unknown);
}

static void
test_version_proxy_image_without_slash_ignored(void **state)
{
	struct fx			*x = *state;
	const char			*text;
	const struct wl_workload	*w;

	text = deployment_with(x,
	    "        sidecar.istio.io/proxyImage: proxyv2:1.13.0\n",
	    "docker.io/istio/proxyv2:1.12.2");
	w = workload_named(x, "web");
	assert_int_equal(w->version.source, WL_VERSION_CONTAINER);
	assert_string_equal(w->version.version, "1.12.2");
	assert_at(&w->version.loc, text, "docker.io/istio/proxyv2:1.12.2");
	assert_line_col(w->version.loc, 16, 16);
}

static void
test_version_proxy_image_untagged_falls_back(void **state)
{
	struct fx			*x = *state;
	const struct wl_workload	*w;

	deployment_with(x,
	    "        sidecar.istio.io/proxyImage: docker.io/istio/proxyv2\n",
	    "docker.io/istio/proxyv2:1.12.2-distroless");
	w = workload_named(x, "web");
	assert_int_equal(w->version.source, WL_VERSION_CONTAINER);
	assert_string_equal(w->version.version, "1.12.2");
}

static void
test_version_container_only(void **state)
{
	struct fx			*x = *state;
	const char			*text;
	const struct wl_workload	*w;

	text = deployment_with(x, "", "docker.io/istio/proxyv2:1.12.2");
	w = workload_named(x, "web");
	assert_int_equal(w->version.source, WL_VERSION_CONTAINER);
	assert_string_equal(w->version.version, "1.12.2");
	assert_at(&w->version.loc, text, "docker.io/istio/proxyv2:1.12.2");
}

static void
test_version_unknown(void **state)
{
	struct fx			*x = *state;
	const struct wl_workload	*w;

	/* The app container's tag is a version, but it is not the sidecar. */
	deployment_with(x, "", NULL);
	w = workload_named(x, "web");
	assert_int_equal(w->version.source, WL_VERSION_UNKNOWN);
	assert_null(w->version.version);
	assert_non_null(w->version.why_unknown);
	assert_true(strlen(w->version.why_unknown) > 0);
}

static void
test_version_unknown_latest(void **state)
{
	struct fx			*x = *state;
	const char			*text;
	const struct wl_workload	*w;

	text = deployment_with(x, "", "docker.io/istio/proxyv2:latest");
	w = workload_named(x, "web");
	assert_int_equal(w->version.source, WL_VERSION_UNKNOWN);
	assert_null(w->version.version);
	assert_non_null(w->version.why_unknown);
	assert_non_null(strstr(w->version.why_unknown,
	    "docker.io/istio/proxyv2:latest"));
	/* Where the unusable image was found. */
	assert_at(&w->version.loc, text, "docker.io/istio/proxyv2:latest");
}

/* WL2103 findings of a run over a Pod and an EnvoyFilter gated on 1.12. */
static size_t
version_unknown_findings(const char *istio_version)
{
	struct wl_options	 opts = { .istio_version = istio_version };
	struct wl_run		*run = wl_run_new(&opts);
	const char		*text =
	    "kind: Pod\n"
	    "metadata:\n"
	    "  name: web\n"
	    "  labels: {app: web}\n"
	    "---\n"
	    "apiVersion: networking.istio.io/v1alpha3\n"
	    "kind: EnvoyFilter\n"
	    "metadata:\n"
	    "  name: f\n"
	    "spec:\n"
	    "  workloadSelector:\n"
	    "    labels: {app: web}\n"
	    "  configPatches:\n"
	    "  - applyTo: HTTP_FILTER\n"
	    "    match:\n"
	    "      proxy:\n"
	    "        proxyVersion: ^1\\.12.*\n";
	const struct wl_diag	*d;
	size_t			 n, i, found = 0;

	wl_run_add_buffer(run, "in.yaml", text, strlen(text));
	wl_run_check(run);
	d = wl_run_diags(run, &n);
	for (i = 0; i < n; i++)
		if (strcmp(d[i].rule_id, "WL2103") == 0)
			found++;
	wl_run_free(run);
	return found;
}

static void
test_version_option_through_run(void **state)
{
	(void)state;
	assert_int_equal(version_unknown_findings(NULL), 1);
	assert_int_equal(version_unknown_findings("1.12.2"), 0);
}

/*
 * EnvoyFilter
 */

static const char envoyfilters[] =
    "apiVersion: networking.istio.io/v1alpha3\n"
    "kind: EnvoyFilter\n"
    "metadata:\n"
    "  name: udpa\n"
    "spec:\n"
    "  workloadSelector:\n"
    "    labels:\n"
    "      app: web\n"
    "  configPatches:\n"
    "  - applyTo: HTTP_FILTER\n"
    "    match:\n"
    "      context: SIDECAR_INBOUND\n"
    "      proxy:\n"
    "        proxyVersion: ^1\\.12.*\n"
    "      listener:\n"
    "        portNumber: 8080\n"
    "        filterChain:\n"
    "          filter:\n"
    "            name: envoy.filters.network.http_connection_manager\n"
    "            subFilter:\n"
    "              name: envoy.filters.http.router\n"
    "    patch:\n"
    "      operation: INSERT_BEFORE\n"
    "      value:\n"
    "        name: envoy.filters.http.wasm\n"
    "        typed_config:\n"
    "          '@type': type.googleapis.com/udpa.type.v1.TypedStruct\n"
    "          type_url: type.googleapis.com/envoy.extensions.filters.http."
    "wasm.v3.Wasm\n"
    "          value:\n"
    "            config:\n"
    "              root_id: udpa_root\n"
    "              vm_config:\n"
    "                runtime: envoy.wasm.runtime.v8\n"
    "                vm_id: udpa_vm\n"
    "                code:\n"
    "                  local:\n"
    "                    filename: /var/local/lib/wasm-filters/udpa.wasm\n"
    "---\n"
    "apiVersion: networking.istio.io/v1alpha3\n"
    "kind: EnvoyFilter\n"
    "metadata:\n"
    "  name: xds\n"
    "  namespace: shop\n"
    "spec:\n"
    "  configPatches:\n"
    "  - applyTo: HTTP_FILTER\n"
    "    patch:\n"
    "      operation: INSERT_BEFORE\n"
    "      value:\n"
    "        name: my-wasm\n"
    "        typed_config:\n"
    "          \"@type\": type.googleapis.com/xds.type.v3.TypedStruct\n"
    "          type_url: type.googleapis.com/envoy.extensions.filters.http."
    "wasm.v3.Wasm\n"
    "          value:\n"
    "            config:\n"
    "              root_id: xds_root\n"
    "              vm_config:\n"
    "                runtime: envoy.wasm.runtime.v8\n"
    "                vm_id: xds_vm\n"
    "                code:\n"
    "                  local:\n"
    "                    filename: /var/local/lib/wasm-filters/xds.wasm\n"
    "---\n"
    "apiVersion: networking.istio.io/v1alpha3\n"
    "kind: EnvoyFilter\n"
    "metadata:\n"
    "  name: direct\n"
    "spec:\n"
    "  configPatches:\n"
    "  - applyTo: HTTP_FILTER\n"
    "    patch:\n"
    "      value:\n"
    "        name: direct-wasm\n"
    "        typed_config:\n"
    "          \"@type\": type.googleapis.com/envoy.extensions.filters.http."
    "wasm.v3.Wasm\n"
    "          config:\n"
    "            root_id: direct_root\n"
    "            vm_config:\n"
    "              runtime: envoy.wasm.runtime.null\n"
    "              vm_id: direct_vm\n"
    "              code:\n"
    "                local:\n"
    "                  filename: direct.wasm\n"
    "  - applyTo: CLUSTER\n"
    "    patch:\n"
    "      operation: ADD\n"
    "      value:\n"
    "        name: outbound|80||example.com\n";

static void
assert_wasm(const struct wl_patch *p, const char *text, const char *filename,
    const char *runtime, const char *vm_id, const char *root_id)
{
	assert_true(p->is_wasm);
	assert_string_equal(p->wasm.filename.s, filename);
	assert_at(&p->wasm.filename.loc, text, filename);
	assert_string_equal(p->wasm.runtime.s, runtime);
	assert_string_equal(p->wasm.vm_id.s, vm_id);
	assert_at(&p->wasm.vm_id.loc, text, vm_id);
	assert_string_equal(p->wasm.root_id.s, root_id);
	assert_at(&p->wasm.root_id.loc, text, root_id);
}

static void
test_envoyfilter_udpa_typed_struct(void **state)
{
	struct fx			*x = *state;
	const struct wl_envoyfilter	*ef;
	const struct wl_patch		*p;

	fx_load(x, envoyfilters);
	assert_int_equal(x->sink.diags.n, 0);
	assert_int_equal(x->facts.envoyfilters.n, 3);
	ef = filter_named(x, "udpa");
	assert_string_equal(ef->obj.kind, "EnvoyFilter");
	assert_string_equal(ef->obj.ns, "default");
	assert_at(&ef->loc, envoyfilters, "udpa\n");
	assert_true(ef->sel.has_selector);
	assert_at(&ef->sel.loc, envoyfilters, "workloadSelector");
	assert_int_equal(ef->sel.labels.n, 1);
	assert_string_equal(ef->sel.labels.v[0].key, "app");
	assert_string_equal(ef->sel.labels.v[0].value, "web");
	assert_int_equal(ef->patches.n, 1);
	p = &ef->patches.v[0];
	assert_int_equal(p->index, 0);
	assert_string_equal(p->apply_to.s, "HTTP_FILTER");
	assert_string_equal(p->context.s, "SIDECAR_INBOUND");
	assert_string_equal(p->proxy_version.s, "^1\\.12.*");
	assert_at(&p->proxy_version.loc, envoyfilters, "^1\\.12.*");
	assert_true(p->has_port);
	assert_int_equal(p->port, 8080);
	assert_at(&p->port_loc, envoyfilters, "8080");
	assert_string_equal(p->match_filter.s,
	    "envoy.filters.network.http_connection_manager");
	assert_string_equal(p->match_subfilter.s, "envoy.filters.http.router");
	assert_string_equal(p->operation.s, "INSERT_BEFORE");
	assert_string_equal(p->value_name.s, "envoy.filters.http.wasm");
	assert_wasm(p, envoyfilters, "/var/local/lib/wasm-filters/udpa.wasm",
	    "envoy.wasm.runtime.v8", "udpa_vm", "udpa_root");
	assert_at(&p->wasm.runtime.loc, envoyfilters, "envoy.wasm.runtime.v8");
}

static void
test_envoyfilter_xds_typed_struct(void **state)
{
	struct fx			*x = *state;
	const struct wl_envoyfilter	*ef;
	const struct wl_patch		*p;

	fx_load(x, envoyfilters);
	ef = filter_named(x, "xds");
	assert_string_equal(ef->obj.ns, "shop");
	assert_false(ef->sel.has_selector);
	assert_int_equal(ef->patches.n, 1);
	p = &ef->patches.v[0];
	assert_false(p->has_port);
	assert_null(p->context.s);
	assert_null(p->match_filter.s);
	/* Wasm by its typed_config, whatever the filter's name. */
	assert_string_equal(p->value_name.s, "my-wasm");
	assert_wasm(p, envoyfilters, "/var/local/lib/wasm-filters/xds.wasm",
	    "envoy.wasm.runtime.v8", "xds_vm", "xds_root");
	assert_at_nth(&p->wasm.runtime.loc, envoyfilters,
	    "envoy.wasm.runtime.v8", 1);
}

static void
test_envoyfilter_direct_wasm(void **state)
{
	struct fx			*x = *state;
	const struct wl_envoyfilter	*ef;

	fx_load(x, envoyfilters);
	ef = filter_named(x, "direct");
	assert_string_equal(ef->obj.ns, "default");
	assert_int_equal(ef->patches.n, 2);
	assert_wasm(&ef->patches.v[0], envoyfilters, "direct.wasm",
	    "envoy.wasm.runtime.null", "direct_vm", "direct_root");
	assert_at(&ef->patches.v[0].loc, envoyfilters,
	    "applyTo: HTTP_FILTER\n    patch:\n      value:\n        name: "
	    "direct-wasm");
	/* The second patch is no wasm filter. */
	assert_int_equal(ef->patches.v[1].index, 1);
	assert_string_equal(ef->patches.v[1].apply_to.s, "CLUSTER");
	assert_false(ef->patches.v[1].is_wasm);
	assert_null(ef->patches.v[1].wasm.filename.s);
}

static void
test_envoyfilter_wasm_by_name_only(void **state)
{
	struct fx			*x = *state;
	const struct wl_envoyfilter	*ef;

	fx_load(x, "kind: EnvoyFilter\n"
	    "metadata:\n"
	    "  name: named\n"
	    "  namespace: ''\n"
	    "spec:\n"
	    "  configPatches:\n"
	    "  - patch:\n"
	    "      value:\n"
	    "        name: envoy.filters.http.wasm\n"
	    "        typed_config:\n"
	    "          '@type': type.googleapis.com/udpa.type.v1.TypedStruct\n"
	    "          type_url: type.googleapis.com/other.Filter\n"
	    "          value: {config: {root_id: nope}}\n");
	ef = filter_named(x, "named");
	assert_string_equal(ef->obj.ns, "default");
	assert_int_equal(ef->patches.n, 1);
	assert_true(ef->patches.v[0].is_wasm);
	/* A TypedStruct of another filter is not read as Wasm config. */
	assert_null(ef->patches.v[0].wasm.root_id.s);
}

/* The lowerCamelCase JSON names istiod and Envoy accept as well as the proto names. */
static void
test_envoyfilter_camel_case_names(void **state)
{
	struct fx	*x = *state;
	const char	*text =
	    "kind: EnvoyFilter\n"
	    "metadata:\n"
	    "  name: camel\n"
	    "spec:\n"
	    "  configPatches:\n"
	    "  - applyTo: HTTP_FILTER\n"
	    "    patch:\n"
	    "      value:\n"
	    "        name: camel-wasm\n"
	    "        typedConfig:\n"
	    "          '@type': type.googleapis.com/udpa.type.v1.TypedStruct\n"
	    "          typeUrl: type.googleapis.com/envoy.extensions.filters."
	    "http.wasm.v3.Wasm\n"
	    "          value:\n"
	    "            config:\n"
	    "              rootId: camel_root\n"
	    "              vmConfig:\n"
	    "                runtime: envoy.wasm.runtime.v8\n"
	    "                vmId: camel_vm\n"
	    "                code: {local: {filename: /w/camel.wasm}}\n";

	fx_load(x, text);
	assert_int_equal(x->sink.diags.n, 0);
	assert_wasm(&filter_named(x, "camel")->patches.v[0], text,
	    "/w/camel.wasm", "envoy.wasm.runtime.v8", "camel_vm", "camel_root");
}

/* The network filter's Wasm message is read like the HTTP one's, and its type is kept. */
static void
test_envoyfilter_network_wasm(void **state)
{
	struct fx		*x = *state;
	const struct wl_patch	*p;
	const char		*text =
	    "kind: EnvoyFilter\n"
	    "metadata:\n"
	    "  name: tcp\n"
	    "spec:\n"
	    "  configPatches:\n"
	    "  - applyTo: NETWORK_FILTER\n"
	    "    patch:\n"
	    "      value:\n"
	    "        typed_config:\n"
	    "          '@type': type.googleapis.com/envoy.extensions.filters."
	    "network.wasm.v3.Wasm\n"
	    "          config:\n"
	    "            vm_config: {code: {local: {filename: /w/tcp.wasm}}}\n";

	fx_load(x, text);
	p = &filter_named(x, "tcp")->patches.v[0];
	assert_true(p->is_wasm);
	assert_ptr_equal(p->wasm_message, &wl_proto_wasm_network_filter);
	assert_at(&p->wasm_type.loc, text, "type.googleapis.com/envoy");
	assert_string_equal(p->wasm.filename.s, "/w/tcp.wasm");
}

/* With both spellings, the JSON name's value is the one jsonpb keeps. */
static void
test_envoyfilter_camel_case_wins(void **state)
{
	struct fx		*x = *state;
	const struct wl_patch	*p;

	fx_load(x, "kind: EnvoyFilter\n"
	    "metadata:\n"
	    "  name: both\n"
	    "spec:\n"
	    "  configPatches:\n"
	    "  - applyTo: HTTP_FILTER\n"
	    "    patch:\n"
	    "      value:\n"
	    "        typed_config:\n"
	    "          '@type': type.googleapis.com/envoy.extensions.filters."
	    "http.wasm.v3.Wasm\n"
	    "          config: {root_id: snake, rootId: camel}\n");
	p = &filter_named(x, "both")->patches.v[0];
	assert_true(p->is_wasm);
	assert_string_equal(p->wasm.root_id.s, "camel");
}

static void
test_envoyfilter_port_not_numeric(void **state)
{
	struct fx			*x = *state;
	const char			*text =
	    "kind: EnvoyFilter\n"
	    "metadata:\n"
	    "  name: f\n"
	    "spec:\n"
	    "  configPatches:\n"
	    "  - applyTo: HTTP_FILTER\n"
	    "    match:\n"
	    "      listener:\n"
	    "        portNumber: http\n"
	    "  - applyTo: HTTP_FILTER\n"
	    "    match:\n"
	    "      listener:\n"
	    "        portNumber: 70000\n"
	    "  - applyTo: HTTP_FILTER\n"
	    "    match:\n"
	    "      listener:\n"
	    "        portNumber: \"9080\"\n";
	const struct wl_envoyfilter	*ef;
	size_t				 i;

	fx_load(x, text);
	ef = filter_named(x, "f");
	assert_int_equal(ef->patches.n, 3);
	assert_false(ef->patches.v[0].has_port);
	assert_false(ef->patches.v[1].has_port);
	assert_true(ef->patches.v[2].has_port);
	assert_int_equal(ef->patches.v[2].port, 9080);
	assert_int_equal(count_diags(x, "WL1005"), 2);
	assert_int_equal(x->sink.diags.n, 2);
	for (i = 0; i < x->sink.diags.n; i++)
		assert_non_null(strstr(x->sink.diags.v[i].message,
		    "portNumber"));
	assert_loc(&x->sink.diags.v[0].loc, text, "http\n");
	assert_line_col(x->sink.diags.v[0].loc, 9, 21);
	assert_loc(&x->sink.diags.v[1].loc, text, "70000");
}

static void
test_envoyfilter_patches_wrong_type(void **state)
{
	struct fx			*x = *state;
	const char			*text =
	    "kind: EnvoyFilter\n"
	    "metadata:\n"
	    "  name: f\n"
	    "  namespace: shop\n"
	    "spec:\n"
	    "  configPatches:\n"
	    "    applyTo: HTTP_FILTER\n";
	const struct wl_envoyfilter	*ef;
	const struct wl_diag		*d;

	fx_load(x, text);
	ef = filter_named(x, "f");
	assert_string_equal(ef->obj.ns, "shop");
	assert_int_equal(ef->patches.n, 0);
	d = only_diag(x, "WL1005");
	assert_non_null(strstr(d->message, "configPatches"));
	assert_loc(&d->loc, text, "applyTo");
	assert_line_col(d->loc, 7, 5);
}

static void
test_envoyfilter_nested_wrong_types(void **state)
{
	struct fx			*x = *state;
	const char			*text =
	    "kind: EnvoyFilter\n"
	    "metadata:\n"
	    "  name: f\n"
	    "spec:\n"
	    "  workloadSelector:\n"
	    "    labels:\n"
	    "      app: [web]\n"
	    "  configPatches:\n"
	    "  - just-a-string\n"
	    "  - match: [SIDECAR_INBOUND]\n"
	    "    patch:\n"
	    "      value:\n"
	    "        typed_config: wasm\n";
	const struct wl_envoyfilter	*ef;

	fx_load(x, text);
	ef = filter_named(x, "f");
	assert_int_equal(count_diags(x, "WL1005"), 4);
	assert_int_equal(ef->patches.n, 2);
	assert_false(ef->patches.v[0].is_wasm);
	assert_at(&ef->patches.v[0].loc, text, "just-a-string");
	assert_int_equal(ef->patches.v[1].index, 1);
	assert_false(ef->patches.v[1].is_wasm);
	/* The label with a non-string value is kept without one. */
	assert_int_equal(ef->sel.labels.n, 1);
	assert_null(ef->sel.labels.v[0].value);
}

/*
 * Workloads
 */

static const char workloads[] =
    "apiVersion: apps/v1\n"
    "kind: Deployment\n"
    "metadata:\n"
    "  name: web\n"
    "  namespace: shop\n"
    "  labels:\n"
    "    team: a\n"
    "  annotations:\n"
    "    deployment.kubernetes.io/revision: \"3\"\n"
    "spec:\n"
    "  template:\n"
    "    metadata:\n"
    "      labels:\n"
    "        app: web\n"
    "        version: v1\n"
    "      annotations:\n"
    "        sidecar.istio.io/userVolumeMount: '[{\"name\":\"wasm\","
    "\"mountPath\":\"/var/local/lib/wasm-filters\"}]'\n"
    "    spec:\n"
    "      containers:\n"
    "      - name: app\n"
    "        image: nginx:1.25\n"
    "        ports:\n"
    "        - containerPort: 8080\n"
    "        - containerPort: http\n"
    "        - containerPort: 9090\n"
    "      - name: istio-proxy\n"
    "        image: docker.io/istio/proxyv2:1.12.2\n"
    "      volumes:\n"
    "      - name: wasm\n"
    "        configMap:\n"
    "          name: wasm-cm\n"
    "          items:\n"
    "          - key: filter.wasm\n"
    "            path: f.wasm\n"
    "      - name: scratch\n"
    "        emptyDir: {}\n"
    "      - name: nameless-source-less\n"
    "---\n"
    "apiVersion: v1\n"
    "kind: Pod\n"
    "metadata:\n"
    "  name: pod\n"
    "  labels:\n"
    "    app: pod\n"
    "  annotations:\n"
    "    sidecar.istio.io/userVolume: '{\"w\":{\"emptyDir\":{}}}'\n"
    "spec:\n"
    "  containers:\n"
    "  - name: main\n"
    "    image: busybox\n"
    "---\n"
    "apiVersion: batch/v1\n"
    "kind: CronJob\n"
    "metadata:\n"
    "  name: cron\n"
    "  namespace: jobs\n"
    "  labels:\n"
    "    app: cron-outer\n"
    "spec:\n"
    "  schedule: '* * * * *'\n"
    "  jobTemplate:\n"
    "    metadata:\n"
    "      labels:\n"
    "        app: job-level\n"
    "    spec:\n"
    "      template:\n"
    "        metadata:\n"
    "          labels:\n"
    "            app: cron\n"
    "        spec:\n"
    "          containers:\n"
    "          - name: task\n"
    "            image: alpine:3\n"
    "---\n"
    "apiVersion: v1\n"
    "kind: Service\n"
    "metadata:\n"
    "  name: svc\n";

static void
test_workload_deployment(void **state)
{
	struct fx			*x = *state;
	const struct wl_workload	*w;
	const struct wl_container	*c;

	fx_load(x, workloads);
	/* containerPort is an integer in the Pod API: "http" is refused. */
	assert_int_equal(x->sink.diags.n, 1);
	assert_string_equal(x->sink.diags.v[0].rule_id, "WL1005");
	assert_int_equal(x->sink.diags.v[0].loc.line, 24);
	/* The Service is not a workload. */
	assert_int_equal(x->facts.workloads.n, 3);
	w = workload_named(x, "web");
	assert_string_equal(w->obj.kind, "Deployment");
	assert_string_equal(w->obj.ns, "shop");
	assert_at(&w->loc, workloads, "web\n");
	/* Pod template labels, and the object's own apart. */
	assert_true(w->labels.present);
	assert_int_equal(w->labels.n, 2);
	assert_non_null(wl_pairs_find(&w->labels, "app"));
	assert_string_equal(wl_pairs_find(&w->labels, "app")->value, "web");
	assert_string_equal(wl_pairs_find(&w->labels, "version")->value, "v1");
	assert_null(wl_pairs_find(&w->labels, "team"));
	assert_at(&wl_pairs_find(&w->labels, "app")->value_loc, workloads,
	    "web\n        version");
	assert_int_equal(w->own_labels.n, 1);
	assert_string_equal(wl_pairs_find(&w->own_labels, "team")->value, "a");
	assert_null(wl_pairs_find(&w->own_labels, "app"));
	/* Annotations likewise. */
	assert_non_null(wl_pairs_find(&w->annotations,
	    "sidecar.istio.io/userVolumeMount"));
	assert_null(wl_pairs_find(&w->annotations,
	    "deployment.kubernetes.io/revision"));
	assert_non_null(wl_pairs_find(&w->own_annotations,
	    "deployment.kubernetes.io/revision"));
	assert_true(w->has_mounts);
	assert_false(w->has_volumes);

	assert_int_equal(w->containers.n, 2);
	c = &w->containers.v[0];
	assert_string_equal(c->name.s, "app");
	assert_string_equal(c->image.s, "nginx:1.25");
	assert_at(&c->image.loc, workloads, "nginx:1.25");
	/* A named port is no number. */
	assert_int_equal(c->ports.n, 2);
	assert_int_equal(c->ports.v[0], 8080);
	assert_int_equal(c->ports.v[1], 9090);
	assert_string_equal(w->containers.v[1].name.s, "istio-proxy");
	assert_int_equal(w->containers.v[1].ports.n, 0);
	assert_int_equal(w->version.source, WL_VERSION_CONTAINER);
	assert_string_equal(w->version.version, "1.12.2");
}

static void
test_workload_spec_volumes(void **state)
{
	struct fx			*x = *state;
	const struct wl_workload	*w;
	const struct wl_user_volume	*v;

	fx_load(x, workloads);
	w = workload_named(x, "web");
	assert_int_equal(w->volumes.n, 0);
	assert_int_equal(w->spec_volumes.n, 3);
	v = &w->spec_volumes.v[0];
	assert_string_equal(v->name.s, "wasm");
	assert_true(v->has_source);
	assert_string_equal(v->configmap.s, "wasm-cm");
	assert_at(&v->configmap.loc, workloads, "wasm-cm");
	assert_int_equal(v->items.n, 1);
	assert_string_equal(v->items.v[0].key, "filter.wasm");
	assert_string_equal(v->items.v[0].value, "f.wasm");
	assert_at(&v->items.v[0].value_loc, workloads, "f.wasm");
	assert_string_equal(w->spec_volumes.v[1].name.s, "scratch");
	assert_true(w->spec_volumes.v[1].has_source);
	assert_null(w->spec_volumes.v[1].configmap.s);
	assert_false(w->spec_volumes.v[2].has_source);
}

static void
test_workload_pod(void **state)
{
	struct fx			*x = *state;
	const struct wl_workload	*w;

	fx_load(x, workloads);
	w = workload_named(x, "pod");
	assert_string_equal(w->obj.kind, "Pod");
	assert_string_equal(w->obj.ns, "default");
	assert_int_equal(w->labels.n, 1);
	assert_string_equal(wl_pairs_find(&w->labels, "app")->value, "pod");
	assert_string_equal(wl_pairs_find(&w->own_labels, "app")->value,
	    "pod");
	assert_true(w->has_volumes);
	assert_int_equal(w->volumes.n, 1);
	assert_string_equal(w->volumes.v[0].name.s, "w");
	assert_int_equal(w->containers.n, 1);
	assert_string_equal(w->containers.v[0].image.s, "busybox");
	assert_int_equal(w->version.source, WL_VERSION_UNKNOWN);
}

static void
test_workload_cronjob(void **state)
{
	struct fx			*x = *state;
	const struct wl_workload	*w;

	fx_load(x, workloads);
	w = workload_named(x, "cron");
	assert_string_equal(w->obj.kind, "CronJob");
	assert_string_equal(w->obj.ns, "jobs");
	assert_int_equal(w->labels.n, 1);
	assert_string_equal(wl_pairs_find(&w->labels, "app")->value, "cron");
	assert_string_equal(wl_pairs_find(&w->own_labels, "app")->value,
	    "cron-outer");
	assert_int_equal(w->containers.n, 1);
	assert_string_equal(w->containers.v[0].name.s, "task");
	assert_string_equal(w->containers.v[0].image.s, "alpine:3");
}

static void
test_workload_template_wrong_type(void **state)
{
	struct fx			*x = *state;
	const char			*text =
	    "kind: StatefulSet\n"
	    "metadata:\n"
	    "  name: db\n"
	    "spec:\n"
	    "  template: [x]\n";
	const struct wl_workload	*w;
	const struct wl_diag		*d;

	fx_load(x, text);
	w = workload_named(x, "db");
	assert_string_equal(w->obj.kind, "StatefulSet");
	assert_false(w->labels.present);
	assert_int_equal(w->containers.n, 0);
	d = only_diag(x, "WL1005");
	assert_loc(&d->loc, text, "[x]");
}

static void
test_workload_in_list(void **state)
{
	struct fx	*x = *state;
	const char	*text =
	    "apiVersion: v1\n"
	    "kind: List\n"
	    "items:\n"
	    "- kind: Pod\n"
	    "  metadata:\n"
	    "    name: listed\n"
	    "    namespace: shop\n"
	    "- kind: EnvoyFilter\n"
	    "  metadata:\n"
	    "    name: listed-filter\n"
	    "  spec: {}\n";

	fx_load(x, text);
	assert_int_equal(x->facts.workloads.n, 1);
	assert_string_equal(workload_named(x, "listed")->obj.ns, "shop");
	assert_at(&workload_named(x, "listed")->loc, text, "listed\n");
	assert_int_equal(x->facts.envoyfilters.n, 1);
	assert_string_equal(filter_named(x, "listed-filter")->obj.ns,
	    "default");
}

/*
 * Lookups
 */

static void
test_path_below(void **state)
{
	(void)state;
	assert_string_equal(wl_path_below("/var/local/lib/wasm-filters",
	    "/var/local/lib/wasm-filters/a.wasm"), "a.wasm");
	assert_string_equal(wl_path_below("/var/local/lib/wasm-filters/",
	    "/var/local/lib/wasm-filters/a.wasm"), "a.wasm");
	assert_string_equal(wl_path_below("/var/local/lib/wasm-filters",
	    "/var/local/lib/wasm-filters/sub/a.wasm"), "sub/a.wasm");
	assert_null(wl_path_below("/var/local/lib/wasm-filters",
	    "/var/local/lib/wasm-filters-x/a.wasm"));
	assert_null(wl_path_below("/var/local/lib/wasm-filters",
	    "/var/local/lib/wasm-filters"));
	assert_null(wl_path_below("/var/local/lib/wasm-filters",
	    "/var/local/lib/wasm-filters/"));
	assert_null(wl_path_below("/var/local/lib/wasm-filters",
	    "/var/local/lib/a.wasm"));
	assert_null(wl_path_below("/var/local/lib/wasm-filters",
	    "a.wasm"));
	assert_string_equal(wl_path_below("/", "/a.wasm"), "a.wasm");
	assert_string_equal(wl_path_below("/", "/var/a.wasm"), "var/a.wasm");
	assert_null(wl_path_below("/", "/"));
	assert_null(wl_path_below("/", "a.wasm"));
}

static void
test_mount_for_path(void **state)
{
	struct fx			*x = *state;
	const struct wl_workload	*w;
	const struct wl_user_mount	*m;

	pod_with(x, "    sidecar.istio.io/userVolumeMount: '["
	    "{\"name\":\"lib\",\"mountPath\":\"/var/local/lib\"},"
	    "{\"name\":\"wasm\",\"mountPath\":\"/var/local/lib/wasm-filters\"},"
	    "{\"name\":\"root\",\"mountPath\":\"/\"},"
	    "{\"name\":\"nopath\"}]'\n");
	assert_int_equal(x->sink.diags.n, 0);
	w = workload_named(x, "web");
	assert_int_equal(w->mounts.n, 4);
	m = wl_mount_for_path(w, "/var/local/lib/wasm-filters/a.wasm");
	assert_non_null(m);
	assert_string_equal(m->name.s, "wasm");
	m = wl_mount_for_path(w, "/var/local/lib/other.wasm");
	assert_non_null(m);
	assert_string_equal(m->name.s, "lib");
	m = wl_mount_for_path(w, "/etc/a.wasm");
	assert_non_null(m);
	assert_string_equal(m->name.s, "root");
	assert_null(wl_mount_for_path(w, "relative.wasm"));
}

static void
test_mount_for_path_order_independent(void **state)
{
	struct fx			*x = *state;
	const struct wl_workload	*w;
	const struct wl_user_mount	*m;

	/* The longer mount first this time; a sibling prefix never matches. */
	pod_with(x, "    sidecar.istio.io/userVolumeMount: '["
	    "{\"name\":\"wasm\",\"mountPath\":\"/var/local/lib/wasm-filters/\"},"
	    "{\"name\":\"lib\",\"mountPath\":\"/var/local/lib\"},"
	    "{\"name\":\"sib\",\"mountPath\":\"/var/local/lib/wasm\"}]'\n");
	w = workload_named(x, "web");
	m = wl_mount_for_path(w, "/var/local/lib/wasm-filters/a.wasm");
	assert_non_null(m);
	assert_string_equal(m->name.s, "wasm");
	assert_null(wl_mount_for_path(w, "/opt/a.wasm"));
}

static void
test_volume_named(void **state)
{
	struct fx			*x = *state;
	const struct wl_workload	*w;
	const struct wl_user_volume	*v;

	fx_load(x, "kind: Pod\n"
	    "metadata:\n"
	    "  name: web\n"
	    "  annotations:\n"
	    "    sidecar.istio.io/userVolume: '{\"shared\":{\"configMap\":"
	    "{\"name\":\"from-annotation\"}}}'\n"
	    "spec:\n"
	    "  volumes:\n"
	    "  - name: shared\n"
	    "    configMap:\n"
	    "      name: from-spec\n"
	    "  - name: only-spec\n"
	    "    emptyDir: {}\n");
	w = workload_named(x, "web");
	v = wl_volume_named(w, "shared");
	assert_non_null(v);
	assert_string_equal(v->configmap.s, "from-annotation");
	v = wl_volume_named(w, "only-spec");
	assert_non_null(v);
	assert_true(v->has_source);
	assert_null(wl_volume_named(w, "missing"));
}

static void
test_configmap_named(void **state)
{
	struct fx			*x = *state;
	const struct wl_configmap	*cm;

	fx_load(x, "kind: ConfigMap\n"
	    "metadata:\n"
	    "  name: cm\n"
	    "  namespace: shop\n"
	    "binaryData:\n"
	    "  filter.wasm: AGFzbQEAAAA=\n"
	    "---\n"
	    "kind: ConfigMap\n"
	    "metadata:\n"
	    "  name: cm\n"
	    "data:\n"
	    "  a.txt: hello\n");
	wl_facts_index(&x->facts, &x->sink);
	cm = wl_configmap_named(&x->facts, "shop", "cm");
	assert_non_null(cm);
	assert_int_equal(cm->keys.n, 1);
	assert_true(cm->keys.v[0].binary);
	assert_int_equal(cm->keys.v[0].size, 8);
	cm = wl_configmap_named(&x->facts, "default", "cm");
	assert_non_null(cm);
	assert_false(cm->keys.v[0].binary);
	assert_int_equal(cm->keys.v[0].size, 5);
	assert_null(wl_configmap_named(&x->facts, "other", "cm"));
	assert_null(wl_configmap_named(&x->facts, "shop", "nope"));
}

static const char selection[] =
    "kind: Deployment\n"
    "metadata:\n"
    "  name: web\n"
    "  namespace: shop\n"
    "  labels:\n"
    "    team: a\n"
    "spec:\n"
    "  template:\n"
    "    metadata:\n"
    "      labels:\n"
    "        app: web\n"
    "        version: v1\n"
    "---\n"
    "kind: Pod\n"
    "metadata:\n"
    "  name: other\n"
    "  namespace: elsewhere\n"
    "  labels:\n"
    "    app: web\n"
    "---\n"
    "kind: EnvoyFilter\n"
    "metadata: {name: same-ns-all, namespace: shop}\n"
    "spec: {}\n"
    "---\n"
    "kind: EnvoyFilter\n"
    "metadata: {name: same-ns-app, namespace: shop}\n"
    "spec: {workloadSelector: {labels: {app: web}}}\n"
    "---\n"
    "kind: EnvoyFilter\n"
    "metadata: {name: same-ns-both, namespace: shop}\n"
    "spec: {workloadSelector: {labels: {app: web, version: v1}}}\n"
    "---\n"
    "kind: EnvoyFilter\n"
    "metadata: {name: same-ns-v2, namespace: shop}\n"
    "spec: {workloadSelector: {labels: {app: web, version: v2}}}\n"
    "---\n"
    "kind: EnvoyFilter\n"
    "metadata: {name: same-ns-extra, namespace: shop}\n"
    "spec: {workloadSelector: {labels: {app: web, tier: front}}}\n"
    "---\n"
    "kind: EnvoyFilter\n"
    "metadata: {name: own-label, namespace: shop}\n"
    "spec: {workloadSelector: {labels: {team: a}}}\n"
    "---\n"
    "kind: EnvoyFilter\n"
    "metadata: {name: empty-labels, namespace: shop}\n"
    "spec: {workloadSelector: {labels: {}}}\n"
    "---\n"
    "kind: EnvoyFilter\n"
    "metadata: {name: other-ns, namespace: elsewhere}\n"
    "spec: {workloadSelector: {labels: {app: web}}}\n"
    "---\n"
    "kind: EnvoyFilter\n"
    "metadata: {name: root-all, namespace: istio-system}\n"
    "spec: {}\n"
    "---\n"
    "kind: EnvoyFilter\n"
    "metadata: {name: root-app, namespace: istio-system}\n"
    "spec: {workloadSelector: {labels: {app: web}}}\n"
    "---\n"
    "kind: EnvoyFilter\n"
    "metadata: {name: root-v2, namespace: istio-system}\n"
    "spec: {workloadSelector: {labels: {version: v2}}}\n"
    "---\n"
    "kind: EnvoyFilter\n"
    "metadata: {name: default-ns}\n"
    "spec: {}\n";

/* Whether w is among r's workloads. */
static bool
reach_has(struct wl_reach r, const struct wl_workload *w)
{
	size_t i;

	for (i = 0; i < r.n; i++)
		if (r.v[i] == w)
			return true;
	return false;
}

/* Whether the index says filter selects workload, asserting both directions agree. */
static bool
selects(const struct fx *x, const char *filter, const char *workload)
{
	const struct wl_selection	*sel = &filter_named(x, filter)->sel;
	const struct wl_workload	*w = workload_named(x, workload);
	bool				 forward = reach_has(sel->selected, w);
	bool				 backward = false;
	size_t				 i;

	for (i = 0; i < w->selected_by.n; i++)
		backward = backward || w->selected_by.v[i] == sel;
	assert_true(forward == backward);
	return forward;
}

static void
fx_select(struct fx *x)
{
	fx_load(x, selection);
	wl_facts_index(&x->facts, &x->sink);
}

static void
test_filter_selects(void **state)
{
	struct fx *x = *state;

	fx_select(x);
	assert_int_equal(x->sink.diags.n, 0);
	/* No selector: every workload of its namespace. */
	assert_true(selects(x, "same-ns-all", "web"));
	assert_false(selects(x, "same-ns-all", "other"));
	assert_false(selects(x, "default-ns", "web"));
	/* Selector labels must be a subset of the pod labels. */
	assert_true(selects(x, "same-ns-app", "web"));
	assert_true(selects(x, "same-ns-both", "web"));
	assert_false(selects(x, "same-ns-v2", "web"));
	assert_false(selects(x, "same-ns-extra", "web"));
	assert_false(selects(x, "same-ns-app", "other"));
	/* The Deployment's own labels are not the pod's. */
	assert_false(selects(x, "own-label", "web"));
	assert_true(selects(x, "empty-labels", "web"));
	/* Another namespace is out of reach. */
	assert_false(selects(x, "other-ns", "web"));
	assert_true(selects(x, "other-ns", "other"));
}

static void
test_filter_selects_root_namespace(void **state)
{
	struct fx *x = *state;

	fx_select(x);
	assert_true(selects(x, "root-all", "web"));
	assert_true(selects(x, "root-all", "other"));
	assert_true(selects(x, "root-app", "web"));
	assert_true(selects(x, "root-app", "other"));
	assert_false(selects(x, "root-v2", "web"));
	assert_true(reach_has(filter_named(x, "root-v2")->sel.scope,
	    workload_named(x, "web")));
	assert_false(reach_has(filter_named(x, "other-ns")->sel.scope,
	    workload_named(x, "web")));
}

static void
test_filter_selects_custom_root_namespace(void **state)
{
	struct fx *x = *state;

	x->facts.root_namespace = "elsewhere";
	fx_select(x);
	/* istio-system is an ordinary namespace now. */
	assert_false(selects(x, "root-all", "web"));
	assert_true(selects(x, "other-ns", "web"));
	assert_false(selects(x, "same-ns-all", "other"));
}

static void
test_labels_subset(void **state)
{
	struct fx			*x = *state;
	const struct wl_workload	*w;

	fx_load(x, selection);
	w = workload_named(x, "web");
	assert_true(wl_labels_subset(&filter_named(x, "same-ns-both")->sel.labels,
	    &w->labels));
	assert_false(wl_labels_subset(&w->labels,
	    &filter_named(x, "same-ns-app")->sel.labels));
	assert_true(wl_labels_subset(&filter_named(x, "empty-labels")->sel.labels,
	    &w->labels));
}

/*
 * Placeholders
 */

/* The placeholder wl_placeholder_find gives for s, as "shape: text", or "-". */
static const char *
placeholder_in(const char *s, enum wl_placeholder_field field, bool templates)
{
	static char		buf[128];
	struct wl_placeholder	ph;

	if (!wl_placeholder_find(s, field, templates, &ph))
		return "-";
	snprintf(buf, sizeof buf, "%s: %.*s", ph.shape, (int)ph.len,
	    s + ph.at);
	return buf;
}

static void
test_placeholder_shapes(void **state)
{
	(void)state;
	assert_string_equal(placeholder_in("/var/${WASM_DIR}/a.wasm",
	    WL_PLACEHOLDER_PATH, true),
	    "an unrendered ${...} variable: ${WASM_DIR}");
	assert_string_equal(placeholder_in("{{ .Values.app }}",
	    WL_PLACEHOLDER_NAME, true),
	    "an unrendered {{ ... }} template expression: {{ .Values.app }}");
	assert_string_equal(placeholder_in("{{ .Values.app }}",
	    WL_PLACEHOLDER_NAME, false), "-");
	assert_string_equal(placeholder_in("oci://<your-registry>/p:v1",
	    WL_PLACEHOLDER_PATH, true),
	    "a <...> placeholder: <your-registry>");
	assert_string_equal(placeholder_in("your-app-label",
	    WL_PLACEHOLDER_NAME, true),
	    "a your-... placeholder: your-app-label");
	assert_string_equal(placeholder_in("/path/to/plugin.wasm",
	    WL_PLACEHOLDER_PATH, true),
	    "the /path/to/ of an example: /path/to/");
	assert_string_equal(placeholder_in("file:///Users/jane/p.wasm",
	    WL_PLACEHOLDER_PATH, true),
	    "a macOS home directory: /Users/jane/");
	/* Not placeholders: words containing "your", a named group, /path/to/ in a name, /Users/ inside a path, empty ${}. */
	assert_string_equal(placeholder_in("tour-yourself",
	    WL_PLACEHOLDER_NAME, true), "-");
	assert_string_equal(placeholder_in("yours",
	    WL_PLACEHOLDER_NAME, true), "-");
	assert_string_equal(placeholder_in("^1\\.(?P<minor>11)\\..*",
	    WL_PLACEHOLDER_REGEX, true), "-");
	assert_string_equal(placeholder_in("/path/to/x",
	    WL_PLACEHOLDER_NAME, true), "-");
	assert_string_equal(placeholder_in("/srv/Users/x/p.wasm",
	    WL_PLACEHOLDER_PATH, true), "-");
	assert_string_equal(placeholder_in("cost-${}",
	    WL_PLACEHOLDER_NAME, true), "-");
}

#define T(fn) cmocka_unit_test_setup_teardown(fn, fx_setup, fx_teardown)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_user_volume_list_form),
		T(test_user_volume_list_defaults),
		T(test_user_volume_mount_list_form),
		T(test_user_volume_keyed_form),
		T(test_user_volume_absent),
		T(test_user_volume_error_single_quoted),
		T(test_user_volume_error_double_quoted),
		T(test_user_volume_error_double_quoted_escapes),
		T(test_user_volume_double_quoted_locations),
		T(test_user_volume_error_plain),
		T(test_user_volume_error_literal_block),
		T(test_user_volume_error_literal_block_blank_first),
		T(test_user_volume_literal_block_locations),
		T(test_user_volume_mount_error),
		T(test_user_volume_not_list_or_object),
		T(test_user_volume_quoted_scalar_not_list),
		T(test_user_volume_entry_not_object),
		T(test_user_volume_error_through_run),
		T(test_image_version),
		T(test_version_before),
		T(test_version_source_names),
		T(test_version_option_wins),
		T(test_version_proxy_image_over_container),
		T(test_version_proxy_image_without_slash_ignored),
		T(test_version_proxy_image_untagged_falls_back),
		T(test_version_container_only),
		T(test_version_unknown),
		T(test_version_unknown_latest),
		T(test_version_option_through_run),
		T(test_envoyfilter_udpa_typed_struct),
		T(test_envoyfilter_xds_typed_struct),
		T(test_envoyfilter_direct_wasm),
		T(test_envoyfilter_wasm_by_name_only),
		T(test_envoyfilter_camel_case_names),
		T(test_envoyfilter_camel_case_wins),
		T(test_envoyfilter_network_wasm),
		T(test_envoyfilter_port_not_numeric),
		T(test_envoyfilter_patches_wrong_type),
		T(test_envoyfilter_nested_wrong_types),
		T(test_workload_deployment),
		T(test_workload_spec_volumes),
		T(test_workload_pod),
		T(test_workload_cronjob),
		T(test_workload_template_wrong_type),
		T(test_workload_in_list),
		T(test_path_below),
		T(test_mount_for_path),
		T(test_mount_for_path_order_independent),
		T(test_volume_named),
		T(test_configmap_named),
		T(test_filter_selects),
		T(test_filter_selects_root_namespace),
		T(test_filter_selects_custom_root_namespace),
		T(test_labels_subset),
		cmocka_unit_test(test_placeholder_shapes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
