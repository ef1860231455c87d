/*
 * module-host.c - a module through the eyes of one host generation, in the
 * order the host loads it (proxy-wasm-cpp-host src/wasm.cc): ABI marker,
 * imports, allocator, callbacks and start functions.
 */
#include <string.h>

#include "hosts/module-host.h"
#include "util/list-text.h"

/* The first row of [markers] that g accepts for export e, or NULL. */
static const struct wl_host_row *
marker_row(const struct wl_hosts *h, int g, const struct wl_wasm_export *e)
{
	return wl_host_rows_find(&h->markers, g, WL_ABI_ANY, NULL, e->name);
}

static int
view_abi(const struct wl_host_view *v, unsigned g)
{
	const struct wl_host_row *row;

	if (wl_host_marker(v, g, &row) != NULL)
		return wl_host_row_abi(row);
	return v->nmarkers > 0 ? WL_ABI_REFUSED : WL_ABI_ANY;
}

void
wl_host_view_init(struct wl_host_view *v, struct wl_arena *a,
    const struct wl_hosts *h, const struct wl_wasm_module *m)
{
	size_t		i;
	unsigned	g;

	memset(v, 0, sizeof *v);
	v->hosts = h;
	v->m = m;
	for (i = 0; i < m->nexports; i++) {
		const struct wl_wasm_export *e = &m->exports[i];

		if (e->kind != WL_WASM_FUNC || !wl_hosts_looks_up(h, e->name))
			continue;
		if (v->nlooked_up % 8 == 0)
			v->looked_up = wl_arena_grow(a, v->looked_up,
			    v->nlooked_up * sizeof *v->looked_up,
			    (v->nlooked_up + 8) * sizeof *v->looked_up);
		v->looked_up[v->nlooked_up++] = e;
		v->nmarkers += marker_row(h, -1, e) != NULL;
	}
	v->markers = wl_arena_alloc(a, (v->nmarkers + 1) * sizeof *v->markers);
	for (i = 0, v->nmarkers = 0; i < v->nlooked_up; i++)
		if (marker_row(h, -1, v->looked_up[i]) != NULL)
			v->markers[v->nmarkers++] = v->looked_up[i];
	for (g = 0; g < h->gens.n; g++)
		v->abi[g] = view_abi(v, g);
}

/* The module's function export of this name that some host looks up. */
static const struct wl_wasm_export *
looked_up(const struct wl_host_view *v, const char *name)
{
	size_t i;

	for (i = 0; i < v->nlooked_up; i++)
		if (strcmp(v->looked_up[i]->name, name) == 0)
			return v->looked_up[i];
	return NULL;
}

const struct wl_wasm_export *
wl_host_marker(const struct wl_host_view *v, unsigned g,
    const struct wl_host_row **row)
{
	size_t i;

	for (i = 0; i < v->nmarkers; i++)
		if ((*row = marker_row(v->hosts, (int)g, v->markers[i])) !=
		    NULL)
			return v->markers[i];
	return NULL;
}

const char *
wl_host_marker_names(struct wl_arena *a, const struct wl_host_view *v)
{
	struct wl_list_text	l = { a, "" };
	size_t			i;

	for (i = 0; i < v->nmarkers; i++)
		wl_list_text_add(&l, wl_arena_printf(a, "`%s`",
		    v->markers[i]->name));
	return l.text;
}

const struct wl_wasm_export *
wl_host_allocator(const struct wl_host_view *v, unsigned g,
    const struct wl_host_row **row)
{
	const struct wl_hosts		*h = v->hosts;
	const struct wl_wasm_export	*e;
	size_t				 i;

	for (i = 0; i < h->allocators.n; i++) {
		*row = &h->allocators.v[i];
		if (((*row)->gens >> g & 1) &&
		    (e = looked_up(v, (*row)->name)) != NULL)
			return e;
	}
	*row = NULL;
	return NULL;
}

/* The kind of import a row provides. */
static enum wl_wasm_kind
row_kind(const struct wl_host_row *r)
{
	if (strcmp(r->sig, "memory") == 0)
		return WL_WASM_MEMORY;
	if (strcmp(r->sig, "table") == 0)
		return WL_WASM_TABLE;
	return WL_WASM_FUNC;
}

/* The first import row at g (any: -1) for abi that provides the import. */
static const struct wl_host_row *
import_row(const struct wl_hosts *h, int g, int abi,
    const struct wl_wasm_import *im)
{
	size_t i;

	for (i = 0; i < h->imports.n; i++) {
		const struct wl_host_row *r = &h->imports.v[i];

		if ((g >= 0 && !(r->gens >> g & 1)) ||
		    (abi >= 0 && !(r->abis >> abi & 1)) ||
		    row_kind(r) != im->kind ||
		    (r->module != NULL && strcmp(r->module, im->module) != 0) ||
		    (r->name != NULL && strcmp(r->name, im->name) != 0))
			continue;
		return r;
	}
	return NULL;
}

/* Why no generation provides the import at all. */
static enum wl_import_fit
import_nowhere(const struct wl_hosts *h, const struct wl_wasm_import *im)
{
	bool	kind = false, module = false;
	size_t	i;

	for (i = 0; i < h->imports.n; i++) {
		const struct wl_host_row *r = &h->imports.v[i];

		kind |= row_kind(r) == im->kind;
		if (r->module == NULL || strcmp(r->module, im->module) != 0)
			continue;
		module = true;
		if (r->name != NULL && strcmp(r->name, im->name) == 0)
			return WL_IMPORT_KIND;	/* provided as another kind */
	}
	if (!kind)
		return WL_IMPORT_KIND;
	return module ? WL_IMPORT_MISSING : WL_IMPORT_NO_MODULE;
}

