/* anchor.c - each named configPatch's versioned anchor, found once per namespace, filter name and gate: patches that share those share the first anchor of their walk, and only whether it comes before each one differs. */
#include <stdlib.h>
#include <string.h>

#include "model/anchor.h"
#include "model/patch.h"
#include "util/xmalloc.h"

#define NO_GATE	((size_t)-1)

/* A named patch: a question, and a candidate anchor when it has a gate. */
struct item {
	const struct wl_envoyfilter	*ef;
	const struct wl_patch		*p;
	const char			*name;	/* wl_patch_instance_name */
	size_t				 gate;	/* id of its proxyVersion, or NO_GATE */
	size_t				 ordinal;	/* among every patch, input order */
	bool				 every;	/* ef is in the root namespace */
};

/* One gate compared with the gate asked about (whose id + 1 is stamp). */
struct said {
	size_t		stamp;
	enum wl_gates	gates;
	char		witness[16];
};

struct wl_anchors {
	size_t					 *base;	/* per EnvoyFilter: its first patch's ordinal */
	const struct wl_versioned_anchor	**of;	/* per patch ordinal, NULL when none */
};

struct build {
	struct wl_facts	 *f;
	struct wl_anchors *x;
	struct item	 *items;	/* the named patches, input order */
	size_t		  nitems;
	const char	**gates;	/* the distinct proxyVersions, sorted */
	size_t		  ngates;
	struct item	**by_name;	/* the gated items by name, then input order */
	struct item	**by_place;	/* ... by name, namespace, then input order */
	size_t		  ngated;
	struct said	 *said;		/* per gate id */
};

struct range {
	struct item *const	*v;
	size_t			 n;
};

static int
str_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int
ordinal_cmp(const struct item *a, const struct item *b)
{
	return (a->ordinal > b->ordinal) - (a->ordinal < b->ordinal);
}

static int
by_name_cmp(const void *pa, const void *pb)
{
	const struct item *a = *(struct item *const *)pa;
	const struct item *b = *(struct item *const *)pb;
	int		   c = strcmp(a->name, b->name);

	return c != 0 ? c : ordinal_cmp(a, b);
}

static int
by_place_cmp(const void *pa, const void *pb)
{
	const struct item *a = *(struct item *const *)pa;
	const struct item *b = *(struct item *const *)pb;
	int		   c = strcmp(a->name, b->name);

	if (c == 0)
		c = strcmp(a->ef->obj.ns, b->ef->obj.ns);
	return c != 0 ? c : ordinal_cmp(a, b);
}

/* Questions with the same answer next to each other, those of one gate together. */
static int
question_cmp(const void *pa, const void *pb)
{
	const struct item *a = *(struct item *const *)pa;
	const struct item *b = *(struct item *const *)pb;
	int		   c = (a->gate > b->gate) - (a->gate < b->gate);

	if (c == 0)
		c = (int)a->every - (int)b->every;
	if (c == 0 && !a->every)
		c = strcmp(a->ef->obj.ns, b->ef->obj.ns);
	return c != 0 ? c : strcmp(a->name, b->name);
}

/* The named patches in input order, their gates' ids, and the gated ones in both orders. */
static void
collect(struct build *b)
{
	const struct wl_facts	*f = b->f;
	size_t			 i, j, ordinal = 0, n;

	for (i = 0; i < f->envoyfilters.n; i++) {
		const struct wl_envoyfilter *ef = &f->envoyfilters.v[i];

		b->x->base[i] = ordinal;
		for (j = 0; j < ef->patches.n; j++, ordinal++) {
			const struct wl_patch	*p = &ef->patches.v[j];
			const char		*name = wl_patch_instance_name(p);

			if (name == NULL)
				continue;
			b->items[b->nitems++] = (struct item){ ef, p, name,
			    NO_GATE, ordinal,
			    strcmp(ef->obj.ns, f->root_namespace) == 0 };
			if (p->proxy_version.s != NULL &&
			    *p->proxy_version.s != '\0')
				b->gates[b->ngates++] = p->proxy_version.s;
		}
	}
	qsort(b->gates, b->ngates, sizeof *b->gates, str_cmp);
	for (i = n = 0; i < b->ngates; i++)
		if (n == 0 || strcmp(b->gates[n - 1], b->gates[i]) != 0)
			b->gates[n++] = b->gates[i];
	b->ngates = n;
	for (i = 0; i < b->nitems; i++) {
		const char	 *gate = b->items[i].p->proxy_version.s;
		const char	**at;

		if (gate == NULL || *gate == '\0')
			continue;
		at = bsearch(&gate, b->gates, b->ngates, sizeof *b->gates,
		    str_cmp);
		b->items[i].gate = (size_t)(at - b->gates);
		b->by_name[b->ngated] = b->by_place[b->ngated] = &b->items[i];
		b->ngated++;
	}
	qsort(b->by_name, b->ngated, sizeof *b->by_name, by_name_cmp);
	qsort(b->by_place, b->ngated, sizeof *b->by_place, by_place_cmp);
}

static int
key_cmp(const struct item *it, const char *name, const char *ns)
{
	int c = strcmp(it->name, name);

	return c != 0 || ns == NULL ? c : strcmp(it->ef->obj.ns, ns);
}

