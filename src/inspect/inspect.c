/*
 * inspect.c - what a plugin needs from its host: the ABI marker the host
 * goes by, the allocator it calls, how it starts the module. The lookup
 * order is proxy-wasm-cpp-host's (shared/reference/proxy-wasm-abi.md
 * sections 2.1 and 3): the first known marker in export order; malloc
 * before proxy_on_memory_allocate; _initialize (then main) before _start.
 */
#include <string.h>

#include "engine/check.h"
#include "inspect/inspect.h"
#include "knowledge/abi.h"
#include "util/arena.h"

static const char *const start_names[] = {
	[WL_START_NONE] = "none",
	[WL_START_REACTOR] = "reactor",
	[WL_START_COMMAND] = "command",
};

static const char *const kind_names[] = {
	[WL_WASM_FUNC] = "function",
	[WL_WASM_TABLE] = "table",
	[WL_WASM_MEMORY] = "memory",
	[WL_WASM_GLOBAL] = "global",
	[WL_WASM_TAG] = "tag",
};

const char *
wl_start_mode_name(enum wl_start_mode mode)
{
	return start_names[mode];
}

const char *
wl_wasm_kind_name(enum wl_wasm_kind kind)
{
	return kind_names[kind];
}

/* "0.2.1" from "proxy_abi_version_0_2_1". */
static const char *
marker_version(struct wl_arena *arena, const char *name)
{
	char *v = wl_arena_strdup(arena, name + strlen(WL_ABI_MARKER_PREFIX));
	char *p;

	for (p = v; *p != '\0'; p++)
		if (*p == '_')
			*p = '.';
	return v;
}

static void
find_markers(struct wl_inspect *in, struct wl_arena *arena)
{
	const struct wl_wasm_module	*m = in->m;
	WL_VEC(struct wl_inspect_marker) v = { 0 };
	struct wl_inspect_marker	*mk;
	size_t				 i;

	for (i = 0; i < m->nexports; i++) {
		const struct wl_wasm_export *e = &m->exports[i];

		if (e->kind != WL_WASM_FUNC || strncmp(e->name,
		    WL_ABI_MARKER_PREFIX, strlen(WL_ABI_MARKER_PREFIX)) != 0)
			continue;
		mk = WL_VEC_PUSH(arena, &v);
		mk->e = e;
		mk->version = marker_version(arena, e->name);
		mk->known = wl_abi_find(wl_abi_markers, wl_abi_nmarkers,
		    e->name) != NULL;
	}
	in->markers = v.v;
	in->nmarkers = v.n;
	for (i = 0; i < v.n && in->abi == NULL; i++)
		if (v.v[i].known)
			in->abi = &v.v[i];
}

static const struct wl_wasm_export *
find_func(const struct wl_wasm_module *m, const char *name)
{
	return wl_module_export(m, name, WL_WASM_FUNC);
}

static void
find_allocator(struct wl_inspect *in)
{
	size_t i;

	for (i = 0; i < wl_abi_nallocators && in->allocator == NULL; i++)
		in->allocator = find_func(in->m, wl_abi_allocators[i].name);
}

static void
find_start(struct wl_inspect *in)
{
	if ((in->entry = find_func(in->m, "_initialize")) != NULL) {
		in->start = WL_START_REACTOR;
		in->main = find_func(in->m, "main");
	} else if ((in->entry = find_func(in->m, "_start")) != NULL)
		in->start = WL_START_COMMAND;
}

void
wl_inspect_module(const char *path, const struct wl_wasm_module *m,
    struct wl_arena *arena, struct wl_inspect *out)
{
	memset(out, 0, sizeof *out);
	out->path = path;
	out->m = m;
	find_markers(out, arena);
	find_allocator(out);
	find_start(out);
}
