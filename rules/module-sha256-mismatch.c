/* module-sha256-mismatch.c - WL2410: the module standing for a download is not what its sha256 says, so the download is refused. */
#include <string.h>

#include "check/check.h"
#include "model/plugin-url.h"

static const char *
bound_how(const struct wl_load *l)
{
	return l->bound == WL_BOUND_OPTION ? "bound to the url" :
	    "named like the url";
}

static void
check_load(struct wl_check *c, const struct wl_load *l)
{
	const char	*sum = l->sha256.s, *scheme;
	const char	*who;

	if (l->module == NULL || sum == NULL || l->url.s == NULL ||
	    strlen(sum) != 64 || strspn(sum, "0123456789abcdef") != 64 ||
	    l->module->sum != WL_SUM_DONE ||
	    strcmp(sum, l->module->sha256) == 0)
		return;	/* a malformed sum is WL2517 / WL2701; no hash, WL1004 */
	scheme = wl_plugin_url_scheme(c->sink->arena, l->url.s);
	if (l->plugin != NULL && (scheme == NULL ||
	    (strcmp(scheme, "http") != 0 && strcmp(scheme, "https") != 0)))
		return;	/* oci: the sha256 is the image's manifest digest */
	who = l->plugin != NULL ? "istio-agent refuses the download (\"module "
	    "downloaded from ... has checksum ..., which does not match\") and "
	    "the plugin does not load" : "Envoy rejects the fetched module "
	    "(remote data is invalid) and the filter fails to load";
	wl_report(c, &l->sha256.loc, l->owner, "sha256 `%s` is not the "
	    "SHA-256 of the module %s (%s), which is `%s`; %s", sum,
	    l->module->base_name, bound_how(l), l->module->sha256, who);
}

static void
check_module_sha256_mismatch(struct wl_check *c)
{
	wl_each_load(c, check_load);
}

const struct wl_rule wl_rule_module_sha256_mismatch = {
	.id = "WL2410",
	.slug = "module-sha256-mismatch",
	.severity = WL_SEV_ERROR,
	.summary = "sha256 of a downloaded module is not the given module's",
	.rationale =
	    "A WasmPlugin with an http(s) url is downloaded by istio-agent, "
	    "which hashes the body and refuses it when the hex SHA-256 is not "
	    "spec.sha256 (istio/istio pkg/wasm/cache.go, tag 1.29.0: \"module "
	    "downloaded from %v has checksum %v, which does not match\"); an "
	    "EnvoyFilter's vm_config.code.remote is fetched by Envoy, which "
	    "fails the same way (envoyproxy/envoy "
	    "source/common/config/remote_data_fetcher.cc, tag v1.19.0: "
	    "content_hash_ != Hex::encode(sha256(body)) is InvalidData). When "
	    "the module standing for the url (--module URL=FILE, the "
	    "config's modules:, or a module with the url's file name) has "
	    "another SHA-256, either the sum is stale or the module is not "
	    "the one published. For oci:// urls the sha256 is the image's "
	    "manifest digest (pkg/wasm/imagefetcher.go, PrepareFetch), not "
	    "the module's, so it is not compared.",
	.bad = "spec:\n  url: https://example.com/http-headers.wasm\n"
	       "  sha256: 8d1ac5a0...   # of last week's build\n"
	       "$ wasmlint check manifests/ build/http-headers.wasm\n",
	.good = "$ sha256sum build/http-headers.wasm   # into spec.sha256\n",
	.fix = "Write the module's SHA-256 (sha256sum FILE) into sha256 when "
	       "publishing it, or pass the module that was published.",
	.check = check_module_sha256_mismatch,
};
