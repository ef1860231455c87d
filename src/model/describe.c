/* describe.c - short texts that name objects and label sets in messages. */
#include <string.h>

#include "model/describe.h"

const char *
wl_describe_object(struct wl_arena *a, const struct wl_object *o)
{
	const char *name = o->name != NULL ? o->name : "(unnamed)";

	/* A Namespace belongs to no namespace. */
	if (strcmp(o->kind, "Namespace") == 0)
		return wl_arena_printf(a, "%s %s", o->kind, name);
	return wl_arena_printf(a, "%s %s/%s", o->kind, o->ns, name);
}

const char *
wl_describe_pairs(struct wl_arena *a, const struct wl_pairs *p)
{
	struct wl_list_text	l = { a, "" };
	size_t			i;

	for (i = 0; i < p->n; i++)
		wl_list_text_add(&l, wl_arena_printf(a, "%s: %s", p->v[i].key,
		    p->v[i].value != NULL ? p->v[i].value : "~"));
	return wl_arena_printf(a, "{%s}", l.text);
}
