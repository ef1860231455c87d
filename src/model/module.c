/* module.c - one wasm module into the facts, wherever its bytes came from: memory, or a file read through its image. */
#include <string.h>

#include "model/module.h"
#include "util/digest.h"
#include "wasm/image.h"

/* Appends the module read from data (len bytes, with the given SHA-256); see wl_module_add. */
static size_t
add(struct wl_facts *f, struct wl_sink *sink,
    const struct wl_module_source *src, const char *sha256, const void *data,
    size_t len)
{
	struct wl_module_fact	*m = WL_VEC_PUSH(f->arena, &f->modules);
	struct wl_loc		 loc = src->at;

	m->path = src->path;
	m->base_name = src->name;
	m->origin = src->origin;
	m->at = src->at;
	m->configmap = src->configmap;
	memcpy(m->sha256, sha256, sizeof m->sha256);
	if (wl_wasm_read(data, len, f->arena, &m->m) == 0) {
		if (f->validate)
			wl_wasm_validate(data, len, f->arena, &m->m);
		return f->modules.n - 1;
	}
	m->malformed = true;
	if (src->origin != WL_MODULE_CONFIGMAP)
		loc.offset = m->m.error_offset;
	wl_sink_add_id(sink, "WL1003", &loc,
	    "not a valid wasm module%s%s: %s (at byte 0x%zx)",
	    src->origin == WL_MODULE_CONFIGMAP ? " in binaryData " : "",
	    src->origin == WL_MODULE_CONFIGMAP ? src->name : "",
	    m->m.error, m->m.error_offset);
	return f->modules.n - 1;
}

size_t
wl_module_add(struct wl_facts *f, struct wl_sink *sink,
    const struct wl_module_source *src, const void *buf, size_t len)
{
	char sha256[WL_SHA256_HEX_LEN + 1];

	wl_sha256_hex(buf, len, sha256);
	return add(f, sink, src, sha256, buf, len);
}

int
wl_module_add_file(struct wl_facts *f, struct wl_sink *sink,
    const struct wl_module_source *src, int fd, size_t size,
    const char **why)
{
	char			sha256[WL_SHA256_HEX_LEN + 1];
	struct wl_wasm_image	img;

	if (wl_sha256_fd_hex(fd, sha256, why) != 0 ||
	    wl_wasm_image_read(fd, size, f->validate, &img, why) != 0)
		return -1;
	add(f, sink, src, sha256, img.data, img.size);
	wl_wasm_image_free(&img);
	return 0;
}
