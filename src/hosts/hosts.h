/* hosts.h - the host table: what each Istio release's Proxy-Wasm host accepts, parsed from data/hosts.tsv or --host-table. */
#ifndef WASMLINT_HOSTS_HOSTS_H
#define WASMLINT_HOSTS_HOSTS_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"

#define WL_HOSTS_MAX_GENS	64	/* generations in one table */
#define WL_HOSTS_MAX_ABIS	32	/* ABI versions in one table */
#define WL_ABI_ANY		(-1)	/* no ABI known: rows of every ABI match */

/* How sure the reference is of a row. */
enum wl_host_mark {
	WL_MARK_NONE,
	WL_MARK_INFERRED,
	WL_MARK_UNCONFIRMED,
};

/* What vouches for a row, and where it stands in the table. */
struct wl_host_cite {
	enum wl_host_mark	 mark;
	const char		*source;	/* repository, file, commit or tag */
	unsigned		 line;
};

struct wl_host_gen {
	const char		*name;		/* "G3" */
	const char		*host;		/* what it is */
	struct wl_host_cite	 cite;
};

#define WL_PATCH_LAST	UINT_MAX	/* patch_hi of a row open to later patches */

/* A [releases] row: a minor release, or a range of its patch releases. */
struct wl_host_release {
	const char		*name;		/* "1.8", "1.14.0-1.14.5", "1.14.6+" */
	const char		*first;		/* "1.8", "1.14.0", "1.14.6" */
	const char		*last;		/* "1.8", "1.14.5", "1.14" */
	unsigned		 major, minor;
	unsigned		 patch_lo, patch_hi;	/* patch_hi: WL_PATCH_LAST when open */
	unsigned		 gen;
	const char		*envoy;		/* "1.16.x" */
	const char		*confidence;	/* "high" */
	struct wl_host_cite	 cite;
};

/* When the host calls a start function ([starts] calls column). */
enum wl_host_calls {
	WL_CALLS_ENTRY,		/* the first exported entry runs */
	WL_CALLS_FALLBACK,	/* runs when no entry before it is exported */
	WL_CALLS_AFTER,		/* runs after `after` has run */
};

/* A row of [markers], [allocators], [starts], [callbacks], [imports] or [runtimes]. */
struct wl_host_row {
	uint64_t		 gens;		/* bit g: generation g */
	uint32_t		 abis;		/* bit a: ABI a; for a marker, the one it declares */
	const char		*module;	/* imports; NULL matches any */
	const char		*name;		/* NULL matches any (imports) */
	const char		*sig;		/* "(i32)->i32", "memory", "table"; NULL: unchecked */
	enum wl_host_calls	 calls;		/* starts */
	const char		*after;		/* starts called after another */
	bool			 available;	/* runtimes */
	struct wl_host_cite	 cite;
};

struct wl_host_rows {
	struct wl_host_row	*v;
	size_t			 n;
	size_t			 cap;
};

/* A parsed table; everything lives in the arena it was parsed into. */
struct wl_hosts {
	const char			*file;
	WL_VEC(struct wl_host_gen)	 gens;		/* oldest first */
	WL_VEC(struct wl_host_release)	 releases;	/* oldest first */
	WL_VEC(const char *)		 abis;		/* "0.1.0", as markers declare them */
	struct wl_host_rows		 markers;
	struct wl_host_rows		 allocators;	/* in lookup order */
	struct wl_host_rows		 starts;	/* in lookup order */
	struct wl_host_rows		 callbacks;
	struct wl_host_rows		 imports;
	struct wl_host_rows		 runtimes;
	size_t				 configmap_bytes;	/* 0: no limit known */
	struct wl_host_cite		 configmap_cite;
	/* the export names of markers, allocators, starts and callbacks, sorted */
	const char			**lookup_names;
	size_t				 nlookup_names;
};

/* A cell the parser could not take: 1-based line and columns of the cell. */
struct wl_hosts_error {
	unsigned	 line;
	unsigned	 col;
	unsigned	 end_col;
	const char	*message;
};

struct wl_hosts_errors {
	struct wl_hosts_error	*v;
	size_t			 n;
	size_t			 cap;
};

/* The table built into wasmlint (data/hosts.tsv). */
extern const char	wl_hosts_builtin[];
extern const size_t	wl_hosts_builtin_size;
#define WL_HOSTS_BUILTIN_NAME "data/hosts.tsv"

/*
 * Parses a table named file (for messages) from text into arena. Every bad
 * cell is appended to errs; the table is returned only when there was none.
 */
const struct wl_hosts	*wl_hosts_parse(struct wl_arena *, const char *file,
			    const char *text, size_t len,
			    struct wl_hosts_errors *errs);

/*
 * Reads and parses the table in the file at path. Returns NULL when it
 * cannot be read (*why says why) or has errors (appended to errs).
 */
const struct wl_hosts	*wl_hosts_read(struct wl_arena *, const char *path,
			    struct wl_hosts_errors *errs, const char **why);

/* Where a version falls in the table. */
enum wl_host_fit {
	WL_FIT_LISTED,		/* a row covers its release (its patch release) */
	WL_FIT_NEWER,		/* newer than every row: the newest generation */
	WL_FIT_ABSENT,		/* older than every row, or a gap */
	WL_FIT_NOT_VERSION,	/* not MAJOR.MINOR[.PATCH][-SUFFIX] */
};

/*
 * The generation of Istio version ("1.24.3"), or -1 when the table has
 * none for it; *rel is the release row when the version is listed. A
 * version without a patch number ("1.14", "1.14-dev") takes the last row of
 * its minor release, the newest patch releases.
 */
int			 wl_hosts_gen_for(const struct wl_hosts *,
			    const char *version,
			    const struct wl_host_release **rel,
			    enum wl_host_fit *fit);
/* The oldest release whose generation is in mask, or NULL. */
const struct wl_host_release *wl_hosts_first_release(const struct wl_hosts *,
			    uint64_t gens);
/* The newest generation in a non-empty mask. */
unsigned		 wl_gens_newest(uint64_t gens);
/* Every generation of the table, as a mask. */
uint64_t		 wl_hosts_all_gens(const struct wl_hosts *);
/*
 * The releases whose generation is in mask, as text: "Istio 1.8 and later",
 * "Istio 1.5-1.7", "Istio 1.5, 1.7-1.9", or "no release in the host table".
 */
const char		*wl_hosts_describe_gens(struct wl_arena *,
			    const struct wl_hosts *, uint64_t gens);

/*
 * The first row of rows that applies to generation g (any when g < 0) and
 * ABI abi (any when negative) and has this name (and module, when module
 * is not NULL; rows for any module or name match too).
 */
const struct wl_host_row *wl_host_rows_find(const struct wl_host_rows *,
			    int g, int abi, const char *module,
			    const char *name);
/* The distinct names of the rows that apply to one of gens: "`a`, `b`". */
const char		*wl_host_rows_names(struct wl_arena *,
			    const struct wl_host_rows *, uint64_t gens);
/* The ABI versions in mask: "0.2.0, 0.2.1". */
const char		*wl_hosts_abi_names(struct wl_arena *,
			    const struct wl_hosts *, uint32_t abis);
/* True when some host looks up an export of this name (marker, allocator, start function, callback). */
bool			 wl_hosts_looks_up(const struct wl_hosts *,
			    const char *name);
/* The index of the ABI version a marker row declares. */
int			 wl_host_row_abi(const struct wl_host_row *);

#endif
