/* istio-version-outside-table.c - WL3113: a module's Istio release is not in the host table: newer ones are checked as its newest host, others not at all (said once per version). */
#include <string.h>

#include "check/check.h"
#include "hosts/target.h"

/* True when an earlier module already has target version. */
static bool
said_before(struct wl_check *c, const struct wl_module_fact *mf,
    const char *version)
{
	struct wl_targets	 targets = { NULL, 0, 0 };
	const struct wl_module_fact *m;
	size_t			 i;

	for (m = c->facts->modules.v; m < mf; m++) {
		if (m->malformed)
			continue;
		wl_module_targets(c->sink->arena, c->facts, m, &targets);
		for (i = 0; i < targets.n; i++)
			if (strcmp(targets.v[i].version, version) == 0)
				return true;
	}
	return false;
}

static const char *
what_happens(struct wl_arena *a, const struct wl_hosts *h,
    const struct wl_target *t)
{
	const struct wl_host_release *oldest = &h->releases.v[0], *newest =
	    &h->releases.v[h->releases.n - 1];

	switch (t->fit) {
	case WL_FIT_NEWER:
		return wl_arena_printf(a, "is newer than every release in the "
		    "host table (the newest is %s), so its checks assume the "
		    "newest host, %s (%s)", newest->last,
		    h->gens.v[t->gen].name, h->gens.v[t->gen].host);
	case WL_FIT_ABSENT:
		return wl_arena_printf(a, "is not in the host table (it lists "
		    "Istio %s-%s), so the checks that depend on the release "
		    "skip it", oldest->first, newest->last);
	default:
		return "is not an Istio version (MAJOR.MINOR[.PATCH]), so the "
		    "checks that depend on the release skip it";
	}
}

static void
check_module(struct wl_check *c, const struct wl_module_fact *mf)
{
	struct wl_arena		*a = c->sink->arena;
	struct wl_targets	 targets = { NULL, 0, 0 };
	struct wl_diag		*d;
	struct wl_loc		 loc;
	size_t			 i;

	wl_module_targets(a, c->facts, mf, &targets);
	for (i = 0; i < targets.n; i++) {
		const struct wl_target *t = &targets.v[i];

		if (t->fit == WL_FIT_LISTED || said_before(c, mf, t->version))
			continue;
		loc = wl_module_loc(mf, 0);
		if (t->workload != NULL &&
		    t->workload->version.source != WL_VERSION_OPTION)
			loc = wl_check_loc(c, &t->workload->version.loc);
		d = wl_report_loc(c, &loc, NULL, "%s %s",
		    wl_target_describe(a, t), what_happens(a, c->facts->hosts,
		    t));
		wl_diag_hint(c->sink, d, "pass --host-table with a table that "
		    "lists this release (data/README.md describes the format)");
	}
}

static void
check_istio_version_outside_table(struct wl_check *c)
{
	wl_each_module(c, check_module);
}

const struct wl_rule wl_rule_istio_version_outside_table = {
	.id = "WL3113",
	.slug = "istio-version-outside-table",
	.severity = WL_SEV_INFO,
	.summary = "a module's Istio release is not in the host table",
	.rationale =
	    "What each release's Proxy-Wasm host accepts comes from the host "
	    "table, which ends at the newest release it was written for. A "
	    "newer sidecar is checked as the newest host of the table, which "
	    "may be wrong in either direction; an older one, or a version "
	    "that is not MAJOR.MINOR, is not checked at all. This is said "
	    "once per version, so that a passing run is not mistaken for a "
	    "checked one.",
	.bad = "$ wasmlint check --istio-version 1.40.0 manifests/ "
	       "plugin.wasm\n",
	.good = "$ wasmlint check --istio-version 1.40.0 --host-table "
		"hosts-1.40.tsv manifests/ plugin.wasm\n",
	.fix = "Give a host table that lists the release (--host-table; "
	       "start from a copy of data/hosts.tsv), or a release the "
	       "built-in table lists.",
	.check = check_istio_version_outside_table,
};
