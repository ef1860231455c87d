/* check.h - what a rule's check function gets: the facts, and a way to report. */
#ifndef WASMLINT_CHECK_CHECK_H
#define WASMLINT_CHECK_CHECK_H

#include "diag/sink.h"
#include "model/facts.h"
#include "wasmlint/rule.h"

struct wl_check {
	const struct wl_facts	*facts;
	const struct wl_rule	*rule;
	struct wl_sink		*sink;
	/* Freed when the rule's check returns: for what it needs only while it runs, never for a finding's text. */
	struct wl_arena		*scratch;
};

/* Reports a finding of the running rule at a fact's location about obj (which may be NULL). */
struct wl_diag	*wl_report(struct wl_check *, const struct wl_floc *,
		    const struct wl_object *obj, const char *fmt, ...)
		    __attribute__((format(printf, 4, 5)));
/* The same at a location made by the rule (in a module, or within a fact's). */
struct wl_diag	*wl_report_loc(struct wl_check *, const struct wl_loc *,
		    const struct wl_object *obj, const char *fmt, ...)
		    __attribute__((format(printf, 4, 5)));
/* Relates d to a fact's location (wl_diag_relate). */
void		 wl_relate(struct wl_check *, struct wl_diag *,
		    const struct wl_floc *, const char *fmt, ...)
		    __attribute__((format(printf, 4, 5)));
/* A fact's location as a finding's. */
struct wl_loc	 wl_check_loc(const struct wl_check *, const struct wl_floc *);

/* Calls fn for every configPatch of every EnvoyFilter, in input order. */
void		 wl_each_patch(struct wl_check *,
		    void (*fn)(struct wl_check *, const struct wl_envoyfilter *,
			const struct wl_patch *));
/* Calls fn for each configuration (a google.protobuf.Any) of every configPatch's wasm filter: the plugin's, then the VM's. */
void		 wl_each_wasm_any(struct wl_check *,
		    void (*fn)(struct wl_check *, const struct wl_envoyfilter *,
			const struct wl_patch *, const struct wl_wasm_any *));
/* Calls fn for the selection of every EnvoyFilter, then of every WasmPlugin, in input order. */
void		 wl_each_selection(struct wl_check *,
		    void (*fn)(struct wl_check *, const struct wl_object *,
			const struct wl_selection *));
/* Calls fn for every wasm module an EnvoyFilter patch or a WasmPlugin loads. */
void		 wl_each_load(struct wl_check *,
		    void (*fn)(struct wl_check *, const struct wl_load *));
/*
 * Calls fn for every module read without error that is checked: named by
 * the user, or found in the inputs and loaded by something.
 */
void		 wl_each_module(struct wl_check *,
		    void (*fn)(struct wl_check *, const struct wl_module_fact *));
/* A finding's place in a module: line 1, column 1, at byte offset. */
struct wl_loc	 wl_module_loc(const struct wl_module_fact *, size_t offset);
/* The module's export of this name and kind, or NULL. */
const struct wl_wasm_export *wl_module_export(const struct wl_wasm_module *,
		    const char *name, enum wl_wasm_kind);

#endif
