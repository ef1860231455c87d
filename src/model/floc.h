/* floc.h - a fact's location packed into 24 bytes (its file an id in the run's file table), and that table. */
#ifndef WASMLINT_MODEL_FLOC_H
#define WASMLINT_MODEL_FLOC_H

#include <stdint.h>

#include "util/arena.h"
#include "wasmlint/diag.h"

/*
 * A struct wl_loc as facts keep it: the same fields, 32 bits each, the file
 * an id from wl_files_add (0: none), the offset WL_FLOC_NO_OFFSET when
 * there is none. Manifests are at most WL_MAX_INPUT_BYTES (256 MiB), so
 * every line, column and offset fits; a fact keeps dozens of them, and the
 * 32-byte wl_loc made most of a manifest's facts. Expanded to a wl_loc
 * (wl_floc_loc) only where a finding is made.
 */
struct wl_floc {
	uint32_t	file;
	uint32_t	line;
	uint32_t	col;
	uint32_t	end_line;
	uint32_t	end_col;
	uint32_t	offset;
};

#define WL_FLOC_NO_OFFSET UINT32_MAX

/* The files of a run's facts by id; ids may be given on any thread. */
struct wl_files;

/* An empty table that lives as long as arena. */
struct wl_files	*wl_files_new(struct wl_arena *);
/* The id of a new entry naming path (which must outlive the table). */
uint32_t	 wl_files_add(struct wl_files *, const char *path);
/* The path of id, or NULL for 0. */
const char	*wl_files_name(struct wl_files *, uint32_t id);

struct wl_facts;

/*
 * The id of path in f->files, made here when f has no table yet: a run
 * makes its table before any reader thread starts, as ids are given on them.
 */
uint32_t	 wl_facts_file(struct wl_facts *f, const char *path);

/* loc as a wl_loc, its file named from files. */
struct wl_loc	 wl_floc_loc(struct wl_files *, const struct wl_floc *);
/* loc as a wl_loc whose file is file (the name of loc's id). */
struct wl_loc	 wl_floc_in(const struct wl_floc *, const char *file);
/* loc packed, its file being id. */
struct wl_floc	 wl_floc_pack(const struct wl_loc *, uint32_t id);

#endif
