/* import-unavailable.c - WL3103: the module imports a host function its Istio release does not provide (to modules of its ABI). */
#include "check/check.h"
#include "hosts/module-host.h"
#include "hosts/target.h"

#define MISSING_IMPORT "\"Failed to load Wasm module due to a missing import: %s.%s\""

/* True when g accepts one of the module's ABIs (or it has no marker). */
static bool
judges(const struct wl_host_view *v, unsigned g, const void *arg)
{
	return v->abi[g] != WL_ABI_REFUSED;
}

static bool
provides(const struct wl_host_view *v, unsigned g, const void *im)
{
	const struct wl_host_row *row;

	if (v->abi[g] == WL_ABI_REFUSED)
		return false;
	switch (wl_host_import(v->hosts, (int)g, v->abi[g], im, &row)) {
	case WL_IMPORT_OK:
	case WL_IMPORT_SIGNATURE:
		return true;
	default:
		return false;
	}
}

/* "; Istio 1.8.1 and later provide it", or why none does. */
static const char *
providers(struct wl_check *c, const struct wl_wasm_import *im,
    uint64_t gens, struct wl_caveat *cv)
{
	const struct wl_hosts		*h = c->facts->hosts;
	const struct wl_host_release	*first = wl_hosts_first_release(h,
	    gens);
	const struct wl_host_row	*row;

	if (gens == 0)
		return "; no Istio release in the host table provides it to a "
		    "module of this ABI";
	wl_caveat_release(cv, first);
	if (first != NULL) {
		wl_host_import(h, (int)first->gen, WL_ABI_ANY, im, &row);
		wl_caveat_row(cv, row, wl_arena_printf(c->sink->arena,
		    "`%s.%s` in %s", im->module, im->name,
		    h->gens.v[first->gen].name));
	}
	return wl_arena_printf(c->sink->arena, "; %s provide it",
	    wl_hosts_describe_gens(c->sink->arena, h, gens));
}

struct subject {
	const struct wl_module_fact	*mf;
	const struct wl_host_view	*v;
	const struct wl_wasm_import	*im;
	uint64_t			 provided;
};

/* The host of target t (generation g), or none when t is NULL, lacks the import. */
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
	int				 abi = s->v->abi[g];
	const char			*who, *how = "does not provide it";
	const char			*from = "";

	if (t == NULL)
		who = "no Istio release in the host table";
	else {
		wl_caveat_release(&cv, t->release);
		who = wl_target_describe(a, t);
	}
	if (t != NULL && wl_host_import(h, (int)g, abi, im, &row) ==
	    WL_IMPORT_OTHER_ABI)
		how = wl_arena_printf(a, "provides it only to modules of ABI "
		    "%s, and this module declares ABI %s",
		    wl_hosts_abi_names(a, h, row->abis), h->abis.v[abi]);
	else if (t == NULL)
		how = "provides it to a module of its ABI";
	if (t != NULL)
		from = providers(c, im, s->provided, &cv);
	wl_report_loc(c, &loc, NULL, "imports `%s.%s` (at byte 0x%zx), but %s "
	    "%s: the sidecar refuses the module with " MISSING_IMPORT "%s%s",
	    im->module, im->name, im->offset, who, how, im->module, im->name,
	    from, wl_caveat_text(&cv));
}

/* The generations, of those that judge the module, that link im. */
static uint64_t
provided_by(const struct wl_host_view *v, const struct wl_wasm_import *im)
{
	const struct wl_host_row *row;

	switch (wl_host_import(v->hosts, -1, WL_ABI_ANY, im, &row)) {
	case WL_IMPORT_NO_MODULE:	/* import-module-unknown */
	case WL_IMPORT_KIND:		/* import-kind-unsupported */
		return UINT64_MAX;
	default:
		return wl_host_gens_where(v, provides, im) &
		    wl_host_gens_where(v, judges, NULL);
	}
}

