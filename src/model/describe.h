/* describe.h - short texts for messages: an object's name, a label set, a list of names. */
#ifndef WASMLINT_MODEL_DESCRIBE_H
#define WASMLINT_MODEL_DESCRIBE_H

#include "model/facts.h"

/* "Deployment default/go-httpbin". */
const char	*wl_describe_object(struct wl_arena *, const struct wl_object *);
/* "{app: go-httpbin, version: v1}"; "{}" when empty. */
const char	*wl_describe_pairs(struct wl_arena *, const struct wl_pairs *);

/* A comma-separated list being built: "a, b, c". */
struct wl_list_text {
	struct wl_arena	*arena;
	const char	*text;	/* "" until the first item */
};

void	wl_list_text_add(struct wl_list_text *, const char *item);

#endif
