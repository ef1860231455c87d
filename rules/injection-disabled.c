/* injection-disabled.c - WL2615: an EnvoyFilter selects a workload that gets no sidecar. */
#include <string.h>
#include <strings.h>

#include "check/check.h"
#include "model/describe.h"
#include "model/extract.h"
#include "model/lookup.h"

#define INJECT		"sidecar.istio.io/inject"
#define NS_INJECTION	"istio-injection"

/* Go's strconv.ParseBool false values, which the injector reads as "do not inject". */
static bool
says_false(const struct wl_pair *p)
{
	static const char *const no[] = { "0", "f", "F", "FALSE", "false",
		"False", NULL };
	const char *const *v;

	for (v = no; p != NULL && p->value != NULL && *v != NULL; v++)
		if (strcmp(p->value, *v) == 0)
			return true;
	return false;
}

/* Where the workload's injection is turned off (label first, as the webhook), or NULL. */
static const struct wl_pair *
opt_out(const struct wl_facts *f, const struct wl_workload *w,
    const char **what)
{
	const struct wl_pair	*p;
	size_t			 i;

	*what = "pod-template label";
	if ((p = wl_pairs_find(&w->labels, INJECT)) != NULL)
		return says_false(p) ? p : NULL;
	*what = "pod-template annotation";
	if (says_false(p = wl_pairs_find(&w->annotations, INJECT)))
		return p;
	*what = "namespace label";
	for (i = 0; i < f->namespaces.n; i++) {
		const struct wl_namespace *n = &f->namespaces.v[i];

		if (n->obj.name == NULL || strcmp(n->obj.name, w->obj.ns) != 0)
			continue;
		p = wl_pairs_find(&n->labels, NS_INJECTION);
		if (p != NULL && p->value != NULL &&
		    strcmp(p->value, "disabled") == 0)
			return p;
	}
	return NULL;
}

static void
check_injection_disabled(struct wl_check *c)
{
	const struct wl_facts	*f = c->facts;
	size_t			 i, j;

	for (i = 0; i < f->envoyfilters.n; i++) {
		const struct wl_envoyfilter *ef = &f->envoyfilters.v[i];

		for (j = 0; ef->sel.has_selector && ef->sel.labels.n > 0 &&
		    j < ef->sel.selected.n; j++) {
			const struct wl_workload	*w = ef->sel.selected.v[j];
			const struct wl_pair		*off;
			const char			*what;
			struct wl_diag			*d;

			if (wl_proxy_container(w) != NULL ||
			    (off = opt_out(f, w, &what)) == NULL)
				continue;
			d = wl_report(c, &ef->sel.labels.loc, &ef->obj,
			    "workloadSelector selects %s, whose pods get no "
			    "sidecar (%s %s: %s), so the EnvoyFilter applies to "
			    "none of them", wl_describe_object(c->sink->arena,
			    &w->obj), what, off->key, off->value);
			wl_relate(c, d, &off->value_loc, "injection "
			    "is turned off here");
		}
	}
}

const struct wl_rule wl_rule_injection_disabled = {
	.id = "WL2615",
	.slug = "injection-disabled",
	.severity = WL_SEV_ERROR,
	.summary = "EnvoyFilter selects a workload that gets no sidecar",
	.rationale =
	    "An EnvoyFilter patches the Envoy of the istio-proxy sidecar. A "
	    "workload whose pod template says sidecar.istio.io/inject: "
	    "\"false\" (label, or the deprecated annotation), or whose "
	    "Namespace in the inputs is labelled istio-injection=disabled, has "
	    "no sidecar, so a selector that names it patches nothing. Only "
	    "EnvoyFilters with a workloadSelector are checked (a namespace-"
	    "wide one may skip opted-out pods on purpose), and pod specs that "
	    "already carry an istio-proxy container count as injected.",
	.bad = "template:\n"
	       "  metadata:\n"
	       "    labels:\n"
	       "      app: go-httpbin\n"
	       "      sidecar.istio.io/inject: \"false\"\n",
	.good = "template:\n"
		"  metadata:\n"
		"    labels:\n"
		"      app: go-httpbin\n"
		"      sidecar.istio.io/inject: \"true\"\n",
	.fix = "Let the workload be injected, or drop it from the selector.",
	.check = check_injection_disabled,
};
