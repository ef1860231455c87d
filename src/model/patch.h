/* patch.h - questions about one EnvoyFilter configPatch that several rules ask. */
#ifndef WASMLINT_MODEL_PATCH_H
#define WASMLINT_MODEL_PATCH_H

#include <stdbool.h>

#include "model/facts.h"

/* True when the string was given and equals value. */
bool	wl_str_is(const struct wl_str_loc *, const char *value);
/*
 * True when istiod's validation looks at the patch: it is a mapping, and
 * its context is not WAYPOINT (whose patches istiod does not validate).
 */
bool	wl_patch_validated(const struct wl_patch *);
/*
 * True when the patch's effect depends on what other patches did before it
 * (INSERT_BEFORE, INSERT_AFTER, REPLACE or REMOVE where istiod carries
 * them out: not an INSERT_* it turns into ADD), so that its place in the
 * order may matter.
 */
bool	wl_patch_is_relative(const struct wl_patch *);
/* The filter name the patch is about: value.name, else the matched filter's name; NULL when neither. */
const char	*wl_patch_instance_name(const struct wl_patch *);

#endif
