/*
 * test-module-file.c - module files read through their image: the same
 * facts and errors as the whole file in memory (fixtures, the fuzz seeds,
 * their truncations and corruptions, a module with big code and data
 * sections), few bytes read of a big module, and the size limit's WL1004.
 */
#include "test-util.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag/sink.h"
#include "input/load.h"
#include "model/facts.h"
#include "util/arena.h"
#include "wasm/image.h"
#include "wasm/module.h"

/*
 * Usage: test-module-file CORPUS-DIR FILE.wasm...: the wasm fuzz seeds'
 * directory and the reader's fixtures.
 */
static int	  fixture_argc;
static char	**fixture_argv;

static void
same_str(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		assert_ptr_equal(a, b);
	else
		assert_string_equal(a, b);
}

static void
same_sig(const struct wl_wasm_sig *a, const struct wl_wasm_sig *b)
{
	same_str(a->text, b->text);
	assert_int_equal(a->nparams, b->nparams);
	assert_int_equal(a->nresults, b->nresults);
}

/* Every fact wl_wasm_read gives, compared. */
static void
same_module(const struct wl_wasm_module *a, const struct wl_wasm_module *b)
{
	size_t i;

	assert_int_equal(a->size, b->size);
	assert_int_equal(a->nimports, b->nimports);
	for (i = 0; i < a->nimports; i++) {
		same_str(a->imports[i].module, b->imports[i].module);
		same_str(a->imports[i].name, b->imports[i].name);
		assert_int_equal(a->imports[i].kind, b->imports[i].kind);
		same_sig(&a->imports[i].sig, &b->imports[i].sig);
		assert_int_equal(a->imports[i].offset, b->imports[i].offset);
	}
	assert_int_equal(a->nexports, b->nexports);
	for (i = 0; i < a->nexports; i++) {
		same_str(a->exports[i].name, b->exports[i].name);
		assert_int_equal(a->exports[i].kind, b->exports[i].kind);
		assert_int_equal(a->exports[i].index, b->exports[i].index);
		same_sig(&a->exports[i].sig, &b->exports[i].sig);
		assert_int_equal(a->exports[i].offset, b->exports[i].offset);
	}
	assert_int_equal(a->export_section_offset, b->export_section_offset);
	assert_int_equal(a->ncustoms, b->ncustoms);
	for (i = 0; i < a->ncustoms; i++) {
		same_str(a->customs[i].name, b->customs[i].name);
		assert_int_equal(a->customs[i].offset, b->customs[i].offset);
		assert_int_equal(a->customs[i].size, b->customs[i].size);
	}
	assert_memory_equal(&a->memory, &b->memory, sizeof a->memory);
	assert_int_equal(a->has_start, b->has_start);
	assert_int_equal(a->start_func, b->start_func);
	same_str(a->error, b->error);
	assert_int_equal(a->error_offset, b->error_offset);
}

/* A temporary file holding size bytes of buf. */
static FILE *
file_of(const unsigned char *buf, size_t size)
{
	FILE *fp = tmpfile();

	assert_non_null(fp);
	assert_int_equal(fwrite(buf, 1, size, fp), size);
	assert_int_equal(fflush(fp), 0);
	return fp;
}

/*
 * Reads buf from memory and from a file through its image, compares the
 * facts, and checks that the whole image is the file. Returns the bytes the
 * image read.
 */
static size_t
compare(struct wl_arena *arena, const unsigned char *buf, size_t size)
{
	struct wl_wasm_module	 mem, file;
	struct wl_wasm_image	 img, whole;
	const char		*why = NULL;
	FILE			*fp = file_of(buf, size);
	size_t			 copied;

	assert_int_equal(wl_wasm_image_read(fileno(fp), size, false, &img,
	    &why), 0);
	assert_int_equal(wl_wasm_read(img.data, img.size, arena, &file),
	    wl_wasm_read(buf, size, arena, &mem));
	same_module(&mem, &file);
	copied = img.copied;
	wl_wasm_image_free(&img);
	assert_int_equal(wl_wasm_image_read(fileno(fp), size, true, &whole,
	    &why), 0);
	if (size > 0)
		assert_memory_equal(whole.data, buf, size);
	wl_wasm_image_free(&whole);
	fclose(fp);
	return copied;
}

/* The file's bytes, compared as they are, cut short, and with bytes changed. */
static void
compare_variants(struct wl_arena *arena, unsigned char *buf, size_t size)
{
	size_t		i, at, step = size / 48 + 1;
	unsigned char	was;

	compare(arena, buf, size);
	for (at = 0; at < size; at += step)
		compare(arena, buf, at);
	for (i = 0; i < size; i += step) {
		at = (i * 7919) % size;
		was = buf[at];
		buf[at] = (unsigned char)(was ^ 0x80);
		compare(arena, buf, size);
		buf[at] = 0xff;
		compare(arena, buf, size);
		buf[at] = was;
	}
}

