/* abi-marker.c - WL3001: the module exports no Proxy-Wasm ABI version marker the host knows. */
#include <string.h>

#include "check/check.h"
#include "hosts/module-host.h"

/* The first function export named like a marker, known to the table or not. */
static const struct wl_wasm_export *
marker_like(const struct wl_wasm_module *m)
{
	size_t i;

	for (i = 0; i < m->nexports; i++)
		if (m->exports[i].kind == WL_WASM_FUNC &&
		    strncmp(m->exports[i].name, WL_MARKER_PREFIX,
		    strlen(WL_MARKER_PREFIX)) == 0)
			return &m->exports[i];
	return NULL;
}

static void
check_module(struct wl_check *c, const struct wl_module_fact *mf)
{
	const struct wl_hosts		*h = c->facts->hosts;
	const struct wl_wasm_module	*m = &mf->m;
	const struct wl_wasm_export	*unknown;
	const char			*known;
	struct wl_host_view		 v;
	struct wl_loc			 loc;

	wl_host_view_init(&v, c->sink->arena, h, m);
	if (v.nmarkers > 0)
		return;
	known = wl_host_rows_names(c->sink->arena, &h->markers,
	    wl_hosts_all_gens(h));
	if ((unknown = marker_like(m)) != NULL) {
		loc = wl_module_loc(mf, unknown->offset);
		wl_report_loc(c, &loc, NULL, "exports `%s` (at byte 0x%zx), an ABI "
		    "version no Envoy host knows (known: %s); Envoy refuses "
		    "it with \"Missing or unknown Proxy-Wasm ABI version\"",
		    unknown->name, unknown->offset, known);
		return;
	}
	loc = wl_module_loc(mf, m->export_section_offset);
	wl_report_loc(c, &loc, NULL, "exports no Proxy-Wasm ABI version marker "
	    "(%s) in its %zu exports (export section at byte 0x%zx); Envoy "
	    "refuses it with \"Missing or unknown Proxy-Wasm ABI version\"",
	    known, m->nexports, m->export_section_offset);
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
	    "newer than every Envoy. The known markers are those of the host "
	    "table; a marker some releases refuse is WL3102.",
	.bad = "(module (func (export \"_start\")) (memory (export \"memory\") 1))\n",
	.good = "(module (func (export \"proxy_abi_version_0_2_1\")) ...)\n",
	.fix = "Build the plugin with a Proxy-Wasm SDK (proxy-wasm-go-sdk, "
	       "proxy-wasm-rust-sdk, proxy-wasm-cpp-sdk), which exports the "
	       "marker.",
	.check = check_abi_marker,
};
