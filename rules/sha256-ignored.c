/* sha256-ignored.c - WL2411: a WasmPlugin's sha256 with a file:// url, which istiod drops. */
#include "check/check.h"
#include "model/plugin-url.h"

static void
check_load(struct wl_check *c, const struct wl_load *l)
{
	if (l->plugin == NULL || l->sha256.s == NULL ||
	    wl_plugin_url_file(l->url.s) == NULL)
		return;
	wl_report(c, &l->sha256.loc, l->owner, "sha256 is ignored for a "
	    "file:// url: istiod hands Envoy only the local filename `%s`, "
	    "so nothing checks the module against it", l->file.s);
}

static void
check_sha256_ignored(struct wl_check *c)
{
	wl_each_load(c, check_load);
}

const struct wl_rule wl_rule_sha256_ignored = {
	.id = "WL2411",
	.slug = "sha256-ignored",
	.severity = WL_SEV_WARNING,
	.summary = "WasmPlugin sha256 with a file:// url is ignored",
	.rationale =
	    "For a file:// url istiod builds a local data source holding only "
	    "the filename (istio/istio pilot/pkg/model/extensions.go, "
	    "buildDataSource, tag 1.29.0); sha256 goes into the remote data "
	    "source of http(s) and oci urls only. A sha256 next to a file:// "
	    "url reads like an integrity check but none is made: the module "
	    "in the mounted ConfigMap loads whatever its hash.",
	.bad = "spec:\n  url: file:///var/local/lib/wasm-filters/plugin.wasm\n"
	       "  sha256: 3b0e...\n",
	.good = "spec:\n  url: file:///var/local/lib/wasm-filters/plugin.wasm\n",
	.fix = "Remove sha256, or publish the module at an https or oci url "
	       "where it is verified.",
	.check = check_sha256_ignored,
};
