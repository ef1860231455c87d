/* suppressions.h - reading suppressions from YAML comments and object annotations. */
#ifndef WASMLINT_MODEL_SUPPRESSIONS_H
#define WASMLINT_MODEL_SUPPRESSIONS_H

#include "diag/sink.h"
#include "model/facts.h"

#define WL_IGNORE_ANNOTATION "wasmlint.io/ignore"

/* Records every "# wasmlint ..." comment of a manifest; malformed ones are WL1006 findings. */
void	wl_scan_comment_suppressions(struct wl_facts *, struct wl_sink *,
	    const char *file, const char *buf, size_t len);
/* Records a wasmlint.io/ignore annotation (value "WL2101,slug -- reason") for obj. */
void	wl_add_annotation_suppression(struct wl_facts *,
	    const struct wl_object *obj, const char *value,
	    const struct wl_loc *loc);

#endif
