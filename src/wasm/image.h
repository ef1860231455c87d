/* image.h - a module file laid out as wl_wasm_read sees it, with the bytes it skips never read into memory. */
#ifndef WASMLINT_WASM_IMAGE_H
#define WASMLINT_WASM_IMAGE_H

#include <stdbool.h>
#include <stddef.h>

/*
 * The largest module file wasmlint reads: V8, the runtime Istio's Wasm
 * filters run on (envoy.wasm.runtime.v8), refuses a bigger one
 * (kV8MaxWasmModuleSize = 1 GiB in v8/v8, src/wasm/wasm-limits.h,
 * a8b7d477), so no proxy ever loads it.
 */
#define WL_MAX_MODULE_BYTES ((size_t)1 << 30)

/*
 * A module file as wl_wasm_read looks at it: data holds size bytes, each
 * byte the reader reads at its offset in the file; what it skips (function
 * bodies, data segments' bytes, custom sections it does not parse) is never
 * read and reads as zeros, in pages that never become resident. copied is
 * the bytes actually read into data.
 */
struct wl_wasm_image {
	unsigned char	*data;
	size_t		 size;
	size_t		 copied;
};

/*
 * Builds the image of the module in the file open at fd (size bytes, at most
 * WL_MAX_MODULE_BYTES); with whole, every byte is read (what
 * wl_wasm_validate needs). Returns 0, or -1 with *why set when the file
 * cannot be read or shrank while being read. Never prints.
 */
int	wl_wasm_image_read(int fd, size_t size, bool whole,
	    struct wl_wasm_image *img, const char **why);
/* Releases the image's memory. */
void	wl_wasm_image_free(struct wl_wasm_image *img);

#endif
