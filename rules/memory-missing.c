/* memory-missing.c - WL3003: the module has no memory the host can read and write. */
#include "check/check.h"

static void
check_module(struct wl_check *c, const struct wl_module_fact *mf)
{
	struct wl_loc loc;

	if (mf->m.memory.exported || mf->m.memory.imported)
		return;
	loc = wl_module_loc(mf, mf->m.export_section_offset);
	wl_report_loc(c, &loc, NULL, "%s (export section at byte 0x%zx); the "
	    "host exchanges every header and buffer through the module's "
	    "memory",
	    mf->m.memory.present ? "defines a memory but does not export it"
				 : "has no memory",
	    mf->m.export_section_offset);
}

static void
check_memory_missing(struct wl_check *c)
{
	wl_each_module(c, check_module);
}

const struct wl_rule wl_rule_memory_missing = {
	.id = "WL3003",
	.slug = "memory-missing",
	.severity = WL_SEV_ERROR,
	.summary = "module neither exports nor imports a memory",
	.rationale =
	    "The Proxy-Wasm host reads and writes the module's linear memory "
	    "on every host call; it takes the exported memory (or provides "
	    "an imported one). A module that keeps its memory private, or "
	    "has none, cannot exchange data with Envoy.",
	.bad = "(module (memory 1) (func (export \"proxy_abi_version_0_2_1\")) ...)\n",
	.good = "(module (memory (export \"memory\") 1) "
		"(func (export \"proxy_abi_version_0_2_1\")) ...)\n",
	.fix = "Export the module's memory as `memory` (the default for "
	       "wasm32-wasi toolchains).",
	.check = check_memory_missing,
};
