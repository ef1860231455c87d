/* proxy-image.c - the Wasm plugins Istio's proxyv2 image ships under /etc/istio/extensions/, read from its Dockerfile at each release tag. */
#include <stdlib.h>
#include <string.h>

#include "schema/proxy-image.h"

/*
 * istio/istio pilot/docker/Dockerfile.proxyv2 COPYs stats-filter.wasm and
 * metadata-exchange-filter.wasm into /etc/istio/extensions/ from 1.5.0
 * (lines 57-58) through 1.6.14, and their .compiled.wasm as well from 1.7.0
 * (lines 51-54) through 1.17.8 (lines 44-47); from 1.18.0 on it copies
 * nothing there. Read at every release tag of 1.5 to 1.29.
 */
const struct wl_image_file wl_image_files[] = {
	{ WL_PROXY_EXTENSIONS_DIR "stats-filter.wasm", 5, 17 },
	{ WL_PROXY_EXTENSIONS_DIR "metadata-exchange-filter.wasm", 5, 17 },
	{ WL_PROXY_EXTENSIONS_DIR "stats-filter.compiled.wasm", 7, 17 },
	{ WL_PROXY_EXTENSIONS_DIR "metadata-exchange-filter.compiled.wasm",
	    7, 17 },
};
const size_t wl_nimage_files = sizeof wl_image_files /
    sizeof *wl_image_files;

const struct wl_image_file *
wl_image_file(const char *path)
{
	size_t i;

	for (i = 0; i < wl_nimage_files; i++)
		if (strcmp(wl_image_files[i].path, path) == 0)
			return &wl_image_files[i];
	return NULL;
}

bool
wl_image_file_in(const struct wl_image_file *f, const char *version)
{
	char		*end;
	unsigned long	 minor;

	if (strncmp(version, "1.", 2) != 0)
		return false;
	minor = strtoul(version + 2, &end, 10);
	if (end == version + 2 || (*end != '\0' && *end != '.'))
		return false;
	return minor >= f->first && minor <= f->last;
}
