/* test-wasm-reader.c - unit tests for the wabt shim: facts, signatures, offsets and errors. */
#include "test-util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "wasm/module.h"
#include "util/arena.h"

/*
 * Usage: test-wasm-reader reader-plugin.wasm reader-kinds.wasm (compiled
 * from fixtures/wasm/reader-*.wat by plain wat2wasm) reactor.wasm
 * command.wasm debug.wasm large-data.wasm (compiled from fixtures/plugins/
 * by clang). Offsets below are those wasm-objdump -h prints for section
 * starts, plus entry sizes; the clang plugins are checked by name, not by
 * offset or order, which belong to the linker.
 */
static int	  fixture_argc;
static char	**fixture_argv;

/* Byte arrays; a length byte is closed off so it never eats a hex letter. */
#define HEADER	"\0asm\1\0\0\0"

/* (i32)->() type; imports env.oops (a tag) and env.f; exports oops, f, ghost. */
static const char tag_module[] = HEADER
    "\x01\x05\x01\x60\x01\x7f\x00"			/* type at 0x08 */
    "\x02\x15\x02"					/* import, payload 0x11 */
    "\x03" "env" "\x04" "oops" "\x04\x00\x00"		/* entry at 0x12 */
    "\x03" "env" "\x01" "f" "\x00\x00"			/* entry at 0x1e */
    "\x07\x14\x03"					/* export, payload 0x28 */
    "\x04" "oops" "\x04\x00"				/* entry at 0x29 */
    "\x01" "f" "\x00\x00"				/* entry at 0x30 */
    "\x05" "ghost" "\x00\x07";				/* entry at 0x34 */

/* The second import entry stops after its module name, inside its section. */
static const char bad_import_module[] = HEADER
    "\x01\x04\x01\x60\x00\x00"				/* ()->() */
    "\x02\x09\x02"					/* import, payload 0x10 */
    "\x01" "a" "\x01" "f" "\x00\x00"			/* entry at 0x11 */
    "\x01" "b";						/* field name missing at 0x19 */

/* A custom section "hello" and a "linking" one with a bad version. */
static const char custom_module[] = HEADER
    "\x00\x09\x05" "hello" "\x01\x02\x03"		/* payload 0x0a */
    "\x00\x0a\x07" "linking" "\x07\x00";		/* payload 0x15 */

/* Two memories (multi-memory); only the second is exported. */
static const char two_memories_module[] = HEADER
    "\x05\x05\x02\x00\x01\x00\x05"			/* min 1, then min 5 */
    "\x07\x06\x01\x02" "m1" "\x02\x01";		/* export memory 1 */

/* One function whose body claims 5 bytes of a 4-byte code section. */
static const char long_body_module[] = HEADER
    "\x01\x04\x01\x60\x00\x00"				/* ()->() */
    "\x03\x02\x01\x00"					/* function section */
    "\x0a\x04\x01\x05\x00\x0b";				/* body at 0x16 */

static const char *
fixture_path(const char *name)
{
	size_t nlen = strlen(name), len;
	int    i;

	for (i = 1; i < fixture_argc; i++) {
		len = strlen(fixture_argv[i]);
		if (len >= nlen &&
		    strcmp(fixture_argv[i] + len - nlen, name) == 0)
			return fixture_argv[i];
	}
	fail_msg("fixture %s not given on the command line", name);
	return NULL;
}

static unsigned char *
slurp(const char *name, size_t *size)
{
	const char    *path = fixture_path(name);
	FILE	      *f = fopen(path, "rb");
	unsigned char *buf;
	long	       len;

	if (f == NULL)
		fail_msg("cannot open %s", path);
	assert_int_equal(fseek(f, 0, SEEK_END), 0);
	len = ftell(f);
	assert_true(len > 0);
	rewind(f);
	buf = malloc((size_t)len);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)len, f), (size_t)len);
	fclose(f);
	*size = (size_t)len;
	return buf;
}

