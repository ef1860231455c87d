/* proxy-type.c - whether a workload's proxy runs as a gateway (istiod's router) or a sidecar, which decides the patch contexts that reach it. */
#include <string.h>

#include "model/extract.h"
#include "model/lookup.h"
#include "schema/injector.h"

/*
 * The pod template annotation that picks injection templates, and the
 * template that makes the injected proxy a gateway: istio/istio
 * manifests/charts/gateway/values.yaml sets inject.istio.io/templates:
 * "gateway" (1.12.0, 1.29.6), and the injector's "gateway" template
 * (istio-discovery/files/gateway-injection-template.yaml) runs
 * `pilot-agent proxy router`.
 */
#define TEMPLATES_ANNOTATION	"inject.istio.io/templates"

/* Whether the comma-separated list holds item. */
static bool
list_holds(const char *list, const char *item)
{
	size_t n = strlen(item);

	while (*list != '\0') {
		size_t len;

		list += strspn(list, " ,");
		len = strcspn(list, ",");
		while (len > 0 && list[len - 1] == ' ')
			len--;
		if (len == n && strncmp(list, item, n) == 0)
			return true;
		list += strcspn(list, ",");
	}
	return false;
}

/*
 * Whether container's args are `proxy router ...`, as in Istio's gateway
 * charts (manifests/charts/gateways/istio-ingress/templates/deployment.yaml,
 * 1.12.0) and the gateway injection template.
 */
static bool
args_router(struct wl_extract *ex, const struct wl_node *container)
{
	const struct wl_node *args = wl_ex_seq(ex, container, "args");

	return args != NULL && args->n >= 2 &&
	    wl_node_str(args->items[0]) != NULL &&
	    strcmp(wl_node_str(args->items[0]), "proxy") == 0 &&
	    wl_node_str(args->items[1]) != NULL &&
	    strcmp(wl_node_str(args->items[1]), "router") == 0;
}

void
wl_extract_proxy_type(struct wl_extract *ex, struct wl_workload *w,
    const struct wl_node *pod_spec)
{
	const struct wl_node	*list = wl_ex_seq(ex, pod_spec, "containers");
	const struct wl_pair	*t = wl_pairs_find(&w->annotations,
	    TEMPLATES_ANNOTATION);
	size_t			 i;

	if (t != NULL && t->value != NULL && list_holds(t->value, "gateway")) {
		w->gateway = true;
		w->gateway_loc = t->value_loc;
		return;
	}
	for (i = 0; list != NULL && i < list->n; i++) {
		const struct wl_node	*c = list->items[i];
		const char		*name;

		if (c->type != WL_NODE_MAP)
			continue;
		name = wl_node_str(wl_node_get(c, "name"));
		if (wl_is_proxy_container(name) &&
		    args_router(ex, c)) {
			w->gateway = true;
			w->gateway_loc = wl_ex_loc(ex, wl_node_get(c, "args"));
			return;
		}
	}
}

/*
 * istiod patches a router's listeners in context GATEWAY only, a sidecar's
 * in SIDECAR_INBOUND and SIDECAR_OUTBOUND; ANY matches both
 * (pilot/pkg/networking/core/v1alpha3/listener_builder.go patchListeners
 * and envoyfilter/listener_patch.go patchContextMatch at 1.8.0;
 * pilot/pkg/networking/core/listener_builder.go at 1.29.6). Other contexts
 * (WAYPOINT, unknown values) are left as reaching every workload.
 */
bool
wl_patch_reaches(const struct wl_patch *p, const struct wl_workload *w)
{
	const char *ctx = p->context.s;

	if (ctx == NULL)
		return true;
	if (strcmp(ctx, "GATEWAY") == 0)
		return w->gateway;
	if (strcmp(ctx, "SIDECAR_INBOUND") == 0 ||
	    strcmp(ctx, "SIDECAR_OUTBOUND") == 0)
		return !w->gateway;
	return true;
}

bool
wl_load_reaches(const struct wl_load *l, const struct wl_workload *w)
{
	return l->patch == NULL || wl_patch_reaches(l->patch, w);
}
