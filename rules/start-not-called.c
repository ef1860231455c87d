/* start-not-called.c - WL3108: a start function the module exports (_initialize, _start, main, ...) that its Istio release will not call. */
#include <string.h>

#include "check/check.h"
#include "hosts/module-host.h"
#include "hosts/target.h"

/* True when every row naming a start function is of the given kind. */
static bool
only_as(const struct wl_hosts *h, const char *name, enum wl_host_calls calls)
{
	size_t i;

	for (i = 0; i < h->starts.n; i++)
		if (strcmp(h->starts.v[i].name, name) == 0 &&
		    h->starts.v[i].calls != calls)
			return false;
	return true;
}

/* The row that makes name run after another start function, if any. */
static const struct wl_host_row *
after_row(const struct wl_hosts *h, const char *name)
{
	size_t i;

	for (i = 0; i < h->starts.n; i++)
		if (strcmp(h->starts.v[i].name, name) == 0 &&
		    h->starts.v[i].calls == WL_CALLS_AFTER)
			return &h->starts.v[i];
	return NULL;
}

static bool
called(const struct wl_host_start *st, const char *name)
{
	return (st->entry != NULL && strcmp(st->entry->name, name) == 0) ||
	    (st->after != NULL && strcmp(st->after->name, name) == 0);
}

/* What the host of a generation does with a start function the module exports. */
enum fate {
	FATE_FINE,	/* runs, or not running it loses nothing */
	FATE_SKIPPED,	/* an entry before it runs instead */
	FATE_NEVER,	/* the host does not call it at all */
};

/*
 * Not running a fallback loses nothing when something else starts the
 * module, nor does not running a function that runs only after one the
 * module does not export.
 */
static enum fate
fate(const struct wl_host_view *v, unsigned g, const char *name,
    struct wl_host_start *st)
{
	const struct wl_hosts		*h = v->hosts;
	const struct wl_host_row	*r = wl_host_rows_find(&h->starts,
	    (int)g, WL_ABI_ANY, NULL, name), *after;

	wl_host_start(v, g, st);
	if (called(st, name))
		return FATE_FINE;
	if (r != NULL)
		return r->calls == WL_CALLS_ENTRY ? FATE_SKIPPED : FATE_FINE;
	if (st->entry != NULL && only_as(h, name, WL_CALLS_FALLBACK))
		return FATE_FINE;
	if ((after = after_row(h, name)) != NULL && (st->entry == NULL ||
	    strcmp(st->entry->name, after->after) != 0))
		return FATE_FINE;
	return FATE_NEVER;
}

struct subject {
	const struct wl_module_fact	*mf;
	const struct wl_host_view	*v;
	const struct wl_wasm_export	*e;
	uint64_t			 runs;		/* where it is called */
};

static bool
runs(const struct wl_host_view *v, unsigned g, const void *e)
{
	struct wl_host_start st;

	wl_host_start(v, g, &st);
	return called(&st, ((const struct wl_wasm_export *)e)->name);
}

static bool
fine(const struct wl_host_view *v, unsigned g, const void *e)
{
	struct wl_host_start st;

	return fate(v, g, ((const struct wl_wasm_export *)e)->name, &st) ==
	    FATE_FINE;
}

/* "only the first exported entry runs; it calls `_initialize`", "it never calls it; no start function runs". */
static const char *
why(struct wl_arena *a, const struct wl_host_view *v, unsigned g,
    const char *name)
{
	struct wl_host_start	 st;
	enum fate		 f = fate(v, g, name, &st);
	const char		*ran = "no start function runs";

	if (st.entry != NULL)
		ran = wl_arena_printf(a, "it calls `%s`%s%s%s", st.entry->name,
		    st.after != NULL ? " then `" : "", st.after != NULL ?
		    st.after->name : "", st.after != NULL ? "`" : "");
	return wl_arena_printf(a, "%s; %s", f == FATE_SKIPPED ?
	    "only the first exported entry runs" : "it never calls it", ran);
}

static void
report(struct wl_check *c, const struct wl_target *t, unsigned g,
    const void *arg)
{
	const struct subject	*s = arg;
	const struct wl_hosts	*h = c->facts->hosts;
	struct wl_arena		*a = c->sink->arena;
	struct wl_caveat	 cv = { a, h, "" };
	struct wl_loc		 loc = wl_module_loc(s->mf, s->e->offset);

	if (t != NULL)
		wl_caveat_release(&cv, t->release);
	wl_caveat_row(&cv, wl_host_rows_find(&h->starts, (int)g, WL_ABI_ANY,
	    NULL, s->e->name), wl_arena_printf(a, "`%s` in %s", s->e->name,
	    h->gens.v[g].name));
	wl_report_loc(c, &loc, NULL, "exports `%s` (at byte 0x%zx), but %s will "
	    "not run it (%s): what it does (static constructors, the "
	    "language runtime's set-up, the SDK's registration of the root "
	    "context) does not happen%s%s%s", s->e->name, s->e->offset,
	    t != NULL ? wl_target_describe(a, t) : "no Istio release in the "
	    "host table", why(a, s->v, g, s->e->name),
	    s->runs != 0 ? "; " : "", s->runs != 0 ? wl_arena_printf(a,
	    "%s run it", wl_hosts_describe_gens(a, h, s->runs)) : "",
	    wl_caveat_text(&cv));
}

static void
check_module(struct wl_check *c, const struct wl_module_fact *mf,
    const struct wl_host_view *v, const struct wl_targets *targets)
{
	struct subject	s = { mf, v, NULL, 0 };
	uint64_t	good;
	size_t		i;

	for (i = 0; i < v->nlooked_up; i++) {
		s.e = v->looked_up[i];
		if (wl_host_rows_find(&v->hosts->starts, -1, WL_ABI_ANY, NULL,
		    s.e->name) == NULL)
			continue;
		s.runs = wl_host_gens_where(v, runs, s.e);
		good = wl_host_gens_where(v, fine, s.e);
		wl_each_failing_target(c, targets, good,
		    wl_hosts_all_gens(v->hosts) & ~good, report, &s);
	}
}

static void
check_start_not_called(struct wl_check *c)
{
	wl_each_module_targets(c, check_module);
}

const struct wl_rule wl_rule_start_not_called = {
	.id = "WL3108",
	.slug = "start-not-called",
	.severity = WL_SEV_WARNING,
	.summary = "module exports a start function its Istio release will "
		   "not call",
	.rationale =
	    "How the host starts a module changed over the releases: Istio "
	    "1.5-1.8.0 call `_start` (else `__wasm_call_ctors`) and never "
	    "`_initialize`; Istio 1.8.1 and later call `_initialize` when it "
	    "is exported and then skip `_start`; Istio 1.10 and later also "
	    "call `main(0, 0)` after `_initialize`, and no longer call "
	    "`__wasm_call_ctors`. A reactor built for a newer host (Rust "
	    "SDK's main!, Go's c-shared) loads on an older one but its "
	    "initialisation never runs, which fails later and far from the "
	    "cause: callbacks that find no root context, globals never set.",
	.bad = "(func (export \"_initialize\") ...)   ;; on Istio 1.7\n",
	.good = "(func (export \"_start\") ...)   ;; on Istio 1.7\n",
	.fix = "Build the start function the release calls (a WASI command "
	       "with `_start` for Istio 1.5-1.8.0), or upgrade the sidecar.",
	.check = check_start_not_called,
};