/* Reads size bytes of buf, then wipes and frees them: facts must be copies. */
static int
read_and_free(unsigned char *buf, size_t size, struct wl_arena *arena,
    struct wl_wasm_module *m)
{
	int rc = wl_wasm_read(buf, size, arena, m);

	memset(buf, 0xaa, size);
	free(buf);
	return rc;
}

static int
read_bytes(const char *bytes, size_t size, struct wl_arena *arena,
    struct wl_wasm_module *m)
{
	unsigned char *buf = malloc(size);

	assert_non_null(buf);
	memcpy(buf, bytes, size);
	return read_and_free(buf, size, arena, m);
}

/* A string literal or char array, without its final NUL. */
#define READ(s, arena, m)	read_bytes((s), sizeof(s) - 1, (arena), (m))

static int
read_fixture(const char *name, size_t keep, struct wl_arena *arena,
    struct wl_wasm_module *m)
{
	size_t	       size;
	unsigned char *buf = slurp(name, &size);

	return read_and_free(buf, keep && keep < size ? keep : size, arena, m);
}

static void
assert_import(const struct wl_wasm_import *im, const char *module,
    const char *name, enum wl_wasm_kind kind, const char *sig, size_t offset)
{
	assert_string_equal(im->module, module);
	assert_string_equal(im->name, name);
	assert_int_equal(im->kind, kind);
	if (sig == NULL)
		assert_null(im->sig.text);
	else
		assert_string_equal(im->sig.text, sig);
	assert_int_equal(im->offset, offset);
}

static void
assert_export(const struct wl_wasm_export *ex, const char *name,
    enum wl_wasm_kind kind, uint32_t index, const char *sig, size_t offset)
{
	assert_string_equal(ex->name, name);
	assert_int_equal(ex->kind, kind);
	assert_int_equal(ex->index, index);
	if (sig == NULL)
		assert_null(ex->sig.text);
	else
		assert_string_equal(ex->sig.text, sig);
	assert_int_equal(ex->offset, offset);
}

static void
test_plugin_imports(void **state)
{
	struct wl_wasm_module m;

	assert_int_equal(read_fixture("reader-plugin.wasm", 0, *state, &m), 0);
	assert_null(m.error);
	assert_int_equal(m.nimports, 2);
	assert_import(&m.imports[0], "env", "proxy_log", WL_WASM_FUNC,
	    "(i32,i32,i32)->i32", 0x25);
	assert_int_equal(m.imports[0].sig.nparams, 3);
	assert_int_equal(m.imports[0].sig.nresults, 1);
	assert_import(&m.imports[1], "wasi_snapshot_preview1", "fd_write",
	    WL_WASM_FUNC, "(i32,i32,i32,i32)->i32", 0x35);
}

static void
test_plugin_exports(void **state)
{
	struct wl_wasm_module m;

	assert_int_equal(read_fixture("reader-plugin.wasm", 0, *state, &m), 0);
	assert_int_equal(m.export_section_offset, 0x65);
	assert_int_equal(m.nexports, 5);
	assert_export(&m.exports[0], "memory", WL_WASM_MEMORY, 0, NULL, 0x66);
	assert_export(&m.exports[1], "malloc", WL_WASM_FUNC, 2, "(i32)->i32",
	    0x6f);
	assert_export(&m.exports[2], "proxy_abi_version_0_2_1", WL_WASM_FUNC,
	    3, "()->()", 0x78);
	assert_int_equal(m.exports[2].sig.nparams, 0);
	assert_int_equal(m.exports[2].sig.nresults, 0);
	assert_export(&m.exports[3], "proxy_on_request_headers", WL_WASM_FUNC,
	    4, "(i32,i32,i32)->i32", 0x92);
	assert_export(&m.exports[4], "_start", WL_WASM_FUNC, 5, "()->()",
	    0xad);
}

