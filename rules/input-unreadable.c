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
	    "loop or an input over 256 MiB is reported, the other inputs are "
	    "still checked, and the run exits with status 2.",
	.bad = "$ wasmlint check manifests/missing.yaml\n",
	.good = "$ wasmlint check manifests/\n",
	.fix = "Pass paths that exist and are readable.",
	.check = NULL,
};
