/* envoyfilter-keys.c - the keys of an EnvoyFilter's spec that its CRD schema lacks, which Kubernetes drops before istiod sees them. */
#include "schema/envoyfilter-fields.h"
#include "model/extract.h"

static void	walk_object(struct wl_extract *, struct wl_envoyfilter *,
		    const struct wl_ef_object *, const struct wl_node *,
		    const char *path);

/* The value of a known property: an object of o, or a list of them. */
static void
walk_value(struct wl_extract *ex, struct wl_envoyfilter *ef,
    const struct wl_ef_object *o, const struct wl_node *v, const char *path)
{
	size_t i;

	if (v->type == WL_NODE_MAP) {
		walk_object(ex, ef, o, v, path);
		return;
	}
	for (i = 0; v->type == WL_NODE_SEQ && i < v->n; i++)
		walk_object(ex, ef, o, v->items[i], wl_arena_printf(
		    ex->facts->arena, "%s[%zu]", path, i));
}

static void
walk_object(struct wl_extract *ex, struct wl_envoyfilter *ef,
    const struct wl_ef_object *o, const struct wl_node *map, const char *path)
{
	struct wl_arena	*a = ex->facts->arena;
	size_t		 i;

	for (i = 0; map->type == WL_NODE_MAP && i < map->n; i++) {
		const struct wl_node		*k = map->items[2 * i];
		const char			*key = wl_node_str(k), *sub;
		const struct wl_ef_field	*f;
		struct wl_unknown_key		*u;

		if (key == NULL)
			continue;
		/* key lives in the document, which is freed after extraction. */
		sub = *path != '\0' ? wl_arena_printf(a, "%s.%s", path, key) :
		    wl_arena_strdup(a, key);
		if ((f = wl_ef_field(o, key)) != NULL) {
			if (f->object != NULL)
				walk_value(ex, ef, f->object,
				    map->items[2 * i + 1], sub);
			continue;
		}
		u = WL_VEC_PUSH(a, &ef->unknown_keys);
		u->path = sub;
		u->key = wl_arena_strdup(a, key);
		u->object = o;
		u->loc = wl_ex_loc(ex, k);
	}
}

void
wl_ex_envoyfilter_unknown_keys(struct wl_extract *ex,
    struct wl_envoyfilter *ef, const struct wl_node *spec)
{
	if (spec != NULL)
		walk_object(ex, ef, &wl_ef_spec, spec, "");
}
