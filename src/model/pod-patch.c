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
 * the key there (mergeMap: "If the value of this key is null, delete the
 * key if it exists in the original"): such a key is not one the patch sets
 * but one it deletes, so neither its annotation checks nor its merge read
 * null as the string "null".
 */
#include <stdlib.h>
#include <string.h>

#include "model/lookup.h"
#include "model/pod-patch.h"
#include "model/version.h"
#include "util/xmalloc.h"

/* A pair of a patch's annotations, to sort by key then by place. */
struct keyed {
	const char	*key;
	size_t		 at;
};

static int
keyed_cmp(const void *a, const void *b)
{
	const struct keyed	*x = a, *y = b;
	int			 c = strcmp(x->key, y->key);

	return c != 0 ? c : (x->at > y->at) - (x->at < y->at);
}

/*
 * Whether each of the patch's pairs has a null value: wl_ex_pairs made one
 * pair for each scalar key of the map, in order. NULL when none has (or
 * when the two do not line up, which wl_ex_pairs rules out).
 */
static bool *
null_values(const struct wl_pairs *set, const struct wl_node *map)
{
	bool	*null = NULL;
	size_t	 k, j = 0;

	if (map == NULL || map->type != WL_NODE_MAP)
		return NULL;
	for (k = 0; k < map->n && j < set->n; k++) {
		if (map->items[2 * k]->type != WL_NODE_SCALAR)
			continue;
		if (wl_node_is_null(map->items[2 * k + 1])) {
			if (null == NULL)
				null = wl_xcalloc(set->n, sizeof *null);
			null[j] = true;
		}
		j++;
	}
	if (j != set->n) {
		free(null);
		return NULL;
	}
	return null;
}

/*
 * Moves the annotations the patch sets to null from its pairs to its
 * deleted keys. A key given twice has its last value, as lax decoding
 * keeps (WL1009 says so): a null before another value is dropped, a null
 * last deletes the key and drops its other values. Sorting makes it
 * O(n log n) in the annotations, and nothing is done without a null.
 */
static void
take_deleted(struct wl_extract *ex, struct wl_pod_patch *p,
    const struct wl_node *map)
{
	struct wl_pairs	*set = &p->w.annotations;
	bool		*null = null_values(set, map), *drop;
	struct keyed	*by_key;
	size_t		 i, run, last, kept = 0;

	if (null == NULL)
		return;
	drop = wl_xcalloc(set->n, sizeof *drop);
	by_key = wl_xmalloc(set->n * sizeof *by_key);
	for (i = 0; i < set->n; i++)
		by_key[i] = (struct keyed){ set->v[i].key, i };
	qsort(by_key, set->n, sizeof *by_key, keyed_cmp);
	for (run = 0; run < set->n; run = last + 1) {
		for (last = run; last + 1 < set->n &&
		    strcmp(by_key[last + 1].key, by_key[run].key) == 0; last++)
			;
		if (null[by_key[last].at])
			*WL_VEC_PUSH(ex->facts->arena, &p->deleted) =
			    (struct wl_deleted_annotation){ by_key[last].key,
			    set->v[by_key[last].at].loc };
		for (i = run; i <= last; i++)
			drop[by_key[i].at] = null[by_key[last].at] ||
			    null[by_key[i].at];
	}
	for (i = 0; i < set->n; i++)
		if (!drop[i])
			set->v[kept++] = set->v[i];
	set->n = kept;
	free(by_key);
	free(drop);
	free(null);
}

static struct wl_pod_patch *
patch_new(struct wl_extract *ex, const struct wl_object *obj,
    const struct wl_floc *loc, const struct wl_node *pod_meta)
{
	struct wl_pod_patch *p = WL_FACTS_PUSH(ex->facts, pod_patches);

	p->w.obj = *obj;
	p->w.loc = *loc;
	wl_ex_pairs(ex, pod_meta, "annotations", &p->w.annotations);
	take_deleted(ex, p, wl_node_get(pod_meta, "annotations"));
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
	struct wl_floc		 loc;

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

static int
cmp_object(const struct wl_object *a, const struct wl_object *b)
{
	int c;

	if ((c = strcmp(a->kind, b->kind)) != 0 ||
	    (c = strcmp(a->ns, b->ns)) != 0)
		return c;
	return strcmp(a->name, b->name);
}

/* By kind, namespace and name, then input order (workloads are one array). */
static int
cmp_workload(const void *a, const void *b)
{
	const struct wl_workload	*wa = *(const struct wl_workload *const *)a;
	const struct wl_workload	*wb = *(const struct wl_workload *const *)b;
	int				 c = cmp_object(&wa->obj, &wb->obj);

	return c != 0 ? c : (wa > wb) - (wa < wb);
}

/* The last workload of sorted (n of them) with o's kind, namespace and name. */
static struct wl_workload *
target_of(struct wl_workload *const *sorted, size_t n,
    const struct wl_object *o)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {	/* the first one past o */
		size_t mid = lo + (hi - lo) / 2;

		if (cmp_object(&sorted[mid]->obj, o) <= 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo > 0 && cmp_object(&sorted[lo - 1]->obj, o) == 0 ?
	    sorted[lo - 1] : NULL;
}

/* Where p deletes the annotation key, or NULL. */
static const struct wl_floc *
deletes(const struct wl_pod_patch *p, const char *key)
{
	size_t i;

	for (i = 0; i < p->deleted.n; i++)
		if (strcmp(p->deleted.v[i].key, key) == 0)
			return &p->deleted.v[i].loc;
	return NULL;
}

/* into's pairs that p neither sets nor deletes, then those p sets, at their own nodes. */
static void
merge_pairs(struct wl_arena *a, struct wl_pairs *into,
    const struct wl_pod_patch *p)
{
	const struct wl_pairs	*patch = &p->w.annotations;
	struct wl_pairs		 out = { .present = true };
	size_t			 i;

	if (!patch->present)
		return;
	out.loc = into->present ? into->loc : patch->loc;
	WL_VEC_RESERVE(a, &out, into->n + patch->n);
	for (i = 0; i < into->n; i++)
		if (wl_pairs_find(patch, into->v[i].key) == NULL &&
		    deletes(p, into->v[i].key) == NULL)
			*WL_VEC_PUSH(a, &out) = into->v[i];
	for (i = 0; i < patch->n; i++)
		*WL_VEC_PUSH(a, &out) = patch->v[i];
	*into = out;
}

/*
 * Merges p into w: annotations, and the volumes and mounts parsed from the
 * annotations p sets; those of the annotations it deletes are gone.
 */
static void
merge_into(struct wl_facts *f, struct wl_workload *w,
    const struct wl_pod_patch *p)
{
	size_t i;

	merge_pairs(f->arena, &w->annotations, p);
	for (i = 0; i < p->deleted.n; i++)
		wl_user_volumes_deleted(w, p->deleted.v[i].key);
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
	struct wl_workload	**sorted;
	size_t			  i, n = 0;

	if (f->pod_patches.n == 0)
		return;
	sorted = wl_xmalloc((f->workloads.n + 1) * sizeof *sorted);
	for (i = 0; i < f->workloads.n; i++)
		if (f->workloads.v[i].obj.name != NULL)
			sorted[n++] = &f->workloads.v[i];
	qsort(sorted, n, sizeof *sorted, cmp_workload);
	for (i = 0; i < f->pod_patches.n; i++) {
		struct wl_pod_patch	*p = &f->pod_patches.v[i];
		struct wl_workload	*w;

		if (p->kindless || p->w.obj.name == NULL ||
		    (w = target_of(sorted, n, &p->w.obj)) == NULL)
			continue;
		merge_into(f, w, p);
		p->target = w;
	}
	free(sorted);
}

const struct wl_floc *
wl_pod_patch_deletion(const struct wl_facts *f, const struct wl_workload *w,
    const char *annotation)
{
	const struct wl_floc	*at = NULL, *loc;
	size_t			 i;

	for (i = 0; i < f->pod_patches.n; i++) {
		const struct wl_pod_patch *p = &f->pod_patches.v[i];

		if (p->target != w)
			continue;
		if ((loc = deletes(p, annotation)) != NULL)
			at = loc;
		else if (wl_pairs_find(&p->w.annotations, annotation) != NULL)
			at = NULL;	/* set again by a later patch */
	}
	return at;
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
