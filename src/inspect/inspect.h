/* inspect.h - what a Proxy-Wasm plugin needs from its host, derived from its module facts (wasmlint inspect). */
#ifndef WASMLINT_INSPECT_INSPECT_H
#define WASMLINT_INSPECT_INSPECT_H

#include <stdbool.h>
#include <stdio.h>

#include "wasm/module.h"

struct wl_arena;

/* How the host starts the module (proxy-wasm-cpp-host startVm). */
enum wl_start_mode {
	WL_START_NONE,		/* neither _initialize nor _start exported */
	WL_START_REACTOR,	/* _initialize, then main(0, 0) when exported */
	WL_START_COMMAND,	/* _start (only looked up without _initialize) */
};

/* An exported function named proxy_abi_version_*. */
struct wl_inspect_marker {
	const struct wl_wasm_export	*e;
	const char			*version;	/* "0.2.1", from the name */
	bool				 known;		/* a host knows it */
};

struct wl_inspect {
	const char			*path;		/* as given */
	const struct wl_wasm_module	*m;
	struct wl_inspect_marker	*markers;	/* in export order */
	size_t				 nmarkers;
	/* The marker the host goes by: the first known one, or NULL. */
	const struct wl_inspect_marker	*abi;
	/* What the host allocates with: malloc, else proxy_on_memory_allocate. */
	const struct wl_wasm_export	*allocator;
	enum wl_start_mode		 start;
	const struct wl_wasm_export	*entry;		/* _initialize or _start */
	const struct wl_wasm_export	*main;		/* reactors only */
};

/* Derives what m needs from its host; arrays live in arena. */
void	wl_inspect_module(const char *path, const struct wl_wasm_module *m,
	    struct wl_arena *arena, struct wl_inspect *out);

/* The name of a start mode and of an external kind, as the JSON spells them. */
const char	*wl_start_mode_name(enum wl_start_mode);
const char	*wl_wasm_kind_name(enum wl_wasm_kind);

/* Renderers (src/report/inspect-*.c): human text, and docs/inspect-json.md. */
void	wl_inspect_text(FILE *, const struct wl_inspect *);
void	wl_inspect_json(FILE *, const struct wl_inspect *);

#endif
