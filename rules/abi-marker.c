/* abi-marker.c - WL3001: the module exports no Proxy-Wasm ABI version marker the host knows. */
#include <string.h>

#include "engine/check.h"
#include "knowledge/abi.h"
#include "model/describe.h"

static const char *
known_markers(struct wl_arena *a)
{
	struct wl_list_text	l = { a, "" };
	size_t			i;

	for (i = 0; i < wl_abi_nmarkers; i++)
		wl_list_text_add(&l, wl_abi_markers[i].name);
	return l.text;
}

static void
check_module(struct wl_check *c, const struct wl_module_fact *mf)
{
	const struct wl_wasm_module	*m = &mf->m;
	const struct wl_wasm_export	*unknown = NULL;
	struct wl_loc			 loc;
	size_t				 i;

	for (i = 0; i < m->nexports; i++) {
		const struct wl_wasm_export *e = &m->exports[i];

		if (e->kind != WL_WASM_FUNC || strncmp(e->name,
		    WL_ABI_MARKER_PREFIX, strlen(WL_ABI_MARKER_PREFIX)) != 0)
			continue;
		if (wl_abi_find(wl_abi_markers, wl_abi_nmarkers, e->name))
			return;
		if (unknown == NULL)
			unknown = e;
	}
	if (unknown != NULL) {
		loc = wl_module_loc(mf, unknown->offset);
		wl_report(c, &loc, NULL, "exports `%s` (at byte 0x%zx), an ABI "
		    "version no Envoy host knows (known: %s); Envoy refuses "
		    "it with \"Missing or unknown Proxy-Wasm ABI version\"",
		    unknown->name, unknown->offset, known_markers(c->sink->arena));
		return;
	}
	loc = wl_module_loc(mf, m->export_section_offset);
	wl_report(c, &loc, NULL, "exports no Proxy-Wasm ABI version marker "
	    "(%s) in its %zu exports (export section at byte 0x%zx); Envoy "
	    "refuses it with \"Missing or unknown Proxy-Wasm ABI version\"",
	    known_markers(c->sink->arena), m->nexports,
	    m->export_section_offset);
}

static void
check_abi_marker(struct wl_check *c)
{
	wl_each_module(c, check_module);
}

const struct wl_rule wl_rule_abi_marker = {
	.id = "WL3001",
	.slug = "abi-marker",
	.severity = WL_SEV_ERROR,
	.summary = "module exports no Proxy-Wasm ABI version marker the host "
		   "knows",
	.rationale =
	    "Envoy's Proxy-Wasm host decides which ABI a module speaks from "
	    "an exported function named proxy_abi_version_0_1_0, _0_2_0 or "
	    "_0_2_1 (the first one in export order). A module without one, "
	    "or with only a version no host knows, fails to start in the "
	    "sidecar with \"Missing or unknown Proxy-Wasm ABI version\": a "
	    "plain WASI program, a module built without the SDK, or an SDK "
	    "newer than every Envoy.",
	.bad = "(module (func (export \"_start\")) (memory (export \"memory\") 1))\n",
	.good = "(module (func (export \"proxy_abi_version_0_2_1\")) ...)\n",
	.fix = "Build the plugin with a Proxy-Wasm SDK (proxy-wasm-go-sdk, "
	       "proxy-wasm-rust-sdk, proxy-wasm-cpp-sdk), which exports the "
	       "marker.",
	.check = check_abi_marker,
};
