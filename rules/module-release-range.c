/* module-release-range.c - WL3112: no sidecar version is known for a module; say on which releases of the host table it loads instead. */
#include <string.h>

#include "check/check.h"
#include "hosts/module-host.h"
#include "hosts/target.h"

/* "Istio 1.5-1.6: reason; Istio 1.7: reason", the generations that refuse the module grouped by why. */
static const char *
refusals(struct wl_arena *a, const struct wl_hosts *h, const char **why,
    uint64_t loading)
{
	const char	*text = "";
	uint64_t	 done = loading, same;
	unsigned	 g, k;

	for (g = 0; g < h->gens.n; g++) {
		if (done >> g & 1)
			continue;
		for (same = 0, k = g; k < h->gens.n; k++)
			if (!(done >> k & 1) && strcmp(why[g], why[k]) == 0)
				same |= (uint64_t)1 << k;
		done |= same;
		text = wl_arena_printf(a, "%s%s%s: %s", text, *text == '\0' ?
		    "" : "; ", wl_hosts_describe_gens(a, h, same), why[g]);
	}
	return text;
}

static void
check_module(struct wl_check *c, const struct wl_module_fact *mf,
    const struct wl_host_view *v, const struct wl_targets *usable)
{
	const struct wl_hosts	*h = c->facts->hosts;
	struct wl_arena		*a = c->sink->arena;
	struct wl_targets	 targets = { NULL, 0, 0 };
	struct wl_loc		 loc = wl_module_loc(mf, 0);
	const char		*why[WL_HOSTS_MAX_GENS];
	uint64_t		 loading = 0, all = wl_hosts_all_gens(h);
	unsigned		 g;
	struct wl_diag		*d;

	wl_module_targets(a, c->facts, mf, &targets);
	if (targets.n > 0)
		return;		/* a version is known, perhaps outside the table */
	for (g = 0; g < h->gens.n; g++)
		if ((why[g] = wl_host_load_problem(a, v, g)) == NULL)
			loading |= (uint64_t)1 << g;
	d = wl_report_loc(c, &loc, NULL, "no sidecar version is known for this "
	    "module (no workload selected by an EnvoyFilter or WasmPlugin "
	    "that loads it has one, and there is no --istio-version), so it "
	    "was checked "
	    "against every release of the host table: it loads on %s%s%s",
	    wl_hosts_describe_gens(a, h, loading), loading == all ? "" :
	    loading == 0 ? "; " : ", and not on ", loading == all ? "" :
	    refusals(a, h, why, loading));
	wl_diag_hint(c->sink, d, "pass --istio-version, or set "
	    "sidecar.istio.io/proxyImage on the workloads that load it, to "
	    "check it against the release it will run on");
}

static void
check_module_release_range(struct wl_check *c)
{
	wl_each_module_targets(c, check_module);
}
const struct wl_rule wl_rule_module_release_range = {
	.id = "WL3112",
	.slug = "module-release-range",
	.severity = WL_SEV_INFO,
	.summary = "no sidecar version known for a module: the releases it "
		   "loads on",
	.rationale =
	    "Whether a plugin loads depends on the Istio release: the ABI "
	    "markers, allocators, host functions and callback signatures "
	    "each release's host accepts. When no version is known for a "
	    "module (no workload that loads it names its sidecar image, no "
	    "--istio-version), the checks that depend on the release report "
	    "only what would fail on every release, and this note says "
	    "instead on which releases of the host table the module loads, "
	    "and why it does not on the others.",
	.bad = "$ wasmlint check plugin.wasm\n",
	.good = "$ wasmlint check --istio-version 1.24.3 plugin.wasm\n",
	.fix = "Pass --istio-version with the release your mesh runs, or pin "
	       "the sidecar image with sidecar.istio.io/proxyImage.",
	.check = check_module_release_range,
};
