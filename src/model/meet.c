/* meet.c - EnvoyFilters sorted by namespace, and the walk over those that share a proxy with one, merged back into input order. */
#include <stdlib.h>
#include <string.h>

#include "model/meet.h"

static int
ef_ns_cmp(const void *pa, const void *pb)
{
	const struct wl_envoyfilter *a = *(const struct wl_envoyfilter *const *)pa;
	const struct wl_envoyfilter *b = *(const struct wl_envoyfilter *const *)pb;
	int			     c = strcmp(a->obj.ns, b->obj.ns);

	return c != 0 ? c : (a > b) - (a < b);	/* keep input order */
}

void
wl_meet_index(struct wl_facts *f)
{
	size_t i;

	f->envoyfilters_sorted = wl_arena_alloc(f->arena,
	    (f->envoyfilters.n + 1) * sizeof *f->envoyfilters_sorted);
	for (i = 0; i < f->envoyfilters.n; i++)
		f->envoyfilters_sorted[i] = &f->envoyfilters.v[i];
	qsort(f->envoyfilters_sorted, f->envoyfilters.n,
	    sizeof *f->envoyfilters_sorted, ef_ns_cmp);
}

/* The EnvoyFilters of namespace ns, in input order. */
static const struct wl_envoyfilter *const *
in_namespace(const struct wl_facts *f, const char *ns, size_t *n)
{
	const struct wl_envoyfilter *const	*v = f->envoyfilters_sorted;
	size_t					 lo = 0, hi = f->envoyfilters.n;
	size_t					 end;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(v[mid]->obj.ns, ns) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (end = lo; end < f->envoyfilters.n &&
	    strcmp(v[end]->obj.ns, ns) == 0; end++)
		;
	*n = end - lo;
	return v + lo;
}

void
wl_meet_start(struct wl_meet *m, const struct wl_facts *f,
    const struct wl_envoyfilter *ef)
{
	*m = (struct wl_meet){ .facts = f };
	m->every = strcmp(ef->obj.ns, f->root_namespace) == 0;
	if (m->every)
		return;
	m->own = in_namespace(f, ef->obj.ns, &m->nown);
	m->root = in_namespace(f, f->root_namespace, &m->nroot);
}

const struct wl_envoyfilter *
wl_meet_next(struct wl_meet *m)
{
	if (m->every)
		return m->next < m->facts->envoyfilters.n ?
		    &m->facts->envoyfilters.v[m->next++] : NULL;
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
