/* lookup.h - questions several rules ask of the facts: which workloads a filter selects, which mount holds a path. */
#ifndef WASMLINT_MODEL_LOOKUP_H
#define WASMLINT_MODEL_LOOKUP_H

#include <stdbool.h>

#include "model/facts.h"

/* True when every selector label is among labels with the same value. */
bool	wl_labels_subset(const struct wl_pairs *selector,
	    const struct wl_pairs *labels);
/* True when ef can reach w's namespace: the same one, or ef in the root namespace. */
bool	wl_filter_in_scope(const struct wl_facts *,
	    const struct wl_envoyfilter *, const struct wl_workload *);
/* True when ef's workloadSelector (if any) matches w's pod-template labels. */
bool	wl_selector_matches(const struct wl_envoyfilter *,
	    const struct wl_workload *);
/* True when ef applies to w as istiod decides (namespace, then selector on pod labels). */
bool	wl_filter_selects(const struct wl_facts *,
	    const struct wl_envoyfilter *, const struct wl_workload *);
/* The mount of w whose mountPath holds path (the longest one), or NULL. */
const struct wl_user_mount	*wl_mount_for_path(const struct wl_workload *,
				    const char *path);
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
