/* load.c - reading inputs: manifest streams document by document, wasm module files through their image (never whole). */
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "input/fragment.h"
#include "input/helm-template.h"
#include "input/load.h"
#include "model/extract.h"
#include "model/module.h"
#include "model/suppressions.h"
#include "util/file.h"
#include "util/xmalloc.h"
#include "wasm/image.h"
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

/* A module read from a file (or given in memory) named name, in the arena. */
static struct wl_module_source
module_source(const char *name, enum wl_module_origin origin)
{
	return (struct wl_module_source){ origin, name, base_name(name),
		{ name, 1, 1, 1, 1, 0 }, { NULL, NULL, NULL } };
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

/* One document or syntax error of the stream, into facts and findings; frees the document. */
static void
load_item(struct wl_extract *ex, int r, struct wl_yaml_doc *doc,
    const struct wl_yaml_error *err)
{
	struct wl_loc loc;

	if (r < 0) {
		loc = (struct wl_loc){ ex->file, err->mark.line,
		    err->mark.col, err->mark.line, err->mark.col,
		    err->mark.offset };
		wl_sink_add_id(ex->sink, "WL1001", &loc, "%s", err->message);
		return;
	}
	report_dups(ex->sink, ex->file, doc);
	wl_extract_document(ex, doc->root);
	wl_yaml_doc_free(doc);
}

/* The manifests of buf: already loaded into items (nitems of them), else parsed here one by one. */
static void
load_manifests(struct wl_facts *f, struct wl_sink *sink, const char *name,
    const char *buf, size_t len, struct wl_load_item *items, size_t nitems)
{
	struct wl_extract	 ex = { f, sink, name, wl_facts_file(f, name), buf,
				    len, false };
	struct wl_yaml_stream	*st;
	struct wl_yaml_doc	 doc;
	struct wl_yaml_error	 err;
	size_t			 i;
	int			 r;

	f->nmanifests++;
	wl_scan_comment_suppressions(f, sink, name, buf, len);
	if (items != NULL) {
		for (i = 0; i < nitems; i++)
			load_item(&ex, items[i].r, &items[i].doc,
			    &items[i].err);
		return;
	}
	st = wl_yaml_open(buf, len, NULL, NULL);
	while ((r = wl_yaml_next(st, &doc, &err)) != 0)
		load_item(&ex, r, &doc, &err);
	wl_yaml_close(st);
}

static bool
is_module(const char *name, const char *buf, size_t len)
{
	return wl_wasm_has_magic(buf, len) || has_suffix(name, ".wasm");
}

/*
 * Files up to this size that are not named *.wasm are read whole before
 * they are told from a module by its magic: one read instead of two. A
 * bigger one is told from its first four bytes first, so that a module,
 * read through its image, never costs its size in memory.
 */
#define SNIFF_WHOLE_BYTES	(1024 * 1024)

/* Whether the file open at fd, of size bytes, is a module: its name, or for a big one its first four bytes. */
static bool
is_module_file(const char *name, int fd, uint64_t size)
{
	char		 magic[4];
	const char	*why = NULL;

	if (has_suffix(name, ".wasm"))
		return true;
	if (size <= SNIFF_WHOLE_BYTES)
		return false;	/* told from the whole text */
	return wl_wasm_has_magic(magic, wl_pread_full(fd, magic, sizeof magic,
	    0, &why));
}

/* A manifest stream or a module, origin saying how a module was named. */
static void
load_buffer(struct wl_facts *f, struct wl_sink *sink, const char *name,
    enum wl_module_origin origin, const char *buf, size_t len,
    struct wl_load_item *items, size_t nitems)
{
	const char		*kept = wl_arena_strdup(f->arena, name);
	struct wl_module_source	 src = module_source(kept, origin);

	if (is_module(name, buf, len))
		wl_module_add(f, sink, &src, buf, len);
	else
		load_manifests(f, sink, kept, buf, len, items, nitems);
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
	load_buffer(f, sink, name, WL_MODULE_GIVEN, buf, len, NULL, 0);
}

void
wl_load_read(struct wl_loaded *out, const char *path, bool parse)
{
	struct wl_yaml_stream	*st;
	struct wl_load_item	 item;
	size_t			 cap = 0;
	uint64_t		 size;
	int			 fd;

	*out = (struct wl_loaded){ .fd = -1 };
	if ((fd = wl_open_regular_fd(path, &size, &out->why)) < 0)
		return;
	if (is_module_file(path, fd, size)) {
		out->fd = fd;	/* read when taken, through its image */
		return;
	}
	out->buf = wl_read_fd(fd, size, WL_MAX_INPUT_BYTES,
	    "larger than 256 MiB", &out->len, &out->why);
	if (out->buf != NULL && wl_wasm_has_magic(out->buf, out->len)) {
		/* A small module not named *.wasm: through its image too. */
		free(out->buf);
		out->buf = NULL;
		out->len = 0;
		out->fd = fd;
		return;
	}
	close(fd);
	if (out->buf == NULL || !parse)
		return;
	out->parsed = true;
	st = wl_yaml_open(out->buf, out->len, NULL, NULL);
	while ((item.r = wl_yaml_next(st, &item.doc, &item.err)) != 0) {
		if (out->nitems == cap) {
			cap = cap != 0 ? 2 * cap : 4;
			out->items = wl_xrealloc(out->items,
			    cap * sizeof *out->items);
		}
		out->items[out->nitems++] = item;
	}
	wl_yaml_close(st);
}

/* Frees what a taken (or never taken) file still holds. */
static void
loaded_free(struct wl_loaded *l, size_t from)
{
	size_t i;

	for (i = from; i < l->nitems; i++)
		if (l->items[i].r > 0)
			wl_yaml_doc_free(&l->items[i].doc);
	free(l->items);
	free(l->buf);
}

/*
 * The module file open at fd into the facts, unless it is over
 * WL_MAX_MODULE_BYTES (then, as when it cannot be read, WL1004 says so);
 * a chart's template is left to the helm check. Closes fd.
 */
static int
take_module(struct wl_facts *f, struct wl_sink *sink, const char *path,
    enum wl_module_origin origin, int fd)
{
	struct wl_module_source	 src;
	struct stat		 st;
	const char		*why = NULL;
	char			 too_large[160];
	int			 rc = -1;

	if (wl_helm_template_take(f, path, "", 0))
		rc = 0;
	else if (fstat(fd, &st) != 0)
		why = strerror(errno);
	else if ((uint64_t)st.st_size > WL_MAX_MODULE_BYTES) {
		snprintf(too_large, sizeof too_large, "a module of %llu bytes "
		    "is larger than 1 GiB, the most V8 (envoy.wasm.runtime.v8) "
		    "accepts; wasmlint does not read it",
		    (unsigned long long)st.st_size);
		why = too_large;
	} else {
		src = module_source(wl_arena_strdup(f->arena, path), origin);
		rc = wl_module_add_file(f, sink, &src, fd,
		    (size_t)st.st_size, &why);
	}
	close(fd);
	if (rc != 0)
		load_failed(f, sink, path, why);
	return rc;
}

int
wl_load_take(struct wl_facts *f, struct wl_sink *sink, const char *path,
    enum wl_module_origin origin, struct wl_loaded *l)
{
	bool taken;

	if (l->fragment != NULL)
		return wl_fragment_merge(f, sink, l->fragment);
	if (l->fd >= 0)
		return take_module(f, sink, path, origin, l->fd);
	if (l->buf == NULL) {
		load_failed(f, sink, path, l->why);
		return -1;
	}
	taken = wl_helm_template_take(f, path, l->buf, l->len);
	if (!taken)
		load_buffer(f, sink, path, origin, l->buf, l->len,
		    l->parsed ? l->items : NULL, l->nitems);
	loaded_free(l, taken ? 0 : l->nitems);
	return 0;
}

void
wl_load_extract(struct wl_loaded *l, const char *path,
    enum wl_module_origin origin, const struct wl_facts *base)
{
	struct wl_fragment *fr;

	if (l->fd >= 0)
		return;
	fr = wl_fragment_new(base);
	fr->rc = wl_load_take(&fr->facts, &fr->sink, path, origin, l);
	*l = (struct wl_loaded){ .fd = -1, .fragment = fr };
}

int
wl_load_file(struct wl_facts *f, struct wl_sink *sink, const char *path,
    enum wl_module_origin origin)
{
	struct wl_loaded l;

	wl_load_read(&l, path, false);
	return wl_load_take(f, sink, path, origin, &l);
}
