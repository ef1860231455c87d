/*
 * user-volumes.c - the sidecar.istio.io/userVolume and userVolumeMount
 * annotations: JSON parsed with the YAML loader, located inside the manifest.
 * Both forms the injector accepts are read: a list of objects with "name",
 * and an object keyed by volume name.
 *
 * How the injector reads them (istio/istio: the injection template,
 * manifests/charts/istio-control/istio-discovery/files/
 * injection-template.yaml at 0134e002; pkg/kube/inject/template.go at
 * 0fff9697; pkg/kube/inject/webhook.go): the template ranges over
 * `fromJSON` of the annotation (encoding/json Unmarshal into a generic
 * value; on a syntax error it logs "Unable to unmarshal" and returns the
 * string "{}", over which the range fails, so injection fails), writes each
 * entry as `- name: "<index or key>"` followed by the entry, and decodes the
 * result into the pod with encoding/json (webhook.go applyOverlayYAML:
 * json.Unmarshal, without DisallowUnknownFields). So the text must be strict
 * JSON, unknown fields are dropped, field names match whatever their case
 * (wl_node_get_go_field), and an entry's own "name" comes after the
 * template's and wins.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "model/extract.h"
#include "yaml/json-strict.h"

#define VOLUME_ANNOTATION	"sidecar.istio.io/userVolume"
#define MOUNT_ANNOTATION	"sidecar.istio.io/userVolumeMount"

static const char *
name_or(const struct wl_node *n, const char *fallback)
{
	const char *v = wl_node_str(n);

	return v != NULL ? v : fallback;
}

typedef void (*entry_fn)(struct wl_extract *, struct wl_workload *,
    const char *name, const struct wl_node *name_node,
    const struct wl_node *entry);

static void
fill_volume(struct wl_extract *ex, struct wl_user_volume *v, const char *name,
    const struct wl_node *name_node, const struct wl_node *entry)
{
	const struct wl_node	*cm, *items;
	size_t			 i;

	v->name.s = wl_ex_strndup(ex, name, strlen(name));
	v->name.loc = wl_ex_loc(ex, name_node);
	v->loc = wl_ex_loc(ex, entry);
	for (i = 0; i < entry->n; i++) {
		const struct wl_node	*k = entry->items[2 * i];
		struct wl_pair		*f;

		/* Any case of "name": the template's `name` sorts after it and wins. */
		if (wl_node_str(k) == NULL || strcasecmp(k->str, "name") == 0)
			continue;
		v->has_source = true;
		f = WL_VEC_PUSH(ex->facts->arena, &v->fields);
		f->key = wl_ex_strndup(ex, k->str, strlen(k->str));
		f->loc = wl_ex_loc(ex, k);
	}
	cm = wl_ex_map(ex, entry, "configMap");
	v->configmap = wl_ex_str(ex, cm, "name");
	items = wl_ex_seq(ex, cm, "items");
	for (i = 0; items != NULL && i < items->n; i++) {
		struct wl_str_loc key = wl_ex_str(ex, items->items[i], "key");
		struct wl_str_loc path = wl_ex_str(ex, items->items[i], "path");
		struct wl_pair	 *p;

		if (key.s == NULL || path.s == NULL)
			continue;
		p = WL_VEC_PUSH(ex->facts->arena, &v->items);
		p->key = key.s;
		p->value = path.s;
		p->loc = key.loc;
		p->value_loc = path.loc;
	}
}

static void
add_volume(struct wl_extract *ex, struct wl_workload *w, const char *name,
    const struct wl_node *name_node, const struct wl_node *entry)
{
	fill_volume(ex, WL_VEC_PUSH(ex->facts->arena, &w->volumes), name,
	    name_node, entry);
}

/* The name of entry, a Kubernetes Volume or VolumeMount object, or NULL when it has none or is no object. */
static const struct wl_node *
object_name(const struct wl_node *entry)
{
	const struct wl_node *name = wl_node_get(entry, "name");

	return entry->type == WL_NODE_MAP && wl_node_str(name) != NULL ?
	    name : NULL;
}

void
wl_extract_spec_volume(struct wl_extract *ex, struct wl_workload *w,
    const struct wl_node *entry)
{
	const struct wl_node *name = object_name(entry);

	if (name != NULL)
		fill_volume(ex, WL_VEC_PUSH(ex->facts->arena, &w->spec_volumes),
		    wl_node_str(name), name, entry);
}

static void
fill_mount(struct wl_extract *ex, struct wl_user_mount *m, const char *name,
    const struct wl_node *name_node, const struct wl_node *entry)
{
	m->name.s = wl_ex_strndup(ex, name, strlen(name));
	m->name.loc = wl_ex_loc(ex, name_node);
	m->loc = wl_ex_loc(ex, entry);
	m->mount_path = wl_ex_str(ex, entry, "mountPath");
}

static void
add_mount(struct wl_extract *ex, struct wl_workload *w, const char *name,
    const struct wl_node *name_node, const struct wl_node *entry)
{
	fill_mount(ex, WL_VEC_PUSH(ex->facts->arena, &w->mounts), name,
	    name_node, entry);
}

/*
 * An istio-proxy container written in the pod spec reaches the proxy with
 * its volumeMounts: a gateway Deployment of Istio's gateway chart is not
 * injected and declares the container whole, its values' configVolumes
 * among its volumeMounts (istio/istio
 * manifests/charts/gateways/istio-ingress/templates/deployment.yaml, 1.11.0
 * lines 45 and 227-259); and from 1.9.0 the injector merges a pod's own
 * istio-proxy container over the injected one, as a strategic merge that
 * keeps its volumeMounts (pkg/kube/inject/webhook.go,
 * reapplyOverwrittenContainers and applyContainer, 1.24.0 lines 500-540 and
 * 989). Before 1.9 an injected pod's own container may fare otherwise, so
 * counting its mounts can only miss a finding, never make one.
 */
