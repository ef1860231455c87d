/* inspect-text.c - wasmlint inspect's text: what a plugin needs from its host, one fact a line, imports grouped by module. */
#include <string.h>

#include "inspect/inspect.h"
#include "inspect/loaders.h"

#define LABEL	"%-11s "
#define INDENT	12	/* where a fact starts, after its label */
#define KIB	64	/* a page is 64 KiB */

static void
text_status(FILE *out, const struct wl_inspect *in)
{
	const struct wl_wasm_module *m = in->m;

	fprintf(out, "%s: %zu bytes, ", in->path, m->size);
	if (m->error != NULL)
		fprintf(out, "malformed at byte 0x%zx: %s (what follows was "
		    "read before it)\n", m->error_offset, m->error);
	else if (!in->validated)
		fputs("well-formed (not validated: --validate does)\n", out);
	else if (m->invalid != NULL)
		fprintf(out, "well-formed, not valid at byte 0x%zx: %s\n",
		    m->invalid_offset, m->invalid);
	else
		fputs("well-formed and valid\n", out);
}

static void
text_markers(FILE *out, const struct wl_inspect *in)
{
	size_t i;

	fprintf(out, LABEL, "ABI:");
	if (in->nmarkers == 0)
		fputs("none (no proxy_abi_version_* function export)\n", out);
	for (i = 0; i < in->nmarkers; i++)
		fprintf(out, "%*s%s (%s), used by %s\n", i ? INDENT : 0, "",
		    in->markers[i].e->name, in->markers[i].version,
		    in->markers[i].releases);
}

/* "NAME SIGNATURE, called by RELEASES", or what when there is no such export. */
static void
text_call(FILE *out, const struct wl_inspect_call *c, const char *what)
{
	if (c->e != NULL)
		fprintf(out, "%s %s, called by %s", c->e->name,
		    c->e->sig.text != NULL ? c->e->sig.text : "", c->releases);
	else
		fputs(what, out);
}

static void
text_allocator(FILE *out, const struct wl_inspect *in)
{
	fprintf(out, LABEL, "allocator:");
	if (in->allocator.e != NULL)
		text_call(out, &in->allocator, "");
	else
		fprintf(out, "none the host calls (it looks for %s)",
		    in->allocators);
	fputc('\n', out);
}

static void
text_start(FILE *out, const struct wl_inspect *in)
{
	fprintf(out, LABEL "%s: ", "start:", wl_start_mode_name(in->start));
	text_call(out, &in->entry, "the host calls no start function");
	if (in->then.e != NULL) {
		fputs("; then ", out);
		text_call(out, &in->then, "");
	}
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
	fprintf(out, "; %llu page%s (%llu KiB) initial, ",
	    (unsigned long long)mem->min_pages, mem->min_pages == 1 ? "" : "s",
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

/* A function's signature, or the kind of anything else. */
static const char *
import_type(const struct wl_wasm_import *im)
{
	return im->kind == WL_WASM_FUNC && im->sig.text != NULL ?
	    im->sig.text : wl_wasm_kind_name(im->kind);
}

static void
text_import_group(FILE *out, const struct wl_inspect *in, size_t first,
    const int *width)
{
	const struct wl_wasm_module	*m = in->m;
	size_t				 i;

	fprintf(out, "  %s\n", m->imports[first].module);
	for (i = first; i < m->nimports; i++) {
		const struct wl_wasm_import *im = &m->imports[i];

		if (strcmp(im->module, m->imports[first].module) != 0)
			continue;
		fprintf(out, "    %-*s %-*s %s\n", width[0], im->name,
		    width[1], import_type(im), in->imports[i].releases);
	}
}

static void
widen(int *width, const char *s)
{
	if ((int)strlen(s) > *width)
		*width = (int)strlen(s);
}

static void
text_imports(FILE *out, const struct wl_inspect *in)
{
	const struct wl_wasm_module	*m = in->m;
	size_t				 i, groups = 0;
	int				 width[2] = { 0, 0 };

	for (i = 0; i < m->nimports; i++) {
		widen(&width[0], m->imports[i].name);
		widen(&width[1], import_type(&m->imports[i]));
		groups += !module_seen(m, i);
	}
	fprintf(out, LABEL "%zu from %zu module%s\n", "imports:", m->nimports,
	    groups, groups == 1 ? "" : "s");
	for (i = 0; i < m->nimports; i++)
		if (!module_seen(m, i))
			text_import_group(out, in, i, width);
}

static void
text_verdict(FILE *out, const struct wl_inspect *in)
{
	size_t i;

	fprintf(out, LABEL "loads on %s\n", "verdict:", in->loads_on);
	for (i = 0; i < in->nrefusals; i++)
		fprintf(out, "%*snot on %s: %s\n", INDENT, "",
		    in->refusals[i].releases, in->refusals[i].why);
}

static void
text_loaders(FILE *out, const struct wl_inspect *in)
{
	size_t i;

	if (!in->manifests_given)
		return;
	fprintf(out, LABEL, "loaded by:");
	if (in->nloaders == 0)
		fputs("nothing in the manifests given\n", out);
	for (i = 0; i < in->nloaders; i++) {
		const struct wl_inspect_loader *l = &in->loaders[i];

		fprintf(out, "%*s%s %s at %s:%u:%u (%s, by %s), reaching %s\n",
		    i ? INDENT : 0, "", l->kind, l->object, l->at.file,
		    l->at.line, l->at.col, l->names, l->bound, l->reaches);
	}
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
	text_verdict(out, in);
	text_loaders(out, in);
}
