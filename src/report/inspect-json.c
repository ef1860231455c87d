/* inspect-json.c - wasmlint inspect --format json: the document of docs/inspect-json.md. */
#include <jansson.h>

#include "inspect/inspect.h"
#include "report/report.h"

#define INSPECT_JSON_VERSION 1

/* A string, or null. */
static json_t *
text_or_null(const char *s)
{
	return s != NULL ? wl_json_text(s) : json_null();
}

static json_t *
json_error(const struct wl_wasm_module *m)
{
	if (m->error == NULL)
		return json_null();
	return json_pack("{s:o, s:I}", "message", wl_json_text(m->error),
	    "offset", (json_int_t)m->error_offset);
}

static json_t *
json_abi(const struct wl_inspect *in)
{
	json_t	*markers = json_array();
	size_t	 i;

	for (i = 0; i < in->nmarkers; i++)
		json_array_append_new(markers, json_pack("{s:o, s:o, s:b, s:I}",
		    "name", wl_json_text(in->markers[i].e->name),
		    "version", wl_json_text(in->markers[i].version),
		    "known", in->markers[i].known,
		    "offset", (json_int_t)in->markers[i].e->offset));
	return json_pack("{s:o, s:o, s:o}",
	    "used", text_or_null(in->abi ? in->abi->e->name : NULL),
	    "version", text_or_null(in->abi ? in->abi->version : NULL),
	    "markers", markers);
}

static json_t *
json_allocator(const struct wl_inspect *in)
{
	if (in->allocator == NULL)
		return json_null();
	return json_pack("{s:o, s:o}", "name",
	    wl_json_text(in->allocator->name), "signature",
	    text_or_null(in->allocator->sig.text));
}

static json_t *
json_start(const struct wl_inspect *in)
{
	return json_pack("{s:s, s:o, s:b, s:o}",
	    "mode", wl_start_mode_name(in->start),
	    "entry", text_or_null(in->entry ? in->entry->name : NULL),
	    "main", in->main != NULL,
	    "start_function", in->m->has_start ?
	    json_integer(in->m->start_func) : json_null());
}

static json_t *
json_memory(const struct wl_wasm_memory *mem)
{
	if (!mem->present)
		return json_null();
	return json_pack("{s:b, s:b, s:I, s:o}",
	    "imported", mem->imported, "exported", mem->exported,
	    "min_pages", (json_int_t)mem->min_pages,
	    "max_pages", mem->has_max ?
	    json_integer((json_int_t)mem->max_pages) : json_null());
}

static json_t *
json_import(const struct wl_wasm_module *m, size_t i)
{
	const struct wl_wasm_import *im = &m->imports[i];

	return json_pack("{s:o, s:o, s:s, s:o, s:I}",
	    "module", wl_json_text(im->module), "name", wl_json_text(im->name),
	    "kind", wl_wasm_kind_name(im->kind),
	    "signature", text_or_null(im->sig.text),
	    "offset", (json_int_t)im->offset);
}

static json_t *
json_export(const struct wl_wasm_module *m, size_t i)
{
	const struct wl_wasm_export *ex = &m->exports[i];

	return json_pack("{s:o, s:s, s:I, s:o, s:I}",
	    "name", wl_json_text(ex->name),
	    "kind", wl_wasm_kind_name(ex->kind),
	    "index", (json_int_t)ex->index,
	    "signature", text_or_null(ex->sig.text),
	    "offset", (json_int_t)ex->offset);
}

static json_t *
json_custom(const struct wl_wasm_module *m, size_t i)
{
	const struct wl_wasm_custom *c = &m->customs[i];

	return json_pack("{s:o, s:I, s:I}", "name", wl_json_text(c->name),
	    "offset", (json_int_t)c->offset, "size", (json_int_t)c->size);
}

/* An array of n entries, the i-th made by entry(m, i). */
static json_t *
json_list(const struct wl_wasm_module *m, size_t n,
    json_t *(*entry)(const struct wl_wasm_module *, size_t))
{
	json_t	*a = json_array();
	size_t	 i;

	for (i = 0; i < n; i++)
		json_array_append_new(a, entry(m, i));
	return a;
}

void
wl_inspect_json(FILE *out, const struct wl_inspect *in)
{
	const struct wl_wasm_module *m = in->m;

	wl_json_begin();
	wl_json_write(out, json_pack("{s:i, s:o, s:I, s:b, s:b, s:o, s:o, "
	    "s:o, s:o, s:o, s:o, s:o, s:o}",
	    "version", INSPECT_JSON_VERSION,
	    "file", wl_json_text(in->path),
	    "size", (json_int_t)m->size,
	    "well_formed", m->error == NULL,
	    "validated", 0,
	    "error", json_error(m),
	    "abi", json_abi(in),
	    "allocator", json_allocator(in),
	    "start", json_start(in),
	    "memory", json_memory(&m->memory),
	    "imports", json_list(m, m->nimports, json_import),
	    "exports", json_list(m, m->nexports, json_export),
	    "custom_sections", json_list(m, m->ncustoms, json_custom)));
}
