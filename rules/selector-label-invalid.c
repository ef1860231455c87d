/* selector-label-invalid.c - WL2506: an EnvoyFilter workloadSelector or WasmPlugin selector label with an empty key, a wildcard, or a value over 63 characters. */
#include <string.h>

#include "check/check.h"

/* What is wrong with the label, and whether the key (not the value) is to blame. */
static const char *
label_problem(const struct wl_pair *l, bool *at_key)
{
	const char *v = l->value != NULL ? l->value : "";

	*at_key = true;
	if (*l->key == '\0')
		return "an empty key is not supported in selector";
	if (strchr(l->key, '*') != NULL)
		return "wildcard is not supported in selector";
	*at_key = false;
	if (strchr(v, '*') != NULL)
		return "wildcard is not supported in selector";
	if (strlen(v) > 63)
		return "a label value is at most 63 characters long";
	return NULL;
}

static void
check_selection(struct wl_check *c, const struct wl_object *obj,
    const struct wl_selection *sel)
{
	size_t i;

	for (i = 0; i < sel->labels.n; i++) {
		const struct wl_pair	*l = &sel->labels.v[i];
		const char		*why;
		bool			 at_key;

		if ((why = label_problem(l, &at_key)) == NULL)
			continue;
		wl_report(c, at_key ? &l->loc : &l->value_loc, obj,
		    "%s label \"%s=%s\": %s; the API server and istiod "
		    "reject the %s", sel->key, l->key,
		    l->value != NULL ? l->value : "", why, obj->kind);
	}
}

static void
check_selector_label_invalid(struct wl_check *c)
{
	wl_each_selection(c, check_selection);
}

const struct wl_rule wl_rule_selector_label_invalid = {
	.id = "WL2506",
	.slug = "selector-label-invalid",
	.severity = WL_SEV_ERROR,
	.summary = "selector label has an empty key, a wildcard, or a value "
		   "too long",
	.rationale =
	    "An EnvoyFilter's workloadSelector and a WasmPlugin's "
	    "selector.matchLabels match labels exactly: istiod's validation "
	    "(ValidateAlphaWorkloadSelector; for WasmPlugin "
	    "validateWorkloadSelector, istio/istio pkg/config/validation/"
	    "validation.go, tag 1.30.3) rejects an empty key and any "
	    "`*` in a key or value (`istioctl analyze`: IST0106), and the "
	    "CRD limits values to 63 characters, the Kubernetes label limit. "
	    "People write `*` hoping for a glob; it is refused, not "
	    "expanded.",
	.bad = "workloadSelector:\n  labels:\n    app: httpbin-*\n",
	.good = "workloadSelector:\n  labels:\n    app: httpbin\n",
	.fix = "Select on an exact label value the pods share (add one to "
	       "their pod template if need be); omit workloadSelector to "
	       "reach every workload of the namespace.",
	.check = check_selector_label_invalid,
};
