/* annotated.h - every set of annotations in the inputs, with the object kind it annotates as Istio sees it. */
#ifndef WASMLINT_MODEL_ANNOTATED_H
#define WASMLINT_MODEL_ANNOTATED_H

#include <stdbool.h>

#include "model/facts.h"

/* One object's own metadata.annotations, or a workload's pod-template annotations. */
struct wl_annotated {
	const struct wl_object		*obj;
	const char			*kind;		/* obj->kind, or "Pod" for a pod template */
	const struct wl_pairs		*annotations;
	const struct wl_pairs		*labels;	/* the labels beside them */
	bool				 pod_template;	/* spec.template.metadata */
	const struct wl_workload	*workload;	/* NULL for Namespace, Service and a patch */
};

/* Calls fn for every annotation set: workloads (own metadata, then pod template), pod patches tied to none, Namespaces, Services. */
void	wl_each_annotated(const struct wl_facts *,
	    void (*fn)(void *arg, const struct wl_annotated *), void *arg);

#endif