static unsigned char *
slurp(const char *path, size_t *size)
{
	FILE		*fp = fopen(path, "rb");
	unsigned char	*buf;
	long		 len;

	if (fp == NULL)
		fail_msg("cannot open %s", path);
	assert_int_equal(fseek(fp, 0, SEEK_END), 0);
	len = ftell(fp);
	assert_true(len >= 0);
	rewind(fp);
	buf = malloc((size_t)len + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)len, fp), (size_t)len);
	fclose(fp);
	*size = (size_t)len;
	return buf;
}

static void
test_fixtures(void **state)
{
	unsigned char	*buf;
	size_t		 size;
	int		 i;

	for (i = 2; i < fixture_argc; i++) {
		buf = slurp(fixture_argv[i], &size);
		compare_variants(*state, buf, size);
		free(buf);
	}
}

static void
test_fuzz_seeds(void **state)
{
	DIR		*dir = opendir(fixture_argv[1]);
	struct dirent	*e;
	char		 path[4096];
	unsigned char	*buf;
	size_t		 size, n = 0;

	assert_non_null(dir);
	while ((e = readdir(dir)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof path, "%s/%s", fixture_argv[1],
		    e->d_name);
		buf = slurp(path, &size);
		compare_variants(*state, buf, size);
		free(buf);
		n++;
	}
	closedir(dir);
	assert_true(n >= 10);
}

/* A growing byte buffer for building a module. */
struct bytes {
	unsigned char	*v;
	size_t		 n;
	size_t		 cap;
};

static void
put(struct bytes *b, const void *p, size_t n)
{
	if (b->n + n > b->cap) {
		b->cap = (b->n + n) * 2;
		b->v = realloc(b->v, b->cap);
		assert_non_null(b->v);
	}
	memcpy(b->v + b->n, p, n);
	b->n += n;
}

static void
put_leb(struct bytes *b, uint32_t v)
{
	unsigned char c;

	do {
		c = v & 0x7f;
		v >>= 7;
		if (v != 0)
			c |= 0x80;
		put(b, &c, 1);
	} while (v != 0);
}

static void
put_name(struct bytes *b, const char *s)
{
	put_leb(b, (uint32_t)strlen(s));
	put(b, s, strlen(s));
}

static void
put_section(struct bytes *b, unsigned char id, const struct bytes *payload)
{
	put(b, &id, 1);
	put_leb(b, (uint32_t)payload->n);
	put(b, payload->v, payload->n);
}

#define NFUNCS		20000
#define NEXPORTS	1000
#define DATA_BYTES	(16u << 20)

/* Code: NFUNCS bodies of about 100 bytes, each with locals. */
static void
big_code(struct bytes *p)
{
	static const unsigned char head[] = { 0x01, 0x02, 0x7f,	/* 2 x i32 */
		0x20, 0x00, 0x41, 0x01, 0x6a, 0x21, 0x01 };
	unsigned char	body[100];
	size_t		i;

	memset(body, 0x01, sizeof body);	/* nop */
	memcpy(body, head, sizeof head);
	body[sizeof body - 3] = 0x20;	/* local.get 1 */
	body[sizeof body - 2] = 0x01;
	body[sizeof body - 1] = 0x0b;	/* end */
	put_leb(p, NFUNCS);
	for (i = 0; i < NFUNCS; i++) {
		put_leb(p, sizeof body);
		put(p, body, sizeof body);
	}
}

/*
 * A plugin-shaped module: imports, NFUNCS functions (a 2 MB code section),
 * NEXPORTS exports, a 16 MiB active data segment and a passive one, and
 * name and producers custom sections after them.
 */
