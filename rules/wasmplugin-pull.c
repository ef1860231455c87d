/* wasmplugin-pull.c - WL2703: a WasmPlugin whose module can change under it: an OCI image at :latest or without a tag and no imagePullPolicy, or a module fetched over plain http://. */
#include <string.h>

#include "check/check.h"
#include "model/plugin-url.h"

#define CACHE_GO							\
	"istio/istio pkg/wasm/cache.go shouldIgnoreResourceVersion, tags "	\
	"1.16.0 to 1.30.0"

/* True when istio-agent takes the default branch of its pull policy switch. */
static bool
policy_unset(const struct wl_wasmplugin *wp)
{
	return wp->image_pull_policy.s == NULL ||
	    strcmp(wp->image_pull_policy.s, "UNSPECIFIED_POLICY") == 0;
}

static const char *
pinned_by_sha(const struct wl_wasmplugin *wp)
{
	return wp->sha256.s != NULL && *wp->sha256.s != '\0' ?
	    "; sha256 is set, so once the tag moves the download no longer "
	    "matches it and the plugin fails to load" :
	    "; no sha256 checks the bytes";
}

static void
check_oci(struct wl_check *c, const struct wl_wasmplugin *wp)
{
	const char	*tag = wl_plugin_url_tag(wp->url.s);
	struct wl_diag	*d;

	if (!policy_unset(wp) || strchr(wp->url.s, '@') != NULL)
		return;
	if (tag != NULL && strcmp(tag, "latest") == 0)
		d = wl_report(c, &wp->url.loc, &wp->obj, "image `%s` is tagged "
		    ":latest and imagePullPolicy is unset, so istio-agent "
		    "pulls it Always (" CACHE_GO "): every change of the "
		    "WasmPlugin fetches whatever :latest is then, and sidecars "
		    "fetched at different times run different builds%s",
		    wp->url.s, pinned_by_sha(wp));
	else if (tag == NULL)
		d = wl_report(c, &wp->url.loc, &wp->obj, "image `%s` has no "
		    "tag, so istio-agent asks the registry for :latest (google/go-"
		    "containerregistry pkg/name/tag.go, commit 00f2151379c5: "
		    "defaultTag), but istio-agent pulls Always only for a url "
		    "ending in `:latest` and otherwise IfNotPresent (" CACHE_GO
		    "): each sidecar keeps the build it fetched first, and a "
		    "new pod may get a newer one%s", wp->url.s,
		    pinned_by_sha(wp));
	else
		return;
	wl_diag_hint(c->sink, d, "pin a version tag or a digest "
	    "(`oci://...@sha256:...`), or set imagePullPolicy to say which "
	    "you mean");
}

static void
check_http(struct wl_check *c, const struct wl_wasmplugin *wp)
{
	struct wl_diag *d = wl_report(c, &wp->url.loc, &wp->obj, "module `%s` "
	    "is fetched over plain http: anyone between the sidecars and the "
	    "server can read it or serve other code that every selected "
	    "proxy then runs (istio-agent fetches http and https urls alike, "
	    "istio/istio pkg/wasm/cache.go getOrFetch, tag 1.30.0)%s",
	    wp->url.s, wp->sha256.s != NULL && *wp->sha256.s != '\0' ?
	    "; sha256 at least makes it refuse other bytes" :
	    "; no sha256 checks the bytes");

	wl_diag_hint(c->sink, d, "serve the module over https, or from an "
	    "OCI registry");
}

static void
check_wasmplugin_pull(struct wl_check *c)
{
	size_t i;

	for (i = 0; i < c->facts->wasmplugins.n; i++) {
		const struct wl_wasmplugin	*wp = &c->facts->wasmplugins.v[i];
		const char			*scheme;

		if (wp->url.s == NULL || *wp->url.s == '\0')
			continue;
		scheme = wl_plugin_url_scheme(c->sink->arena, wp->url.s);
		if (scheme == NULL)
			continue;
		/* istiod reads a url without a scheme as oci (extensions.go). */
		if (*scheme == '\0' || strcmp(scheme, "oci") == 0)
			check_oci(c, wp);
		else if (strcmp(scheme, "http") == 0)
			check_http(c, wp);
	}
}

const struct wl_rule wl_rule_wasmplugin_pull = {
	.id = "WL2703",
	.slug = "wasmplugin-pull",
	.severity = WL_SEV_WARNING,
	.summary = "WasmPlugin module that can change under it: :latest or "
		   "untagged image without imagePullPolicy, or a plain "
		   "http:// url",
	.rationale =
	    "istio-agent downloads a WasmPlugin's module and caches it. With "
	    "imagePullPolicy unset it decides by the url's text: an oci url "
	    "ending in `:latest` is pulled Always, that is again whenever "
	    "the WasmPlugin's resource version changes; anything else is "
	    "IfNotPresent, kept as first fetched (" CACHE_GO "). An image "
	    "without a tag is the registry's :latest (google/go-"
	    "containerregistry pkg/name/tag.go, commit 00f2151379c5), yet "
	    "is cached as IfNotPresent, since the check looks for the "
	    "`:latest` suffix only. Either way the code a sidecar runs "
	    "depends on when it fetched, not on the manifest; with sha256 "
	    "set, a moved tag makes the download fail its checksum "
	    "instead. A url with http:// is fetched without TLS (getOrFetch "
	    "uses the same client for http and https), so whoever is on the "
	    "path can serve other code to every selected proxy.",
	.bad = "spec:\n  url: oci://ghcr.io/example/http-headers:latest\n",
	.good = "spec:\n  url: oci://ghcr.io/example/http-headers:v1.2.0\n"
		"  imagePullPolicy: IfNotPresent\n",
	.fix = "Pin a version tag or a digest and serve modules over https or "
	       "from an OCI registry; if :latest is meant, say so with "
	       "imagePullPolicy: Always.",
	.check = check_wasmplugin_pull,
};
