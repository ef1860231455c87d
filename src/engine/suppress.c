/* suppress.c - matching findings against suppressions, and reporting the bad or unused ones. */
#include <string.h>

#include "engine/suppress.h"

static bool
same(const char *a, const char *b)
{
	return a != NULL && b != NULL && strcmp(a, b) == 0;
}

static bool
names_rule(const struct wl_suppression *s, const struct wl_diag *d)
{
	size_t i;

	if (s->nrules == 0)
		return true;
	for (i = 0; i < s->nrules; i++)
		if (same(s->rules[i], d->rule_id) ||
		    same(s->rules[i], d->rule_slug))
			return true;
	return false;
}

static bool
covers(const struct wl_suppression *s, const struct wl_diag *d)
{
	switch (s->scope) {
	case WL_SUPPRESS_LINE:
		if (!same(s->file, d->loc.file) || s->line != d->loc.line)
			return false;
		break;
	case WL_SUPPRESS_FILE:
		if (!same(s->file, d->loc.file))
			return false;
		break;
	case WL_SUPPRESS_OBJECT:
		if (!same(s->object.kind, d->object.kind) ||
		    !same(s->object.ns, d->object.ns) ||
		    !same(s->object.name, d->object.name))
			return false;
		break;
	}
	return names_rule(s, d);
}

/* True when some suppression covers d; marks them used. */
static bool
suppressed(struct wl_facts *f, const struct wl_diag *d)
{
	bool	hit = false;
	size_t	i;

	for (i = 0; i < f->suppressions.n; i++)
		if (covers(&f->suppressions.v[i], d)) {
			f->suppressions.v[i].used = true;
			hit = true;
		}
	return hit;
}

static void
check_suppression(struct wl_sink *sink, const struct wl_suppression *s,
    bool report_unused)
{
	size_t i;

	for (i = 0; i < s->nrules; i++)
		if (wl_rule_find(s->rules[i]) == NULL) {
			wl_sink_add_id(sink, "WL1006", &s->loc, "suppression "
			    "names `%s`, which is no rule; `wasmlint rules` "
			    "lists them", s->rules[i]);
			return;
		}
	if (report_unused && !s->used)
		wl_sink_add_id(sink, "WL1007", &s->loc, "suppression of %s "
		    "covers no finding", s->nrules > 0 ? s->rules[0]
						       : "every rule");
}

void
wl_apply_suppressions(struct wl_facts *f, struct wl_sink *sink,
    bool report_unused)
{
	size_t i, kept = 0;

	if (f->suppressions.n == 0)
		return;
	for (i = 0; i < sink->diags.n; i++)
		if (!suppressed(f, &sink->diags.v[i]))
			sink->diags.v[kept++] = sink->diags.v[i];
	sink->diags.n = kept;
	for (i = 0; i < f->suppressions.n; i++)
		check_suppression(sink, &f->suppressions.v[i], report_unused);
}
