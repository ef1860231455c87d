/* load-pairs.c - pairs of module loads that reach one workload, through the workloads' selected_by, and whether two loads meet on the same traffic. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check/load-pairs.h"

/* A group of more loads with one key in one workload pairs with its first only. */
#define GROUP_ALL_PAIRS 16

struct by_sel {
	uintptr_t	sel;
	size_t		load;
};

struct slot {
	const char	*key;
	size_t		 load;
};

struct triple {
	size_t	a, b, w;
};

static int
by_sel_cmp(const void *pa, const void *pb)
{
	const struct by_sel *a = pa, *b = pb;

	if (a->sel != b->sel)
		return a->sel < b->sel ? -1 : 1;
	return a->load < b->load ? -1 : a->load > b->load;
}

static int
slot_cmp(const void *pa, const void *pb)
{
	const struct slot	*a = pa, *b = pb;
	int			 d = strcmp(a->key, b->key);

	if (d != 0)
		return d;
	return a->load < b->load ? -1 : a->load > b->load;
}

static int
triple_cmp(const void *pa, const void *pb)
{
	const struct triple *a = pa, *b = pb;

	if (a->a != b->a)
		return a->a < b->a ? -1 : 1;
	if (a->b != b->b)
		return a->b < b->b ? -1 : 1;
	return a->w < b->w ? -1 : a->w > b->w;
}

/* The first entry of index (n, sorted) whose selection is sel. */
static size_t
first_of(const struct by_sel *index, size_t n, uintptr_t sel)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (index[mid].sel < sel)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

struct pairing {
	struct wl_arena		*arena;
	const struct by_sel	*index;
	size_t			 nindex;
	const char		**keys;
	WL_VEC(struct slot)	 slots;
	WL_VEC(struct triple)	 triples;
};

/* The loads with a key that the selections selecting w make, sorted by key. */
static void
gather(struct pairing *p, const struct wl_workload *w)
{
	size_t i, j;

	p->slots.n = 0;
	for (i = 0; i < w->selected_by.n; i++) {
		uintptr_t sel = (uintptr_t)w->selected_by.v[i];

		for (j = first_of(p->index, p->nindex, sel);
		    j < p->nindex && p->index[j].sel == sel; j++)
			if (p->keys[p->index[j].load] != NULL)
				*WL_VEC_PUSH(p->arena, &p->slots) = (struct slot){
				    p->keys[p->index[j].load], p->index[j].load };
	}
	if (p->slots.n > 1)
		qsort(p->slots.v, p->slots.n, sizeof *p->slots.v, slot_cmp);
}

static void
pair_groups(struct pairing *p, size_t wi)
{
	size_t r0, r1, x, y, firsts;

	for (r0 = 0; r0 < p->slots.n; r0 = r1) {
		for (r1 = r0 + 1; r1 < p->slots.n &&
		    strcmp(p->slots.v[r1].key, p->slots.v[r0].key) == 0; r1++)
			;
		firsts = r1 - r0 > GROUP_ALL_PAIRS ? 1 : r1 - r0;
		for (x = r0; x < r0 + firsts; x++)
			for (y = x + 1; y < r1; y++)
				*WL_VEC_PUSH(p->arena, &p->triples) =
				    (struct triple){ p->slots.v[x].load,
				    p->slots.v[y].load, wi };
	}
}

