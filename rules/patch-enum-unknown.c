/* patch-enum-unknown.c - WL2502: applyTo, context, operation or filterClass is not a value of the EnvoyFilter API. */
#include "check/check.h"
#include "schema/envoyfilter-api.h"
#include "model/describe.h"
#include "util/suggest.h"

static void
check_value(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p, const struct wl_api_enum *e,
    const struct wl_str_loc *v)
{
	struct wl_diag	*d;
	const char	*close;

	if (v->s == NULL || wl_api_enum_has(e, v->s))
		return;
	d = wl_report(c, &v->loc, &ef->obj,
	    "configPatches[%u]: `%s` is not a valid %s; the API knows %s; "
	    "the API server and istiod reject the EnvoyFilter",
	    p->index, v->s, e->field, wl_api_enum_values_text(c->sink->arena, e));
	if ((close = wl_suggest_among(v->s, e->values)) != NULL)
		wl_diag_hint(c->sink, d, "did you mean `%s`?", close);
}

static void
check_patch(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p)
{
	check_value(c, ef, p, &wl_ef_apply_to, &p->apply_to);
	check_value(c, ef, p, &wl_ef_context, &p->context);
	check_value(c, ef, p, &wl_ef_operation, &p->operation);
	check_value(c, ef, p, &wl_ef_filter_class, &p->filter_class);
}

static void
check_patch_enum_unknown(struct wl_check *c)
{
	wl_each_patch(c, check_patch);
}

const struct wl_rule wl_rule_patch_enum_unknown = {
	.id = "WL2502",
	.slug = "patch-enum-unknown",
	.severity = WL_SEV_ERROR,
	.summary = "applyTo, context, operation or filterClass is not a value "
		   "the API knows",
	.rationale =
	    "applyTo, match.context, patch.operation and patch.filterClass "
	    "are enumerations of the EnvoyFilter API (istio/api "
	    "networking/v1alpha3/envoy_filter.proto). The CRD's schema lists "
	    "their values, so the API server refuses any other, and istiod "
	    "cannot decode it either (`istioctl analyze`: IST0106). Values "
	    "are case-sensitive. MERGE_AND_REPLACE_LIST is known from Istio "
	    "1.31. The hint offers the closest valid value.",
	.bad = "- applyTo: HTTP_FILTR\n  match:\n    context: SIDECAR_INBOND\n",
	.good = "- applyTo: HTTP_FILTER\n"
		"  match:\n"
		"    context: SIDECAR_INBOUND\n",
	.fix = "Use one of the listed values, spelt in capitals as the API "
	       "does.",
	.check = check_patch_enum_unknown,
};