static void
test_plugin_memory(void **state)
{
	struct wl_wasm_module m;

	assert_int_equal(read_fixture("reader-plugin.wasm", 0, *state, &m), 0);
	assert_int_equal(m.size, 0xc9);
	assert_true(m.memory.present);
	assert_false(m.memory.imported);
	assert_true(m.memory.exported);
	assert_int_equal(m.memory.min_pages, 17);
	assert_false(m.memory.has_max);
	assert_false(m.has_start);
	assert_int_equal(m.ncustoms, 0);
}

static void
test_kinds_imports(void **state)
{
	struct wl_wasm_module m;

	assert_int_equal(read_fixture("reader-kinds.wasm", 0, *state, &m), 0);
	assert_int_equal(m.nimports, 4);
	assert_import(&m.imports[0], "env", "pair", WL_WASM_FUNC,
	    "(i64)->(i32,i32)", 0x1f);
	assert_int_equal(m.imports[0].sig.nresults, 2);
	assert_import(&m.imports[1], "env", "table", WL_WASM_TABLE, NULL, 0x2a);
	assert_import(&m.imports[2], "env", "memory", WL_WASM_MEMORY, NULL,
	    0x38);
	assert_import(&m.imports[3], "env", "flag", WL_WASM_GLOBAL, NULL, 0x47);
	assert_true(m.memory.present);
	assert_true(m.memory.imported);
	assert_true(m.memory.exported);
	assert_int_equal(m.memory.min_pages, 2);
	assert_true(m.memory.has_max);
	assert_int_equal(m.memory.max_pages, 16);
}

static void
test_kinds_exports(void **state)
{
	struct wl_wasm_module m;

	assert_int_equal(read_fixture("reader-kinds.wasm", 0, *state, &m), 0);
	assert_int_equal(m.export_section_offset, 0x62);
	assert_int_equal(m.nexports, 4);
	assert_export(&m.exports[0], "pair_again", WL_WASM_FUNC, 0,
	    "(i64)->(i32,i32)", 0x63);
	assert_export(&m.exports[1], "refs", WL_WASM_FUNC, 2,
	    "(f32,f64,v128,funcref,externref)->()", 0x70);
	assert_int_equal(m.exports[1].sig.nparams, 5);
	assert_export(&m.exports[2], "mem", WL_WASM_MEMORY, 0, NULL, 0x77);
	assert_export(&m.exports[3], "count", WL_WASM_GLOBAL, 1, NULL, 0x7d);
	assert_true(m.has_start);
	assert_int_equal(m.start_func, 1);
}

static void
test_tag_import(void **state)
{
	struct wl_wasm_module m;

	assert_int_equal(READ(tag_module, *state, &m), 0);
	assert_int_equal(m.nimports, 2);
	assert_import(&m.imports[0], "env", "oops", WL_WASM_TAG, NULL, 0x12);
	assert_import(&m.imports[1], "env", "f", WL_WASM_FUNC, "(i32)->()",
	    0x1e);
	assert_int_equal(m.nexports, 3);
	assert_export(&m.exports[0], "oops", WL_WASM_TAG, 0, NULL, 0x29);
	assert_export(&m.exports[1], "f", WL_WASM_FUNC, 0, "(i32)->()", 0x30);
	/* No function 7: the index is kept, the signature is unknown. */
	assert_export(&m.exports[2], "ghost", WL_WASM_FUNC, 7, NULL, 0x34);
	assert_false(m.memory.present);
}

static void
test_two_memories(void **state)
{
	struct wl_wasm_module m;

	assert_int_equal(READ(two_memories_module, *state, &m), 0);
	assert_true(m.memory.present);
	assert_int_equal(m.memory.min_pages, 1);
	assert_false(m.memory.exported);
	assert_int_equal(m.nexports, 1);
	assert_export(&m.exports[0], "m1", WL_WASM_MEMORY, 1, NULL, 0x12);
}

