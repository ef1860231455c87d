/* inspect.h - what a Proxy-Wasm plugin needs from its host and which Istio releases provide it (wasmlint inspect). */
#ifndef WASMLINT_INSPECT_INSPECT_H
#define WASMLINT_INSPECT_INSPECT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "hosts/module-host.h"
#include "wasm/module.h"

struct wl_arena;
struct wl_inspect_loader;

/* The module's WASI execution model, from its exports. */
enum wl_start_mode {
	WL_START_NONE,		/* neither _initialize nor _start exported */
	WL_START_REACTOR,	/* _initialize exported */
	WL_START_COMMAND,	/* _start exported, no _initialize */
};

/* An exported function named proxy_abi_version_*. */
struct wl_inspect_marker {
	const struct wl_wasm_export	*e;
	const char			*version;	/* "0.2.1", from the name */
	const char			*releases;	/* that go by it */
};

/* An export the host calls, and the releases that call it. */
struct wl_inspect_call {
	const struct wl_wasm_export	*e;		/* NULL: none */
	const char			*releases;
};

/* An import, and the releases that provide it to this module. */
struct wl_inspect_import {
	const struct wl_wasm_import	*im;
	const char			*since;		/* first release, or NULL */
	const char			*releases;
};

/* Releases that do not load the module, for one reason. */
struct wl_inspect_refusal {
	const char	*releases;	/* "Istio 1.5-1.7" */
	const char	*why;
};

/*
 * What the host table says of a module. Names of releases are as
 * wl_hosts_describe_gens gives them ("Istio 1.8 and later"); the marker,
 * allocator and start calls are those of the table's newest generation.
 */
struct wl_inspect {
	const char			*path;		/* as given */
	bool				 validated;	/* m->invalid was set */
	const struct wl_wasm_module	*m;
	const struct wl_hosts		*hosts;
	struct wl_host_view		 view;		/* the module in hosts */
	struct wl_inspect_marker	*markers;	/* in export order */
	size_t				 nmarkers;
	const struct wl_inspect_marker	*abi;		/* goes by, or NULL */
	struct wl_inspect_call		 allocator;
	const char			*allocators;	/* looked for: "`a`, `b`" */
	enum wl_start_mode		 start;
	struct wl_inspect_call		 entry;		/* called first */
	struct wl_inspect_call		 then;		/* called after it */
	struct wl_inspect_import	*imports;	/* as m->imports */
	uint64_t			 loading;	/* generations */
	const char			*loads_on;	/* releases, or "no ..." */
	struct wl_inspect_refusal	*refusals;	/* oldest first */
	size_t				 nrefusals;
	/* With manifests: what loads the module (inspect/loaders.h). */
	bool				 manifests_given;
	struct wl_inspect_loader	*loaders;
	size_t				 nloaders;
};

/*
 * Derives what m needs from the hosts of table h; texts live in arena.
 * validated: m went through wl_wasm_validate.
 */
void	wl_inspect_module(const char *path, const struct wl_wasm_module *m,
	    bool validated, const struct wl_hosts *h, struct wl_arena *arena,
	    struct wl_inspect *out);

/* The name of a start mode and of an external kind, as the JSON spells them. */
const char	*wl_start_mode_name(enum wl_start_mode);
const char	*wl_wasm_kind_name(enum wl_wasm_kind);

/* Renderers (src/report/inspect-*.c): human text, and docs/inspect-json.md. */
void	wl_inspect_text(FILE *, const struct wl_inspect *);
void	wl_inspect_json(FILE *, const struct wl_inspect *);

#endif
