/* runtime-unavailable.c - WL3109: vm_config.runtime names a Wasm runtime istio-proxy does not have (wamr, wasmtime, wavm, a misspelling). */
#include <string.h>

#include "check/check.h"
#include "hosts/target.h"
#include "util/suggest.h"

#define CANNOT_CREATE "Failed to create Wasm VM using %s runtime. Envoy was " \
	"compiled without support for it"

/* The generations where runtime name is available. */
static uint64_t
available_gens(const struct wl_hosts *h, const char *name)
{
	uint64_t	gens = 0;
	size_t		i;

	for (i = 0; i < h->runtimes.n; i++)
		if (h->runtimes.v[i].available &&
		    strcmp(h->runtimes.v[i].name, name) == 0)
			gens |= h->runtimes.v[i].gens;
	return gens;
}

/* The runtimes available on one of gens closest to name, or the first. */
static const char *
suggestion(const struct wl_hosts *h, const char *name, uint64_t gens)
{
	struct wl_suggest	 s;
	const char		*first = NULL;
	size_t			 i;

	wl_suggest_init(&s, name);
	for (i = 0; i < h->runtimes.n; i++) {
		const struct wl_host_row *r = &h->runtimes.v[i];

		if (!r->available || (r->gens & gens) == 0)
			continue;
		if (first == NULL)
			first = r->name;
		wl_suggest_try(&s, r->name);
	}
	return s.best != NULL ? s.best : first;
}

/* The first target whose generation is in gens, or NULL. */
static const struct wl_target *
first_in(const struct wl_targets *targets, uint64_t gens)
{
	size_t i;

	for (i = 0; i < targets->n; i++)
		if (gens >> targets->v[i].gen & 1)
			return &targets->v[i];
	return NULL;
}

/* The runtime is known to Envoy but not built into istio-proxy. */
static struct wl_diag *
report_unbuilt(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p, const struct wl_target *t,
    const struct wl_host_row *row)
{
	struct wl_arena		*a = c->sink->arena;
	struct wl_caveat	 cv = { a, c->facts->hosts, "" };
	const char		*name = p->wasm.runtime.s;

	if (t != NULL)
		wl_caveat_release(&cv, t->release);
	wl_caveat_row(&cv, row, wl_arena_printf(a, "runtime `%s`", name));
	return wl_report(c, &p->wasm.runtime.loc, &ef->obj, "runtime `%s` is "
	    "not built into the istio-proxy of %s, which is built with "
	    "--define wasm=v8: Envoy rejects the filter with \""
	    CANNOT_CREATE "\"%s", name, t != NULL ? wl_target_describe(a, t) :
	    "any Istio release in the host table", name, wl_caveat_text(&cv));
}

static void
check_patch(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p)
{
	const struct wl_hosts		*h = c->facts->hosts;
	const char			*name = p->wasm.runtime.s, *fix;
	struct wl_targets		 targets = { NULL, 0, 0 };
	const struct wl_host_row	*row;
	uint64_t			 gens = 0, lacking;
	struct wl_diag			*d;
	size_t				 i;

	if (!p->is_wasm || name == NULL || *name == '\0')
		return;
	wl_filter_targets(c->scratch, c->facts, ef, &targets);
	for (i = 0; i < targets.n; i++)
		if (targets.v[i].gen >= 0)
			gens |= (uint64_t)1 << targets.v[i].gen;
	if (gens == 0)
		gens = wl_hosts_all_gens(h);
	if ((lacking = gens & ~available_gens(h, name)) == 0)
		return;
	row = wl_host_rows_find(&h->runtimes, -1, WL_ABI_ANY, NULL, name);
	fix = suggestion(h, name, gens);
	if (row == NULL)
		d = wl_report(c, &p->wasm.runtime.loc, &ef->obj, "runtime `%s` "
		    "is not a Wasm runtime Envoy knows: Envoy rejects the "
		    "filter with \"" CANNOT_CREATE "\"", name, name);
	else
		d = report_unbuilt(c, ef, p, first_in(&targets, lacking), row);
	if (fix != NULL)
		wl_diag_hint(c->sink, d, "%s `%s`", row == NULL ?
		    "did you mean" : "use", fix);
}

static void
check_runtime_unavailable(struct wl_check *c)
{
	wl_each_patch(c, check_patch);
}

const struct wl_rule wl_rule_runtime_unavailable = {
	.id = "WL3109",
	.slug = "runtime-unavailable",
	.severity = WL_SEV_ERROR,
	.summary = "vm_config.runtime is not a Wasm runtime istio-proxy has",
	.rationale =
	    "istio-proxy is built with --define wasm=v8: of Envoy's Wasm "
	    "runtimes only envoy.wasm.runtime.v8 (and .null, for plugins "
	    "compiled into Envoy) exist in every Istio release. Envoy's "
	    "documentation also lists wamr, wasmtime and wavm, and "
	    "configurations copied from it or from upstream Envoy examples "
	    "name them; the sidecar then rejects the filter. A misspelt "
	    "runtime is rejected the same way.",
	.bad = "vm_config:\n  runtime: envoy.wasm.runtime.wamr\n",
	.good = "vm_config:\n  runtime: envoy.wasm.runtime.v8\n",
	.fix = "Use envoy.wasm.runtime.v8.",
	.check = check_runtime_unavailable,
};
