/* wasmplugin-enum-unknown.c - WL2702: phase, type, failStrategy, imagePullPolicy, match.mode or env valueFrom is not a value of the WasmPlugin CRD. */
#include "check/check.h"
#include "schema/wasmplugin-api.h"
#include "util/suggest.h"

static void
check_value(struct wl_check *c, const struct wl_wasmplugin *wp,
    const struct wl_api_enum *e, const struct wl_str_loc *v)
{
	struct wl_diag	*d;
	const char	*close;

	if (v->s == NULL || wl_api_enum_has(e, v->s))
		return;
	d = wl_report(c, &v->loc, &wp->obj, "`%s` is not a valid %s; the CRD "
	    "knows %s; the API server rejects the WasmPlugin", v->s, e->field,
	    wl_api_enum_values_text(c->sink->arena, e));
	if ((close = wl_suggest_among(v->s, e->values)) != NULL)
		wl_diag_hint(c->sink, d, "did you mean `%s`?", close);
}

static void
check_wasmplugin_enum_unknown(struct wl_check *c)
{
	size_t i, j;

	for (i = 0; i < c->facts->wasmplugins.n; i++) {
		const struct wl_wasmplugin *wp = &c->facts->wasmplugins.v[i];

		check_value(c, wp, &wl_wp_phase, &wp->phase);
		check_value(c, wp, &wl_wp_type, &wp->type);
		check_value(c, wp, &wl_wp_fail_strategy, &wp->fail_strategy);
		check_value(c, wp, &wl_wp_pull_policy, &wp->image_pull_policy);
		for (j = 0; j < wp->match.n; j++)
			check_value(c, wp, &wl_wp_match_mode,
			    &wp->match.v[j].mode);
		for (j = 0; j < wp->env.n; j++)
			check_value(c, wp, &wl_wp_value_from,
			    &wp->env.v[j].value_from);
	}
}

const struct wl_rule wl_rule_wasmplugin_enum_unknown = {
	.id = "WL2702",
	.slug = "wasmplugin-enum-unknown",
	.severity = WL_SEV_ERROR,
	.summary = "phase, type, failStrategy, imagePullPolicy, match.mode or "
		   "valueFrom is not a value the CRD knows",
	.rationale =
	    "These WasmPlugin fields are enumerations: the CRD's schema "
	    "(istio/istio manifests/charts/base/files/crd-all.gen.yaml, tag "
	    "1.30.3) lists their values, so the API server refuses any other "
	    "(istiod's Go validation does not look at them). Values are "
	    "case-sensitive: `IfNotPresent` but `FAIL_OPEN`. A typo in "
	    "`phase` would otherwise have moved the plugin in the filter "
	    "chain, in `type` turned an HTTP plugin into a network one. The "
	    "hint offers the closest valid value.",
	.bad = "spec:\n  phase: AUTHN_\n  imagePullPolicy: IfNotPresnt\n",
	.good = "spec:\n  phase: AUTHN\n  imagePullPolicy: IfNotPresent\n",
	.fix = "Use one of the listed values, spelt as the CRD does.",
	.check = check_wasmplugin_enum_unknown,
};
