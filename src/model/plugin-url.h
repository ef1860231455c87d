/* plugin-url.h - a WasmPlugin url as istiod reads it: its scheme (Go's net/url rule), the local file of a file:// url, an OCI image's tag. */
#ifndef WASMLINT_MODEL_PLUGIN_URL_H
#define WASMLINT_MODEL_PLUGIN_URL_H

#include <stdbool.h>
#include <stddef.h>

struct wl_arena;

/*
 * The scheme of url, lower-cased, as Go's url.Parse finds it (letters,
 * then letters, digits, "+", "-" or "." up to the first ":"), or "" when
 * it has none, which istiod takes for oci. NULL when url starts with ":".
 */
const char	*wl_plugin_url_scheme(struct wl_arena *, const char *url);
/* The filename Envoy opens for a file:// url (istiod strips "file://"), or NULL for another scheme. */
const char	*wl_plugin_url_file(const char *url);
/* The tag of an oci:// (or scheme-less) image reference: "v1", "latest"; NULL when it has none or a digest. */
const char	*wl_plugin_url_tag(const char *url);

#endif
