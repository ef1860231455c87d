/* operation-ignored.c - WL2522 (IST0152, IST0153, IST0154): a patch operation istiod does not carry out for its applyTo. */
#include <string.h>

#include "check/check.h"
#include "schema/envoyfilter-api.h"
#include "model/patch.h"

static void
check_patch(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p)
{
	const char	*op = p->operation.s, *to = p->apply_to.s;
	bool		 insert;

	if (op == NULL || to == NULL || !wl_patch_validated(p) ||
	    wl_ef_operation_effect(to, op) != WL_EF_IGNORED)
		return;
	insert = strncmp(op, "INSERT_", 7) == 0;
	wl_report(c, &p->operation.loc, &ef->obj, "configPatches[%u]: "
	    "operation %s%s is ignored for applyTo %s, on which istiod "
	    "carries out only %s; the patch changes nothing", p->index, op,
	    insert ? " (turned into ADD)" : "", to,
	    wl_ef_operations_applied(to));
}

static void
check_operation_ignored(struct wl_check *c)
{
	wl_each_patch(c, check_patch);
}

const struct wl_rule wl_rule_operation_ignored = {
	.id = "WL2522",
	.slug = "operation-ignored",
	.severity = WL_SEV_ERROR,
	.summary = "patch operation is ignored for its applyTo",
	.rationale =
	    "istiod's patch code handles each object class with its own set "
	    "of operations and skips the others without a word: only MERGE "
	    "on ROUTE_CONFIGURATION, no REPLACE on LISTENER, FILTER_CHAIN, "
	    "HTTP_ROUTE or CLUSTER, no MERGE on LISTENER_FILTER, only ADD on "
	    "EXTENSION_CONFIG and only MERGE on BOOTSTRAP; INSERT_* on a "
	    "class without ordered lists becomes ADD first. Validation "
	    "accepts all of these. `istioctl analyze` reports part of it: "
	    "IST0152 (REPLACE outside HTTP_FILTER, NETWORK_FILTER and "
	    "VIRTUAL_HOST), IST0153 and IST0154 (ADD and REMOVE on "
	    "ROUTE_CONFIGURATION or HTTP_ROUTE). Two of its findings are not "
	    "repeated because istiod does carry them out: ADD and REMOVE on "
	    "HTTP_ROUTE, and REPLACE on LISTENER_FILTER.",
	.bad = "- applyTo: CLUSTER\n  patch:\n    operation: REPLACE\n",
	.good = "- applyTo: CLUSTER\n  patch:\n    operation: MERGE\n",
	.fix = "Use an operation the message lists for that applyTo: MERGE to "
	       "change an existing object, or REMOVE and ADD to swap it.",
	.check = check_operation_ignored,
};