static void
test_empty_module(void **state)
{
	struct wl_wasm_module m;

	assert_int_equal(READ(HEADER, *state, &m), 0);
	assert_null(m.error);
	assert_int_equal(m.size, 8);
	assert_int_equal(m.nimports + m.nexports + m.ncustoms, 0);
	assert_int_equal(m.export_section_offset, 0);
	assert_false(m.memory.present);
	assert_false(m.has_start);
}

static void
test_custom_sections(void **state)
{
	struct wl_wasm_module m;

	/* The bad "linking" section is a wabt warning, not an error. */
	assert_int_equal(READ(custom_module, *state, &m), 0);
	assert_null(m.error);
	assert_int_equal(m.ncustoms, 2);
	assert_string_equal(m.customs[0].name, "hello");
	assert_int_equal(m.customs[0].offset, 0x0a);
	assert_int_equal(m.customs[0].size, 9);
	assert_string_equal(m.customs[1].name, "linking");
	assert_int_equal(m.customs[1].offset, 0x15);
	assert_int_equal(m.customs[1].size, 10);
}

static void
test_truncated_plugin(void **state)
{
	struct wl_wasm_module m;

	/* Cut three bytes into the export section's payload. */
	assert_int_equal(read_fixture("reader-plugin.wasm", 0x68, *state, &m),
	    -1);
	assert_non_null(strstr(m.error, "extends past end"));
	assert_int_equal(m.error_offset, 0x65);
	assert_int_equal(m.size, 0x68);
	assert_int_equal(m.nimports, 2);
	assert_string_equal(m.imports[1].name, "fd_write");
	assert_true(m.memory.present);
	assert_int_equal(m.nexports, 0);
	assert_int_equal(m.export_section_offset, 0);
}

static void
test_bad_import_entry(void **state)
{
	struct wl_wasm_module m;

	assert_int_equal(READ(bad_import_module, *state, &m), -1);
	assert_string_equal(m.error,
	    "unable to read u32 leb128: string length");
	assert_int_equal(m.error_offset, 0x19);
	assert_int_equal(m.nimports, 1);
	assert_import(&m.imports[0], "a", "f", WL_WASM_FUNC, "()->()", 0x11);
}

static void
test_body_past_section(void **state)
{
	struct wl_wasm_module m;

	/* Left to itself, wabt would report 0x1b, past the 0x18 bytes. */
	assert_int_equal(READ(long_body_module, *state, &m), -1);
	assert_string_equal(m.error,
	    "function body extends past end of code section");
	assert_int_equal(m.error_offset, 0x16);
}

static void
test_truncated_header(void **state)
{
	struct wl_wasm_module m;

	assert_int_equal(READ("\0asm\1\0\0", *state, &m), -1);
	assert_string_equal(m.error, "unable to read uint32_t: version");
	assert_int_equal(m.error_offset, 4);
}

static void
test_truncated_section_size(void **state)
{
	struct wl_wasm_module m;

	assert_int_equal(READ(HEADER "\x01", *state, &m), -1);
	assert_non_null(strstr(m.error, "unable to read u32 leb128"));
	assert_int_equal(m.error_offset, 9);
}

static void
test_not_wasm(void **state)
{
	struct wl_wasm_module m;

	assert_int_equal(READ("hello world\n", *state, &m), -1);
	assert_string_equal(m.error, "bad magic value");
	assert_int_equal(m.error_offset, 4);
}

static void
test_wrong_version(void **state)
{
	struct wl_wasm_module m;

	assert_int_equal(READ("\0asm\2\0\0\0", *state, &m), -1);
	assert_string_equal(m.error,
	    "bad wasm file version: 0x2 (expected 0x1)");
	assert_int_equal(m.error_offset, 8);
}

static void
test_bad_section_code(void **state)
{
	struct wl_wasm_module m;

	assert_int_equal(READ(HEADER "\x0e\x00", *state, &m), -1);
	assert_string_equal(m.error, "invalid section code: 14");
	assert_int_equal(m.error_offset, 10);
}

