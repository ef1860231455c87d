/* allocator-missing.c - WL3002: the module exports no allocator the host of its Istio release calls. */
#include "check/check.h"
#include "hosts/module-host.h"
#include "hosts/target.h"

#define MISSING_MALLOC "\"Wasm module is missing malloc function.\""

static bool
calls_allocator(const struct wl_host_view *v, unsigned g, const void *arg)
{
	const struct wl_host_row *row;

	return wl_host_allocator(v, g, &row) != NULL;
}

/* The first allocator of the table the module exports; NULL when none. */
static const struct wl_wasm_export *
first_allocator(const struct wl_hosts *h, const struct wl_wasm_module *m)
{
	const struct wl_wasm_export	*e;
	size_t				 i;

	for (i = 0; i < h->allocators.n; i++)
		if ((e = wl_module_export(m, h->allocators.v[i].name,
		    WL_WASM_FUNC)) != NULL)
			return e;
	return NULL;
}

static void
report_none(struct wl_check *c, const struct wl_module_fact *mf)
{
	const struct wl_hosts	*h = c->facts->hosts;
	struct wl_loc		 loc = wl_module_loc(mf,
	    mf->m.export_section_offset);

	wl_report_loc(c, &loc, NULL, "exports no allocator any Istio release "
	    "calls (%s; export section at byte 0x%zx); the host cannot pass "
	    "data into the module and refuses to start it with " MISSING_MALLOC,
	    wl_host_rows_names(c->sink->arena, &h->allocators,
	    wl_hosts_all_gens(h)), mf->m.export_section_offset);
}

struct subject {
	const struct wl_module_fact	*mf;
	uint64_t			 calling;
};

static void
report_target(struct wl_check *c, const struct wl_target *t, unsigned g,
    const void *arg)
{
	const struct subject		*s = arg;
	const struct wl_hosts		*h = c->facts->hosts;
	struct wl_arena			*a = c->sink->arena;
	const struct wl_host_release	*from = wl_hosts_first_release(h,
	    s->calling);
	const struct wl_wasm_export	*e = first_allocator(h, &s->mf->m);
	struct wl_caveat		 cv = { a, h, "" };
	struct wl_loc			 loc = wl_module_loc(s->mf, e->offset);

	wl_caveat_release(&cv, t->release);
	wl_caveat_release(&cv, from);
	wl_report_loc(c, &loc, NULL, "exports `%s` (at byte 0x%zx) as its "
	    "allocator, but %s calls only %s, and refuses the module with "
	    MISSING_MALLOC "; %s call `%s`%s", e->name, e->offset,
	    wl_target_describe(a, t), wl_host_rows_names(a, &h->allocators,
	    (uint64_t)1 << g), wl_hosts_describe_gens(a, h, s->calling),
	    e->name, wl_caveat_text(&cv));
}

static void
check_module(struct wl_check *c, const struct wl_module_fact *mf,
    const struct wl_host_view *v, const struct wl_targets *targets)
{
	struct subject s = { mf, wl_host_gens_where(v, calls_allocator, NULL) };

	if (s.calling == 0)
		report_none(c, mf);
	else
		wl_each_failing_target(c, targets, s.calling,
		    wl_hosts_all_gens(v->hosts) & ~s.calling, report_target,
		    &s);
}

static void
check_allocator_missing(struct wl_check *c)
{
	wl_each_module_targets(c, check_module);
}

const struct wl_rule wl_rule_allocator_missing = {
	.id = "WL3002",
	.slug = "allocator-missing",
	.severity = WL_SEV_ERROR,
	.summary = "module exports no allocator the host of its Istio release "
		   "calls",
	.rationale =
	    "Every host call that returns data (headers, properties, "
	    "configuration) asks the module for memory through an exported "
	    "allocator: `malloc`, or since Istio 1.8.1 also "
	    "`proxy_on_memory_allocate` (proxy-wasm-cpp-host 7bd429d; "
	    "1.8.0 pins 49ed20e, without it). Without one the host refuses "
	    "the module at start-up. Toolchains drop `malloc` when nothing "
	    "exports it, e.g. a C build without -Wl,--export=malloc, and "
	    "Rust wasm32-wasi builds export only `proxy_on_memory_allocate`, "
	    "which Istio 1.5-1.8.0 never call. With no sidecar version known, "
	    "only a module no release can start is reported.",
	.bad = "(module (func (export \"proxy_abi_version_0_2_0\")) "
	       "(func (export \"proxy_on_memory_allocate\") (param i32) "
	       "(result i32) ...) ...)   ;; on Istio 1.7\n",
	.good = "(module (func (export \"proxy_abi_version_0_2_0\")) "
		"(func (export \"malloc\") (param i32) (result i32) ...) ...)\n",
	.fix = "Export `malloc` (clang: -Wl,--export=malloc); the Proxy-Wasm "
	       "SDKs export an allocator for you, but only "
	       "`proxy_on_memory_allocate` in newer ones.",
	.check = check_allocator_missing,
};
