/*
 * test-module-binding.c - unit tests for which module stands for what a load
 * loads: bound url first, then SHA-256, then name; named modules before found
 * ones; oci:// sums never bind; found modules nothing loads are not checked;
 * a module file is hashed only when a load's sha256 is compared with it.
 */
#include "test-util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag/sink.h"
#include "input/load.h"
#include "model/index.h"
#include "model/module.h"
#include "util/arena.h"
#include "util/digest.h"

/* Two valid, empty modules told apart by a custom section named "a" or "b". */
static const unsigned char module_a[] = { 0, 'a', 's', 'm', 1, 0, 0, 0,
	0, 2, 1, 'a' };
static const unsigned char module_b[] = { 0, 'a', 's', 'm', 1, 0, 0, 0,
	0, 2, 1, 'b' };

struct fx {
	struct wl_arena	*arena;
	struct wl_facts	 facts;
	struct wl_sink	 sink;
};

/* Empty facts with an arena of their own; fx_done frees them. */
static void
fx_init(struct fx *x)
{
	memset(x, 0, sizeof *x);
	x->arena = wl_arena_new();
	x->facts.arena = x->arena;
	x->sink.arena = x->arena;
	x->facts.root_namespace = "istio-system";
}

static void
fx_done(struct fx *x)
{
	wl_arena_free(x->arena);
}

static size_t
add_module(struct fx *x, enum wl_module_origin origin, const char *name,
    const unsigned char *bytes, size_t len)
{
	struct wl_module_source src = { origin, name, name,
		{ name, 1, 1, 1, 1, 0 }, { NULL, NULL, NULL } };

	return wl_module_add(&x->facts, &x->sink, &src, bytes, len);
}

/* A WasmPlugin with url and, unless NULL, sha256. */
static void
add_plugin(struct fx *x, const char *url, const char *sha256)
{
	char text[512];

	snprintf(text, sizeof text, "apiVersion: extensions.istio.io/v1alpha1\n"
	    "kind: WasmPlugin\nmetadata:\n  name: p\n  namespace: default\n"
	    "spec:\n  url: %s\n%s%s%s", url, sha256 != NULL ? "  sha256: " : "",
	    sha256 != NULL ? sha256 : "", sha256 != NULL ? "\n" : "");
	wl_load_buffer(&x->facts, &x->sink, "wp.yaml", text, strlen(text));
}

static const struct wl_load *
only_load(struct fx *x)
{
	wl_facts_index(&x->facts, &x->sink);
	assert_int_equal(x->facts.loads.n, 1);
	return &x->facts.loads.v[0];
}

static void
test_sha256_beats_name(void **state)
{
	struct fx		 fx, *x = &fx;
	char		 sum[WL_SHA256_HEX_LEN + 1];
	size_t		 b;

	(void)state;
	fx_init(x);
	wl_sha256_hex(module_b, sizeof module_b, sum);
	add_module(x, WL_MODULE_GIVEN, "plugin.wasm", module_a,
	    sizeof module_a);
	b = add_module(x, WL_MODULE_GIVEN, "other.wasm", module_b,
	    sizeof module_b);
	add_plugin(x, "https://example.com/plugin.wasm", sum);
	assert_ptr_equal(only_load(x)->module, &x->facts.modules.v[b]);
	assert_int_equal(x->facts.loads.v[0].bound, WL_BOUND_SHA256);
	fx_done(x);
}

static void
test_https_name_binds(void **state)
{
	struct fx		 fx, *x = &fx;
	size_t		 a;

	(void)state;
	fx_init(x);
	a = add_module(x, WL_MODULE_GIVEN, "plugin.wasm", module_a,
	    sizeof module_a);
	add_plugin(x, "https://example.com/v1/plugin.wasm?token=1", NULL);
	assert_ptr_equal(only_load(x)->module, &x->facts.modules.v[a]);
	assert_int_equal(x->facts.loads.v[0].bound, WL_BOUND_NAME);
	fx_done(x);
}

static void
test_given_beats_found(void **state)
{
	struct fx		 fx, *x = &fx;
	size_t		 found, given;

	(void)state;
	fx_init(x);
	found = add_module(x, WL_MODULE_FOUND, "plugin.wasm", module_a,
	    sizeof module_a);
	given = add_module(x, WL_MODULE_GIVEN, "plugin.wasm", module_b,
	    sizeof module_b);
	add_plugin(x, "file:///var/lib/wasm/plugin.wasm", NULL);
	assert_ptr_equal(only_load(x)->module, &x->facts.modules.v[given]);
	assert_false(x->facts.modules.v[found].checked);
	assert_true(x->facts.modules.v[given].checked);
	assert_int_equal(x->facts.modules.v[given].loaded_by.n, 1);
	fx_done(x);
}

static void
test_oci_sum_never_binds(void **state)
{
	struct fx		 fx, *x = &fx;
	char		 sum[WL_SHA256_HEX_LEN + 1];

	(void)state;
	fx_init(x);
	wl_sha256_hex(module_a, sizeof module_a, sum);
	add_module(x, WL_MODULE_GIVEN, "plugin.wasm", module_a,
	    sizeof module_a);
	add_plugin(x, "oci://ghcr.io/acme/plugin:v1", sum);
	assert_null(only_load(x)->module);
	fx_done(x);
}