/* The items of v (by_name when ns is NULL, else by_place) with this name and namespace. */
static struct range
find(struct item *const *v, size_t n, const char *name, const char *ns)
{
	size_t lo = 0, hi = n, first;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (key_cmp(v[mid], name, ns) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	first = lo;
	for (hi = n; lo < hi;) {
		size_t mid = lo + (hi - lo) / 2;

		if (key_cmp(v[mid], name, ns) <= 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (struct range){ v + first, lo - first };
}

/* Gate a (of the question) against gate q, compared once per question gate. */
static const struct said *
compare(struct build *b, size_t a, size_t q)
{
	struct said *s = &b->said[q];

	if (s->stamp != a + 1) {
		s->stamp = a + 1;
		s->witness[0] = '\0';
		s->gates = wl_gates_compare(b->gates[a], b->gates[q],
		    s->witness, sizeof s->witness);
	}
	return s;
}

static const struct wl_versioned_anchor *
found(struct build *b, const struct item *q, enum wl_gates gates,
    const char *witness)
{
	struct wl_versioned_anchor *a = wl_arena_alloc(b->f->arena, sizeof *a);

	a->owner = q->ef;
	a->patch = q->p;
	a->gates = gates;
	memcpy(a->witness, witness, strlen(witness) + 1);	/* under 16 bytes */
	return a;
}

/*
 * The first gated patch named as ask, with another gate that ask's does not
 * exclude, in the walk of the EnvoyFilters that meet ask's (model/meet.c:
 * its namespace's and the root namespace's merged in input order, or all);
 * whether it comes before ask is the caller's question.
 */
static const struct wl_versioned_anchor *
first_anchor(struct build *b, const struct item *ask)
{
	struct range		 own, root = { NULL, 0 };
	const struct item	*q;
	const struct said	*s;

	if (ask->every)
		own = find(b->by_name, b->ngated, ask->name, NULL);
	else {
		own = find(b->by_place, b->ngated, ask->name, ask->ef->obj.ns);
		root = find(b->by_place, b->ngated, ask->name,
		    b->f->root_namespace);
	}
	while (own.n > 0 || root.n > 0) {
		if (own.n > 0 && (root.n == 0 ||
		    (*own.v)->ordinal < (*root.v)->ordinal)) {
			q = *own.v++;
			own.n--;
		} else {
			q = *root.v++;
			root.n--;
		}
		if (ask->gate == NO_GATE)
			return found(b, q, WL_GATES_SHARED, "");
		if (q->gate == ask->gate)
			continue;
		s = compare(b, ask->gate, q->gate);
		if (s->gates != WL_GATES_DISJOINT)
			return found(b, q, s->gates, s->witness);
	}
	return NULL;
}

/* Each question's first anchor, computed once for each run of equal questions. */
static void
answer(struct build *b)
{
	struct item			**ask = wl_xcalloc(b->nitems + 1,
					    sizeof *ask);
	const struct wl_versioned_anchor *a = NULL;
	size_t				  i;

	for (i = 0; i < b->nitems; i++)
		ask[i] = &b->items[i];
	qsort(ask, b->nitems, sizeof *ask, question_cmp);
	for (i = 0; i < b->nitems; i++) {
		if (i == 0 || question_cmp(&ask[i - 1], &ask[i]) != 0)
			a = first_anchor(b, ask[i]);
		b->x->of[ask[i]->ordinal] = a;
	}
	free(ask);
}

void
wl_anchor_index(struct wl_facts *f)
{
	struct wl_anchors	*x = wl_arena_alloc(f->arena, sizeof *x);
	struct build		 b = { .f = f, .x = x };
	size_t			 i, npatches = 0;

	for (i = 0; i < f->envoyfilters.n; i++)
		npatches += f->envoyfilters.v[i].patches.n;
	x->base = wl_arena_alloc(f->arena,
	    (f->envoyfilters.n + 1) * sizeof *x->base);
	x->of = wl_arena_alloc(f->arena, (npatches + 1) * sizeof *x->of);
	f->anchors = x;
	b.items = wl_xcalloc(npatches + 1, sizeof *b.items);
	b.gates = wl_xcalloc(npatches + 1, sizeof *b.gates);
	b.by_name = wl_xcalloc(npatches + 1, sizeof *b.by_name);
	b.by_place = wl_xcalloc(npatches + 1, sizeof *b.by_place);
	collect(&b);
	b.said = wl_xcalloc(b.ngates + 1, sizeof *b.said);
	answer(&b);
	free(b.said);
	free(b.by_place);
	free(b.by_name);
	free(b.gates);
	free(b.items);
}

static size_t
ordinal_of(const struct wl_facts *f, const struct wl_envoyfilter *ef,
    const struct wl_patch *p)
{
	return f->anchors->base[ef - f->envoyfilters.v] +
	    (size_t)(p - ef->patches.v);
}

bool
wl_patch_versioned_anchor(const struct wl_facts *f,
    const struct wl_envoyfilter *ef, const struct wl_patch *p,
    struct wl_versioned_anchor *out)
{
	const struct wl_versioned_anchor *a =
	    f->anchors->of[ordinal_of(f, ef, p)];

	/* The walk's first anchor: none comes before p when it does not. */
	if (a == NULL ||
	    ordinal_of(f, a->owner, a->patch) >= ordinal_of(f, ef, p))
		return false;
	*out = *a;
	return true;
}
