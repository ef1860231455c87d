/* wasm-filename-relative.c - WL2401: vm_config.code.local.filename that is not an absolute path. */
#include "check/check.h"

static void
check_load(struct wl_check *c, const struct wl_load *l)
{
	if (l->file.s == NULL || l->file.s[0] == '/')
		return;
	wl_report(c, &l->file.loc, l->owner,
	    "%s `%s` is not an absolute path; Envoy resolves it against its "
	    "own working directory, not the mount%s", l->field, l->file.s,
	    l->plugin != NULL ? " (write file:///dir/file.wasm, three "
	    "slashes)" : "");
}

static void
check_wasm_filename_relative(struct wl_check *c)
{
	wl_each_load(c, check_load);
}

const struct wl_rule wl_rule_wasm_filename_relative = {
	.id = "WL2401",
	.slug = "wasm-filename-relative",
	.severity = WL_SEV_ERROR,
	.summary = "wasm filename is not an absolute path",
	.rationale =
	    "Envoy opens `vm_config.code.local.filename` as given, relative "
	    "to the proxy's working directory, which is not where "
	    "sidecar.istio.io/userVolumeMount puts the plugin. The load fails "
	    "in the sidecar with `Failed to load Wasm code` and the listener "
	    "is rejected.",
	.bad =
	    "code:\n"
	    "  local:\n"
	    "    filename: wasm-filters/http-headers.wasm\n",
	.good =
	    "code:\n"
	    "  local:\n"
	    "    filename: /var/local/lib/wasm-filters/http-headers.wasm\n",
	.fix = "Use the absolute path: the userVolumeMount mountPath followed "
	       "by the ConfigMap key.",
	.check = check_wasm_filename_relative,
};
