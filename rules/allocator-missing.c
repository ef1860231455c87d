/* allocator-missing.c - WL3002: the module exports no allocator the host can call. */
#include "engine/check.h"
#include "knowledge/abi.h"

static void
check_module(struct wl_check *c, const struct wl_module_fact *mf)
{
	struct wl_loc	loc;
	size_t		i;

	for (i = 0; i < wl_abi_nallocators; i++)
		if (wl_module_export(&mf->m, wl_abi_allocators[i].name,
		    WL_WASM_FUNC) != NULL)
			return;
	loc = wl_module_loc(mf, mf->m.export_section_offset);
	wl_report(c, &loc, NULL, "exports neither `malloc` nor "
	    "`proxy_on_memory_allocate` (export section at byte 0x%zx); the "
	    "host cannot pass data into the module and refuses to start it",
	    mf->m.export_section_offset);
}

static void
check_allocator_missing(struct wl_check *c)
{
	wl_each_module(c, check_module);
}

const struct wl_rule wl_rule_allocator_missing = {
	.id = "WL3002",
	.slug = "allocator-missing",
	.severity = WL_SEV_ERROR,
	.summary = "module exports no allocator (malloc or "
		   "proxy_on_memory_allocate)",
	.rationale =
	    "Every host call that returns data (headers, properties, "
	    "configuration) asks the module for memory through an exported "
	    "allocator: `malloc`, or since Istio 1.8 also "
	    "`proxy_on_memory_allocate`. Without one the host refuses the "
	    "module at start-up. Toolchains drop `malloc` when nothing "
	    "exports it, e.g. a C build without -Wl,--export=malloc.",
	.bad = "(module (func (export \"proxy_abi_version_0_2_1\")) "
	       "(memory (export \"memory\") 1))\n",
	.good = "(module (func (export \"proxy_abi_version_0_2_1\")) "
		"(func (export \"malloc\") (param i32) (result i32) ...) ...)\n",
	.fix = "Export `malloc` (or `proxy_on_memory_allocate`); the "
	       "Proxy-Wasm SDKs do this for you.",
	.check = check_allocator_missing,
};
