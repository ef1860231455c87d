/* index.h - the facts sorted for lookups, so cross-checks stay linear in the corpus. */
#ifndef WASMLINT_MODEL_INDEX_H
#define WASMLINT_MODEL_INDEX_H

#include "diag/sink.h"
#include "model/facts.h"

/*
 * Sorts workloads, Services and ConfigMaps by namespace, lists the module
 * loads and binds them (sink: a module file that cannot be read again to be
 * hashed), and computes every selection's reach both ways (model/reach.c);
 * call once all inputs are read.
 */
void				 wl_facts_index(struct wl_facts *,
				    struct wl_sink *);
/* The Services of namespace ns. */
struct wl_service_range {
	const struct wl_service *const	*v;
	size_t				 n;
};
struct wl_service_range		 wl_services_in(const struct wl_facts *,
				    const char *ns);
/* The ConfigMaps of namespace ns, sorted by name. */
struct wl_configmap_range {
	const struct wl_configmap *const	*v;
	size_t					 n;
};
struct wl_configmap_range	 wl_configmaps_in(const struct wl_facts *,
				    const char *ns);
/* The ConfigMap with this namespace and name in the inputs, or NULL. */
const struct wl_configmap	*wl_configmap_named(const struct wl_facts *,
				    const char *ns, const char *name);

#endif
