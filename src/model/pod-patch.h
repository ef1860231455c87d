/* pod-patch.h - annotation patches: documents that change a workload's pod-template annotations without being one. */
#ifndef WASMLINT_MODEL_POD_PATCH_H
#define WASMLINT_MODEL_POD_PATCH_H

#include "model/extract.h"

/* Whether a pod template of these metadata and spec is a patch of its annotations: annotations, no labels, no containers. */
bool	wl_is_pod_patch(const struct wl_node *pod_meta, const struct wl_node *pod_spec);
/* Keeps root as a kind-less patch when its spec.template wl_is_pod_patch; otherwise nothing. */
void	wl_extract_kindless_patch(struct wl_extract *, const struct wl_node *root);
/* Keeps a workload document whose template wl_is_pod_patch as a strategic-merge patch of meta's workload. */
void	wl_extract_workload_patch(struct wl_extract *, const struct wl_meta *,
	    const struct wl_node *pod_meta);
/* Merges each patch naming a workload of the inputs into it, the patch's annotations winning. */
void	wl_merge_pod_patches(struct wl_facts *);
/* Where the last patch merged into w that sets or deletes annotation deletes it, or NULL. */
const struct wl_floc *wl_pod_patch_deletion(const struct wl_facts *,
	    const struct wl_workload *w, const char *annotation);
/* The mount of a patch tied to no workload of the inputs whose mountPath holds path, or NULL; *by is its patch. */
const struct wl_user_mount *wl_pod_patch_mount_for_path(const struct wl_facts *,
	    const char *path, const struct wl_pod_patch **by);

#endif
