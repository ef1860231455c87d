/* elsewhere.c - naming the workloads of other namespaces that a selector which selects nothing would select. */
#include "check/elsewhere.h"
#include "model/describe.h"

#define SHOWN 3

size_t
wl_relate_elsewhere(struct wl_check *c, const struct wl_object *owner,
    const struct wl_selection *sel, struct wl_diag *d)
{
	const struct wl_reach	*r = &sel->elsewhere;
	size_t			 i;

	for (i = 0; i < r->n && i < SHOWN; i++)
		wl_relate(c, d, &r->v[i]->labels.loc, "%s has these "
		    "pod-template labels, in namespace %s: a %s selects only "
		    "in its own namespace, %s (every namespace from the root "
		    "namespace, %s)", wl_describe_object(c->sink->arena,
		    &r->v[i]->obj), r->v[i]->obj.ns, owner->kind, sel->ns,
		    c->facts->root_namespace);
	if (r->n > 0)
		wl_diag_hint(c->sink, d, "put the %s in namespace %s, with its "
		    "workload%s", owner->kind, r->v[0]->obj.ns, r->n > SHOWN ?
		    wl_arena_printf(c->sink->arena, " (%zu more workloads of "
		    "other namespaces have these labels)", r->n - SHOWN) : "");
	return r->n;
}
