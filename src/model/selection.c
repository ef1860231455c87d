/* selection.c - the selector and targetRefs of EnvoyFilters and WasmPlugins, read into one wl_selection. */
#include "model/extract.h"

void
wl_ex_selection(struct wl_extract *ex, struct wl_selection *sel,
    const struct wl_meta *meta, const struct wl_node *spec, const char *key,
    const char *labels_key)
{
	const struct wl_node *selector = wl_ex_map(ex, spec, key);

	sel->ns = meta->obj.ns;
	sel->owner_loc = meta->loc;
	sel->key = key;
	sel->labels_key = labels_key;
	if (selector == NULL)
		return;
	sel->has_selector = true;
	sel->loc = wl_ex_loc(ex, wl_node_get_key(spec, key));
	wl_ex_pairs(ex, selector, labels_key, &sel->labels);
}

static void
add_ref(struct wl_extract *ex, struct wl_selection *sel,
    const struct wl_node *entry)
{
	struct wl_target_ref *ref = WL_VEC_PUSH(ex->facts->arena, &sel->refs);

	ref->loc = wl_ex_loc(ex, entry);
	ref->group = wl_ex_str(ex, entry, "group");
	ref->kind = wl_ex_str(ex, entry, "kind");
	ref->name = wl_ex_str(ex, entry, "name");
	ref->ns = wl_ex_str(ex, entry, "namespace");
}

void
wl_ex_target_refs(struct wl_extract *ex, struct wl_selection *sel,
    const struct wl_node *spec, const char *key)
{
	const struct wl_node	*refs;
	size_t			 i;

	if (!sel->target_refs.set) {
		sel->target_refs = wl_ex_present(ex, spec, key);
		sel->refs_key = key;
	}
	refs = wl_ex_seq(ex, spec, key);
	for (i = 0; refs != NULL && i < refs->n; i++) {
		if (refs->items[i]->type != WL_NODE_MAP) {
			struct wl_loc loc = wl_ex_diag_loc(ex, refs->items[i]);

			wl_sink_add_id(ex->sink, "WL1005", &loc, "each entry "
			    "of `%s` must be a mapping, found %s", key,
			    wl_node_type_name(refs->items[i]));
			continue;
		}
		add_ref(ex, sel, refs->items[i]);
	}
}

void
wl_ex_target_ref(struct wl_extract *ex, struct wl_selection *sel,
    const struct wl_node *spec, const char *key)
{
	const struct wl_node *ref = wl_ex_map(ex, spec, key);

	if (ref == NULL)
		return;
	if (!sel->target_refs.set) {
		sel->target_refs = wl_ex_present(ex, spec, key);
		sel->refs_key = key;
	}
	add_ref(ex, sel, ref);
}
