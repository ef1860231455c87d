/* target.h - the Istio releases a module will meet (the sidecars of the workloads whose EnvoyFilter loads it, else --istio-version), and how host rules word them. */
#ifndef WASMLINT_HOSTS_TARGET_H
#define WASMLINT_HOSTS_TARGET_H

#include "check/check.h"
#include "hosts/module-host.h"

struct wl_target {
	const char			*version;	/* "1.12.2" */
	int				 gen;		/* -1: none in the table */
	enum wl_host_fit		 fit;
	const struct wl_host_release	*release;	/* when listed */
	const struct wl_workload	*workload;	/* NULL: --istio-version */
};

struct wl_targets {
	struct wl_target	*v;
	size_t			 n;
	size_t			 cap;
};

/* True when mf stands for what l loads (wl_bind_modules chose it). */
bool		 wl_load_loads(const struct wl_load *,
		    const struct wl_module_fact *mf);
/*
 * The releases mf will meet, one per minor release: the sidecar versions of
 * the workloads selected by an EnvoyFilter or WasmPlugin whose file has mf's
 * base name; when there is none, --istio-version; else none. Targets the table
 * has no generation for are kept (gen -1).
 */
void		 wl_module_targets(struct wl_arena *, const struct wl_facts *,
		    const struct wl_module_fact *, struct wl_targets *out);
/* The releases the workloads ef selects run, else --istio-version. */
void		 wl_filter_targets(struct wl_arena *, const struct wl_facts *,
		    const struct wl_envoyfilter *, struct wl_targets *out);
/*
 * Calls fn for every module read without error, with its view and those of
 * its targets the table has a generation for: none when no version is
 * known, or only versions outside the table (then checks that hold on
 * every generation still run).
 */
void		 wl_each_module_targets(struct wl_check *,
		    void (*fn)(struct wl_check *, const struct wl_module_fact *,
			const struct wl_host_view *, const struct wl_targets *));

/*
 * How version-dependent rules report: with targets, fn once per target whose
 * generation is in bad; with none, fn once with t NULL and g the newest of
 * bad when no generation is good (no release would do, whichever it is).
 */
void		 wl_each_failing_target(struct wl_check *,
		    const struct wl_targets *, uint64_t good, uint64_t bad,
		    void (*fn)(struct wl_check *, const struct wl_target *t,
			unsigned g, const void *arg), const void *arg);

/* "Istio 1.12.2 (sidecar of Deployment default/go-httpbin)", "Istio 1.7 (--istio-version)". */
const char	*wl_target_describe(struct wl_arena *, const struct wl_target *);

/* The UNCONFIRMED rows a message rests on, said at its end. */
struct wl_caveat {
	struct wl_arena		*arena;
	const struct wl_hosts	*hosts;
	const char		*text;		/* "" until one is added */
};

/* Adds the release's generation when the table marks it UNCONFIRMED. */
void		 wl_caveat_release(struct wl_caveat *,
		    const struct wl_host_release *);
/* Adds a row (what it says: "`sched_yield` in G7") when it is UNCONFIRMED. */
void		 wl_caveat_row(struct wl_caveat *, const struct wl_host_row *,
		    const char *what);
/* "" or "; UNCONFIRMED in the host table: Istio 1.24 runs G6 (data/hosts.tsv:40)". */
const char	*wl_caveat_text(const struct wl_caveat *);

#endif
