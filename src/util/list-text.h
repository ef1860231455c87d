/* list-text.h - a comma-separated list of names built up for a message: "a, b, c". */
#ifndef WASMLINT_UTIL_LIST_TEXT_H
#define WASMLINT_UTIL_LIST_TEXT_H

#include "util/arena.h"

struct wl_list_text {
	struct wl_arena	*arena;
	const char	*text;	/* "" until the first item */
};

void	wl_list_text_add(struct wl_list_text *, const char *item);

#endif
