/* reach.c - which workloads each selection reaches and selects, and which selections select each workload, computed once per run. */
#include <stdlib.h>
#include <string.h>

#include "model/lookup.h"
#include "model/reach.h"
#include "util/xmalloc.h"

/* One namespace of the workloads: by_namespace[first .. first + n). */
struct bucket {
	const char	*ns;
	size_t		 first, n;
};

/* One pod-template label of the workload at by_namespace[pos]. */
struct label {
	const char	*key;
	const char	*value;
	size_t		 pos;
};

/* The namespaces (interned: one bucket each) and the label index of one run. */
struct reach_index {
	struct bucket	*buckets;
	size_t		 nbuckets;
	struct label	*labels;	/* by key, value, then pos */
	size_t		 nlabels;
	size_t		*pos;		/* scratch: candidate positions */
	size_t		 cap;
};

static int
label_cmp(const void *pa, const void *pb)
{
	const struct label	*a = pa, *b = pb;
	int			 c = strcmp(a->key, b->key);

	if (c == 0)
		c = strcmp(a->value, b->value);
	return c != 0 ? c : (a->pos > b->pos) - (a->pos < b->pos);
}

static void
index_build(const struct wl_facts *f, struct reach_index *ix)
{
	size_t i, j, n = 0;

	ix->buckets = wl_xcalloc(f->workloads.n + 1, sizeof *ix->buckets);
	for (i = 0; i < f->workloads.n; i++) {
		const struct wl_workload *w = f->by_namespace[i];

		if (ix->nbuckets == 0 ||
		    strcmp(ix->buckets[ix->nbuckets - 1].ns, w->obj.ns) != 0)
			ix->buckets[ix->nbuckets++] =
			    (struct bucket){ w->obj.ns, i, 0 };
		ix->buckets[ix->nbuckets - 1].n++;
		n += w->labels.n;
	}
	ix->labels = wl_xcalloc(n + 1, sizeof *ix->labels);
	for (i = 0; i < f->workloads.n; i++) {
		const struct wl_pairs *l = &f->by_namespace[i]->labels;

		for (j = 0; j < l->n; j++)
			if (l->v[j].key != NULL && l->v[j].value != NULL)
				ix->labels[ix->nlabels++] = (struct label){
					l->v[j].key, l->v[j].value, i };
	}
	qsort(ix->labels, ix->nlabels, sizeof *ix->labels, label_cmp);
}

static void
index_free(struct reach_index *ix)
{
	free(ix->buckets);
	free(ix->labels);
	free(ix->pos);
}

