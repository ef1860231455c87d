/* field-type.c - WL1005: a manifest field wasmlint reads has the wrong type (raised by the model). */
#include "wasmlint/rule.h"

const struct wl_rule wl_rule_field_type = {
	.id = "WL1005",
	.slug = "field-type",
	.severity = WL_SEV_ERROR,
	.summary = "manifest field has the wrong type",
	.rationale =
	    "The API server rejects an object whose fields have the wrong "
	    "type (a list where a mapping belongs, a port that is not a "
	    "number), so it never reaches the cluster; and wasmlint cannot "
	    "check what is below it. The field is named and its type given.",
	.bad =
	    "spec:\n"
	    "  workloadSelector:\n"
	    "    labels:\n"
	    "      - app: go-httpbin\n",
	.good =
	    "spec:\n"
	    "  workloadSelector:\n"
	    "    labels:\n"
	    "      app: go-httpbin\n",
	.fix = "Give the field the type its API schema requires.",
	.check = NULL,
};
