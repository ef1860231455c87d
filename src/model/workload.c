/* workload.c - facts of pod-carrying objects: pod-template labels, annotations, containers. */
#include <string.h>

#include "model/extract.h"
#include "model/pod-patch.h"
#include "model/version.h"
#include "schema/injector.h"

/* The pod template of a workload: for a Pod the object itself. */
static const struct wl_node *
pod_template(struct wl_extract *ex, const char *kind,
    const struct wl_node *root)
{
	const struct wl_node *spec;

	if (strcmp(kind, "Pod") == 0)
		return root;
	spec = wl_ex_map(ex, root, "spec");
	if (strcmp(kind, "CronJob") == 0)
		spec = wl_ex_map(ex, wl_ex_map(ex, spec, "jobTemplate"),
		    "spec");
	return wl_ex_map(ex, spec, "template");
}

static void
extract_ports(struct wl_extract *ex, struct wl_container *c,
    const struct wl_node *container)
{
	const struct wl_node	*ports = wl_ex_seq(ex, container, "ports");
	size_t			 i;

	if (ports != NULL)
		WL_VEC_RESERVE(ex->facts->arena, &c->ports, ports->n);

	for (i = 0; ports != NULL && i < ports->n; i++) {
		long port;

		if (wl_ex_port(ex, ports->items[i], "containerPort", &port,
		    NULL))
			*WL_VEC_PUSH(ex->facts->arena, &c->ports) = port;
	}
}

static void
extract_spec_volumes(struct wl_extract *ex, struct wl_workload *w,
    const struct wl_node *pod_spec)
{
	const struct wl_node	*list = wl_ex_seq(ex, pod_spec, "volumes");
	size_t			 i;

	if (list != NULL)
		WL_VEC_RESERVE(ex->facts->arena, &w->spec_volumes, list->n);

	for (i = 0; list != NULL && i < list->n; i++)
		wl_extract_spec_volume(ex, w, list->items[i]);
}

static void
extract_containers(struct wl_extract *ex, struct wl_workload *w,
    const struct wl_node *pod_spec)
{
	const struct wl_node	*list = wl_ex_seq(ex, pod_spec, "containers");
	size_t			 i;

	if (list != NULL)
		WL_VEC_RESERVE(ex->facts->arena, &w->containers, list->n);

	for (i = 0; list != NULL && i < list->n; i++) {
		const struct wl_node	*item = list->items[i];
		struct wl_container	*c;

		if (item->type != WL_NODE_MAP)
			continue;
		c = WL_VEC_PUSH(ex->facts->arena, &w->containers);
		c->name = wl_ex_str(ex, item, "name");
		c->image = wl_ex_str(ex, item, "image");
		extract_ports(ex, c, item);
		if (wl_is_proxy_container(c->name.s))
			wl_extract_proxy_mounts(ex, w, item);
	}
}

void
wl_extract_workload(struct wl_extract *ex, const struct wl_meta *meta,
    const struct wl_node *root)
{
	struct wl_workload	*w;
	const struct wl_node	*tmpl, *pod_meta, *pod_spec;

	tmpl = pod_template(ex, meta->obj.kind, root);
	pod_meta = wl_ex_map(ex, tmpl, "metadata");
	pod_spec = wl_ex_map(ex, tmpl, "spec");
	if (strcmp(meta->obj.kind, "Pod") != 0 &&
	    wl_is_pod_patch(pod_meta, pod_spec)) {
		wl_extract_workload_patch(ex, meta, pod_meta);
		return;
	}
	w = WL_FACTS_PUSH(ex->facts, workloads);
	w->obj = meta->obj;
	w->loc = meta->loc;
	wl_ex_pairs(ex, meta->metadata, "labels", &w->own_labels);
	wl_ex_pairs(ex, meta->metadata, "annotations", &w->own_annotations);
	if (strcmp(meta->obj.kind, "Pod") == 0) {
		w->labels = w->own_labels;
		w->annotations = w->own_annotations;
	} else {
		wl_ex_pairs(ex, pod_meta, "labels", &w->labels);
		wl_ex_pairs(ex, pod_meta, "annotations", &w->annotations);
	}
	extract_containers(ex, w, pod_spec);
	extract_spec_volumes(ex, w, pod_spec);
	wl_extract_proxy_type(ex, w, pod_spec);
	wl_extract_user_volumes(ex, w);
	wl_resolve_version(ex->facts, w);
}
