/* version.h - where a workload's sidecar version comes from. */
#ifndef WASMLINT_MODEL_VERSION_H
#define WASMLINT_MODEL_VERSION_H

#include "model/facts.h"

/*
 * Sets w->version from, in order: the run's --istio-version; the tag of the
 * sidecar.istio.io/proxyImage annotation (only when it contains '/', as the
 * injector ignores it otherwise); the tag of an istio-proxy container.
 * Otherwise the version stays unknown and why_unknown says what was tried.
 */
void		 wl_resolve_version(struct wl_facts *, struct wl_workload *w);

/*
 * The Istio version an image reference's tag names ("1.12.2" for
 * "docker.io/istio/proxyv2:1.12.2-distroless"), in arena, or NULL when the
 * reference has no tag or the tag is not a version ("latest").
 */
const char	*wl_image_version(struct wl_arena *, const char *image);

/* A description of the version's source for messages ("sidecar.istio.io/proxyImage"). */
const char	*wl_version_source_name(enum wl_version_source);

#endif
