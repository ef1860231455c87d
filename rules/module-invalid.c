/* module-invalid.c - WL3111: with --validate, a module that wabt's full validation (function bodies included) rejects. */
#include "check/check.h"

static void
check_module(struct wl_check *c, const struct wl_module_fact *mf)
{
	struct wl_loc loc;

	if (mf->m.invalid == NULL)
		return;
	loc = wl_module_loc(mf, mf->m.invalid_offset);
	wl_report_loc(c, &loc, NULL, "is not a valid module: %s (at byte 0x%zx); "
	    "V8 refuses to compile it (\"Failed to load Wasm bytecode\")",
	    mf->m.invalid, mf->m.invalid_offset);
}

static void
check_module_invalid(struct wl_check *c)
{
	wl_each_module(c, check_module);
}

const struct wl_rule wl_rule_module_invalid = {
	.id = "WL3111",
	.slug = "module-invalid",
	.severity = WL_SEV_ERROR,
	.summary = "module fails full validation (with --validate)",
	.rationale =
	    "wasmlint reads a module's sections but skips its function "
	    "bodies, which keeps a check of a large plugin in milliseconds. "
	    "A body that does not type-check (a post-processing tool gone "
	    "wrong, a truncated or patched binary, a hand-edited .wat) then "
	    "goes unnoticed until V8 refuses to compile it in the sidecar. "
	    "--validate runs wabt's full validation of every module, bodies "
	    "included; it is off by default because it costs time in "
	    "proportion to the code.",
	.bad = "(func (result i32) i32.add)   ;; nothing to add\n",
	.good = "(func (result i32) i32.const 1 i32.const 2 i32.add)\n",
	.fix = "Rebuild the module; if a post-processing step (wasm-opt, a "
	       "strip or patch tool) produced it, check that step.",
	.check = check_module_invalid,
};
