/* import-signature-mismatch.c - WL3106: the module imports a host function with another signature than its Istio release provides. */
#include <string.h>

#include "check/check.h"
#include "hosts/module-host.h"
#include "hosts/target.h"

/* What g does with the import: WL_IMPORT_MISSING when it does not judge it. */
static enum wl_import_fit
fit_at(const struct wl_host_view *v, unsigned g,
    const struct wl_wasm_import *im, const struct wl_host_row **row)
{
	*row = NULL;
	if (v->abi[g] == WL_ABI_REFUSED)
		return WL_IMPORT_MISSING;
	return wl_host_import(v->hosts, (int)g, v->abi[g], im, row);
}

static bool
matches(const struct wl_host_view *v, unsigned g, const void *im)
{
	const struct wl_host_row *row;

	return fit_at(v, g, im, &row) == WL_IMPORT_OK;
}

static bool
differs(const struct wl_host_view *v, unsigned g, const void *im)
{
	const struct wl_host_row *row;

	return fit_at(v, g, im, &row) == WL_IMPORT_SIGNATURE;
}

struct subject {
	const struct wl_module_fact	*mf;
	const struct wl_host_view	*v;
	const struct wl_wasm_import	*im;
	uint64_t			 good;
};

static void
report(struct wl_check *c, const struct wl_target *t, unsigned g,
    const void *arg)
{
	const struct subject		*s = arg;
	const struct wl_wasm_import	*im = s->im;
	const struct wl_hosts		*h = c->facts->hosts;
	struct wl_arena			*a = c->sink->arena;
	struct wl_caveat		 cv = { a, h, "" };
	struct wl_loc			 loc = wl_module_loc(s->mf, im->offset);
	const struct wl_host_row	*row;
	const char			*who;

	fit_at(s->v, g, im, &row);
	if (t != NULL) {
		wl_caveat_release(&cv, t->release);
		who = wl_arena_printf(a, "%s provides", wl_target_describe(a,
		    t));
	} else
		who = "every Istio release in the host table provides";
	wl_caveat_row(&cv, row, wl_arena_printf(a, "`%s.%s` in %s",
	    im->module, im->name, h->gens.v[g].name));
	wl_report_loc(c, &loc, NULL, "imports `%s.%s` (at byte 0x%zx) as %s, but "
	    "%s %s: the sidecar refuses the module with \"Failed to load "
	    "Wasm module due to an import type mismatch: %s.%s\"%s%s%s",
	    im->module, im->name, im->offset, im->sig.text, who, row->sig,
	    im->module, im->name, s->good != 0 ? "; " : "", s->good != 0 ?
	    wl_arena_printf(a, "%s provide it as imported",
	    wl_hosts_describe_gens(a, h, s->good)) : "", wl_caveat_text(&cv));
}

static void
check_import(struct wl_check *c, const struct wl_module_fact *mf,
    const struct wl_host_view *v, const struct wl_wasm_import *im,
    const struct wl_targets *targets)
{
	struct subject s = { mf, v, im, 0 };

	if (im->kind != WL_WASM_FUNC || im->sig.text == NULL)
		return;
	s.good = wl_host_gens_where(v, matches, im);
	wl_each_failing_target(c, targets, s.good, wl_host_gens_where(v,
	    differs, im), report, &s);
}

static void
check_module(struct wl_check *c, const struct wl_module_fact *mf,
    const struct wl_host_view *v, const struct wl_targets *targets)
{
	size_t i;

	for (i = 0; i < mf->m.nimports; i++)
		check_import(c, mf, v, &mf->m.imports[i], targets);
}

static void
check_import_signature_mismatch(struct wl_check *c)
{
	wl_each_module_targets(c, check_module);
}

const struct wl_rule wl_rule_import_signature_mismatch = {
	.id = "WL3106",
	.slug = "import-signature-mismatch",
	.severity = WL_SEV_ERROR,
	.summary = "module imports a host function with another signature "
		   "than its Istio release provides",
	.rationale =
	    "V8 checks the type of every imported function against the one "
	    "the host registers; a difference fails the load (\"import type "
	    "mismatch\"). Hand-written declarations get it wrong (an i32 "
	    "where proxy_increment_metric takes an i64), and some host "
	    "functions changed: proxy_grpc_call and proxy_grpc_stream gained "
	    "two parameters after Istio 1.5.",
	.bad = "(import \"env\" \"proxy_increment_metric\" "
	       "(func (param i32 i32) (result i32)))\n",
	.good = "(import \"env\" \"proxy_increment_metric\" "
		"(func (param i32 i64) (result i32)))\n",
	.fix = "Declare the import as the host defines it (the Proxy-Wasm "
	       "SDKs do), for the release the plugin runs on.",
	.check = check_import_signature_mismatch,
};
