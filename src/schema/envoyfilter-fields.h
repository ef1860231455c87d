/* envoyfilter-fields.h - the field tree of the EnvoyFilter CRD's structural schema, for spotting keys Kubernetes drops. */
#ifndef WASMLINT_SCHEMA_ENVOYFILTER_FIELDS_H
#define WASMLINT_SCHEMA_ENVOYFILTER_FIELDS_H

struct wl_ef_object;

/* A property; object is its schema when the tree goes on below it (an object, or a list of them). */
struct wl_ef_field {
	const char			*name;
	const struct wl_ef_object	*object;
};

/* An object of the schema: where it stands, and its properties (ending with a NULL name). */
struct wl_ef_object {
	const char			*path;		/* "spec.configPatches[].match" */
	const struct wl_ef_field	*fields;
};

/*
 * EnvoyFilter's spec. Below it every object's properties are fixed, but for
 * patch.value and proxy.metadata, which keep any key.
 */
extern const struct wl_ef_object	wl_ef_spec;
/* Where the tree comes from. */
extern const char *const		wl_ef_fields_source;

/* The property key of object, or NULL; Kubernetes matches names exactly. */
const struct wl_ef_field	*wl_ef_field(const struct wl_ef_object *,
				    const char *key);
/* The property of object closest to key, or NULL. */
const char	*wl_ef_suggest(const struct wl_ef_object *, const char *key);

#endif
