/* suppression-invalid.c - WL1006: a suppression comment or annotation that names no rule or no directive (raised by the engine). */
#include "wasmlint/rule.h"

const struct wl_rule wl_rule_suppression_invalid = {
	.id = "WL1006",
	.slug = "suppression-invalid",
	.severity = WL_SEV_WARNING,
	.summary = "suppression names an unknown rule or directive",
	.rationale =
	    "A suppression with a typo in its rule id or directive "
	    "suppresses nothing, so the finding it was meant to silence "
	    "keeps failing the build, or, worse, a later finding is hidden "
	    "by a broader suppression than intended. Suppressions are "
	    "`# wasmlint disable-line=RULE`, `# wasmlint "
	    "disable-next-line=RULE`, `# wasmlint disable-file[=RULE]` "
	    "(RULE: ids or slugs, comma-separated, ` -- reason` after), and "
	    "the object annotation `wasmlint.io/ignore: RULE,...`.",
	.bad = "proxyVersion: ^1\\.11.*  # wasmlint disable-line=WL2011\n",
	.good = "proxyVersion: ^1\\.11.*  # wasmlint disable-line=WL2101 -- "
		"pinned until the 1.12 rollout\n",
	.fix = "Name the rule by its id or slug as `wasmlint rules` lists it.",
	.check = NULL,
};
