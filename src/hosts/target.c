/* target.c - which Istio releases each module meets, and the words host rules use for them. */
#include <string.h>

#include "hosts/target.h"
#include "model/describe.h"
#include "model/lookup.h"

/* Adds version unless a target of the same release (or version) is there. */
static void
add_target(struct wl_arena *a, const struct wl_hosts *h,
    struct wl_targets *out, const char *version, const struct wl_workload *w)
{
	struct wl_target	t = { version, -1, WL_FIT_NOT_VERSION, NULL, w };
	size_t			i;

	t.gen = wl_hosts_gen_for(h, version, &t.release, &t.fit);
	for (i = 0; i < out->n; i++)
		if (t.release != NULL ? out->v[i].release == t.release :
		    strcmp(out->v[i].version, version) == 0)
			return;
	*WL_VEC_PUSH(a, out) = t;
}

/* Adds the versions of the workloads sel selects (those load reaches, when not NULL). */
static void
add_selected(struct wl_arena *a, const struct wl_facts *f,
    const struct wl_selection *sel, const struct wl_load *load,
    struct wl_targets *out)
{
	size_t i;

	for (i = 0; i < sel->selected.n; i++) {
		const struct wl_workload *w = sel->selected.v[i];

		if (w->version.version != NULL &&
		    (load == NULL || wl_load_reaches(load, w)))
			add_target(a, f->hosts, out, w->version.version, w);
	}
}

bool
wl_load_loads(const struct wl_load *l, const struct wl_module_fact *mf)
{
	return l->module == mf;
}

/* --istio-version when nothing else gave a target. */
static void
add_option(struct wl_arena *a, const struct wl_facts *f,
    struct wl_targets *out)
{
	if (out->n == 0 && f->istio_version != NULL)
		add_target(a, f->hosts, out, f->istio_version, NULL);
}

void
wl_module_targets(struct wl_arena *a, const struct wl_facts *f,
    const struct wl_module_fact *mf, struct wl_targets *out)
{
	size_t i;

	out->n = 0;
	for (i = 0; i < f->loads.n; i++)
		if (wl_load_loads(&f->loads.v[i], mf))
			add_selected(a, f, f->loads.v[i].sel, &f->loads.v[i],
			    out);
	add_option(a, f, out);
}

void
wl_filter_targets(struct wl_arena *a, const struct wl_facts *f,
    const struct wl_envoyfilter *ef, struct wl_targets *out)
{
	out->n = 0;
	add_selected(a, f, &ef->sel, NULL, out);
	add_option(a, f, out);
}

void
wl_each_module_targets(struct wl_check *c, void (*fn)(struct wl_check *,
    const struct wl_module_fact *, const struct wl_host_view *,
    const struct wl_targets *))
{
	struct wl_targets	all = { NULL, 0, 0 }, usable = { NULL, 0, 0 };
	struct wl_host_view	view;
	size_t			i, j;

	for (i = 0; i < c->facts->modules.n; i++) {
		const struct wl_module_fact *mf = &c->facts->modules.v[i];

		if (mf->malformed || !mf->checked)
			continue;
		wl_module_targets(c->sink->arena, c->facts, mf, &all);
		usable.n = 0;
		for (j = 0; j < all.n; j++)
			if (all.v[j].gen >= 0)
				*WL_VEC_PUSH(c->sink->arena, &usable) = all.v[j];
		wl_host_view_init(&view, c->sink->arena, c->facts->hosts,
		    &mf->m);
		fn(c, mf, &view, &usable);
	}
}

void
wl_each_failing_target(struct wl_check *c, const struct wl_targets *targets,
    uint64_t good, uint64_t bad, void (*fn)(struct wl_check *,
	const struct wl_target *, unsigned, const void *), const void *arg)
{
	size_t i;

	if (targets->n == 0 && bad != 0 && good == 0)
		fn(c, NULL, wl_gens_newest(bad), arg);
	for (i = 0; i < targets->n; i++)
		if (bad >> targets->v[i].gen & 1)
			fn(c, &targets->v[i], (unsigned)targets->v[i].gen,
			    arg);
}

const char *
wl_target_describe(struct wl_arena *a, const struct wl_target *t)
{
	if (t->workload == NULL)
		return wl_arena_printf(a, "Istio %s (--istio-version)",
		    t->version);
	return wl_arena_printf(a, "Istio %s (sidecar of %s)", t->version,
	    wl_describe_object(a, &t->workload->obj));
}

static void
caveat_add(struct wl_caveat *cv, const struct wl_host_cite *cite,
    const char *what)
{
	struct wl_list_text l = { cv->arena, cv->text };

	if (cite->mark != WL_MARK_UNCONFIRMED)
		return;
	wl_list_text_add(&l, wl_arena_printf(cv->arena, "%s (%s:%u)", what,
	    cv->hosts->file, cite->line));
	cv->text = l.text;
}

void
wl_caveat_release(struct wl_caveat *cv, const struct wl_host_release *r)
{
	if (r != NULL)
		caveat_add(cv, &r->cite, wl_arena_printf(cv->arena,
		    "Istio %s runs host %s", r->name,
		    cv->hosts->gens.v[r->gen].name));
}

void
wl_caveat_row(struct wl_caveat *cv, const struct wl_host_row *r,
    const char *what)
{
	if (r != NULL)
		caveat_add(cv, &r->cite, what);
}

const char *
wl_caveat_text(const struct wl_caveat *cv)
{
	if (*cv->text == '\0')
		return "";
	return wl_arena_printf(cv->arena, "; UNCONFIRMED in the host table: "
	    "%s", cv->text);
}
