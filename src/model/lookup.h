/* lookup.h - questions several rules ask of the facts: which workloads a filter selects, which mount holds a path. */
#ifndef WASMLINT_MODEL_LOOKUP_H
#define WASMLINT_MODEL_LOOKUP_H

#include <stdbool.h>

#include "model/facts.h"

/* The Gateway API group, and the label Istio puts on a Gateway's pods. */
#define WL_GATEWAY_API_GROUP	"gateway.networking.k8s.io"
#define WL_GATEWAY_NAME_LABEL	"gateway.networking.k8s.io/gateway-name"

/* True when every selector label is among labels with the same value. */
bool	wl_labels_subset(const struct wl_pairs *selector,
	    const struct wl_pairs *labels);
/*
 * True when sel picks w among the workloads in scope (sel->scope, set by
 * wl_facts_index; sel->selected holds those it picks): w is a pod of a
 * Gateway its targetRefs name, or, without targetRefs, its selector (if
 * any) matches w's pod-template labels.
 */
bool	wl_selection_matches(const struct wl_selection *,
	    const struct wl_workload *);
/*
 * True when patch p's context reaches w's proxy: GATEWAY a gateway's,
 * SIDECAR_INBOUND and SIDECAR_OUTBOUND a sidecar's, any other every proxy.
 */
bool	wl_patch_reaches(const struct wl_patch *p, const struct wl_workload *w);
/* wl_patch_reaches for an EnvoyFilter's load; a WasmPlugin's reaches every workload it selects. */
bool	wl_load_reaches(const struct wl_load *l, const struct wl_workload *w);
/* True when ref names a Kubernetes Gateway (group gateway.networking.k8s.io). */
bool	wl_target_ref_is_gateway(const struct wl_target_ref *);
/* The istio-proxy container written in w's pod spec, or NULL. */
const struct wl_container	*wl_proxy_container(const struct wl_workload *);
/* The mount of w (userVolumeMount or istio-proxy volumeMounts) whose mountPath holds path (the longest one), or NULL. */
const struct wl_user_mount	*wl_mount_for_path(const struct wl_workload *,
				    const char *path);
/* True when l's local file reaches w's proxy but neither a mount of w holds it nor w's proxy image ships it. */
bool	wl_load_needs_mount(const struct wl_load *l, const struct wl_workload *w);
/* The volume of w with this name (userVolume first, then the pod spec's), or NULL. */
const struct wl_user_volume	*wl_volume_named(const struct wl_workload *,
				    const char *name);
/*
 * The path of file below dir ("a/b.wasm" for "/d/a/b.wasm" under "/d"), or
 * NULL when it is not below it (a ".." segment may lead out, so it is not).
 */
const char			*wl_path_below(const char *dir,
				    const char *file);
/* True when both name the same directory, trailing slashes aside. */
bool				 wl_path_same(const char *a, const char *b);

#endif
