/*
 * inspect.c - what a plugin needs from its host, read against the host
 * table: the marker, allocator and start functions the newest host goes by,
 * the releases that provide each import, and the releases that load the
 * module, with why each other one does not. Every fact about hosts comes
 * from hosts/module-host.h; this file only groups releases.
 */
#include <string.h>

#include "check/check.h"
#include "inspect/inspect.h"
#include "hosts/hosts.h"
#include "hosts/module-host.h"
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

static const struct wl_wasm_export *
func_export(const struct wl_wasm_module *m, const char *name)
{
	return wl_module_export(m, name, WL_WASM_FUNC);
}

/* "0.2.1" from "proxy_abi_version_0_2_1". */
static const char *
marker_version(struct wl_arena *arena, const char *name)
{
	char *v = wl_arena_strdup(arena, name + strlen(WL_MARKER_PREFIX));
	char *p;

	for (p = v; *p != '\0'; p++)
		if (*p == '_')
			*p = '.';
	return v;
}

/* Predicates for wl_host_gens_where: what g does with the export arg. */
static bool
goes_by(const struct wl_host_view *v, unsigned g, const void *arg)
{
	const struct wl_host_row *row;

	return wl_host_marker(v, g, &row) == arg;
}

static bool
allocates_with(const struct wl_host_view *v, unsigned g, const void *arg)
{
	const struct wl_host_row *row;

	return wl_host_allocator(v, g, &row) == arg;
}

static bool
enters_by(const struct wl_host_view *v, unsigned g, const void *arg)
{
	struct wl_host_start st;

	wl_host_start(v, g, &st);
	return st.entry != NULL && func_export(v->m, st.entry->name) == arg;
}

static bool
then_calls(const struct wl_host_view *v, unsigned g, const void *arg)
{
	struct wl_host_start st;

	wl_host_start(v, g, &st);
	return st.after != NULL && func_export(v->m, st.after->name) == arg;
}

static bool
links(const struct wl_host_view *v, unsigned g, const void *arg)
{
	const struct wl_host_row *row;

	return wl_host_import(v->hosts, (int)g, v->abi[g], arg, &row) ==
	    WL_IMPORT_OK;
}

static const char *
releases(struct wl_arena *arena, const struct wl_inspect *in,
    bool (*pred)(const struct wl_host_view *, unsigned, const void *),
    const void *arg)
{
	return wl_hosts_describe_gens(arena, in->hosts,
	    wl_host_gens_where(&in->view, pred, arg));
}

static void
find_markers(struct wl_inspect *in, struct wl_arena *arena, unsigned newest)
{
	const struct wl_host_row	*row;
	const struct wl_wasm_export	*used;
	WL_VEC(struct wl_inspect_marker) v = { 0 };
	struct wl_inspect_marker	*mk;
	size_t				 i;

	used = wl_host_marker(&in->view, newest, &row);
	for (i = 0; i < in->m->nexports; i++) {
		const struct wl_wasm_export *e = &in->m->exports[i];

		if (e->kind != WL_WASM_FUNC || strncmp(e->name,
		    WL_MARKER_PREFIX, strlen(WL_MARKER_PREFIX)) != 0)
			continue;
		mk = WL_VEC_PUSH(arena, &v);
		mk->e = e;
		mk->version = marker_version(arena, e->name);
		mk->releases = releases(arena, in, goes_by, e);
		if (e == used)
			in->abi = mk;
	}
	in->markers = v.v;
	in->nmarkers = v.n;
}

/* The export pred picks on the newest host, and the releases that pick it. */
static void
find_call(struct wl_inspect *in, struct wl_arena *arena,
    const struct wl_wasm_export *e, struct wl_inspect_call *out,
    bool (*pred)(const struct wl_host_view *, unsigned, const void *))
{
	out->e = e;
	out->releases = e != NULL ? releases(arena, in, pred, e) : NULL;
}

static void
find_calls(struct wl_inspect *in, struct wl_arena *arena, unsigned newest)
{
	const struct wl_host_row	*row;
	struct wl_host_start		 st;

	find_call(in, arena, wl_host_allocator(&in->view, newest, &row),
	    &in->allocator, allocates_with);
	in->allocators = wl_host_rows_names(arena, &in->hosts->allocators,
	    (uint64_t)1 << newest);
	wl_host_start(&in->view, newest, &st);
	find_call(in, arena, st.entry ? func_export(in->m, st.entry->name) :
	    NULL, &in->entry, enters_by);
	find_call(in, arena, st.after ? func_export(in->m, st.after->name) :
	    NULL, &in->then, then_calls);
	if (func_export(in->m, "_initialize") != NULL)
		in->start = WL_START_REACTOR;
	else if (func_export(in->m, "_start") != NULL)
		in->start = WL_START_COMMAND;
}

static void
find_imports(struct wl_inspect *in, struct wl_arena *arena)
{
	const struct wl_host_release	*first;
	size_t				 i;
	uint64_t			 gens;

	in->imports = wl_arena_alloc(arena,
	    in->m->nimports * sizeof *in->imports);
	for (i = 0; i < in->m->nimports; i++) {
		in->imports[i].im = &in->m->imports[i];
		gens = wl_host_gens_where(&in->view, links,
		    &in->m->imports[i]);
		first = wl_hosts_first_release(in->hosts, gens);
		in->imports[i].since = first != NULL ? first->first : NULL;
		in->imports[i].releases = wl_hosts_describe_gens(arena,
		    in->hosts, gens);
	}
}

/* Why generation g does not load the module; NULL when it does. */
static const char *
refusal(struct wl_inspect *in, struct wl_arena *arena, unsigned g)
{
	if (in->m->error != NULL)
		return "the module is malformed";
	if (in->m->invalid != NULL)
		return "the module is not valid";
	return wl_host_load_problem(arena, &in->view, g);
}

/*
 * The generations that load the module, and the others grouped by reason,
 * oldest first.
 */
static void
find_verdict(struct wl_inspect *in, struct wl_arena *arena)
{
	WL_VEC(struct wl_inspect_refusal) v = { 0 };
	WL_VEC(uint64_t)	gens = { 0 };
	const char		*why;
	unsigned		 g;
	size_t			 i;

	for (g = 0; g < in->hosts->gens.n; g++) {
		if ((why = refusal(in, arena, g)) == NULL) {
			in->loading |= (uint64_t)1 << g;
			continue;
		}
		for (i = 0; i < v.n && strcmp(v.v[i].why, why) != 0; i++)
			continue;
		if (i == v.n) {
			WL_VEC_PUSH(arena, &v)->why = why;
			WL_VEC_PUSH(arena, &gens);
		}
		gens.v[i] |= (uint64_t)1 << g;
	}
	for (i = 0; i < v.n; i++)
		v.v[i].releases = wl_hosts_describe_gens(arena, in->hosts,
		    gens.v[i]);
	in->refusals = v.v;
	in->nrefusals = v.n;
	in->loads_on = wl_hosts_describe_gens(arena, in->hosts, in->loading);
}

void
wl_inspect_module(const char *path, const struct wl_wasm_module *m,
    bool validated, const struct wl_hosts *h, struct wl_arena *arena,
    struct wl_inspect *out)
{
	unsigned newest = (unsigned)h->gens.n - 1;

	memset(out, 0, sizeof *out);
	out->path = path;
	out->validated = validated && m->error == NULL;
	out->m = m;
	out->hosts = h;
	wl_host_view_init(&out->view, arena, h, m);
	find_markers(out, arena, newest);
	find_calls(out, arena, newest);
	find_imports(out, arena);
	find_verdict(out, arena);
}
