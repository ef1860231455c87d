/* wasmplugin-api.h - the WasmPlugin API: its CRD enumerations, and the Istio release from which istiod reads each field. */
#ifndef WASMLINT_SCHEMA_WASMPLUGIN_API_H
#define WASMLINT_SCHEMA_WASMPLUGIN_API_H

#include "schema/api-enum.h"

extern const struct wl_api_enum	wl_wp_phase;
extern const struct wl_api_enum	wl_wp_type;
extern const struct wl_api_enum	wl_wp_fail_strategy;
extern const struct wl_api_enum	wl_wp_pull_policy;
extern const struct wl_api_enum	wl_wp_match_mode;
extern const struct wl_api_enum	wl_wp_value_from;

/* A field (or one value of it) istiod reads only from some release on. */
struct wl_wp_since {
	const char	*field;		/* "failStrategy" */
	const char	*value;		/* "FAIL_RELOAD", or NULL for the field */
	unsigned	 minor;		/* first Istio 1.minor that acts on it */
	const char	*source;	/* repo, file, commit */
};

/* The release WasmPlugin itself appeared in: 1.12. */
#define WL_WP_FIRST_MINOR 12

extern const struct wl_wp_since	wl_wp_since[];
extern const unsigned		wl_wp_nsince;

#endif
