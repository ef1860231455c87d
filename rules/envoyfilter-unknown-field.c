/* envoyfilter-unknown-field.c - WL2513: a key in an EnvoyFilter's spec (a configPatch, its match, ...) that the CRD's schema lacks. */
#include <string.h>

#include "check/check.h"
#include "schema/envoyfilter-fields.h"

/* True when u is a spec-level field written one level too deep, inside a configPatch. */
static bool
spec_field_in_patch(const struct wl_unknown_key *u)
{
	return strcmp(u->object->path, "spec.configPatches[]") == 0 &&
	    wl_ef_field(&wl_ef_spec, u->key) != NULL;
}

static void
report(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_unknown_key *u)
{
	const char	*close;
	struct wl_diag	*d;

	if (spec_field_in_patch(u) && strcmp(u->key, "workloadSelector") == 0 &&
	    !ef->sel.has_selector) {
		d = wl_report(c, &u->loc, &ef->obj, "`%s`: a configPatch has no "
		    "`workloadSelector` field, so Kubernetes drops it and the "
		    "EnvoyFilter has no selector: it applies to every workload "
		    "in namespace %s%s", u->path, ef->obj.ns,
		    strcmp(ef->obj.ns, c->facts->root_namespace) == 0 ?
		    " (the root namespace: every namespace)" : "");
		wl_diag_hint(c->sink, d, "indent workloadSelector at the level "
		    "of configPatches, directly under spec");
		return;
	}
	d = wl_report(c, &u->loc, &ef->obj, "`%s` is not a field of the "
	    "EnvoyFilter CRD's %s: Kubernetes drops it (or rejects the object "
	    "under strict field validation), so istiod never sees it",
	    u->path, u->object->path);
	if (spec_field_in_patch(u))
		wl_diag_hint(c->sink, d, "`%s` is a field of spec: indent it "
		    "at the level of configPatches", u->key);
	else if ((close = wl_ef_suggest(u->object, u->key)) != NULL)
		wl_diag_hint(c->sink, d, "did you mean `%s`?", close);
}

static void
check_envoyfilter_unknown_field(struct wl_check *c)
{
	const struct wl_facts	*f = c->facts;
	size_t			 i, j;

	for (i = 0; i < f->envoyfilters.n; i++)
		for (j = 0; j < f->envoyfilters.v[i].unknown_keys.n; j++)
			report(c, &f->envoyfilters.v[i],
			    &f->envoyfilters.v[i].unknown_keys.v[j]);
}

const struct wl_rule wl_rule_envoyfilter_unknown_field = {
	.id = "WL2513",
	.slug = "envoyfilter-unknown-field",
	.severity = WL_SEV_ERROR,
	.summary = "EnvoyFilter spec has a field its CRD does not know",
	.rationale =
	    "The EnvoyFilter CRD has a structural schema (istio/istio "
	    "manifests/charts/base/files/crd-all.gen.yaml, tag 1.29.6; the "
	    "same shape in 1.11.4's manifests/charts/base/crds/): every "
	    "object of spec lists its properties, and only patch.value (the "
	    "Envoy configuration) keeps unknown keys "
	    "(x-kubernetes-preserve-unknown-fields). kube-apiserver prunes a "
	    "key the schema lacks (Kubernetes docs, Custom Resource "
	    "Definitions: field pruning), and under strict field validation, "
	    "which `kubectl apply` asks for by default (--validate=strict), "
	    "it rejects the object instead (`strict decoding error: unknown "
	    "field`). Names match exactly: `apply_to` or `portnumber` is "
	    "unknown. istiod would not see the key either way, and decodes "
	    "the rest leniently (istio/istio pkg/util/protomarshal). The "
	    "costly case is a `workloadSelector` indented into a configPatch: "
	    "the EnvoyFilter then has no selector and patches every workload "
	    "of its namespace.",
	.bad =
	    "spec:\n"
	    "  configPatches:\n"
	    "    - applyTo: HTTP_FILTER\n"
	    "      workloadSelector:\n"
	    "        labels:\n"
	    "          app: go-httpbin\n"
	    "      match:\n"
	    "        listner:\n"
	    "          portNumber: 8080\n",
	.good =
	    "spec:\n"
	    "  workloadSelector:\n"
	    "    labels:\n"
	    "      app: go-httpbin\n"
	    "  configPatches:\n"
	    "    - applyTo: HTTP_FILTER\n"
	    "      match:\n"
	    "        listener:\n"
	    "          portNumber: 8080\n",
	.fix = "Spell the field as the EnvoyFilter API does (see the hint), "
	       "and keep spec-level fields (workloadSelector, targetRefs, "
	       "priority) at the level of configPatches.",
	.check = check_envoyfilter_unknown_field,
};