/* The bucket of namespace ns, or NULL when no workload is in it. */
static const struct bucket *
bucket_of(const struct reach_index *ix, const char *ns)
{
	size_t lo = 0, hi = ix->nbuckets;

	while (lo < hi) {
		size_t	mid = lo + (hi - lo) / 2;
		int	c = strcmp(ix->buckets[mid].ns, ns);

		if (c == 0)
			return &ix->buckets[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* The first label of the index not below (key, value, pos). */
static size_t
label_lower(const struct reach_index *ix, const char *key, const char *value,
    size_t pos)
{
	struct label	want = { key, value, pos };
	size_t		lo = 0, hi = ix->nlabels;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (label_cmp(&ix->labels[mid], &want) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The index's [*lo, *hi) of workloads in [first, end) labelled key=value; returns its size. */
static size_t
label_range(const struct reach_index *ix, const char *key, const char *value,
    size_t first, size_t end, size_t *lo, size_t *hi)
{
	*lo = label_lower(ix, key, value, first);
	*hi = label_lower(ix, key, value, end);
	return *hi - *lo;
}

/* Makes room in ix->pos for n positions. */
static void
reserve(struct reach_index *ix, size_t n)
{
	if (n <= ix->cap)
		return;
	ix->cap = n > 2 * ix->cap ? n : 2 * ix->cap;
	ix->pos = wl_xrealloc(ix->pos, ix->cap * sizeof *ix->pos);
}

/* Appends the positions of ix->labels[lo .. hi) to ix->pos from n on. */
static size_t
add_positions(struct reach_index *ix, size_t n, size_t lo, size_t hi)
{
	reserve(ix, n + (hi - lo));
	for (; lo < hi; lo++)
		ix->pos[n++] = ix->labels[lo].pos;
	return n;
}

static int
pos_cmp(const void *pa, const void *pb)
{
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;

	return (a > b) - (a < b);
}

/*
 * Fills ix->pos with the positions in [first, end) that can match sel, in
 * order, and returns how many: a superset of those wl_selection_matches
 * takes, found through the label index (the pods of the Gateways the
 * targetRefs name, or those with sel's rarest selector label).
 */
static size_t
candidates(struct reach_index *ix, const struct wl_selection *sel,
    size_t first, size_t end)
{
	size_t i, n = 0, lo, hi, best_lo = 0, best_hi = 0, best = (size_t)-1;

	if (sel->refs.n > 0) {
		for (i = 0; i < sel->refs.n; i++) {
			const struct wl_target_ref *ref = &sel->refs.v[i];

			if (!wl_target_ref_is_gateway(ref) ||
			    ref->name.s == NULL)
				continue;
			label_range(ix, WL_GATEWAY_NAME_LABEL, ref->name.s,
			    first, end, &lo, &hi);
			n = add_positions(ix, n, lo, hi);
		}
		if (n > 1)	/* no Gateway pod: ix->pos may still be NULL */
			qsort(ix->pos, n, sizeof *ix->pos, pos_cmp);
		return n;
	}
	if (!sel->has_selector || sel->labels.n == 0) {
		reserve(ix, end - first);
		for (i = first; i < end; i++)
			ix->pos[n++] = i;
		return n;
	}
	for (i = 0; i < sel->labels.n; i++) {
		const struct wl_pair *want = &sel->labels.v[i];

		if (want->key == NULL || want->value == NULL)
			return 0;	/* matches no label */
		if (label_range(ix, want->key, want->value, first, end, &lo,
		    &hi) < best) {
			best = hi - lo;
			best_lo = lo;
			best_hi = hi;
		}
	}
	return add_positions(ix, 0, best_lo, best_hi);
}

/* The workloads of by_namespace[first, end) that sel selects, found through the label index. */
static struct wl_reach
matches_in(struct wl_facts *f, struct reach_index *ix,
    const struct wl_selection *sel, size_t first, size_t end)
{
	const struct wl_workload	**out;
	size_t				  i, n, kept = 0;

	n = candidates(ix, sel, first, end);
	out = wl_arena_alloc(f->arena, (n + 1) * sizeof *out);
	for (i = 0; i < n; i++) {
		const struct wl_workload *w = f->by_namespace[ix->pos[i]];

		if ((i == 0 || ix->pos[i] != ix->pos[i - 1]) &&
		    wl_selection_matches(sel, w))
			out[kept++] = w;
	}
	return (struct wl_reach){ out, kept };
}

static void
select_workloads(struct wl_facts *f, struct reach_index *ix,
    struct wl_selection *sel)
{
	const struct bucket	*b = NULL;
	size_t			 first = 0, end = 0;

	if (sel->refs.n == 0 && strcmp(sel->ns, f->root_namespace) == 0)
		end = f->workloads.n;
	else if ((b = bucket_of(ix, sel->ns)) != NULL) {
		first = b->first;
		end = b->first + b->n;
	}
	sel->scope = (struct wl_reach){ f->by_namespace + first, end - first };
	sel->selected = matches_in(f, ix, sel, first, end);
	/* Another namespace's workloads: outside [first, end), so none of scope. */
	if (sel->selected.n == 0 && sel->has_selector && sel->refs.n == 0 &&
	    sel->labels.n > 0 && end - first < f->workloads.n)
		sel->elsewhere = matches_in(f, ix, sel, 0, f->workloads.n);
}

/* Every selection of the run, EnvoyFilters' first, in input order. */
static struct wl_selection *
nth_selection(struct wl_facts *f, size_t i)
{
	if (i < f->envoyfilters.n)
		return &f->envoyfilters.v[i].sel;
	return &f->wasmplugins.v[i - f->envoyfilters.n].sel;
}

/* Fills every workload's selected_by from the selections' selected lists. */
static void
invert(struct wl_facts *f, size_t nsel)
{
	const struct wl_selection	***slots;
	size_t				  i, j, k;

	slots = wl_xcalloc(f->workloads.n + 1, sizeof *slots);
	for (i = 0; i < nsel; i++) {
		const struct wl_reach *r = &nth_selection(f, i)->selected;

		for (j = 0; j < r->n; j++)
			f->workloads.v[r->v[j] - f->workloads.v].selected_by.n++;
	}
	for (k = 0; k < f->workloads.n; k++) {
		struct wl_selectors *s = &f->workloads.v[k].selected_by;

		slots[k] = wl_arena_alloc(f->arena, (s->n + 1) * sizeof **slots);
		s->v = slots[k];
		s->n = 0;
	}
	for (i = 0; i < nsel; i++) {
		const struct wl_selection	*sel = nth_selection(f, i);
		const struct wl_reach		*r = &sel->selected;

		for (j = 0; j < r->n; j++) {
			k = (size_t)(r->v[j] - f->workloads.v);
			slots[k][f->workloads.v[k].selected_by.n++] = sel;
		}
	}
	free(slots);
}

void
wl_facts_reach(struct wl_facts *f)
{
	struct reach_index	ix = { NULL, 0, NULL, 0, NULL, 0 };
	size_t			i, nsel = f->envoyfilters.n + f->wasmplugins.n;

	index_build(f, &ix);
	for (i = 0; i < f->envoyfilters.n; i++)
		f->envoyfilters.v[i].sel.envoyfilter = &f->envoyfilters.v[i];
	for (i = 0; i < f->wasmplugins.n; i++)
		f->wasmplugins.v[i].sel.plugin = &f->wasmplugins.v[i];
	for (i = 0; i < nsel; i++)
		select_workloads(f, &ix, nth_selection(f, i));
	invert(f, nsel);
	index_free(&ix);
}
