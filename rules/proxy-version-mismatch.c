/* proxy-version-mismatch.c - WL2101: a proxyVersion that the selected workload's sidecar version does not match. */
#include <string.h>

#include "check/check.h"
#include "model/describe.h"
#include "model/lookup.h"
#include "model/proxy-version.h"
#include "model/version.h"

/* "^1\\.12.*" for "1.12.2": the pattern for the version's minor release. */
static const char *
minor_pattern(struct wl_arena *a, const char *version)
{
	const char	*dot = strchr(version, '.');
	size_t		 minor;

	if (dot == NULL)
		return wl_arena_printf(a, "^%s", version);
	minor = strspn(dot + 1, "0123456789");
	return wl_arena_printf(a, "^%.*s\\.%.*s.*", (int)(dot - version),
	    version, (int)minor, dot + 1);
}

static void
report_mismatch(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p, const struct wl_workload *w)
{
	struct wl_arena	*a = c->sink->arena;
	const char	*source = wl_version_source_name(w->version.source);
	struct wl_diag	*d;

	d = wl_report(c, &p->proxy_version.loc, &ef->obj,
	    "proxyVersion `%s` does not match %s %s of %s (from %s); "
	    "patch %u is never applied to it", p->proxy_version.s,
	    w->gateway ? "gateway proxy" : "sidecar", w->version.version, wl_describe_object(a, &w->obj), source,
	    p->index);
	if (w->version.source != WL_VERSION_OPTION)
		wl_relate(c, d, &w->version.loc,
		    "sidecar version %s from %s", w->version.version, source);
	wl_diag_hint(c->sink, d,
	    "proxyVersion `%s` matches every patch release of the sidecar's "
	    "minor version", minor_pattern(a, w->version.version));
}

static void
check_patch(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p)
{
	struct wl_regex_error	 err;
	struct wl_regex		*re;
	size_t			 i;

	if (p->proxy_version.s == NULL)
		return;
	if ((re = wl_proxy_version_compile(p->proxy_version.s, &err)) == NULL)
		return;		/* proxy-version-regex reports it */
	for (i = 0; i < ef->sel.selected.n; i++) {
		const struct wl_workload *w = ef->sel.selected.v[i];
		const char		 *v = w->version.version;

		if (v == NULL || !wl_patch_reaches(p, w))
			continue;	/* a GATEWAY patch is not about sidecars */
		if (!wl_regex_search(re, v, strlen(v)))
			report_mismatch(c, ef, p, w);
	}
	wl_regex_free(re);
}

static void
check_proxy_version_mismatch(struct wl_check *c)
{
	wl_each_patch(c, check_patch);
}

const struct wl_rule wl_rule_proxy_version_mismatch = {
	.id = "WL2101",
	.slug = "proxy-version-mismatch",
	.severity = WL_SEV_ERROR,
	.summary = "proxyVersion does not match the selected workload's "
		   "sidecar version",
	.rationale =
	    "istiod applies a configPatch only to proxies whose ISTIO_VERSION "
	    "matches `match.proxy.proxyVersion` (an unanchored RE2 search). "
	    "When the sidecar is upgraded and the pattern still names the old "
	    "release, the patch is silently skipped: no error, no log, the "
	    "plugin simply never runs. The sidecar version comes from "
	    "--istio-version, else the tag of sidecar.istio.io/proxyImage, "
	    "else the tag of an istio-proxy container in the pod spec. A "
	    "patch is compared only with the proxies its context reaches: "
	    "GATEWAY with gateways (pods whose inject.istio.io/templates "
	    "holds gateway, or whose istio-proxy runs `proxy router`), "
	    "SIDECAR_INBOUND and SIDECAR_OUTBOUND with the others, as istiod "
	    "patches a router's listeners in GATEWAY only "
	    "(pilot/pkg/networking/core/v1alpha3/listener_builder.go, 1.8.0).",
	.bad =
	    "# pod template: sidecar.istio.io/proxyImage: "
	    "docker.io/istio/proxyv2:1.12.2\n"
	    "match:\n"
	    "  proxy:\n"
	    "    proxyVersion: ^1\\.11.*\n",
	.good =
	    "match:\n"
	    "  proxy:\n"
	    "    proxyVersion: ^1\\.12.*\n",
	.fix = "Update proxyVersion to cover the sidecar's release, or drop "
	       "it if the plugin works on every release you run.",
	.check = check_proxy_version_mismatch,
};
