/* wasm-filename-relative.c - WL2401: a wasm filename (or file:// url path) that is not absolute, so it is found only through Envoy's working directory. */
#include "check/check.h"

#define WORKDIR_SOURCE							\
	"istio/istio pilot/docker/Dockerfile.proxyv2 WORKDIR /, tags "	\
	"1.5.0 to 1.31.0-rc.0; pilot-agent starts Envoy in its own "	\
	"directory, pkg/envoy/proxy.go"

static void
check_load(struct wl_check *c, const struct wl_load *l)
{
	if (l->file.s == NULL || l->file.s[0] == '/')
		return;
	wl_report(c, &l->file.loc, l->owner,
	    "%s `%s` is not an absolute path: Envoy opens it from its working "
	    "directory, / in the istio-proxy container (" WORKDIR_SOURCE "), "
	    "so it reads `%s` only while that holds; write the absolute "
	    "path%s", l->field, l->file.s, l->path, l->plugin != NULL ?
	    " (file:///dir/file.wasm, three slashes)" : "");
}

static void
check_wasm_filename_relative(struct wl_check *c)
{
	wl_each_load(c, check_load);
}

const struct wl_rule wl_rule_wasm_filename_relative = {
	.id = "WL2401",
	.slug = "wasm-filename-relative",
	.severity = WL_SEV_WARNING,
	.summary = "wasm filename is not an absolute path",
	.rationale =
	    "Envoy opens `vm_config.code.local.filename` (a WasmPlugin's "
	    "file:// path, after `file://`) as given, so a relative path is "
	    "read from Envoy's working directory: / in the istio-proxy "
	    "container, as its image sets WORKDIR / and neither the injector "
	    "nor pilot-agent changes it (" WORKDIR_SOURCE "). "
	    "`file://var/lib/x.wasm` (two slashes) thus reads "
	    "/var/lib/x.wasm, and `file://x.wasm` reads /x.wasm. wasmlint "
	    "checks the mount chain with that path (WL2402 reports it when "
	    "no userVolumeMount holds it) and warns here: the load depends on "
	    "the image's working directory, and an istio-proxy container "
	    "with its own workingDir in the pod spec breaks it.",
	.bad =
	    "code:\n"
	    "  local:\n"
	    "    filename: var/local/lib/wasm-filters/http-headers.wasm\n",
	.good =
	    "code:\n"
	    "  local:\n"
	    "    filename: /var/local/lib/wasm-filters/http-headers.wasm\n",
	.fix = "Use the absolute path: the userVolumeMount mountPath followed "
	       "by the ConfigMap key (file:///dir/file.wasm for a WasmPlugin).",
	.check = check_wasm_filename_relative,
};
