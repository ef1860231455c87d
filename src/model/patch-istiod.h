/* patch-istiod.h - which istiod releases may apply a configPatch, from its proxyVersion gate and the sidecar versions it reaches. */
#ifndef WASMLINT_MODEL_PATCH_ISTIOD_H
#define WASMLINT_MODEL_PATCH_ISTIOD_H

#include "model/facts.h"

/*
 * The istiod eras (schema/istiod-filters.h) that may apply p: those of
 * the releases that serve a proxy its anchored proxyVersion gate can match,
 * narrowed by the sidecar version (--istio-version, else that of every
 * workload the EnvoyFilter selects, when all are known); WL_ERAS_ALL when
 * neither says anything.
 */
unsigned	wl_patch_istiod_eras(const struct wl_facts *,
		    const struct wl_envoyfilter *ef, const struct wl_patch *p);

#endif
