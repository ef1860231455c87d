/* load.c - reading inputs: manifest streams document by document, wasm modules whole. */
#include <stdlib.h>
#include <string.h>

#include "input/helm-template.h"
#include "input/load.h"
#include "model/extract.h"
#include "model/module.h"
#include "model/suppressions.h"
#include "util/file.h"
#include "wasm/module.h"

static bool
has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && strcmp(s + n - k, suffix) == 0;
}

static const char *
base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash != NULL ? slash + 1 : path;
}

static void
load_module(struct wl_facts *f, struct wl_sink *sink, const char *name,
    enum wl_module_origin origin, const char *buf, size_t len)
{
	struct wl_module_source src = { origin, name, base_name(name),
		{ name, 1, 1, 1, 1, 0 }, { NULL, NULL, NULL } };

	wl_module_add(f, sink, &src, buf, len);
}

/* WL1009 at each key a mapping of the document has twice. */
static void
report_dups(struct wl_sink *sink, const char *name,
    const struct wl_yaml_doc *doc)
{
	struct wl_diag	*d;
	struct wl_loc	 at, first;
	size_t		 i;

	for (i = 0; i < doc->ndups; i++) {
		const struct wl_node *k = doc->dups[i].again;
		const struct wl_node *f = doc->dups[i].first;

		at = (struct wl_loc){ name, k->start.line, k->start.col,
			k->end.line, k->end.col, k->start.offset };
		first = (struct wl_loc){ name, f->start.line, f->start.col,
			f->end.line, f->end.col, f->start.offset };
		d = wl_sink_add_id(sink, "WL1009", &at, "duplicate key `%s`: "
		    "the mapping already has it at line %u, column %u; strict "
		    "field validation (kubectl apply's default) rejects the "
		    "object, and lax decoding keeps only this later value",
		    k->str, f->start.line, f->start.col);
		wl_diag_relate(sink, d, &first, "the first `%s` is here",
		    f->str);
	}
}

static void
load_manifests(struct wl_facts *f, struct wl_sink *sink, const char *name,
    const char *buf, size_t len)
{
	struct wl_extract	 ex = { f, sink, name, buf, len, false };
	struct wl_yaml_stream	*st = wl_yaml_open(buf, len, NULL, NULL);
	struct wl_yaml_doc	 doc;
	struct wl_yaml_error	 err;
	struct wl_loc		 loc;
	int			 r;

	f->nmanifests++;
	wl_scan_comment_suppressions(f, sink, name, buf, len);
	while ((r = wl_yaml_next(st, &doc, &err)) != 0) {
		if (r < 0) {
			loc = (struct wl_loc){ name, err.mark.line,
			    err.mark.col, err.mark.line, err.mark.col,
			    err.mark.offset };
			wl_sink_add_id(sink, "WL1001", &loc, "%s",
			    err.message);
			continue;
		}
		report_dups(sink, name, &doc);
		wl_extract_document(&ex, doc.root);
		wl_yaml_doc_free(&doc);
	}
	wl_yaml_close(st);
}

/* A manifest stream or a module, origin saying how a module was named. */
static void
load_buffer(struct wl_facts *f, struct wl_sink *sink, const char *name,
    enum wl_module_origin origin, const char *buf, size_t len)
{
	const char *kept = wl_arena_strdup(f->arena, name);

	if (wl_wasm_has_magic(buf, len) || has_suffix(name, ".wasm"))
		load_module(f, sink, kept, origin, buf, len);
	else
		load_manifests(f, sink, kept, buf, len);
}

static void
load_failed(struct wl_facts *f, struct wl_sink *sink, const char *path,
    const char *why)
{
	struct wl_loc loc = { wl_arena_strdup(f->arena, path), 1, 1, 1, 1,
		WL_NO_OFFSET };

	wl_sink_add_id(sink, "WL1004", &loc, "cannot read %s: %s", path, why);
}

void
wl_load_buffer(struct wl_facts *f, struct wl_sink *sink, const char *name,
    const char *buf, size_t len)
{
	load_buffer(f, sink, name, WL_MODULE_GIVEN, buf, len);
}

int
wl_load_file(struct wl_facts *f, struct wl_sink *sink, const char *path,
    enum wl_module_origin origin)
{
	const char	*why = NULL;
	char		*buf;
	size_t		 len = 0;

	buf = wl_read_regular(path, WL_MAX_INPUT_BYTES, "larger than 256 MiB",
	    &len, &why);
	if (buf == NULL) {
		load_failed(f, sink, path, why);
		return -1;
	}
	if (!wl_helm_template_take(f, path, buf, len))
		load_buffer(f, sink, path, origin, buf, len);
	free(buf);
	return 0;
}
