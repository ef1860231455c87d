/* version.h - where a workload's sidecar version comes from. */
#ifndef WASMLINT_MODEL_VERSION_H
#define WASMLINT_MODEL_VERSION_H

#include <stdbool.h>

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

/* The numbers of an Istio version; has_patch is false for "1.24" or "1.8-dev". */
struct wl_version_num {
	unsigned long	major, minor, patch;
	bool		has_patch;
};

/*
 * MAJOR.MINOR[.PATCH] from "1.24.3", "1.24", "1.8-dev", "1.24.0-rc.1"; false
 * when v is not a version ("latest").
 */
bool		 wl_version_parse(const char *v, struct wl_version_num *out);
/*
 * True when v is a version of a release before 1.minor: "1.13.9" is before
 * 1.14, "1.14.0-beta.1" is not (a pre-release of 1.14 is 1.14).
 */
bool		 wl_version_before(const char *v, unsigned minor);

/* A description of the version's source for messages ("sidecar.istio.io/proxyImage"). */
const char	*wl_version_source_name(enum wl_version_source);

#endif
