/* input-unreadable.c - WL1004: a path on the command line that cannot be read (raised while walking inputs). */
#include "wasmlint/rule.h"

const struct wl_rule wl_rule_input_unreadable = {
	.id = "WL1004",
	.slug = "input-unreadable",
	.severity = WL_SEV_ERROR,
	.summary = "input path cannot be read",
	.rationale =
	    "A gate that silently skips what it cannot read passes changes it "
	    "never saw. A missing file, a permission problem, a directory "
	    "loop, a manifest input over 256 MiB or a module file over 1 GiB "
	    "(the most V8, envoy.wasm.runtime.v8, accepts: "
	    "kV8MaxWasmModuleSize in v8/v8 src/wasm/wasm-limits.h, a8b7d477) "
	    "is reported, the other inputs are still checked, and the run "
	    "exits with status 2.",
	.bad = "$ wasmlint check manifests/missing.yaml\n",
	.good = "$ wasmlint check manifests/\n",
	.fix = "Pass paths that exist and are readable.",
	.check = NULL,
};
