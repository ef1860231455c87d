/*
 * fuzz-wasm.c - fuzz target: module bytes through the reader, without and
 * with full validation (--validate), every module rule and report beside
 * an EnvoyFilter that loads the module, and `wasmlint inspect`'s analysis
 * and both of its renderers.
 */
#include <stdlib.h>

#include "fuzz.h"
#include "inspect/inspect.h"
#include "hosts/hosts.h"
#include "util/arena.h"

/* An EnvoyFilter whose filename is the module's, so the cross-checks run. */
static const char envoyfilter[] =
    "apiVersion: networking.istio.io/v1alpha3\n"
    "kind: EnvoyFilter\n"
    "metadata: {name: plugin}\n"
    "spec:\n"
    "  configPatches:\n"
    "  - applyTo: HTTP_FILTER\n"
    "    match: {context: SIDECAR_INBOUND}\n"
    "    patch:\n"
    "      operation: INSERT_FIRST\n"
    "      value:\n"
    "        name: envoy.filters.http.wasm\n"
    "        typed_config:\n"
    "          \"@type\": type.googleapis.com/envoy.extensions.filters.http"
    ".wasm.v3.Wasm\n"
    "          config:\n"
    "            vm_config:\n"
    "              runtime: envoy.wasm.runtime.v8\n"
    "              code: {local: {filename: /etc/wasm/" WL_FUZZ_PLUGIN_NAME
    "}}\n";

static void
inspect(const uint8_t *data, size_t size, bool validate)
{
	struct wl_arena		*arena = wl_arena_new();
	struct wl_hosts_errors	 errs = { 0 };
	const struct wl_hosts	*h;
	struct wl_wasm_module	 m;
	struct wl_inspect	 in;

	h = wl_hosts_parse(arena, WL_HOSTS_BUILTIN_NAME, wl_hosts_builtin,
	    wl_hosts_builtin_size, &errs);
	if (h == NULL)
		abort();
	if (wl_wasm_read(data, size, arena, &m) == 0) {
		if (validate)
			wl_wasm_validate(data, size, arena, &m);
		wl_inspect_module("fuzz.wasm", &m, validate, h, arena, &in);
		wl_inspect_text(wl_fuzz_null(), &in);
		wl_inspect_json(wl_fuzz_null(), &in);
	}
	wl_arena_free(arena);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct wl_fuzz_input in[] = {
		{ "envoyfilter.yaml", envoyfilter, sizeof envoyfilter - 1 },
		{ WL_FUZZ_PLUGIN_NAME, data, size },
	};
	int validate;

	for (validate = 0; validate <= 1; validate++) {
		wl_fuzz_check(in, sizeof in / sizeof *in, validate);
		inspect(data, size, validate);
	}
	return 0;
}
