/* abi-marker-unsupported.c - WL3102: the Istio release the module runs on accepts none of its ABI markers. */
#include "check/check.h"
#include "hosts/module-host.h"
#include "hosts/target.h"

static bool
accepts(const struct wl_host_view *v, unsigned g, const void *arg)
{
	const struct wl_host_row *row;

	return wl_host_marker(v, g, &row) != NULL;
}

struct subject {
	const struct wl_module_fact	*mf;
	const struct wl_host_view	*v;
	uint64_t			 accepting;
};

static void
report(struct wl_check *c, const struct wl_target *t, unsigned g,
    const void *arg)
{
	const struct subject	*s = arg;
	const struct wl_hosts	*h = c->facts->hosts;
	struct wl_arena		*a = c->sink->arena;
	struct wl_caveat	 cv = { a, h, "" };
	struct wl_loc		 loc = wl_module_loc(s->mf,
	    s->mf->m.export_section_offset);

	wl_caveat_release(&cv, t->release);
	wl_caveat_release(&cv, wl_hosts_first_release(h, s->accepting));
	wl_report_loc(c, &loc, NULL, "exports the ABI version marker%s %s, but "
	    "%s accepts only %s and refuses to start the module; %s accept "
	    "it%s", s->v->nmarkers == 1 ? "" : "s",
	    wl_host_marker_names(a, s->v), wl_target_describe(a, t),
	    wl_host_rows_names(a, &h->markers, (uint64_t)1 << g),
	    wl_hosts_describe_gens(a, h, s->accepting), wl_caveat_text(&cv));
}

static void
check_module(struct wl_check *c, const struct wl_module_fact *mf,
    const struct wl_host_view *v, const struct wl_targets *targets)
{
	struct subject s = { mf, v, wl_host_gens_where(v, accepts, NULL) };

	if (s.accepting == 0)
		return;		/* no known marker: abi-marker */
	wl_each_failing_target(c, targets, s.accepting,
	    wl_hosts_all_gens(v->hosts) & ~s.accepting, report, &s);
}

static void
check_abi_marker_unsupported(struct wl_check *c)
{
	wl_each_module_targets(c, check_module);
}

const struct wl_rule wl_rule_abi_marker_unsupported = {
	.id = "WL3102",
	.slug = "abi-marker-unsupported",
	.severity = WL_SEV_ERROR,
	.summary = "the module's Istio release accepts none of its ABI "
		   "version markers",
	.rationale =
	    "Each Istio release's Proxy-Wasm host accepts a fixed set of ABI "
	    "versions: Istio 1.5 and 1.6 only 0.1.0, Istio 1.7 0.1.0 and "
	    "0.2.0, Istio 1.8 and later also 0.2.1. A module built with an "
	    "SDK newer than the sidecar, e.g. proxy-wasm-rust-sdk 0.2 "
	    "(ABI 0.2.1) on Istio 1.7, never starts: the VM fails in the "
	    "sidecar's log after deploy. The release is the sidecar version "
	    "of the workloads whose EnvoyFilter loads the module, else "
	    "--istio-version.",
	.bad = "(module (func (export \"proxy_abi_version_0_2_1\")) ...)   "
	       ";; on Istio 1.7\n",
	.good = "(module (func (export \"proxy_abi_version_0_2_0\")) ...)   "
		";; on Istio 1.7\n",
	.fix = "Build with an SDK release whose ABI the sidecar speaks, or "
	       "upgrade the sidecar.",
	.check = check_abi_marker_unsupported,
};