static void
test_no_data(void **state)
{
	struct wl_wasm_module m;

	assert_int_equal(wl_wasm_read(NULL, 0, *state, &m), -1);
	assert_string_equal(m.error, "unable to read uint32_t: magic");
	assert_int_equal(m.error_offset, 0);
	assert_int_equal(m.nimports, 0);
}

/* wabt prints unhandled errors and warnings itself; the shim must not let it. */
static void
test_nothing_printed(void **state)
{
	struct wl_wasm_module m;
	FILE		     *capture = tmpfile();
	int		      saved = dup(STDERR_FILENO);
	struct stat	      st;
	int		      rc_bad, rc_custom;

	assert_non_null(capture);
	assert_true(saved >= 0);
	fflush(stderr);
	dup2(fileno(capture), STDERR_FILENO);
	rc_bad = READ(bad_import_module, *state, &m);
	rc_custom = READ(custom_module, *state, &m);
	fflush(stderr);
	dup2(saved, STDERR_FILENO);
	close(saved);
	assert_int_equal(fstat(fileno(capture), &st), 0);
	fclose(capture);
	assert_int_equal(rc_bad, -1);
	assert_int_equal(rc_custom, 0);
	assert_int_equal(st.st_size, 0);
}

/* A function import or export of a clang plugin, found by name. */
struct named_func {
	const char	*module;	/* imports only */
	const char	*name;
	const char	*sig;
};

static void
assert_func_imports(const struct wl_wasm_module *m,
    const struct named_func *want, size_t n)
{
	size_t i, j;

	assert_int_equal(m->nimports, n);
	for (i = 0; i < n; i++) {
		for (j = 0; j < m->nimports; j++)
			if (strcmp(m->imports[j].module, want[i].module) == 0 &&
			    strcmp(m->imports[j].name, want[i].name) == 0)
				break;
		if (j == m->nimports)
			fail_msg("no import %s.%s", want[i].module, want[i].name);
		assert_int_equal(m->imports[j].kind, WL_WASM_FUNC);
		assert_string_equal(m->imports[j].sig.text, want[i].sig);
	}
}

/* Every export of a clang plugin: memory 0 first, then these functions. */
static void
assert_func_exports(const struct wl_wasm_module *m,
    const struct named_func *want, size_t n)
{
	size_t i, j;

	assert_int_equal(m->nexports, n + 1);
	assert_export(&m->exports[0], "memory", WL_WASM_MEMORY, 0, NULL,
	    m->export_section_offset + 1);
	for (i = 0; i < n; i++) {
		for (j = 1; j < m->nexports; j++)
			if (strcmp(m->exports[j].name, want[i].name) == 0)
				break;
		if (j == m->nexports)
			fail_msg("no export %s", want[i].name);
		assert_int_equal(m->exports[j].kind, WL_WASM_FUNC);
		assert_string_equal(m->exports[j].sig.text, want[i].sig);
	}
}

/* Entry points are exports: clang never emits a start section. */
static void
assert_plugin_shape(const struct wl_wasm_module *m)
{
	assert_null(m->error);
	assert_false(m->has_start);
	assert_true(m->memory.present);
	assert_true(m->memory.exported);
	assert_false(m->memory.imported);
	assert_false(m->memory.has_max);
}

static bool
has_custom(const struct wl_wasm_module *m, const char *name)
{
	size_t i;

	for (i = 0; i < m->ncustoms; i++)
		if (strcmp(m->customs[i].name, name) == 0)
			return true;
	return false;
}

#define N(a)	(sizeof(a) / sizeof *(a))
#define WASI	"wasi_snapshot_preview1"

