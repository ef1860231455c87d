/* proxy-image.h - the files Istio's proxyv2 image itself ships where a plugin's filename may point, by release. */
#ifndef WASMLINT_SCHEMA_PROXY_IMAGE_H
#define WASMLINT_SCHEMA_PROXY_IMAGE_H

#include <stdbool.h>

/* The directory of Istio's own telemetry plugins in the proxyv2 image. */
#define WL_PROXY_EXTENSIONS_DIR	"/etc/istio/extensions/"

/* A file of the proxyv2 image, in the Istio minor releases 1.first .. 1.last. */
struct wl_image_file {
	const char	*path;
	unsigned	 first, last;
};

/* Every such file (the source is in proxy-image.c). */
extern const struct wl_image_file	wl_image_files[];
extern const size_t			wl_nimage_files;

/* The proxyv2 image's file at path in some release, or NULL. */
const struct wl_image_file	*wl_image_file(const char *path);
/* Whether Istio release version ("1.8.6") ships f; false when version is not 1.N. */
bool				 wl_image_file_in(const struct wl_image_file *f,
				    const char *version);

#endif
