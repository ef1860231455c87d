/* sidecar-version-unknown.c - WL2103: a proxyVersion that cannot be checked because no sidecar version is known (said once). */
#include "check/check.h"
#include "model/describe.h"
#include "model/lookup.h"

/*
 * The first workload of unknown version that patch p reaches (selected, and
 * of a proxy its context patches), counting all of them.
 */
static const struct wl_workload *
unknown_workloads(const struct wl_envoyfilter *ef, const struct wl_patch *p,
    size_t *count)
{
	const struct wl_workload	*first = NULL;
	size_t				 i;

	for (i = 0; i < ef->sel.selected.n; i++) {
		const struct wl_workload *w = ef->sel.selected.v[i];

		if (w->version.version != NULL || !wl_patch_reaches(p, w))
			continue;
		if (first == NULL)
			first = w;
		(*count)++;
	}
	return first;
}

/* The first patch of ef with a proxyVersion that reaches a workload of unknown version. */
static const struct wl_patch *
first_unchecked_patch(const struct wl_envoyfilter *ef,
    const struct wl_workload **w, size_t *count)
{
	size_t i;

	for (i = 0; i < ef->patches.n; i++) {
		const struct wl_patch *p = &ef->patches.v[i];

		*count = 0;
		if (p->proxy_version.s != NULL &&
		    (*w = unknown_workloads(ef, p, count)) != NULL)
			return p;
	}
	return NULL;
}

static void
check_sidecar_version_unknown(struct wl_check *c)
{
	const struct wl_facts	*f = c->facts;
	size_t			 i;

	for (i = 0; i < f->envoyfilters.n; i++) {
		const struct wl_envoyfilter	*ef = &f->envoyfilters.v[i];
		const struct wl_workload	*w = NULL;
		size_t				 n = 0;
		const struct wl_patch		*p = first_unchecked_patch(ef,
		    &w, &n);
		struct wl_diag			*d;

		if (p == NULL)
			continue;
		d = wl_report(c, &p->proxy_version.loc, &ef->obj,
		    "proxyVersion `%s` not checked: the sidecar version of %s "
		    "is unknown (%s)%s", p->proxy_version.s,
		    wl_describe_object(c->sink->arena, &w->obj),
		    w->version.why_unknown,
		    n > 1 ? wl_arena_printf(c->sink->arena,
		    ", and of %zu more workloads", n - 1) : "");
		wl_relate(c, d, &w->loc, "%s is defined here",
		    wl_describe_object(c->sink->arena, &w->obj));
		wl_diag_hint(c->sink, d, "pass --istio-version, or set "
		    "sidecar.istio.io/proxyImage on the pod template");
		return;		/* once per run */
	}
}

const struct wl_rule wl_rule_sidecar_version_unknown = {
	.id = "WL2103",
	.slug = "sidecar-version-unknown",
	.severity = WL_SEV_INFO,
	.summary = "sidecar version unknown, proxyVersion not checked",
	.rationale =
	    "wasmlint never guesses the sidecar's release: the version comes "
	    "from --istio-version, the tag of sidecar.istio.io/proxyImage "
	    "(when it names a registry path, as the injector requires), or "
	    "the tag of an istio-proxy container already in the pod spec. "
	    "When none is there, the proxyVersion check cannot run; this is "
	    "said once per run so the gap is visible, not silent. Only the "
	    "workloads a patch's context reaches count: a GATEWAY patch "
	    "says nothing about a sidecar's version (see WL2101).",
	.bad = "$ wasmlint check manifests/\n",
	.good = "$ wasmlint check --istio-version 1.12.2 manifests/\n",
	.fix = "Pass --istio-version with the release your mesh runs, or pin "
	       "the sidecar image with sidecar.istio.io/proxyImage.",
	.check = check_sidecar_version_unknown,
};
