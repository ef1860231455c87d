/* api-enum.h - an enumerated field of an Istio CRD (EnvoyFilter, WasmPlugin): its values and where they are stated. */
#ifndef WASMLINT_SCHEMA_API_ENUM_H
#define WASMLINT_SCHEMA_API_ENUM_H

#include <stdbool.h>

struct wl_arena;

struct wl_api_enum {
	const char		*field;		/* "applyTo" */
	const char *const	*values;	/* without the unset placeholder */
	const char		*unset;		/* "INVALID", "UNSPECIFIED" or NULL */
	const char		*source;
};

/* True when value is one of e's values or its unset placeholder. */
bool		 wl_api_enum_has(const struct wl_api_enum *, const char *value);
/* The values, for a message: "`A`, `B` and `C`". */
const char	*wl_api_enum_values_text(struct wl_arena *,
		    const struct wl_api_enum *);

#endif
