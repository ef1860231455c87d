/* json-strict.h - whether an annotation's text is JSON that Go's encoding/json accepts, and where it is not. */
#ifndef WASMLINT_YAML_JSON_STRICT_H
#define WASMLINT_YAML_JSON_STRICT_H

#include <stdbool.h>
#include <stddef.h>

#include "yaml/node.h"

/*
 * True when text is one JSON value as Go's encoding/json reads it; otherwise
 * false, with err holding the first error in Go's words and its place in the
 * file (mapped through origin, which may be NULL).
 */
bool	wl_json_strict(const char *text, size_t len,
	    const struct wl_yaml_origin *origin, struct wl_yaml_error *err);

#endif
