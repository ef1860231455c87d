/* envoyfilter-keys.c - the keys of an EnvoyFilter's spec that its CRD schema lacks, which Kubernetes drops before istiod sees them. */
#include "schema/envoyfilter-fields.h"
#include "model/extract.h"

static void	walk_object(struct wl_extract *, struct wl_envoyfilter *,
		    const struct wl_ef_object *, const struct wl_node *,
		    const struct wl_key_path *);

/* The value of a known property: an object of o, or a list of them. */
static void
walk_value(struct wl_extract *ex, struct wl_envoyfilter *ef,
    const struct wl_ef_object *o, const struct wl_node *v,
    const struct wl_key_path *path)
{
	struct wl_key_path	entry = { path, NULL, 0 };
	size_t			i;

	if (v->type == WL_NODE_MAP) {
		walk_object(ex, ef, o, v, path);
		return;
	}
	for (i = 0; v->type == WL_NODE_SEQ && i < v->n; i++) {
		entry.index = i;
		walk_object(ex, ef, o, v->items[i], &entry);
	}
}

/* Records key k of schema object o, at path, as unknown to the CRD. */
static void
add_unknown(struct wl_extract *ex, struct wl_envoyfilter *ef,
    const struct wl_ef_object *o, const struct wl_node *k,
    const struct wl_key_path *path)
{
	struct wl_unknown_key *u = WL_VEC_PUSH(ex->facts->arena,
	    &ef->unknown_keys);

	u->path = wl_ex_path_text(ex, path);
	u->key = wl_ex_strndup(ex, k->str, k->len);
	u->object = o;
	u->loc = wl_ex_loc(ex, k);
}

static void
walk_object(struct wl_extract *ex, struct wl_envoyfilter *ef,
    const struct wl_ef_object *o, const struct wl_node *map,
    const struct wl_key_path *path)
{
	const struct wl_ef_field	*f;
	struct wl_key_path		 sub = { path, NULL, 0 };
	size_t				 i;

	for (i = 0; map->type == WL_NODE_MAP && i < map->n; i++) {
		if ((sub.key = wl_node_str(map->items[2 * i])) == NULL)
			continue;
		if ((f = wl_ef_field(o, sub.key)) == NULL)
			add_unknown(ex, ef, o, map->items[2 * i], &sub);
		else if (f->object != NULL)
			walk_value(ex, ef, f->object, map->items[2 * i + 1],
			    &sub);
	}
}

void
wl_ex_envoyfilter_unknown_keys(struct wl_extract *ex,
    struct wl_envoyfilter *ef, const struct wl_node *spec)
{
	if (spec != NULL)
		walk_object(ex, ef, &wl_ef_spec, spec, NULL);
}
