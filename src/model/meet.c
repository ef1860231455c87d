/* meet.c - EnvoyFilters sorted by namespace, and the walk over those that share a proxy with one, merged back into input order. */
#include <stdlib.h>
#include <string.h>

#include "model/meet.h"
#include "model/patch.h"

static int
ef_ns_cmp(const void *pa, const void *pb)
{
	const struct wl_envoyfilter *a = *(const struct wl_envoyfilter *const *)pa;
	const struct wl_envoyfilter *b = *(const struct wl_envoyfilter *const *)pb;
	int			     c = strcmp(a->obj.ns, b->obj.ns);

	return c != 0 ? c : (a > b) - (a < b);	/* keep input order */
}

/* Whether one of ef's patches is a REMOVE or a REPLACE. */
static bool
removes(const struct wl_envoyfilter *ef)
{
	size_t i;

	for (i = 0; i < ef->patches.n; i++)
		if (wl_str_is(&ef->patches.v[i].operation, "REMOVE") ||
		    wl_str_is(&ef->patches.v[i].operation, "REPLACE"))
			return true;
	return false;
}

/* The set of the EnvoyFilters keep takes (all when keep is NULL), both orders. */
static void
fill_set(struct wl_facts *f, struct wl_ef_set *set,
    bool (*keep)(const struct wl_envoyfilter *))
{
	size_t i, size = (f->envoyfilters.n + 1) * sizeof *set->v;

	set->v = wl_arena_alloc(f->arena, size);
	set->by_ns = wl_arena_alloc(f->arena, size);
	set->n = 0;
	for (i = 0; i < f->envoyfilters.n; i++)
		if (keep == NULL || keep(&f->envoyfilters.v[i]))
			set->v[set->n++] = &f->envoyfilters.v[i];
	memcpy(set->by_ns, set->v, set->n * sizeof *set->v);
	qsort(set->by_ns, set->n, sizeof *set->by_ns, ef_ns_cmp);
}

void
wl_meet_index(struct wl_facts *f)
{
	fill_set(f, &f->envoyfilters_all, NULL);
	fill_set(f, &f->envoyfilters_removing, removes);
}

/* The EnvoyFilters of set in namespace ns, in input order. */
static const struct wl_envoyfilter *const *
in_namespace(const struct wl_ef_set *set, const char *ns, size_t *n)
{
	const struct wl_envoyfilter *const	*v = set->by_ns;
	size_t					 lo = 0, hi = set->n, end;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(v[mid]->obj.ns, ns) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (end = lo; end < set->n && strcmp(v[end]->obj.ns, ns) == 0; end++)
		;
	*n = end - lo;
	return v + lo;
}

void
wl_meet_start(struct wl_meet *m, const struct wl_facts *f,
    const struct wl_ef_set *set, const struct wl_envoyfilter *ef)
{
	*m = (struct wl_meet){ .set = set };
	m->every = strcmp(ef->obj.ns, f->root_namespace) == 0;
	if (m->every)
		return;
	m->own = in_namespace(set, ef->obj.ns, &m->nown);
	m->root = in_namespace(set, f->root_namespace, &m->nroot);
}

const struct wl_envoyfilter *
wl_meet_next(struct wl_meet *m)
{
	if (m->every)
		return m->next < m->set->n ? m->set->v[m->next++] : NULL;
	/* The facts' array is in input order: the lower address comes first. */
	if (m->nown > 0 && (m->nroot == 0 || *m->own < *m->root)) {
		m->nown--;
		return *m->own++;
	}
	if (m->nroot > 0) {
		m->nroot--;
		return *m->root++;
	}
	return NULL;
}
