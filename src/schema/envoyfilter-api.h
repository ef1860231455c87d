/* envoyfilter-api.h - the EnvoyFilter API as istiod sees it: enumerations, what each patch operation does to each object class, deprecated filter names. */
#ifndef WASMLINT_SCHEMA_ENVOYFILTER_API_H
#define WASMLINT_SCHEMA_ENVOYFILTER_API_H

#include <stdbool.h>

#include "schema/api-enum.h"
#include "schema/field-since.h"

extern const struct wl_api_enum	wl_ef_apply_to;
extern const struct wl_api_enum	wl_ef_context;
extern const struct wl_api_enum	wl_ef_operation;
extern const struct wl_api_enum	wl_ef_filter_class;

/* What istiod does with a patch operation on an object class. */
enum wl_ef_effect {
	WL_EF_APPLIED,		/* carried out */
	WL_EF_AS_ADD,		/* an INSERT_* that istiod turns into ADD, which it carries out */
	WL_EF_IGNORED,		/* skipped without a word */
	WL_EF_UNKNOWN,		/* an applyTo or operation this table does not know */
};

enum wl_ef_effect	 wl_ef_operation_effect(const char *apply_to,
			    const char *operation);
/* The operations istiod carries out on apply_to ("MERGE"), or NULL when unknown. */
const char		*wl_ef_operations_applied(const char *apply_to);
/* Where the operation table comes from. */
extern const char	*const wl_ef_operation_source;

/* The object class an applyTo patches: "listener", "route configuration", "cluster", or NULL for the others. */
const char	*wl_ef_match_class(const char *apply_to);

/*
 * The current name of a deprecated filter name ("envoy.router" ->
 * "envoy.filters.http.router"), or NULL. http says the name is a subFilter
 * (an HTTP filter), which settles the one old name shared by two filters.
 */
const char	*wl_ef_deprecated_filter(const char *name, bool http);
extern const char	*const wl_ef_deprecated_source;

/* True for the HTTP connection manager's current and deprecated names, the only filter a subFilter match may sit under. */
bool	wl_ef_is_hcm(const char *name);

/* The release from which istiod selects an EnvoyFilter by its targetRefs. */
extern const struct wl_field_since	wl_ef_target_refs_since;

#endif
