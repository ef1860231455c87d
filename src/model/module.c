/* module.c - one wasm module into the facts, wherever its bytes came from. */
#include "model/module.h"
#include "util/digest.h"

size_t
wl_module_add(struct wl_facts *f, struct wl_sink *sink,
    const struct wl_module_source *src, const void *buf, size_t len)
{
	struct wl_module_fact	*m = WL_VEC_PUSH(f->arena, &f->modules);
	struct wl_loc		 loc = src->at;

	m->path = src->path;
	m->base_name = src->name;
	m->origin = src->origin;
	m->at = src->at;
	m->configmap = src->configmap;
	wl_sha256_hex(buf, len, m->sha256);
	if (wl_wasm_read(buf, len, f->arena, &m->m) == 0) {
		if (f->validate)
			wl_wasm_validate(buf, len, f->arena, &m->m);
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
