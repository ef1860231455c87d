/* list-text.c - builds "a, b, c" in an arena, one item at a time. */
#include "util/list-text.h"

void
wl_list_text_add(struct wl_list_text *l, const char *item)
{
	if (l->text == NULL || *l->text == '\0')
		l->text = wl_arena_strdup(l->arena, item);
	else
		l->text = wl_arena_printf(l->arena, "%s, %s", l->text, item);
}