void
wl_extract_proxy_mounts(struct wl_extract *ex, struct wl_workload *w,
    const struct wl_node *container)
{
	const struct wl_node	*list = wl_ex_seq(ex, container, "volumeMounts");
	size_t			 i;

	for (i = 0; list != NULL && i < list->n; i++) {
		const struct wl_node *name = object_name(list->items[i]);

		if (name != NULL)
			fill_mount(ex, WL_VEC_PUSH(ex->facts->arena,
			    &w->proxy_mounts), wl_node_str(name), name,
			    list->items[i]);
	}
}

static bool
entry_is_map(struct wl_extract *ex, const struct wl_node *entry,
    const char *annotation)
{
	struct wl_loc loc;

	if (entry->type == WL_NODE_MAP)
		return true;
	loc = wl_ex_diag_loc(ex, entry);
	wl_sink_add_id(ex->sink, "WL1002", &loc,
	    "each entry of %s must be a JSON object, found %s", annotation,
	    wl_node_type_name(entry));
	return false;
}

/* Calls add for each entry of a list or keyed-object annotation. */
static void
each_entry(struct wl_extract *ex, struct wl_workload *w,
    const struct wl_node *root, const char *annotation, entry_fn add)
{
	struct wl_loc	loc;
	char		index[24];
	size_t		i;

	if (root->type == WL_NODE_SEQ) {
		for (i = 0; i < root->n; i++) {
			const struct wl_node *e = root->items[i], *name;

			if (!entry_is_map(ex, e, annotation))
				continue;
			name = wl_node_get(e, "name");
			snprintf(index, sizeof index, "%zu", i);
			add(ex, w, name_or(name, index),
			    name != NULL ? name : e, e);
		}
		return;
	}
	if (root->type == WL_NODE_MAP) {
		for (i = 0; i < root->n; i++) {
			const struct wl_node *e = root->items[2 * i + 1], *name;

			if (!entry_is_map(ex, e, annotation))
				continue;
			name = wl_node_get(e, "name");
			if (wl_node_str(name) == NULL)
				name = root->items[2 * i];
			add(ex, w, name_or(name, ""), name, e);
		}
		return;
	}
	loc = wl_ex_diag_loc(ex, root);
	wl_sink_add_id(ex->sink, "WL1002", &loc,
	    "%s must be a JSON list or object, found %s", annotation,
	    wl_node_type_name(root));
}

static void
json_error(struct wl_extract *ex, const char *annotation,
    const struct wl_yaml_error *err)
{
	struct wl_loc loc = { ex->file, err->mark.line, err->mark.col,
		err->mark.line, err->mark.col, err->mark.offset };

	wl_sink_add_id(ex->sink, "WL1002", &loc, "%s is not JSON that the "
	    "sidecar injector (Go's encoding/json) reads: %s; injection of the "
	    "pod fails", annotation, err->message);
}

/* Parses one annotation; returns false when it is absent. *bad is set when the injector cannot read it. */
static bool
parse_annotation(struct wl_extract *ex, struct wl_workload *w,
    const char *annotation, entry_fn add, struct wl_floc *where, bool *bad)
{
	const struct wl_pair	*a = wl_pairs_find(&w->annotations, annotation);
	struct wl_extract	 jx = *ex;
	struct wl_yaml_origin	 origin;
	struct wl_yaml_stream	*st;
	struct wl_yaml_doc	 doc;
	struct wl_yaml_error	 err;
	int			 r;

	if (a == NULL || a->value == NULL)
		return false;
	jx.go_fields = true;
	*where = a->value_loc;
	origin = wl_ex_scalar_origin(ex, &a->value_loc);
	if (!wl_json_strict(a->value, strlen(a->value), &origin, &err)) {
		wl_ex_origin_free(&origin);
		json_error(ex, annotation, &err);
		*bad = true;
		return true;
	}
	st = wl_yaml_open(a->value, strlen(a->value), &origin, NULL);
	while ((r = wl_yaml_next(st, &doc, &err)) != 0) {
		if (r < 0) {
			json_error(ex, annotation, &err);
			*bad = true;
			break;
		}
		if (doc.index == 0 && doc.root != NULL)
			each_entry(&jx, w, doc.root, annotation, add);
		wl_yaml_doc_free(&doc);
	}
	wl_yaml_close(st);
	wl_ex_origin_free(&origin);
	return true;
}

void
wl_user_volumes_deleted(struct wl_workload *w, const char *annotation)
{
	if (strcmp(annotation, VOLUME_ANNOTATION) == 0) {
		w->has_volumes = false;
		w->volumes.n = 0;
	} else if (strcmp(annotation, MOUNT_ANNOTATION) == 0) {
		w->has_mounts = false;
		w->mounts.n = 0;
	}
}

void
wl_extract_user_volumes(struct wl_extract *ex, struct wl_workload *w)
{
	bool bad = false;

	w->has_volumes = parse_annotation(ex, w, VOLUME_ANNOTATION, add_volume,
	    &w->volumes_loc, &bad);
	w->has_mounts = parse_annotation(ex, w, MOUNT_ANNOTATION, add_mount,
	    &w->mounts_loc, &bad);
	/* Injection fails as a whole: the other annotation adds nothing either. */
	if (bad)
		w->volumes.n = w->mounts.n = 0;
}
