/* module-host.h - what the host of one generation makes of a module: the marker it goes by, the allocator and start functions it calls, the imports it links. */
#ifndef WASMLINT_HOSTS_MODULE_HOST_H
#define WASMLINT_HOSTS_MODULE_HOST_H

#include "hosts/hosts.h"
#include "wasm/module.h"

#define WL_ABI_REFUSED	(-2)	/* the module has markers, the host accepts none */
#define WL_MARKER_PREFIX "proxy_abi_version_"	/* every ABI marker's name */

/*
 * A module as the host table sees it, worked out once, so that questions
 * per generation do not walk every export again (plugins have tens of
 * thousands).
 */
struct wl_host_view {
	const struct wl_hosts		*hosts;
	const struct wl_wasm_module	*m;
	/* function exports named in [markers], in export order */
	const struct wl_wasm_export	**markers;
	size_t				 nmarkers;
	/* function exports some host looks up by name, in export order */
	const struct wl_wasm_export	**looked_up;
	size_t				 nlooked_up;
	/*
	 * The ABI the module speaks on each generation: its marker's;
	 * WL_ABI_ANY when it has no marker any generation knows;
	 * WL_ABI_REFUSED when that generation accepts none of its markers.
	 */
	int				 abi[WL_HOSTS_MAX_GENS];
};

void				 wl_host_view_init(struct wl_host_view *,
				    struct wl_arena *, const struct wl_hosts *,
				    const struct wl_wasm_module *);

/*
 * The export the host of generation g takes as the ABI marker: the first
 * function export, in export order, that g accepts; NULL when there is none.
 * *row is its table row.
 */
const struct wl_wasm_export	*wl_host_marker(const struct wl_host_view *,
				    unsigned g, const struct wl_host_row **row);
/* The module's markers, in export order: "`a`, `b`". */
const char			*wl_host_marker_names(struct wl_arena *,
				    const struct wl_host_view *);
/* The allocator g calls: the first of g's allocators the module exports. */
const struct wl_wasm_export	*wl_host_allocator(const struct wl_host_view *,
				    unsigned g, const struct wl_host_row **row);

enum wl_import_fit {
	WL_IMPORT_OK,
	WL_IMPORT_SIGNATURE,	/* provided with another signature (*row) */
	WL_IMPORT_OTHER_ABI,	/* provided to modules of other ABIs (*row) */
	WL_IMPORT_MISSING,	/* not provided by this generation */
	WL_IMPORT_NO_MODULE,	/* no generation provides anything of its module */
	WL_IMPORT_KIND,		/* no generation provides it as this kind */
};

/* Whether g (any: -1) links the import for a module of ABI abi (any: negative). */
enum wl_import_fit		 wl_host_import(const struct wl_hosts *, int g,
				    int abi, const struct wl_wasm_import *,
				    const struct wl_host_row **row);
/*
 * The row by which g looks up export e (marker, allocator, start function
 * or callback) of a module of ABI abi, when it requires a signature.
 */
const struct wl_host_row	*wl_host_export_row(const struct wl_hosts *,
				    unsigned g, int abi,
				    const struct wl_wasm_export *e);

/* The start functions g calls: the entry, and the one it calls after it. */
struct wl_host_start {
	const struct wl_host_row	*entry;
	const struct wl_host_row	*after;
};

void				 wl_host_start(const struct wl_host_view *,
				    unsigned g, struct wl_host_start *);

/* The generations g for which pred(v, g, arg) holds. */
uint64_t			 wl_host_gens_where(const struct wl_host_view *,
				    bool (*pred)(const struct wl_host_view *,
					unsigned g, const void *arg),
				    const void *arg);
/* Why g refuses to load the module, in a few words; NULL when it loads it. */
const char			*wl_host_load_problem(struct wl_arena *,
				    const struct wl_host_view *, unsigned g);

#endif