void
wl_each_load_pair(struct wl_check *c,
    const char *(*key)(struct wl_check *, const struct wl_load *),
    void (*fn)(struct wl_check *, const struct wl_load_pair *))
{
	const struct wl_facts	*f = c->facts;
	struct pairing		 p = { c->scratch, NULL, 0, NULL, { 0 },
				    { 0 } };
	struct by_sel		*index;
	size_t			 i, j, keyed = 0;

	if (f->loads.n < 2)
		return;
	index = wl_arena_alloc(p.arena, f->loads.n * sizeof *index);
	p.keys = wl_arena_alloc(p.arena, f->loads.n * sizeof *p.keys);
	for (i = 0; i < f->loads.n; i++) {
		index[i] = (struct by_sel){ (uintptr_t)f->loads.v[i].sel, i };
		if ((p.keys[i] = key(c, &f->loads.v[i])) != NULL)
			keyed++;
	}
	if (keyed < 2)
		return;
	qsort(index, f->loads.n, sizeof *index, by_sel_cmp);
	p.index = index;
	p.nindex = f->loads.n;
	for (i = 0; i < f->workloads.n; i++) {
		gather(&p, &f->workloads.v[i]);
		pair_groups(&p, i);
	}
	if (p.triples.n > 1)
		qsort(p.triples.v, p.triples.n, sizeof *p.triples.v,
		    triple_cmp);
	for (i = 0; i < p.triples.n; i = j) {
		const struct triple	*t = &p.triples.v[i];
		struct wl_load_pair	 pair;

		for (j = i + 1; j < p.triples.n && p.triples.v[j].a == t->a &&
		    p.triples.v[j].b == t->b; j++)
			;
		pair = (struct wl_load_pair){ &f->loads.v[t->a],
		    &f->loads.v[t->b], &f->workloads.v[t->w], j - i };
		fn(c, &pair);
	}
}

#define MODE_CLIENT	1u
#define MODE_SERVER	2u
#define MODE_BOTH	(MODE_CLIENT | MODE_SERVER)

/* istiod's matchMode: UNDEFINED and CLIENT_AND_SERVER take either class. */
static unsigned
entry_mode(const struct wl_wasm_match *m)
{
	if (m->mode.s != NULL && strcmp(m->mode.s, "CLIENT") == 0)
		return MODE_CLIENT;
	if (m->mode.s != NULL && strcmp(m->mode.s, "SERVER") == 0)
		return MODE_SERVER;
	return MODE_BOTH;
}

static unsigned
patch_mode(const struct wl_patch *p)
{
	const char *ctx = p->context.s;

	if (ctx != NULL && strcmp(ctx, "SIDECAR_INBOUND") == 0)
		return MODE_SERVER;
	if (ctx != NULL && (strcmp(ctx, "SIDECAR_OUTBOUND") == 0 ||
	    strcmp(ctx, "GATEWAY") == 0))
		return MODE_CLIENT;
	return MODE_BOTH;
}

/* A port number as written, or 0 (every port) when it is none. */
static long
port_of(const struct wl_wasm_port *p)
{
	char *end;
	long  n;

	if (p->null_item || p->number.s == NULL)
		return 0;
	n = strtol(p->number.s, &end, 10);
	return *end == '\0' && n > 0 ? n : 0;
}

/* True when traffic of mode on port (0: any) is some of what l acts on. */
static bool
meets(unsigned mode, long port, const struct wl_load *l)
{
	size_t i, j;

	if (l->plugin == NULL) {
		long p = l->patch->has_port ? l->patch->port : 0;

		return (patch_mode(l->patch) & mode) != 0 &&
		    (port == 0 || p == 0 || p == port);
	}
	if (l->plugin->match.n == 0)
		return true;
	for (i = 0; i < l->plugin->match.n; i++) {
		const struct wl_wasm_match *m = &l->plugin->match.v[i];

		if (m->null_item || (entry_mode(m) & mode) == 0)
			continue;
		if (m->ports.n == 0 || port == 0)
			return true;
		for (j = 0; j < m->ports.n; j++)
			if (port_of(&m->ports.v[j]) == 0 ||
			    port_of(&m->ports.v[j]) == port)
				return true;
	}
	return false;
}

bool
wl_loads_share_traffic(const struct wl_load *a, const struct wl_load *b)
{
	size_t i, j;

	if (a->plugin == NULL)
		return meets(patch_mode(a->patch), a->patch->has_port ?
		    a->patch->port : 0, b);
	if (a->plugin->match.n == 0)
		return meets(MODE_BOTH, 0, b);
	for (i = 0; i < a->plugin->match.n; i++) {
		const struct wl_wasm_match *m = &a->plugin->match.v[i];

		if (m->null_item)
			continue;
		if (m->ports.n == 0 && meets(entry_mode(m), 0, b))
			return true;
		for (j = 0; j < m->ports.n; j++)
			if (meets(entry_mode(m), port_of(&m->ports.v[j]), b))
				return true;
	}
	return false;
}