enum wl_import_fit
wl_host_import(const struct wl_hosts *h, int g, int abi,
    const struct wl_wasm_import *im, const struct wl_host_row **row)
{
	if ((*row = import_row(h, -1, WL_ABI_ANY, im)) == NULL)
		return import_nowhere(h, im);
	if ((*row = import_row(h, g, abi, im)) != NULL)
		return im->kind != WL_WASM_FUNC || im->sig.text == NULL ||
		    strcmp((*row)->sig, im->sig.text) == 0 ? WL_IMPORT_OK :
		    WL_IMPORT_SIGNATURE;
	if ((*row = import_row(h, g, WL_ABI_ANY, im)) != NULL)
		return WL_IMPORT_OTHER_ABI;
	return WL_IMPORT_MISSING;
}

const struct wl_host_row *
wl_host_export_row(const struct wl_hosts *h, unsigned g, int abi,
    const struct wl_wasm_export *e)
{
	const struct wl_host_rows	*tables[] = { &h->markers,
		&h->allocators, &h->starts, &h->callbacks };
	const struct wl_host_row	*r;
	size_t				 i;

	if (e->kind != WL_WASM_FUNC)
		return NULL;
	for (i = 0; i < sizeof tables / sizeof *tables; i++) {
		r = wl_host_rows_find(tables[i], (int)g, abi, NULL, e->name);
		if (r != NULL && r->sig != NULL)
			return r;
	}
	return NULL;
}

void
wl_host_start(const struct wl_host_view *v, unsigned g,
    struct wl_host_start *out)
{
	const struct wl_host_rows	*starts = &v->hosts->starts;
	size_t				 i;

	out->entry = out->after = NULL;
	for (i = 0; i < starts->n && out->entry == NULL; i++) {
		const struct wl_host_row *r = &starts->v[i];

		if ((r->gens >> g & 1) && r->calls != WL_CALLS_AFTER &&
		    looked_up(v, r->name) != NULL)
			out->entry = r;
	}
	for (i = 0; i < starts->n && out->entry != NULL &&
	    out->after == NULL; i++) {
		const struct wl_host_row *r = &starts->v[i];

		if ((r->gens >> g & 1) && r->calls == WL_CALLS_AFTER &&
		    strcmp(r->after, out->entry->name) == 0 &&
		    looked_up(v, r->name) != NULL)
			out->after = r;
	}
}

uint64_t
wl_host_gens_where(const struct wl_host_view *v,
    bool (*pred)(const struct wl_host_view *, unsigned, const void *),
    const void *arg)
{
	uint64_t	gens = 0;
	unsigned	g;

	for (g = 0; g < v->hosts->gens.n; g++)
		if (pred(v, g, arg))
			gens |= (uint64_t)1 << g;
	return gens;
}

static const char *
import_problem(struct wl_arena *a, const struct wl_host_view *v, unsigned g)
{
	const struct wl_host_row	*row;
	size_t				 i;

	for (i = 0; i < v->m->nimports; i++) {
		const struct wl_wasm_import *im = &v->m->imports[i];

		switch (wl_host_import(v->hosts, (int)g, v->abi[g], im, &row)) {
		case WL_IMPORT_OK:
			continue;
		case WL_IMPORT_SIGNATURE:
			return wl_arena_printf(a, "`%s.%s` is imported with "
			    "another signature", im->module, im->name);
		default:
			return wl_arena_printf(a, "`%s.%s` is not provided",
			    im->module, im->name);
		}
	}
	return NULL;
}

static const char *
export_problem(struct wl_arena *a, const struct wl_host_view *v, unsigned g)
{
	const struct wl_host_row	*row;
	size_t				 i;

	for (i = 0; i < v->nlooked_up; i++) {
		const struct wl_wasm_export *e = v->looked_up[i];

		row = wl_host_export_row(v->hosts, g, v->abi[g], e);
		if (row != NULL && e->sig.text != NULL &&
		    strcmp(row->sig, e->sig.text) != 0)
			return wl_arena_printf(a, "`%s` is exported with "
			    "another signature", e->name);
	}
	return NULL;
}

const char *
wl_host_load_problem(struct wl_arena *a, const struct wl_host_view *v,
    unsigned g)
{
	const struct wl_host_row	*row;
	const char			*why;

	if (v->abi[g] == WL_ABI_REFUSED)
		return "none of the module's ABI markers is accepted";
	if (v->abi[g] == WL_ABI_ANY)
		return "the module has no ABI marker";
	if ((why = import_problem(a, v, g)) != NULL)
		return why;
	if (wl_host_allocator(v, g, &row) == NULL)
		return "none of the module's allocators is called";
	if ((why = export_problem(a, v, g)) != NULL)
		return why;
	/* Every release: the host reads and writes the exported (or imported) memory (WL3003). */
	if (!v->m->memory.exported && !v->m->memory.imported)
		return v->m->memory.present ? "the module does not export its "
		    "memory" : "the module has no memory";
	return NULL;
}
