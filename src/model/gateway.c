/* gateway.c - Kubernetes Gateway facts (gateway.networking.k8s.io, not Istio's networking.istio.io Gateway). */
#include <stdlib.h>
#include <string.h>

#include "model/extract.h"
#include "model/gateway.h"
#include "model/lookup.h"

void
wl_extract_gateway(struct wl_extract *ex, const struct wl_meta *meta,
    const struct wl_node *root)
{
	const char		*api = wl_node_str(wl_node_get(root,
	    "apiVersion"));
	struct wl_gateway	*gw;

	if (api == NULL || strncmp(api, WL_GATEWAY_API_GROUP "/",
	    strlen(WL_GATEWAY_API_GROUP "/")) != 0 || meta->obj.name == NULL)
		return;
	gw = WL_FACTS_PUSH(ex->facts, gateways);
	gw->obj = meta->obj;
	gw->loc = meta->loc;
	gw->class_name = wl_ex_str(ex, wl_ex_map(ex, root, "spec"),
	    "gatewayClassName");
}

static int
gateway_cmp(const void *pa, const void *pb)
{
	const struct wl_gateway *a = *(const struct wl_gateway *const *)pa;
	const struct wl_gateway *b = *(const struct wl_gateway *const *)pb;
	int			 c = strcmp(a->obj.ns, b->obj.ns);

	return c != 0 ? c : strcmp(a->obj.name, b->obj.name);
}

void
wl_gateways_sort(struct wl_facts *f)
{
	size_t i;

	f->gateways_sorted = wl_arena_alloc(f->arena,
	    (f->gateways.n + 1) * sizeof *f->gateways_sorted);
	for (i = 0; i < f->gateways.n; i++)
		f->gateways_sorted[i] = &f->gateways.v[i];
	qsort(f->gateways_sorted, f->gateways.n, sizeof *f->gateways_sorted,
	    gateway_cmp);
}

const struct wl_gateway *
wl_gateway_named(const struct wl_facts *f, const char *ns, const char *name)
{
	struct wl_gateway	 want = { .obj = { .ns = ns, .name = name } };
	const struct wl_gateway	*key = &want, *const *hit;

	hit = bsearch(&key, f->gateways_sorted, f->gateways.n,
	    sizeof *f->gateways_sorted, gateway_cmp);
	return hit != NULL ? *hit : NULL;
}

const struct wl_gateway *
wl_selector_gateway(const struct wl_facts *f, const struct wl_selection *sel)
{
	const struct wl_pair *l;

	if (!sel->has_selector || sel->refs.n > 0 || sel->labels.n != 1)
		return NULL;
	l = &sel->labels.v[0];
	if (l->key == NULL || l->value == NULL ||
	    strcmp(l->key, WL_GATEWAY_NAME_LABEL) != 0)
		return NULL;
	return wl_gateway_named(f, sel->ns, l->value);
}
