/* annotations.h - the Istio annotations and the object kinds each applies to, with the injector's value checks. */
#ifndef WASMLINT_SCHEMA_ANNOTATIONS_H
#define WASMLINT_SCHEMA_ANNOTATIONS_H

#include <stdbool.h>
#include <stddef.h>

struct wl_annotation_def {
	const char	*name;		/* "sidecar.istio.io/userVolume" */
	const char	*resources;	/* "Pod"; "Any"; "Namespace, Service" */
	bool		 deprecated;
};

extern const struct wl_annotation_def	wl_annotations[];
extern const size_t			wl_nannotations;
extern const char *const		wl_annotations_source;
extern const char *const		wl_annotation_values_source;

/* The definition of name, or NULL. */
const struct wl_annotation_def	*wl_annotation_find(const char *name);
/* True when kind ("Pod", "Deployment") is among def's resources, or they are Any. */
bool	wl_annotation_applies(const struct wl_annotation_def *,
	    const char *kind);
/* True for keys istioctl analyze treats as Istio's: a domain ending in istio.io, or kubernetes.io/ingress.class. */
bool	wl_annotation_is_istio(const char *key);
/* True for keys set by Istio itself that istioctl analyze never reports. */
bool	wl_annotation_ignored(const char *key);
/* The closest known annotation to key, or NULL. */
const char	*wl_annotation_suggest(const char *key);
/*
 * Checks value as the sidecar injector does before it injects. Returns
 * false and writes why into buf when the injector refuses it; true when it
 * accepts it or has no check for key.
 */
bool	wl_annotation_value_ok(const char *key, const char *value, char *buf,
	    size_t size);

#endif
