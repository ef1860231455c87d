/* service.c - Service facts: annotations, selector, and each port's targetPort. */
#include <stdlib.h>

#include "model/extract.h"

static void
extract_ports(struct wl_extract *ex, struct wl_service *svc,
    const struct wl_node *spec)
{
	const struct wl_node	*ports = wl_ex_seq(ex, spec, "ports");
	size_t			 i;

	if (ports != NULL)
		WL_VEC_RESERVE(ex->facts->arena, &svc->ports, ports->n);

	for (i = 0; ports != NULL && i < ports->n; i++) {
		const struct wl_node	*item = ports->items[i];
		struct wl_service_port	*sp;
		const char		*port;

		if (item->type != WL_NODE_MAP)
			continue;
		sp = WL_VEC_PUSH(ex->facts->arena, &svc->ports);
		port = wl_node_str(wl_node_get(item, "port"));
		sp->port = port != NULL ? strtol(port, NULL, 10) : 0;
		sp->target_port = wl_ex_str(ex, item, "targetPort");
	}
}

void
wl_extract_service(struct wl_extract *ex, const struct wl_meta *meta,
    const struct wl_node *root)
{
	struct wl_service	*svc;
	const struct wl_node	*spec;

	svc = WL_FACTS_PUSH(ex->facts, services);
	svc->obj = meta->obj;
	svc->loc = meta->loc;
	wl_ex_pairs(ex, meta->metadata, "annotations", &svc->annotations);
	spec = wl_ex_map(ex, root, "spec");
	wl_ex_pairs(ex, spec, "selector", &svc->selector);
	extract_ports(ex, svc, spec);
}
