/* module.h - what wasmlint knows of a wasm module: plain C facts read by the wabt shim. */
#ifndef WASMLINT_WASM_MODULE_H
#define WASMLINT_WASM_MODULE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

struct wl_arena;

/* The binary format's external kinds, same numbering. */
enum wl_wasm_kind {
	WL_WASM_FUNC = 0,
	WL_WASM_TABLE = 1,
	WL_WASM_MEMORY = 2,
	WL_WASM_GLOBAL = 3,
	WL_WASM_TAG = 4,
};

/*
 * A function signature in canonical text, e.g. "(i32,i32)->i32", "()->()",
 * "(i64)->(i32,i32)"; nparams/nresults count the value types.
 */
struct wl_wasm_sig {
	const char	*text;
	unsigned	 nparams;
	unsigned	 nresults;
};

struct wl_wasm_import {
	const char		*module;
	const char		*name;
	enum wl_wasm_kind	 kind;
	struct wl_wasm_sig	 sig;		/* functions only; text NULL otherwise */
	size_t			 offset;	/* byte offset of the import entry */
};

struct wl_wasm_export {
	const char		*name;
	enum wl_wasm_kind	 kind;
	uint32_t		 index;		/* in the kind's index space */
	struct wl_wasm_sig	 sig;		/* functions only; text NULL otherwise */
	size_t			 offset;	/* byte offset of the export entry */
};

struct wl_wasm_custom {
	const char	*name;
	size_t		 offset;	/* byte offset of the section */
	size_t		 size;
};

struct wl_wasm_memory {
	bool		present;
	bool		imported;
	bool		exported;
	uint64_t	min_pages;
	bool		has_max;
	uint64_t	max_pages;
};

/* Everything read from one module; strings and arrays live in the caller's arena. */
struct wl_wasm_module {
	size_t			 size;		/* bytes in the file */
	struct wl_wasm_import	*imports;
	size_t			 nimports;
	struct wl_wasm_export	*exports;
	size_t			 nexports;
	size_t			 export_section_offset;	/* 0 if none */
	struct wl_wasm_custom	*customs;
	size_t			 ncustoms;
	struct wl_wasm_memory	 memory;
	bool			 has_start;
	uint32_t		 start_func;
	/* Set when the module is malformed: what and at which byte. */
	const char		*error;
	size_t			 error_offset;
	/* Set by wl_wasm_validate when the module is not valid. */
	const char		*invalid;
	size_t			 invalid_offset;
};

/* True when data begins with the wasm magic "\0asm". */
bool	wl_wasm_has_magic(const void *data, size_t size);

/*
 * Reads the module in data (function bodies skipped) into *out, allocating
 * from arena. Returns 0 on success, -1 when the module is malformed (then
 * out->error and out->error_offset say why and where; facts read before the
 * error are kept). Never prints, never throws.
 */
int	wl_wasm_read(const void *data, size_t size, struct wl_arena *arena,
	    struct wl_wasm_module *out);
/*
 * Validates the module in data fully, function bodies included (wabt's
 * ReadBinaryIr and ValidateModule). Returns 0 when it is valid; -1 when not,
 * with m->invalid and m->invalid_offset saying why and where. Never prints,
 * never throws.
 */
int	wl_wasm_validate(const void *data, size_t size, struct wl_arena *arena,
	    struct wl_wasm_module *m);

#ifdef __cplusplus
}
#endif

#endif
