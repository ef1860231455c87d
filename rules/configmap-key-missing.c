/* configmap-key-missing.c - WL2404: the wasm file's name under its mount is not a key of the mounted ConfigMap. */
#include <string.h>

#include "check/check.h"
#include "model/describe.h"
#include "model/index.h"
#include "model/lookup.h"

static bool
has_key(const struct wl_configmap *cm, const char *key)
{
	size_t i;

	for (i = 0; i < cm->keys.n; i++)
		if (strcmp(cm->keys.v[i].name, key) == 0)
			return true;
	return false;
}

/* The ConfigMap key that appears at path below the mount, honouring items. */
static const char *
key_at(const struct wl_user_volume *v, const char *path)
{
	size_t i;

	if (v->items.n == 0)
		return strchr(path, '/') == NULL ? path : NULL;
	for (i = 0; i < v->items.n; i++)
		if (v->items.v[i].value != NULL &&
		    strcmp(v->items.v[i].value, path) == 0)
			return v->items.v[i].key;
	return NULL;
}

static const char *
key_names(struct wl_arena *a, const struct wl_configmap *cm)
{
	struct wl_list_text	l = { a, "" };
	size_t			i;

	for (i = 0; i < cm->keys.n; i++)
		wl_list_text_add(&l, cm->keys.v[i].name);
	return *l.text != '\0' ? l.text : "none";
}

static void
check_workload(struct wl_check *c, const struct wl_load *l,
    const struct wl_workload *w)
{
	const struct wl_user_mount	*m = wl_mount_for_path(w, l->path);
	const struct wl_user_volume	*v;
	const struct wl_configmap	*cm;
	const char			*below, *key;
	struct wl_diag			*d;

	if (m == NULL || (v = wl_volume_named(w, m->name.s)) == NULL ||
	    v->configmap.s == NULL ||
	    (cm = wl_configmap_named(c->facts, w->obj.ns, v->configmap.s)) ==
		NULL)
		return;
	below = wl_path_below(m->mount_path.s, l->path);
	key = key_at(v, below);
	if (key != NULL && has_key(cm, key))
		return;
	d = wl_report(c, &l->file.loc, l->owner,
	    "`%s` is not a key of %s, mounted at %s for %s (keys: %s); the "
	    "sidecar has no such file",
	    below, wl_describe_object(c->sink->arena, &cm->obj),
	    m->mount_path.s, wl_describe_object(c->sink->arena, &w->obj),
	    key_names(c->sink->arena, cm));
	wl_relate(c, d, &cm->loc, "ConfigMap %s is defined here",
	    cm->obj.name);
}

static void
check_load(struct wl_check *c, const struct wl_load *l)
{
	size_t i;

	if (l->path == NULL)
		return;
	for (i = 0; i < l->sel->selected.n; i++)
		if (wl_load_reaches(l, l->sel->selected.v[i]))
			check_workload(c, l, l->sel->selected.v[i]);
}

static void
check_configmap_key_missing(struct wl_check *c)
{
	wl_each_load(c, check_load);
}

const struct wl_rule wl_rule_configmap_key_missing = {
	.id = "WL2404",
	.slug = "configmap-key-missing",
	.severity = WL_SEV_ERROR,
	.summary = "wasm file is not a key of the ConfigMap mounted there",
	.rationale =
	    "A ConfigMap volume shows one file per key (or per `items` "
	    "entry, under its `path`). `kubectl create cm NAME "
	    "--from-file=http-headers.wasm` names the key after the file; "
	    "rename the file or use `--from-file=KEY=FILE` and the name "
	    "under the mount no longer matches the EnvoyFilter's filename. "
	    "Checked when the ConfigMap is among the inputs.",
	.bad =
	    "# ConfigMap http-headers-wasm has key plugin.wasm\n"
	    "filename: /var/local/lib/wasm-filters/http-headers.wasm\n",
	.good = "filename: /var/local/lib/wasm-filters/plugin.wasm\n",
	.fix = "Make the filename's last part the ConfigMap key (or the "
	       "`path` of its `items` entry).",
	.check = check_configmap_key_missing,
};
