/* near-miss.c - the workload of a selection's scope that a selector matching nothing most plausibly meant: evidence that the selector, not the inputs, is wrong. */
#include <string.h>

#include "model/extract.h"
#include "model/gateway.h"
#include "model/lookup.h"
#include "model/near-miss.h"

/* Shorter values (v1, db) are compared exactly: one edit makes another word of them. */
#define MIN_TYPO_LEN	4

static bool
is_sep(char c)
{
	return c == '-' || c == '.' || c == '_' || c == '/';
}

/* Whether s[0 .. n) is digits, after an optional leading v. */
static bool
is_number(const char *s, size_t n)
{
	size_t i = n > 0 && (s[0] == 'v' || s[0] == 'V') ? 1 : 0;

	if (i == n)
		return false;
	for (; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

/* The end of the segment of s (length n) that holds position i. */
static size_t
segment_end(const char *s, size_t n, size_t i)
{
	while (i < n && !is_sep(s[i]))
		i++;
	return i;
}

bool
wl_one_typo(const char *a, const char *b)
{
	size_t	n = strlen(a), m = strlen(b), head = 0, tail = 0, ra, rb;
	size_t	start, ea, eb;
	bool	swap;

	if ((n > m ? n : m) < MIN_TYPO_LEN)
		return false;
	while (head < n && head < m && a[head] == b[head])
		head++;
	while (tail < n - head && tail < m - head &&
	    a[n - 1 - tail] == b[m - 1 - tail])
		tail++;
	ra = n - head - tail;
	rb = m - head - tail;
	swap = ra == 2 && rb == 2 && a[head] == b[head + 1] &&
	    a[head + 1] == b[head];
	if (!swap && (ra > 1 || rb > 1 || ra + rb == 0))
		return false;
	for (start = head; start > 0 && !is_sep(a[start - 1]); start--)
		;
	ea = segment_end(a, n, head + ra);
	eb = segment_end(b, m, head + rb);
	if (is_number(a + start, ea - start) && is_number(b + start, eb - start))
		return false;
	return ea - start > 1 || eb - start > 1;
}

/* The label of w equal to want, or one typo from it in key or value; *exact says which. */
static const struct wl_pair *
label_near(const struct wl_workload *w, const struct wl_pair *want,
    bool *exact)
{
	size_t i;

	*exact = false;
	if (want->key == NULL || want->value == NULL)
		return NULL;
	for (i = 0; i < w->labels.n; i++) {
		const struct wl_pair *l = &w->labels.v[i];

		if (l->key == NULL || l->value == NULL)
			continue;
		if (strcmp(l->key, want->key) == 0 &&
		    strcmp(l->value, want->value) == 0) {
			*exact = true;
			return l;
		}
	}
	for (i = 0; i < w->labels.n; i++) {
		const struct wl_pair *l = &w->labels.v[i];

		if (l->key == NULL || l->value == NULL)
			continue;
		if ((strcmp(l->key, want->key) == 0 &&
		    wl_one_typo(l->value, want->value)) ||
		    (strcmp(l->value, want->value) == 0 &&
		    wl_one_typo(l->key, want->key)))
			return l;
	}
	return NULL;
}

/* Whether w's pod labels hold every selector label or one a typo from it, at least one not exactly. */
static bool
typo_of(const struct wl_selection *sel, const struct wl_workload *w,
    struct wl_near_miss *out)
{
	size_t	i;
	bool	near = false;

	for (i = 0; i < sel->labels.n; i++) {
		bool			 exact;
		const struct wl_pair	*l = label_near(w, &sel->labels.v[i],
		    &exact);

		if (l == NULL)
			return false;
		if (!exact && !near) {
			near = true;
			out->want = &sel->labels.v[i];
			out->have = l;
		}
	}
	return near;
}

/* The selector label whose value is w's name, or NULL. */
static const struct wl_pair *
named_by(const struct wl_selection *sel, const struct wl_workload *w)
{
	size_t i;

	for (i = 0; w->obj.name != NULL && i < sel->labels.n; i++)
		if (sel->labels.v[i].value != NULL &&
		    strcmp(sel->labels.v[i].value, w->obj.name) == 0)
			return &sel->labels.v[i];
	return NULL;
}

/* Why w looks like the workload sel meant, into out; false when nothing says so. */
static bool
near_miss(const struct wl_selection *sel, const struct wl_workload *w,
    struct wl_near_miss *out)
{
	*out = (struct wl_near_miss){ w, WL_NEAR_OWN_LABELS, NULL, NULL };
	if (w->own_labels.present && w->own_labels.v != w->labels.v &&
	    wl_labels_subset(&sel->labels, &w->own_labels))
		return true;
	if ((out->want = named_by(sel, w)) != NULL) {
		out->why = WL_NEAR_NAME;
		return true;
	}
	out->why = WL_NEAR_TYPO;
	return typo_of(sel, w, out);
}

bool
wl_selection_near_miss(const struct wl_selection *sel,
    struct wl_near_miss *out)
{
	size_t i;

	if (!sel->has_selector || sel->labels.n == 0)
		return false;
	for (i = 0; i < sel->scope.n; i++)
		if (!wl_selection_matches(sel, sel->scope.v[i]) &&
		    near_miss(sel, sel->scope.v[i], out))
			return true;
	return false;
}

bool
wl_selection_unmatched(const struct wl_facts *f, const struct wl_selection *sel)
{
	return sel->has_selector && sel->refs.n == 0 && sel->scope.n > 0 &&
	    sel->selected.n == 0 && wl_selector_gateway(f, sel) == NULL;
}
