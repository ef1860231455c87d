/* suppression-unused.c - WL1007: a suppression that covered no finding (with --report-unused-suppressions). */
#include "wasmlint/rule.h"

const struct wl_rule wl_rule_suppression_unused = {
	.id = "WL1007",
	.slug = "suppression-unused",
	.severity = WL_SEV_WARNING,
	.summary = "suppression covers no finding",
	.rationale =
	    "Suppressions outlive the problems they silenced: the manifest "
	    "is fixed, the comment stays, and later hides a real finding on "
	    "the same line. With --report-unused-suppressions, every "
	    "suppression that covered nothing in this run is reported so it "
	    "can be removed: comments, wasmlint.io/ignore annotations, and "
	    "the configuration file's ignore and per-file-ignores entries.",
	.bad = "app: go-httpbin  # wasmlint disable-line=selector-no-match\n",
	.good = "app: go-httpbin\n",
	.fix = "Remove the suppression.",
	.check = NULL,
};
