/* unused.c - the entries of `ignore` and per-file-ignores, where they are, and which of them a run used. */
#include "config/config-impl.h"

struct wl_config_uses {
	const struct wl_config	*cfg;
	bool			*used;	/* one per entry */
};

/*
 * Records each selector of list, loaded without error from the sequence
 * seq, as an entry: an `ignore` item (glob NULL) or a rule of glob.
 */
void
wl_cfg_add_entries(struct cfg_load *l, const struct wl_node *seq,
    struct cfg_selectors *list, const char *glob)
{
	struct wl_config	*cfg = l->cfg;
	struct wl_config_entry	*e;
	const struct wl_node	*n;
	size_t			 i;

	for (i = 0; i < list->n; i++) {
		n = seq->items[i];
		list->v[i].entry = cfg->entries.n;
		e = WL_VEC_PUSH(cfg->arena, &cfg->entries);
		e->glob = glob;
		e->rule = list->v[i].text;
		e->loc = (struct wl_loc){ cfg->shown, n->start.line,
			n->start.col, n->end.line, n->end.col,
			n->start.offset };
	}
}

struct wl_config_uses *
wl_config_uses_new(struct wl_arena *a, const struct wl_config *cfg)
{
	struct wl_config_uses *u;

	if (cfg == NULL)
		return NULL;
	u = wl_arena_alloc(a, sizeof *u);
	u->cfg = cfg;
	u->used = wl_arena_alloc(a, cfg->entries.n * sizeof *u->used);
	return u;
}

void
wl_cfg_use(struct wl_config_uses *u, size_t entry)
{
	if (u != NULL)
		u->used[entry] = true;
}

const struct wl_config_entry *
wl_config_next_unused(const struct wl_config_uses *u, size_t *i)
{
	while (u != NULL && *i < u->cfg->entries.n)
		if (!u->used[(*i)++])
			return &u->cfg->entries.v[*i - 1];
	return NULL;
}
