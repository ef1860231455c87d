/* wasm-module-not-given.c - WL2405: modules were given or found, but none stands for what a filter or WasmPlugin loads. */
#include "check/check.h"
#include "model/describe.h"
#include "model/module-binding.h"

static const char *
module_names(struct wl_arena *a, const struct wl_facts *f)
{
	struct wl_list_text	l = { a, "" };
	size_t			i;

	for (i = 0; i < f->modules.n; i++)
		wl_list_text_add(&l, f->modules.v[i].base_name);
	return l.text;
}

static void
check_load(struct wl_check *c, const struct wl_load *l)
{
	struct wl_arena	*a = c->sink->arena;
	const char	*name = wl_load_module_name(a, l), *by;

	if (c->facts->modules.n == 0 || l->module != NULL)
		return;
	if (l->file.s != NULL) {
		wl_report(c, &l->file.loc, l->owner,
		    "no module given or found in the inputs is named `%s` "
		    "(modules: %s); the plugin this %s loads is not checked",
		    name, module_names(a, c->facts),
		    l->plugin != NULL ? "WasmPlugin" : "filter");
		return;
	}
	by = l->sha256.s != NULL ? "has its sha256" : "is bound to it";
	if (name != NULL)
		by = wl_arena_printf(a, "%s or is named `%s`", by, name);
	wl_report(c, &l->url.loc, l->owner,
	    "no module given or found in the inputs %s (modules: %s); the "
	    "plugin pulled from `%s` is not checked (name one with --module "
	    "%s=FILE)", by, module_names(a, c->facts), l->url.s, l->url.s);
}

static void
check_wasm_module_not_given(struct wl_check *c)
{
	wl_each_load(c, check_load);
}

const struct wl_rule wl_rule_wasm_module_not_given = {
	.id = "WL2405",
	.slug = "wasm-module-not-given",
	.severity = WL_SEV_WARNING,
	.summary = "no wasm module given or found stands for what a filter "
	    "or WasmPlugin loads",
	.rationale =
	    "A module stands for what an EnvoyFilter or WasmPlugin loads when "
	    "it is bound to the url (--module URL=FILE, or the config's "
	    "modules:), when its SHA-256 is the load's sha256, or when it has "
	    "the base name of the filename, file:// path or https url; "
	    "modules named on the command line are tried before those found "
	    "in the inputs (.wasm files in a checked directory, ConfigMap "
	    "binaryData holding wasm). When modules are there but none "
	    "stands for a load, the plugin that will run in the sidecar is "
	    "not the one that was checked: usually a renamed build output, a "
	    "stale filename, or a pulled module nobody bound.",
	.bad = "$ wasmlint check manifests/ build/plugin.wasm   "
	       "# filter loads http-headers.wasm\n",
	.good = "$ wasmlint check manifests/ build/http-headers.wasm\n"
		"$ wasmlint check manifests/ "
		"--module oci://ghcr.io/acme/headers:v1=build/plugin.wasm\n",
	.fix = "Pass the module the filter loads, correct the filename, or "
	       "bind a pulled module to its url with --module URL=FILE.",
	.check = check_wasm_module_not_given,
};
