/* inspect-json.c - wasmlint inspect --format json: the document of docs/inspect-json.md. */
#include <jansson.h>

#include "inspect/inspect.h"
#include "inspect/loaders.h"
#include "hosts/hosts.h"
#include "report/report.h"

#define INSPECT_JSON_VERSION 1

/* A string, or null. */
static json_t *
text_or_null(const char *s)
{
	return s != NULL ? wl_json_text(s) : json_null();
}

/* {"message", "offset"} of a problem, or null. */
static json_t *
json_problem(const char *message, size_t offset)
{
	if (message == NULL)
		return json_null();
	return json_pack("{s:o, s:I}", "message", wl_json_text(message),
	    "offset", (json_int_t)offset);
}


static json_t *
json_valid(const struct wl_inspect *in)
{
	if (!in->validated)
		return json_null();
	return json_boolean(in->m->invalid == NULL);
}

static json_t *
json_abi(const struct wl_inspect *in)
{
	json_t	*markers = json_array();
	size_t	 i;

	for (i = 0; i < in->nmarkers; i++)
		json_array_append_new(markers, json_pack("{s:o, s:o, s:o, s:I}",
		    "name", wl_json_text(in->markers[i].e->name),
		    "version", wl_json_text(in->markers[i].version),
		    "releases", wl_json_text(in->markers[i].releases),
		    "offset", (json_int_t)in->markers[i].e->offset));
	return json_pack("{s:o, s:o, s:o}",
	    "used", text_or_null(in->abi ? in->abi->e->name : NULL),
	    "version", text_or_null(in->abi ? in->abi->version : NULL),
	    "markers", markers);
}

/* {"name", "signature", "releases"} of an export the host calls, or null. */
static json_t *
json_call(const struct wl_inspect_call *c)
{
	if (c->e == NULL)
		return json_null();
	return json_pack("{s:o, s:o, s:o}", "name", wl_json_text(c->e->name),
	    "signature", text_or_null(c->e->sig.text),
	    "releases", wl_json_text(c->releases));
}

static json_t *
json_start(const struct wl_inspect *in)
{
	return json_pack("{s:s, s:o, s:o, s:o}",
	    "mode", wl_start_mode_name(in->start),
	    "entry", json_call(&in->entry), "then", json_call(&in->then),
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
json_import(const struct wl_inspect *in, size_t i)
{
	const struct wl_wasm_import *im = &in->m->imports[i];

	return json_pack("{s:o, s:o, s:s, s:o, s:I, s:o, s:o}",
	    "module", wl_json_text(im->module), "name", wl_json_text(im->name),
	    "kind", wl_wasm_kind_name(im->kind),
	    "signature", text_or_null(im->sig.text),
	    "offset", (json_int_t)im->offset,
	    "since", text_or_null(in->imports[i].since),
	    "releases", wl_json_text(in->imports[i].releases));
}

static json_t *
json_export(const struct wl_inspect *in, size_t i)
{
	const struct wl_wasm_export *ex = &in->m->exports[i];

	return json_pack("{s:o, s:s, s:I, s:o, s:I}",
	    "name", wl_json_text(ex->name),
	    "kind", wl_wasm_kind_name(ex->kind),
	    "index", (json_int_t)ex->index,
	    "signature", text_or_null(ex->sig.text),
	    "offset", (json_int_t)ex->offset);
}

static json_t *
json_custom(const struct wl_inspect *in, size_t i)
{
	const struct wl_wasm_custom *c = &in->m->customs[i];

	return json_pack("{s:o, s:I, s:I}", "name", wl_json_text(c->name),
	    "offset", (json_int_t)c->offset, "size", (json_int_t)c->size);
}

/* An array of n entries, the i-th made by entry(in, i). */
static json_t *
json_list(const struct wl_inspect *in, size_t n,
    json_t *(*entry)(const struct wl_inspect *, size_t))
{
	json_t	*a = json_array();
	size_t	 i;

	for (i = 0; i < n; i++)
		json_array_append_new(a, entry(in, i));
	return a;
}

static json_t *
json_refusal(const struct wl_inspect *in, size_t i)
{
	return json_pack("{s:o, s:o}",
	    "releases", wl_json_text(in->refusals[i].releases),
	    "reason", wl_json_text(in->refusals[i].why));
}

static json_t *
json_verdict(const struct wl_inspect *in)
{
	json_t	*names = json_array();
	size_t	 i;

	for (i = 0; i < in->hosts->releases.n; i++)
		if (in->loading >> in->hosts->releases.v[i].gen & 1)
			json_array_append_new(names,
			    wl_json_text(in->hosts->releases.v[i].name));
	return json_pack("{s:o, s:o, s:o}",
	    "loads_on", wl_json_text(in->loads_on), "releases", names,
	    "refusals", json_list(in, in->nrefusals, json_refusal));
}

static json_t *
json_loader(const struct wl_inspect *in, size_t i)
{
	const struct wl_inspect_loader *l = &in->loaders[i];

	return json_pack("{s:s, s:o, s:o, s:i, s:i, s:o, s:s, s:o}",
	    "kind", l->kind, "object", wl_json_text(l->object),
	    "file", wl_json_text(l->at.file), "line", (int)l->at.line,
	    "column", (int)l->at.col, "loads", wl_json_text(l->names),
	    "bound_by", l->bound, "reaches", wl_json_text(l->reaches));
}

/* null without manifests; else the resources that load the module. */
static json_t *
json_loaders(const struct wl_inspect *in)
{
	if (!in->manifests_given)
		return json_null();
	return json_list(in, in->nloaders, json_loader);
}

void
wl_inspect_json(FILE *out, const struct wl_inspect *in)
{
	const struct wl_wasm_module *m = in->m;

	wl_json_begin();
	wl_json_write(out, json_pack("{s:i, s:o, s:I, s:b, s:o, s:o, s:o, "
	    "s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o}",
	    "version", INSPECT_JSON_VERSION,
	    "file", wl_json_text(in->path),
	    "size", (json_int_t)m->size,
	    "well_formed", m->error == NULL,
	    "valid", json_valid(in),
	    "error", json_problem(m->error, m->error_offset),
	    "invalid", json_problem(m->invalid, m->invalid_offset),
	    "abi", json_abi(in),
	    "allocator", json_call(&in->allocator),
	    "start", json_start(in),
	    "memory", json_memory(&m->memory),
	    "imports", json_list(in, m->nimports, json_import),
	    "exports", json_list(in, m->nexports, json_export),
	    "custom_sections", json_list(in, m->ncustoms, json_custom),
	    "verdict", json_verdict(in),
	    "loaded_by", json_loaders(in)));
}
