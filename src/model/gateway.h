/* gateway.h - the Kubernetes Gateways of the inputs, by namespace and name. */
#ifndef WASMLINT_MODEL_GATEWAY_H
#define WASMLINT_MODEL_GATEWAY_H

#include "model/facts.h"

/* Sorts f->gateways into f->gateways_sorted (wl_facts_index calls it). */
void				 wl_gateways_sort(struct wl_facts *f);
/* The Gateway of the inputs with this namespace and name, or NULL. */
const struct wl_gateway		*wl_gateway_named(const struct wl_facts *,
				    const char *ns, const char *name);
/*
 * The Gateway of the inputs, in sel's namespace, whose pods sel's selector
 * selects by its gateway.networking.k8s.io/gateway-name label alone (the
 * label Istio's gateway controller gives them), or NULL: with any other
 * label the pods' labels are unknown until they are in the inputs.
 */
const struct wl_gateway		*wl_selector_gateway(const struct wl_facts *,
				    const struct wl_selection *);

#endif