static void
test_clang_reactor(void **state)
{
	static const struct named_func imports[] = {
		{ "env", "proxy_log", "(i32,i32,i32)->i32" },
		{ "env", "proxy_get_log_level", "(i32)->i32" },
		{ "env", "proxy_get_header_map_value",
		    "(i32,i32,i32,i32,i32)->i32" },
		{ "env", "proxy_add_header_map_value",
		    "(i32,i32,i32,i32,i32)->i32" },
		{ WASI, "clock_time_get", "(i32,i64,i32)->i32" },
	};
	static const struct named_func exports[] = {
		{ NULL, "_initialize", "()->()" },
		{ NULL, "proxy_abi_version_0_2_1", "()->()" },
		{ NULL, "proxy_on_memory_allocate", "(i32)->i32" },
		{ NULL, "proxy_on_vm_start", "(i32,i32)->i32" },
		{ NULL, "proxy_on_configure", "(i32,i32)->i32" },
		{ NULL, "proxy_on_context_create", "(i32,i32)->()" },
		{ NULL, "proxy_on_request_headers", "(i32,i32,i32)->i32" },
	};
	struct wl_wasm_module m;

	assert_int_equal(read_fixture("reactor.wasm", 0, *state, &m), 0);
	assert_plugin_shape(&m);
	assert_func_imports(&m, imports, N(imports));
	assert_func_exports(&m, exports, N(exports));
	assert_true(has_custom(&m, "name"));
	assert_true(has_custom(&m, "producers"));
	assert_false(has_custom(&m, ".debug_info"));
}

static void
test_clang_command(void **state)
{
	static const struct named_func imports[] = {
		{ "env", "proxy_define_metric", "(i32,i32,i32,i32)->i32" },
		{ "env", "proxy_increment_metric", "(i32,i64)->i32" },
		{ "env", "proxy_get_buffer_bytes", "(i32,i32,i32,i32,i32)->i32" },
		{ "env", "proxy_send_local_response",
		    "(i32,i32,i32,i32,i32,i32,i32,i32)->i32" },
		{ WASI, "args_get", "(i32,i32)->i32" },
		{ WASI, "args_sizes_get", "(i32,i32)->i32" },
		{ WASI, "fd_close", "(i32)->i32" },
		{ WASI, "fd_fdstat_get", "(i32,i32)->i32" },
		{ WASI, "fd_seek", "(i32,i64,i32,i32)->i32" },
		{ WASI, "fd_write", "(i32,i32,i32,i32)->i32" },
		{ WASI, "proc_exit", "(i32)->()" },
	};
	static const struct named_func exports[] = {
		{ NULL, "_start", "()->()" },
		{ NULL, "proxy_abi_version_0_2_1", "()->()" },
		{ NULL, "malloc", "(i32)->i32" },
		{ NULL, "proxy_on_vm_start", "(i32,i32)->i32" },
		{ NULL, "proxy_on_request_body", "(i32,i32,i32)->i32" },
		{ NULL, "proxy_on_done", "(i32)->i32" },
	};
	struct wl_wasm_module m;

	assert_int_equal(read_fixture("command.wasm", 0, *state, &m), 0);
	assert_plugin_shape(&m);
	assert_func_imports(&m, imports, N(imports));
	assert_func_exports(&m, exports, N(exports));
}