static unsigned char *
big_module(size_t *size)
{
	static const unsigned char type[] = { 0x02, 0x60, 0x01, 0x7f, 0x01,
		0x7f, 0x60, 0x03, 0x7f, 0x7f, 0x7f, 0x01, 0x7f };
	struct bytes	m = { 0 }, p = { 0 };
	char		name[32];
	size_t		i;

	put(&m, "\0asm\1\0\0\0", 8);
	put(&p, type, sizeof type);
	put_section(&m, 1, &p);
	p.n = 0;
	put_leb(&p, 2);
	put_name(&p, "env");
	put_name(&p, "proxy_log");
	put(&p, "\x00\x01", 2);		/* func, type 1 */
	put_name(&p, "wasi_snapshot_preview1");
	put_name(&p, "proc_exit");
	put(&p, "\x00\x00", 2);
	put_section(&m, 2, &p);
	p.n = 0;
	put_leb(&p, NFUNCS);
	for (i = 0; i < NFUNCS; i++)
		put(&p, "\x00", 1);
	put_section(&m, 3, &p);
	p.n = 0;
	put(&p, "\x01\x01\x00\x80\x02", 5);	/* memory: min 0, max 256 */
	put_section(&m, 5, &p);
	p.n = 0;
	put_leb(&p, NEXPORTS + 1);
	put_name(&p, "memory");
	put(&p, "\x02\x00", 2);
	for (i = 0; i < NEXPORTS; i++) {
		snprintf(name, sizeof name, "fn_%05zu", i);
		put_name(&p, name);
		put(&p, "\x00", 1);
		put_leb(&p, (uint32_t)(2 + i * (NFUNCS / NEXPORTS)));
	}
	put_section(&m, 7, &p);
	p.n = 0;
	put(&p, "\x02", 1);		/* data count: 2 */
	put_section(&m, 12, &p);
	p.n = 0;
	big_code(&p);
	put_section(&m, 10, &p);
	p.n = 0;
	put(&p, "\x02\x00\x41\x80\x08\x0b", 6);	/* active at 1024 */
	put_leb(&p, DATA_BYTES);
	for (i = 0; i < DATA_BYTES; i++)
		put(&p, "x", 1);
	put(&p, "\x01\x04" "tail", 6);		/* passive */
	put_section(&m, 11, &p);
	p.n = 0;
	put_name(&p, "name");
	for (i = 0; i < 100000; i++)
		put(&p, "n", 1);
	put_section(&m, 0, &p);
	p.n = 0;
	put_name(&p, "producers");
	put(&p, "\x00", 1);
	put_section(&m, 0, &p);
	free(p.v);
	*size = m.n;
	return m.v;
}

static void
test_big_sections(void **state)
{
	struct wl_wasm_module	 m;
	struct wl_wasm_image	 img;
	const char		*why = NULL;
	size_t			 size, copied;
	unsigned char		*buf = big_module(&size);
	FILE			*fp;

	copied = compare(*state, buf, size);
	/* Types, imports, function and export sections, headers, 2 B a body. */
	assert_true(size > DATA_BYTES + NFUNCS * 100);
	assert_true(copied < 150000);
	fp = file_of(buf, size);
	free(buf);
	assert_int_equal(wl_wasm_image_read(fileno(fp), size, false, &img,
	    &why), 0);
	fclose(fp);
	assert_int_equal(wl_wasm_read(img.data, img.size, *state, &m), 0);
	wl_wasm_image_free(&img);
	assert_int_equal(m.nimports, 2);
	assert_string_equal(m.imports[0].name, "proxy_log");
	assert_string_equal(m.imports[0].sig.text, "(i32,i32,i32)->i32");
	assert_int_equal(m.nexports, NEXPORTS + 1);
	assert_string_equal(m.exports[NEXPORTS].name, "fn_00999");
	assert_string_equal(m.exports[NEXPORTS].sig.text, "(i32)->i32");
	assert_true(m.memory.present && m.memory.exported && m.memory.has_max);
	assert_int_equal(m.memory.max_pages, 256);
	assert_int_equal(m.ncustoms, 2);
	assert_string_equal(m.customs[1].name, "producers");
	assert_int_equal(m.customs[1].offset, size - 11);
}

/* A module file over the limit is WL1004 saying so, and nothing of it is read. */
static void
test_size_limit(void **state)
{
	struct wl_facts	 facts = { .arena = *state };
	struct wl_sink	 sink = { .arena = *state };
	char		 dir[] = "/tmp/wasmlint-module-file.XXXXXX", path[64];
	FILE		*fp;

	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/huge.wasm", dir);
	fp = fopen(path, "wb");
	assert_non_null(fp);
	assert_int_equal(fwrite("\0asm\1\0\0\0", 1, 8, fp), 8);
	/* Sparse: no disk is used for the rest. */
	assert_int_equal(ftruncate(fileno(fp), (off_t)WL_MAX_MODULE_BYTES + 1),
	    0);
	fclose(fp);
	assert_int_equal(wl_load_file(&facts, &sink, path, WL_MODULE_GIVEN),
	    -1);
	unlink(path);
	rmdir(dir);
	assert_int_equal(facts.modules.n, 0);
	assert_int_equal(sink.diags.n, 1);
	assert_string_equal(sink.diags.v[0].rule_id, "WL1004");
	assert_string_equal(sink.diags.v[0].loc.file, path);
	assert_non_null(strstr(sink.diags.v[0].message, "1073741825 bytes is "
	    "larger than 1 GiB"));
}

#define T(fn)	cmocka_unit_test_setup_teardown(fn, wl_test_arena_new, \
		    wl_test_arena_free)

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		T(test_fixtures),
		T(test_fuzz_seeds),
		T(test_big_sections),
		T(test_size_limit),
	};

	if (argc < 2) {
		fputs("usage: test-module-file CORPUS-DIR FILE.wasm...\n",
		    stderr);
		return 2;
	}
	fixture_argc = argc;
	fixture_argv = argv;
	return cmocka_run_group_tests(tests, NULL, NULL);
}