static void
test_option_binds_and_unused_stays(void **state)
{
	struct fx		 fx, *x = &fx;
	struct wl_module_binding	*b;
	size_t				 a;

	(void)state;
	fx_init(x);
	a = add_module(x, WL_MODULE_GIVEN, "build.wasm", module_a,
	    sizeof module_a);
	b = WL_VEC_PUSH(x->arena, &x->facts.module_bindings);
	b->url = "oci://ghcr.io/acme/plugin:v1";
	b->index = a;
	b = WL_VEC_PUSH(x->arena, &x->facts.module_bindings);
	b->url = "oci://ghcr.io/acme/elsewhere:v1";
	b->index = a;
	add_plugin(x, "oci://ghcr.io/acme/plugin:v1", NULL);
	assert_ptr_equal(only_load(x)->module, &x->facts.modules.v[a]);
	assert_int_equal(x->facts.loads.v[0].bound, WL_BOUND_OPTION);
	assert_true(x->facts.module_bindings.v[0].used);
	assert_false(x->facts.module_bindings.v[1].used);
	fx_done(x);
}

static void
test_configmap_binary_data_is_a_module(void **state)
{
	struct fx		 fx, *x = &fx;
	const char	*text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n"
	    "  name: wasm\nbinaryData:\n  plugin.wasm: AGFzbQEAAAAAAgFh\n"
	    "  notes.bin: aGVsbG8=\n";
	char		 sum[WL_SHA256_HEX_LEN + 1];

	(void)state;
	fx_init(x);
	wl_load_buffer(&x->facts, &x->sink, "cm.yaml", text, strlen(text));
	assert_int_equal(x->facts.modules.n, 1);
	assert_int_equal(x->facts.modules.v[0].origin, WL_MODULE_CONFIGMAP);
	assert_string_equal(x->facts.modules.v[0].base_name, "plugin.wasm");
	assert_int_equal(x->facts.modules.v[0].at.line, 6);
	assert_int_equal(x->facts.modules.v[0].at.col, 3);
	wl_sha256_hex(module_a, sizeof module_a, sum);
	assert_string_equal(x->facts.modules.v[0].sha256, sum);
	fx_done(x);
}

/* Writes bytes to a new file /tmp/wl-module-XXXXXX (a module by its magic) and loads it as a given module; its path. */
static char *
add_module_file(struct fx *x, const unsigned char *bytes, size_t len)
{
	char	*path = wl_arena_strdup(x->arena, "/tmp/wl-module-XXXXXX");
	int	 fd = mkstemp(path);

	assert_true(fd >= 0);
	assert_int_equal(write(fd, bytes, len), (ssize_t)len);
	close(fd);
	assert_int_equal(wl_load_file(&x->facts, &x->sink, path,
	    WL_MODULE_GIVEN), 0);
	return path;
}

static void
test_file_hashed_only_for_a_sum(void **state)
{
	struct fx	 fx, *x = &fx;
	char		 sum[WL_SHA256_HEX_LEN + 1];
	char		*path;

	(void)state;
	fx_init(x);
	path = add_module_file(x, module_a, sizeof module_a);
	add_plugin(x, "file:///var/lib/wasm/other.wasm", NULL);
	assert_null(only_load(x)->module);
	assert_int_equal(x->facts.modules.v[0].sum, WL_SUM_LATER);
	fx_done(x);
	unlink(path);

	fx_init(x);
	wl_sha256_hex(module_a, sizeof module_a, sum);
	path = add_module_file(x, module_a, sizeof module_a);
	assert_int_equal(x->facts.modules.v[0].sum, WL_SUM_LATER);
	add_plugin(x, "https://example.com/renamed.wasm", sum);
	assert_ptr_equal(only_load(x)->module, &x->facts.modules.v[0]);
	assert_int_equal(x->facts.loads.v[0].bound, WL_BOUND_SHA256);
	assert_string_equal(x->facts.modules.v[0].sha256, sum);
	fx_done(x);
	unlink(path);
}

static void
test_file_gone_before_hashing(void **state)
{
	struct fx	 fx, *x = &fx;
	char		*path;

	(void)state;
	fx_init(x);
	path = add_module_file(x, module_a, sizeof module_a);
	unlink(path);
	add_plugin(x, "https://example.com/plugin.wasm",
	    "0000000000000000000000000000000000000000000000000000000000000000");
	assert_null(only_load(x)->module);
	assert_int_equal(x->facts.modules.v[0].sum, WL_SUM_FAILED);
	assert_int_equal(x->sink.diags.n, 1);
	assert_string_equal(x->sink.diags.v[0].rule_id, "WL1004");
	assert_non_null(strstr(x->sink.diags.v[0].message,
	    "again to hash it"));
	fx_done(x);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sha256_beats_name),
		cmocka_unit_test(test_https_name_binds),
		cmocka_unit_test(test_given_beats_found),
		cmocka_unit_test(test_oci_sum_never_binds),
		cmocka_unit_test(test_option_binds_and_unused_stays),
		cmocka_unit_test(test_configmap_binary_data_is_a_module),
		cmocka_unit_test(test_file_hashed_only_for_a_sum),
		cmocka_unit_test(test_file_gone_before_hashing),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