static void
check_import(struct wl_check *c, const struct wl_module_fact *mf,
    const struct wl_host_view *v, const struct wl_wasm_import *im,
    const struct wl_targets *targets)
{
	struct subject s = { mf, v, im, provided_by(v, im) };

	if (s.provided == UINT64_MAX)
		return;
	wl_each_failing_target(c, targets, s.provided,
	    wl_host_gens_where(v, judges, NULL) & ~s.provided, report, &s);
}

/*
 * A module without a marker any release knows (WL3001) is judged against
 * every ABI, and one not built for Proxy-Wasm imports many functions no
 * host has: one finding for the module lists them, at the first.
 */
static void
report_unmarked(struct wl_check *c, const struct wl_module_fact *mf,
    const struct wl_wasm_import **missing, size_t n)
{
	struct wl_arena	*a = c->sink->arena;
	struct wl_loc	 loc = wl_module_loc(mf, missing[0]->offset);
	const char	*list = "";
	size_t		 i;

	for (i = 0; i < n; i++)
		list = wl_arena_printf(a, "%s%s`%s.%s` (at byte 0x%zx)", list,
		    i ? ", " : "", missing[i]->module, missing[i]->name,
		    missing[i]->offset);
	wl_report_loc(c, &loc, NULL, "has no ABI marker (WL3001; likely not "
	    "built for Proxy-Wasm), and no Istio release in the host table "
	    "provides %zu of its %zu imports to a module of any ABI: %s; "
	    "the sidecar refuses the module with "
	    MISSING_IMPORT, n, mf->m.nimports, list, missing[0]->module,
	    missing[0]->name);
}

static void
check_module(struct wl_check *c, const struct wl_module_fact *mf,
    const struct wl_host_view *v, const struct wl_targets *targets)
{
	const struct wl_wasm_import	**missing;
	size_t				  i, n = 0;

	if (v->nmarkers != 0) {
		for (i = 0; i < mf->m.nimports; i++)
			check_import(c, mf, v, &mf->m.imports[i], targets);
		return;
	}
	missing = wl_arena_alloc(c->sink->arena,
	    (mf->m.nimports + 1) * sizeof *missing);
	for (i = 0; i < mf->m.nimports; i++) {
		if (provided_by(v, &mf->m.imports[i]) == 0)
			missing[n++] = &mf->m.imports[i];
		else
			check_import(c, mf, v, &mf->m.imports[i], targets);
	}
	if (n != 0)
		report_unmarked(c, mf, missing, n);
}

static void
check_import_unavailable(struct wl_check *c)
{
	wl_each_module_targets(c, check_module);
}

const struct wl_rule wl_rule_import_unavailable = {
	.id = "WL3103",
	.slug = "import-unavailable",
	.severity = WL_SEV_ERROR,
	.summary = "module imports a host function its Istio release does "
		   "not provide",
	.rationale =
	    "Envoy links every import of a plugin when it creates the VM; "
	    "one it does not provide fails the load (\"Failed to load Wasm "
	    "module due to a missing import\") and the filter never runs. "
	    "What is provided depends on the release and on the module's "
	    "ABI: WASI clock_time_get and random_get arrived in Istio 1.8.1, "
	    "path_open in 1.13, the functions Go 1.24 needs later still; "
	    "proxy_get_log_level is given only to ABI 0.2.1 modules, "
	    "proxy_continue_request only to 0.1.0 ones. With no sidecar "
	    "version known, only an import no release provides is reported. "
	    "A module without an ABI marker (WL3001) is usually not built "
	    "for Proxy-Wasm at all: the imports no release provides are then "
	    "listed in one finding for the module, not one each.",
	.bad = "(import \"wasi_snapshot_preview1\" \"clock_time_get\" "
	       "(func (param i32 i64 i32) (result i32)))   ;; on Istio 1.7\n",
	.good = "(import \"wasi_snapshot_preview1\" \"fd_write\" "
		"(func (param i32 i32 i32 i32) (result i32)))\n",
	.fix = "Upgrade the sidecar to a release that provides the function, "
	       "or build the plugin with an SDK or toolchain that does not "
	       "need it.",
	.check = check_import_unavailable,
};
