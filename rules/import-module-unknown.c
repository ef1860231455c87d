/* import-module-unknown.c - WL3104: the module imports from a module no Envoy host provides (gojs, wasi:*, ...). */
#include <string.h>

#include "check/check.h"
#include "hosts/module-host.h"
#include "model/describe.h"

/* The import modules the table knows: "env, wasi_snapshot_preview1, ...". */
static const char *
known_modules(struct wl_arena *a, const struct wl_hosts *h)
{
	struct wl_list_text	l = { a, "" };
	size_t			i, j;

	for (i = 0; i < h->imports.n; i++) {
		const char *mod = h->imports.v[i].module;

		for (j = 0; j < i && mod != NULL; j++)
			if (h->imports.v[j].module != NULL &&
			    strcmp(h->imports.v[j].module, mod) == 0)
				break;
		if (mod != NULL && j == i)
			wl_list_text_add(&l, mod);
	}
	return l.text;
}

/* What a module name says about how the plugin was built. */
static const char *
build_hint(const char *module)
{
	if (strcmp(module, "gojs") == 0 || strcmp(module, "go") == 0)
		return "this is a GOOS=js build; build with TinyGo "
		    "(-target=wasi) or Go (GOOS=wasip1) instead";
	if (strncmp(module, "wasi:", 5) == 0 ||
	    strcmp(module, "wasi_snapshot_preview2") == 0)
		return "this is a WASI 0.2 component import; build a core "
		    "module for wasm32-wasip1 instead";
	return NULL;
}

/* True when an import before the i-th comes from the same module. */
static bool
seen_module(const struct wl_wasm_module *m, size_t i)
{
	size_t j;

	for (j = 0; j < i; j++)
		if (strcmp(m->imports[j].module, m->imports[i].module) == 0)
			return true;
	return false;
}

static void
check_module(struct wl_check *c, const struct wl_module_fact *mf)
{
	const struct wl_hosts		*h = c->facts->hosts;
	const struct wl_wasm_module	*m = &mf->m;
	const struct wl_host_row	*row;
	struct wl_diag			*d;
	struct wl_loc			 loc;
	size_t				 i, j, n;

	for (i = 0; i < m->nimports; i++) {
		const struct wl_wasm_import *im = &m->imports[i];

		if (seen_module(m, i) || wl_host_import(h, -1, WL_ABI_ANY, im,
		    &row) != WL_IMPORT_NO_MODULE)
			continue;
		for (j = i, n = 0; j < m->nimports; j++)
			n += strcmp(m->imports[j].module, im->module) == 0;
		loc = wl_module_loc(mf, im->offset);
		d = wl_report_loc(c, &loc, NULL, "imports %zu item%s from module "
		    "`%s` (first `%s` at byte 0x%zx), which no Envoy host "
		    "provides (hosts provide %s): the sidecar refuses the "
		    "module with \"Failed to load Wasm module due to a missing "
		    "import: %s.%s\"", n, n == 1 ? "" : "s", im->module,
		    im->name, im->offset, known_modules(c->sink->arena, h),
		    im->module, im->name);
		if (build_hint(im->module) != NULL)
			wl_diag_hint(c->sink, d, "%s", build_hint(im->module));
	}
}

static void
check_import_module_unknown(struct wl_check *c)
{
	wl_each_module(c, check_module);
}

const struct wl_rule wl_rule_import_module_unknown = {
	.id = "WL3104",
	.slug = "import-module-unknown",
	.severity = WL_SEV_ERROR,
	.summary = "module imports from a module no Envoy host provides",
	.rationale =
	    "Envoy's Proxy-Wasm host registers its functions under `env` and "
	    "its WASI functions under `wasi_snapshot_preview1` and "
	    "`wasi_unstable`, and nothing else, in every release. Imports "
	    "from any other module fail the load: Go's GOOS=js builds import "
	    "from `gojs`, WASI 0.2 components from `wasi:cli/...`, "
	    "Emscripten's JavaScript glue from its own modules.",
	.bad = "(import \"gojs\" \"runtime.wasmExit\" (func (param i32)))\n",
	.good = "(import \"wasi_snapshot_preview1\" \"proc_exit\" "
		"(func (param i32)))\n",
	.fix = "Build for WASI preview 1 with a Proxy-Wasm SDK: TinyGo "
	       "-target=wasi or Go GOOS=wasip1, Rust wasm32-wasip1, clang "
	       "--target=wasm32-wasi.",
	.check = check_import_module_unknown,
};
