/* abi.h - what Envoy's Proxy-Wasm host looks for in a module's exports, with the source of every row. */
#ifndef WASMLINT_KNOWLEDGE_ABI_H
#define WASMLINT_KNOWLEDGE_ABI_H

#include <stddef.h>

/* An export the host recognises: its name, what it means, and where that is stated. */
struct wl_abi_export {
	const char	*name;
	const char	*meaning;	/* "ABI 0.2.1", "allocator" */
	const char	*source;	/* repository, file, commit or tag */
};

/* ABI version markers, in the order the host's table lists them. */
extern const struct wl_abi_export	wl_abi_markers[];
extern const size_t			wl_abi_nmarkers;
/* Allocator exports, in the order the host looks them up. */
extern const struct wl_abi_export	wl_abi_allocators[];
extern const size_t			wl_abi_nallocators;

/* The prefix every marker name starts with. */
#define WL_ABI_MARKER_PREFIX "proxy_abi_version_"

/* The row named name in a table, or NULL. */
const struct wl_abi_export	*wl_abi_find(const struct wl_abi_export *table,
				    size_t n, const char *name);

#endif
