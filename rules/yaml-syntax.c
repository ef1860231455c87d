/* yaml-syntax.c - WL1001: a manifest that is not well-formed YAML (raised by the loader). */
#include "wasmlint/rule.h"

const struct wl_rule wl_rule_yaml_syntax = {
	.id = "WL1001",
	.slug = "yaml-syntax",
	.severity = WL_SEV_ERROR,
	.summary = "manifest is not well-formed YAML",
	.rationale =
	    "kubectl and Argo refuse the whole file, so none of its objects "
	    "reach the cluster, and nothing in a broken document can be "
	    "checked. wasmlint reports the parser's message at its position "
	    "and still checks the other documents of the file (from the next "
	    "`---`) and the other files.",
	.bad =
	    "metadata:\n"
	    "  name: http-headers-filter\n"
	    "    namespace: default\n",
	.good =
	    "metadata:\n"
	    "  name: http-headers-filter\n"
	    "  namespace: default\n",
	.fix = "Correct the indentation or quoting at the reported position.",
	.check = NULL,
};
