/*
 * pod-patch.c - annotation patches: documents that change a workload's
 * pod-template annotations (sidecar.istio.io/userVolume and
 * userVolumeMount, most often) without being a workload, kept apart from the
 * workloads and merged into the one they name once every input is read.
 *
 * Two shapes are read. The file of `kubectl patch deployment web
 * --patch-file wasm-patch.yaml` names no kind: the command line names the
 * target, and kubectl applies the file as a strategic merge patch by default
 * (kubernetes/kubernetes staging/src/k8s.io/kubectl/pkg/cmd/patch/patch.go
 * at 040f689d: `--type` defaults to "strategic"). A kustomize
 * strategic-merge patch names apiVersion, kind and metadata.name of the
 * workload it changes and holds only the fields it changes (kustomize
 * api/filters/patchstrategicmerge/patchstrategicmerge.go at 5c534642:
 * merge2.Merge of the patch onto each matching resource). Either is read as
 * a patch when its pod template has annotations but neither labels nor
 * containers: a workload the API server admits has containers, and an
 * apps/v1 one template labels its selector matches, while a shortened
 * manifest with labels stays a workload.
 *
 * Annotations are a map of strings: a strategic merge sets each key of the
 * patch, its value replacing the original's, and keeps the original's other
 * keys (kubernetes/apimachinery pkg/util/strategicpatch/patch.go at
 * 6e531d37, mergeMap: a key absent from the original takes the patch's
 * value, a scalar replaces the original's). A patch value of null deletes
 * the key there; this merge does not tell null from the string "null".
 */
#include <string.h>

#include "model/lookup.h"
#include "model/pod-patch.h"
#include "model/version.h"

static struct wl_pod_patch *
patch_new(struct wl_extract *ex, const struct wl_object *obj,
    const struct wl_loc *loc, const struct wl_node *pod_meta)
{
	struct wl_pod_patch *p = WL_VEC_PUSH(ex->facts->arena,
	    &ex->facts->pod_patches);

	p->w.obj = *obj;
	p->w.loc = *loc;
	wl_ex_pairs(ex, pod_meta, "labels", &p->w.labels);
	wl_ex_pairs(ex, pod_meta, "annotations", &p->w.annotations);
	wl_extract_user_volumes(ex, &p->w);
	return p;
}

bool
wl_is_pod_patch(const struct wl_node *pod_meta, const struct wl_node *pod_spec)
{
	const struct wl_node *annotations = wl_node_get(pod_meta, "annotations");

	return annotations != NULL && annotations->type == WL_NODE_MAP &&
	    wl_node_get(pod_meta, "labels") == NULL &&
	    wl_node_get(pod_spec, "containers") == NULL;
}

void
wl_extract_kindless_patch(struct wl_extract *ex, const struct wl_node *root)
{
	const struct wl_node	*tmpl, *pod_meta;
	struct wl_object	 obj = { "patch", "default", NULL };
	struct wl_loc		 loc;

	tmpl = wl_node_get(wl_node_get(root, "spec"), "template");
	pod_meta = wl_node_get(tmpl, "metadata");
	if (!wl_is_pod_patch(pod_meta, wl_node_get(tmpl, "spec")))
		return;		/* not a patch of pod annotations: ignored */
	loc = wl_ex_loc(ex, wl_node_get_key(pod_meta, "annotations"));
	patch_new(ex, &obj, &loc, pod_meta)->kindless = true;
}

void
wl_extract_workload_patch(struct wl_extract *ex, const struct wl_meta *meta,
    const struct wl_node *pod_meta)
{
	patch_new(ex, &meta->obj, &meta->loc, pod_meta);
}

/* The last workload of the inputs with o's kind, namespace and name. */
static struct wl_workload *
target_of(struct wl_facts *f, const struct wl_object *o)
{
	size_t i;

	if (o->name == NULL)
		return NULL;
	for (i = f->workloads.n; i-- > 0;) {
		struct wl_workload *w = &f->workloads.v[i];

		if (w->obj.name != NULL && strcmp(w->obj.kind, o->kind) == 0 &&
		    strcmp(w->obj.ns, o->ns) == 0 &&
		    strcmp(w->obj.name, o->name) == 0)
			return w;
	}
	return NULL;
}

/* into's pairs that patch does not set, then patch's, at their own nodes. */
static void
merge_pairs(struct wl_arena *a, struct wl_pairs *into,
    const struct wl_pairs *patch)
{
	struct wl_pairs	out = { .present = true };
	size_t		i;

	if (!patch->present)
		return;
	out.loc = into->present ? into->loc : patch->loc;
	WL_VEC_RESERVE(a, &out, into->n + patch->n);
	for (i = 0; i < into->n; i++)
		if (wl_pairs_find(patch, into->v[i].key) == NULL)
			*WL_VEC_PUSH(a, &out) = into->v[i];
	for (i = 0; i < patch->n; i++)
		*WL_VEC_PUSH(a, &out) = patch->v[i];
	*into = out;
}

/* Merges p into w: annotations, and the volumes and mounts parsed from the annotations p sets. */
static void
merge_into(struct wl_facts *f, struct wl_workload *w,
    const struct wl_pod_patch *p)
{
	merge_pairs(f->arena, &w->annotations, &p->w.annotations);
	merge_pairs(f->arena, &w->labels, &p->w.labels);
	if (p->w.has_volumes) {
		w->has_volumes = true;
		w->volumes_loc = p->w.volumes_loc;
		w->volumes = p->w.volumes;
	}
	if (p->w.has_mounts) {
		w->has_mounts = true;
		w->mounts_loc = p->w.mounts_loc;
		w->mounts = p->w.mounts;
	}
	wl_resolve_version(f, w);
}

void
wl_merge_pod_patches(struct wl_facts *f)
{
	size_t i;

	for (i = 0; i < f->pod_patches.n; i++) {
		struct wl_pod_patch	*p = &f->pod_patches.v[i];
		struct wl_workload	*w;

		if (p->kindless || (w = target_of(f, &p->w.obj)) == NULL)
			continue;
		merge_into(f, w, p);
		p->target = w;
	}
}

const struct wl_user_mount *
wl_pod_patch_mount_for_path(const struct wl_facts *f, const char *path,
    const struct wl_pod_patch **by)
{
	size_t i;

	for (i = 0; i < f->pod_patches.n; i++) {
		const struct wl_pod_patch	*p = &f->pod_patches.v[i];
		const struct wl_user_mount	*m;

		if (p->target != NULL ||
		    (m = wl_mount_for_path(&p->w, path)) == NULL)
			continue;
		*by = p;
		return m;
	}
	return NULL;
}
