/* import-kind-unsupported.c - WL3105: the module imports a global (or a tag), or a name as another kind than the host provides. */
#include "check/check.h"
#include "inspect/inspect.h"
#include "hosts/module-host.h"

static void
check_module(struct wl_check *c, const struct wl_module_fact *mf)
{
	const struct wl_hosts		*h = c->facts->hosts;
	const struct wl_host_row	*row;
	struct wl_loc			 loc;
	size_t				 i;

	for (i = 0; i < mf->m.nimports; i++) {
		const struct wl_wasm_import *im = &mf->m.imports[i];

		if (wl_host_import(h, -1, WL_ABI_ANY, im, &row) !=
		    WL_IMPORT_KIND)
			continue;
		loc = wl_module_loc(mf, im->offset);
		wl_report_loc(c, &loc, NULL, "imports `%s.%s` (at byte 0x%zx) as "
		    "a %s, which no Envoy host provides (it links functions "
		    "by name and creates any imported memory or table): the "
		    "sidecar refuses the module with \"Failed "
		    "to load Wasm module due to a missing import: %s.%s\"",
		    im->module, im->name, im->offset, wl_wasm_kind_name(im->kind),
		    im->module, im->name);
	}
}

static void
check_import_kind_unsupported(struct wl_check *c)
{
	wl_each_module(c, check_module);
}

const struct wl_rule wl_rule_import_kind_unsupported = {
	.id = "WL3105",
	.slug = "import-kind-unsupported",
	.severity = WL_SEV_ERROR,
	.summary = "module imports a global, or a name as a kind the host "
		   "does not provide",
	.rationale =
	    "Envoy's host links imported functions by name and creates any "
	    "imported memory or table, but provides no globals: a module "
	    "that imports one (e.g. `env.__stack_pointer` or "
	    "`env.__memory_base` from a shared-library or Emscripten "
	    "SIDE_MODULE build) fails to load with \"missing import\". The "
	    "same holds for a host function's name imported as another kind.",
	.bad = "(import \"env\" \"__stack_pointer\" (global (mut i32)))\n",
	.good = "(global $sp (mut i32) (i32.const 65536))   "
		";; defined, not imported\n",
	.fix = "Link the plugin as a standalone module (no -shared, no "
	       "SIDE_MODULE), so that it defines its globals itself.",
	.check = check_import_kind_unsupported,
};
