/* module.c - one wasm module into the facts, wherever its bytes came from: memory, or a file read through its image; its SHA-256 when asked. */
#include <string.h>
#include <unistd.h>

#include "model/module.h"
#include "util/digest.h"
#include "util/file.h"
#include "wasm/image.h"

/* Appends the module read from data (len bytes); see wl_module_add. */
static struct wl_module_fact *
add(struct wl_facts *f, struct wl_sink *sink,
    const struct wl_module_source *src, const void *data, size_t len)
{
	struct wl_module_fact	*m = WL_FACTS_PUSH(f, modules);
	struct wl_loc		 loc = src->at;

	m->path = src->path;
	m->base_name = src->name;
	m->origin = src->origin;
	m->at = src->at;
	m->configmap = src->configmap;
	if (wl_wasm_read(data, len, f->arena, &m->m) == 0) {
		if (f->validate)
			wl_wasm_validate(data, len, f->arena, &m->m);
		return m;
	}
	m->malformed = true;
	if (src->origin != WL_MODULE_CONFIGMAP)
		loc.offset = m->m.error_offset;
	wl_sink_add_id(sink, "WL1003", &loc,
	    "not a valid wasm module%s%s: %s (at byte 0x%zx)",
	    src->origin == WL_MODULE_CONFIGMAP ? " in binaryData " : "",
	    src->origin == WL_MODULE_CONFIGMAP ? src->name : "",
	    m->m.error, m->m.error_offset);
	return m;
}

size_t
wl_module_add(struct wl_facts *f, struct wl_sink *sink,
    const struct wl_module_source *src, const void *buf, size_t len)
{
	struct wl_module_fact *m = add(f, sink, src, buf, len);

	/* Its bytes are not kept: hashed now, for the loads read later. */
	wl_sha256_hex(buf, len, m->sha256);
	m->sum = WL_SUM_DONE;
	return f->modules.n - 1;
}

int
wl_module_add_file(struct wl_facts *f, struct wl_sink *sink,
    const struct wl_module_source *src, int fd, size_t size,
    const char **why)
{
	struct wl_wasm_image img;

	if (wl_wasm_image_read(fd, size, f->validate, &img, why) != 0)
		return -1;
	add(f, sink, src, img.data, img.size);
	wl_wasm_image_free(&img);
	return 0;
}

const char *
wl_module_sha256(struct wl_module_fact *m, struct wl_sink *sink)
{
	const char	*why = NULL;
	int		 fd;

	if (m->sum == WL_SUM_LATER) {
		m->sum = WL_SUM_FAILED;
		if ((fd = wl_open_regular_fd(m->path, NULL, &why)) >= 0) {
			if (wl_sha256_fd_hex(fd, m->sha256, &why) == 0)
				m->sum = WL_SUM_DONE;
			close(fd);
		}
		if (m->sum == WL_SUM_FAILED)
			wl_sink_add_id(sink, "WL1004", &m->at,
			    "cannot read %s again to hash it: %s", m->path,
			    why);
	}
	return m->sum == WL_SUM_DONE ? m->sha256 : NULL;
}
