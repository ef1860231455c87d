/* index.h - the facts sorted for lookups, so cross-checks stay linear in the corpus. */
#ifndef WASMLINT_MODEL_INDEX_H
#define WASMLINT_MODEL_INDEX_H

#include "model/facts.h"

/* The workloads a resource can reach. */
struct wl_reach {
	const struct wl_workload *const	*v;
	size_t				 n;
};

/* Sorts workloads by namespace and ConfigMaps by namespace and name; call once all inputs are read. */
void				 wl_facts_index(struct wl_facts *);
/* The workloads of sel's namespace, or every workload for the root namespace. */
struct wl_reach			 wl_workloads_in_reach(const struct wl_facts *,
				    const struct wl_selection *sel);
/* The ConfigMap with this namespace and name in the inputs, or NULL. */
const struct wl_configmap	*wl_configmap_named(const struct wl_facts *,
				    const char *ns, const char *name);

#endif
