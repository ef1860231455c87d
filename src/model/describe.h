/* describe.h - short texts for messages: an object's name, a label set. */
#ifndef WASMLINT_MODEL_DESCRIBE_H
#define WASMLINT_MODEL_DESCRIBE_H

#include "model/facts.h"
#include "util/list-text.h"

/* "Deployment default/go-httpbin". */
const char	*wl_describe_object(struct wl_arena *, const struct wl_object *);
/* "{app: go-httpbin, version: v1}"; "{}" when empty. */
const char	*wl_describe_pairs(struct wl_arena *, const struct wl_pairs *);

#endif