static void
test_clang_debug(void **state)
{
	static const struct named_func imports[] = {
		{ "env", "proxy_log", "(i32,i32,i32)->i32" },
		{ "env", "proxy_get_property", "(i32,i32,i32,i32)->i32" },
		{ "env", "proxy_set_tick_period_milliseconds", "(i32)->i32" },
		{ "env", "proxy_continue_stream", "(i32)->i32" },
		{ WASI, "random_get", "(i32,i32)->i32" },
	};
	static const struct named_func exports[] = {
		{ NULL, "_initialize", "()->()" },
		{ NULL, "proxy_abi_version_0_2_1", "()->()" },
		{ NULL, "malloc", "(i32)->i32" },
		{ NULL, "proxy_on_configure", "(i32,i32)->i32" },
		{ NULL, "proxy_on_tick", "(i32)->()" },
		{ NULL, "proxy_on_response_headers", "(i32,i32,i32)->i32" },
	};
	static const char *const dwarf[] = {
		".debug_info", ".debug_abbrev", ".debug_line", ".debug_str",
	};
	struct wl_wasm_module m;
	size_t		      i;

	assert_int_equal(read_fixture("debug.wasm", 0, *state, &m), 0);
	assert_plugin_shape(&m);
	assert_func_imports(&m, imports, N(imports));
	assert_func_exports(&m, exports, N(exports));
	for (i = 0; i < N(dwarf); i++)
		if (!has_custom(&m, dwarf[i]))
			fail_msg("no custom section %s", dwarf[i]);
	assert_true(has_custom(&m, "name"));
	/* Custom sections follow the code, in file order. */
	for (i = 1; i < m.ncustoms; i++)
		assert_true(m.customs[i].offset > m.customs[i - 1].offset +
		    m.customs[i - 1].size);
}

static void
test_clang_large_data(void **state)
{
	static const struct named_func imports[] = {
		{ "env", "proxy_log", "(i32,i32,i32)->i32" },
		{ "env", "proxy_add_header_map_value",
		    "(i32,i32,i32,i32,i32)->i32" },
		{ WASI, "environ_get", "(i32,i32)->i32" },
		{ WASI, "environ_sizes_get", "(i32,i32)->i32" },
		{ WASI, "proc_exit", "(i32)->()" },
	};
	static const struct named_func exports[] = {
		{ NULL, "_initialize", "()->()" },
		{ NULL, "proxy_abi_version_0_2_1", "()->()" },
		{ NULL, "proxy_on_vm_start", "(i32,i32)->i32" },
		{ NULL, "proxy_on_memory_allocate", "(i32)->i32" },
		{ NULL, "proxy_on_request_headers", "(i32,i32,i32)->i32" },
	};
	struct wl_wasm_module m;

	assert_int_equal(read_fixture("large-data.wasm", 0, *state, &m), 0);
	assert_plugin_shape(&m);
	assert_func_imports(&m, imports, N(imports));
	assert_func_exports(&m, exports, N(exports));
	/* The 1,310,720-byte blob: over a ConfigMap's 1 MiB, in memory. */
	assert_true(m.size > 1310720);
	assert_true(m.memory.min_pages * 65536 > 1310720);
	assert_int_equal(m.ncustoms, 0);
}

static void
test_has_magic(void **state)
{
	size_t	       size;
	unsigned char *buf = slurp("reader-plugin.wasm", &size);

	(void)state;
	assert_true(wl_wasm_has_magic(buf, size));
	free(buf);
	assert_true(wl_wasm_has_magic("\0asm", 4));
	assert_false(wl_wasm_has_magic("\0as", 3));
	assert_false(wl_wasm_has_magic("\0ASM\1\0\0\0", 8));
	assert_false(wl_wasm_has_magic(NULL, 0));
}

#define T(fn)	cmocka_unit_test_setup_teardown(fn, wl_test_arena_new, \
		    wl_test_arena_free)

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		T(test_plugin_imports),
		T(test_plugin_exports),
		T(test_plugin_memory),
		T(test_kinds_imports),
		T(test_kinds_exports),
		T(test_tag_import),
		T(test_two_memories),
		T(test_empty_module),
		T(test_custom_sections),
		T(test_truncated_plugin),
		T(test_bad_import_entry),
		T(test_body_past_section),
		T(test_truncated_header),
		T(test_truncated_section_size),
		T(test_not_wasm),
		T(test_wrong_version),
		T(test_bad_section_code),
		T(test_no_data),
		T(test_nothing_printed),
		T(test_clang_reactor),
		T(test_clang_command),
		T(test_clang_debug),
		T(test_clang_large_data),
		T(test_has_magic),
	};

	fixture_argc = argc;
	fixture_argv = argv;
	return cmocka_run_group_tests(tests, NULL, NULL);
}
