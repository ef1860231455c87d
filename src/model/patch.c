/* patch.c - shared questions about configPatches: validated, relative, named, anchored to a versioned patch. */
#include <string.h>

#include "schema/envoyfilter-api.h"
#include "model/meet.h"
#include "model/patch.h"

bool
wl_str_is(const struct wl_str_loc *s, const char *value)
{
	return s->s != NULL && strcmp(s->s, value) == 0;
}

bool
wl_patch_validated(const struct wl_patch *p)
{
	return !p->null_item && !wl_str_is(&p->context, "WAYPOINT");
}

bool
wl_patch_is_relative(const struct wl_patch *p)
{
	const char *op = p->operation.s;

	if (op == NULL || p->apply_to.s == NULL)
		return false;
	if (strcmp(op, "INSERT_BEFORE") != 0 && strcmp(op, "INSERT_AFTER") != 0 &&
	    strcmp(op, "REPLACE") != 0 && strcmp(op, "REMOVE") != 0)
		return false;
	return wl_ef_operation_effect(p->apply_to.s, op) == WL_EF_APPLIED;
}

const char *
wl_patch_instance_name(const struct wl_patch *p)
{
	if (p->value_name.s != NULL && *p->value_name.s != '\0')
		return p->value_name.s;
	if (p->match_filter.s != NULL && *p->match_filter.s != '\0')
		return p->match_filter.s;
	return NULL;
}

bool
wl_patch_versioned_anchor(const struct wl_facts *f,
    const struct wl_envoyfilter *ef_p, const struct wl_patch *p,
    struct wl_versioned_anchor *out)
{
	const char			*name = wl_patch_instance_name(p);
	const char			*gate = p->proxy_version.s;
	const struct wl_envoyfilter	*ef;
	struct wl_meet			 m;
	size_t				 j;

	if (name == NULL)
		return false;
	for (wl_meet_start(&m, f, &f->envoyfilters_all, ef_p);
	    (ef = wl_meet_next(&m)) != NULL;) {
		for (j = 0; j < ef->patches.n; j++) {
			const struct wl_patch	*q = &ef->patches.v[j];
			const char		*qn;

			if (q == p)
				return false;
			qn = wl_patch_instance_name(q);
			if (q->proxy_version.s == NULL ||
			    *q->proxy_version.s == '\0' || qn == NULL ||
			    strcmp(qn, name) != 0 ||
			    wl_str_is(&p->proxy_version, q->proxy_version.s))
				continue;
			out->witness[0] = '\0';
			out->gates = gate == NULL || *gate == '\0' ?
			    WL_GATES_SHARED : wl_gates_compare(gate,
			    q->proxy_version.s, out->witness,
			    sizeof out->witness);
			if (out->gates == WL_GATES_DISJOINT)
				continue;
			out->owner = ef;
			out->patch = q;
			return true;
		}
	}
	return false;
}
