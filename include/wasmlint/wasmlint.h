/* wasmlint.h - the library: check manifests and wasm modules, get sorted diagnostics. */
#ifndef WASMLINT_WASMLINT_H
#define WASMLINT_WASMLINT_H

#include <stdbool.h>
#include <stddef.h>

#include "wasmlint/diag.h"
#include "wasmlint/rule.h"

struct wl_config;

struct wl_options {
	const char	*istio_version;		/* sidecar version for every workload, or NULL */
	const char	*root_namespace;	/* NULL means "istio-system" */
	bool		 report_unused_suppressions;
	const char	*host_table;		/* a host table file; NULL for the built-in one */
	bool		 validate;		/* validate every module fully (WL3111) */
	/* rule selection, severities, excluded paths; NULL for the defaults */
	const struct wl_config *config;
	/* called with on_file_ctx after each file of a path is read (progress); NULL: none */
	void		(*on_file)(void *ctx, const char *path);
	void		*on_file_ctx;
	/* threads reading and parsing files: 0 for the processors online, 1 for none */
	unsigned	 jobs;
};

struct wl_run;

/* A run with its own arena; never NULL. opts is copied. */
struct wl_run		*wl_run_new(const struct wl_options *opts);
/*
 * False when the host table of the options could not be read or parsed:
 * diagnostics say why (WL1004, WL1008), and the built-in table is used.
 */
bool			 wl_run_options_ok(const struct wl_run *);
/*
 * Reads a manifest file, a .wasm module, or every *.yaml, *.yml and *.json
 * below a directory (sorted, hidden directories skipped). A file reached
 * twice is read once. Returns 0, or -1 when some path could not be read (a
 * diagnostic says why).
 */
int			 wl_run_add_path(struct wl_run *, const char *path);
/*
 * The same for files read for reference only: their facts take part in the
 * cross-checks, their own findings are not reported. Add them after the
 * paths to check (a file added twice is read once, the first time).
 */
int			 wl_run_add_context_path(struct wl_run *,
			    const char *path);
/* Reads manifests (or a module) held in memory, shown under name. */
void			 wl_run_add_buffer(struct wl_run *, const char *name,
			    const char *buf, size_t len);
/*
 * Reads the module at path (once, however often it is named) and makes it
 * stand for url: every WasmPlugin with that url and every EnvoyFilter with
 * that remote uri (or local filename) loads it. Returns 0; -1 when it cannot
 * be read (a WL1004 finding says why); -2 when path is no wasm module
 * (neither named .wasm nor starting with the magic), and nothing is read.
 */
int			 wl_run_add_module(struct wl_run *, const char *url,
			    const char *path);
/* After wl_run_check: the i-th url given to wl_run_add_module that nothing loads, or NULL. */
const char		*wl_run_unused_module_url(const struct wl_run *,
			    size_t i);
/* Runs every rule over what was read; the diagnostics are then sorted. */
void			 wl_run_check(struct wl_run *);
/* The diagnostics so far, in file, line, column, rule order after wl_run_check. */
const struct wl_diag	*wl_run_diags(const struct wl_run *, size_t *n);
/* How many manifest files and wasm modules were read. */
void			 wl_run_counts(const struct wl_run *, size_t *manifests,
			    size_t *modules);
/* How many files of walked directories were not read, having another extension than .yaml, .yml, .json and .wasm. */
size_t			 wl_run_skipped(const struct wl_run *);
/* True when no manifest, module or Helm template was read. */
bool			 wl_run_read_nothing(const struct wl_run *);
/* The threads the run uses: its options' jobs, or the processors online when that is 0. */
unsigned		 wl_run_jobs(const struct wl_run *);
void			 wl_run_free(struct wl_run *);

#endif
