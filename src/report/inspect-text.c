/* inspect-text.c - wasmlint inspect's text: what a plugin needs from its host, one fact a line, imports grouped by module. */
#include <string.h>

#include "inspect/inspect.h"

#define LABEL	"%-11s "
#define KIB	64	/* a page is 64 KiB */

static void
text_status(FILE *out, const struct wl_inspect *in)
{
	const struct wl_wasm_module *m = in->m;

	fprintf(out, "%s: %zu bytes, ", in->path, m->size);
	if (m->error != NULL)
		fprintf(out, "malformed at byte 0x%zx: %s (what follows was "
		    "read before it)\n", m->error_offset, m->error);
	else
		fputs("well-formed (function bodies not validated)\n", out);
}

static void
text_markers(FILE *out, const struct wl_inspect *in)
{
	size_t i;

	fprintf(out, LABEL, "ABI:");
	if (in->abi != NULL)
		fprintf(out, "%s (%s)", in->abi->e->name, in->abi->version);
	else
		fputs("no known proxy_abi_version_* export: no host loads it",
		    out);
	for (i = 0; i < in->nmarkers; i++) {
		const struct wl_inspect_marker *mk = &in->markers[i];

		if (mk == in->abi)
			continue;
		fprintf(out, "; also %s (%s)", mk->e->name, mk->known ?
		    "not used: an earlier marker wins" : "unknown to every host");
	}
	fputc('\n', out);
}

static void
text_allocator(FILE *out, const struct wl_inspect *in)
{
	fprintf(out, LABEL, "allocator:");
	if (in->allocator != NULL)
		fprintf(out, "%s %s\n", in->allocator->name,
		    in->allocator->sig.text ? in->allocator->sig.text : "");
	else
		fputs("none (neither malloc nor proxy_on_memory_allocate)\n",
		    out);
}

static void
text_start(FILE *out, const struct wl_inspect *in)
{
	fprintf(out, LABEL "%s", "start:", wl_start_mode_name(in->start));
	if (in->start == WL_START_NONE)
		fputs(" (neither _initialize nor _start)", out);
	else
		fprintf(out, ": %s", in->entry->name);
	if (in->main != NULL)
		fputs(", then main(0, 0)", out);
	if (in->m->has_start)
		fprintf(out, "; the start section runs function %u first",
		    in->m->start_func);
	fputc('\n', out);
}

/* The first memory import: memory 0 when it is imported. */
static const struct wl_wasm_import *
memory_import(const struct wl_wasm_module *m)
{
	size_t i;

	for (i = 0; i < m->nimports; i++)
		if (m->imports[i].kind == WL_WASM_MEMORY)
			return &m->imports[i];
	return NULL;
}

/* The name memory 0 is exported under. */
static const char *
memory_export(const struct wl_wasm_module *m)
{
	size_t i;

	for (i = 0; i < m->nexports; i++)
		if (m->exports[i].kind == WL_WASM_MEMORY &&
		    m->exports[i].index == 0)
			return m->exports[i].name;
	return NULL;
}

static void
text_memory(FILE *out, const struct wl_inspect *in)
{
	const struct wl_wasm_memory	*mem = &in->m->memory;
	const struct wl_wasm_import	*im = memory_import(in->m);

	fprintf(out, LABEL, "memory:");
	if (!mem->present) {
		fputs("none (neither defined nor imported)\n", out);
		return;
	}
	if (mem->imported)
		fprintf(out, "imported from %s.%s", im->module, im->name);
	else
		fputs("defined", out);
	if (mem->exported)
		fprintf(out, ", exported as %s", memory_export(in->m));
	fprintf(out, "; %llu pages (%llu KiB) initial, ",
	    (unsigned long long)mem->min_pages,
	    (unsigned long long)mem->min_pages * KIB);
	if (mem->has_max)
		fprintf(out, "%llu pages maximum\n",
		    (unsigned long long)mem->max_pages);
	else
		fputs("no maximum\n", out);
}

/* True when an import before i has the same module: the group is printed. */
static bool
module_seen(const struct wl_wasm_module *m, size_t i)
{
	size_t j;

	for (j = 0; j < i; j++)
		if (strcmp(m->imports[j].module, m->imports[i].module) == 0)
			return true;
	return false;
}

static void
text_import_group(FILE *out, const struct wl_wasm_module *m, size_t first,
    int width)
{
	size_t i;

	fprintf(out, "  %s\n", m->imports[first].module);
	for (i = first; i < m->nimports; i++) {
		const struct wl_wasm_import *im = &m->imports[i];

		if (strcmp(im->module, m->imports[first].module) != 0)
			continue;
		fprintf(out, "    %-*s %s\n", width, im->name,
		    im->kind == WL_WASM_FUNC && im->sig.text != NULL ?
		    im->sig.text : wl_wasm_kind_name(im->kind));
	}
}

static void
text_imports(FILE *out, const struct wl_inspect *in)
{
	const struct wl_wasm_module	*m = in->m;
	size_t				 i, groups = 0;
	int				 width = 0;

	for (i = 0; i < m->nimports; i++) {
		if ((int)strlen(m->imports[i].name) > width)
			width = (int)strlen(m->imports[i].name);
		groups += !module_seen(m, i);
	}
	fprintf(out, LABEL "%zu from %zu module%s\n", "imports:", m->nimports,
	    groups, groups == 1 ? "" : "s");
	for (i = 0; i < m->nimports; i++)
		if (!module_seen(m, i))
			text_import_group(out, m, i, width);
}

void
wl_inspect_text(FILE *out, const struct wl_inspect *in)
{
	text_status(out, in);
	text_markers(out, in);
	text_allocator(out, in);
	text_start(out, in);
	text_memory(out, in);
	text_imports(out, in);
}
