/* test-wasm-validate.c - unit tests for --validate's full validation: blocks left open are refused before wabt builds its IR. */
#include "test-util.h"

#include <string.h>

#include "util/arena.h"
#include "wasm/module.h"

#define HEADER		"\0asm\1\0\0\0"
#define TYPE_VOID	"\x01\x04\x01\x60\x00\x00"	/* type 0: ()->() */

/*
 * A global whose initializer opens an `if` and never ends, then a body that
 * is only `end`: wabt's IR reader, left with the initializer's labels,
 * asserted (and aborted) on that end.
 */
static const char open_init_module[] = HEADER TYPE_VOID
    "\x03\x02\x01\x00"					/* one function */
    "\x06\x07\x01\x7f\x00"				/* global i32, init at 0x17 */
    "\x41\x00\x04\x40"					/* i32.const 0, if */
    "\x0a\x04\x01\x02\x00\x0b";				/* body: end */

/*
 * Body 0 is `block end`: its final end closes the block, not the function.
 * wabt alone counted body 1's end as body 0's and called the module valid.
 */
static const char open_body_module[] = HEADER TYPE_VOID
    "\x03\x03\x02\x00\x00"				/* two functions */
    "\x0a\x09\x02"					/* code, 2 bodies */
    "\x04\x00\x02\x40\x0b"				/* body 0 from 0x17: block end */
    "\x02\x00\x0b";					/* body 1: end */

/* A nop at 0x18, after the body's final end. */
static const char after_end_module[] = HEADER TYPE_VOID
    "\x03\x02\x01\x00"
    "\x0a\x06\x01\x04\x00\x0b\x01\x0b";			/* end nop end */

/* The same function, well formed: a block inside the body. */
static const char good_module[] = HEADER TYPE_VOID
    "\x03\x02\x01\x00"
    "\x0a\x07\x01\x05\x00\x02\x40\x0b\x0b";		/* block end end */

#define VALIDATE(s, arena, m)	wl_wasm_validate((s), sizeof(s) - 1, (arena), (m))

/* Refused with message at offset. */
#define ASSERT_REFUSED(s, arena, message, offset) do {			\
	struct wl_wasm_module m_;					\
									\
	assert_int_equal(VALIDATE(s, arena, &m_), -1);			\
	assert_string_equal(m_.invalid, (message));			\
	assert_int_equal(m_.invalid_offset, (offset));			\
} while (0)

static void
test_open_init_expr(void **state)
{
	ASSERT_REFUSED(open_init_module, *state,
	    "global's initializer ends with 2 block(s) not closed by an end",
	    0x17);
}

static void
test_open_body(void **state)
{
	ASSERT_REFUSED(open_body_module, *state,
	    "function body ends with 1 block(s) not closed by an end", 0x17);
}

static void
test_after_end(void **state)
{
	ASSERT_REFUSED(after_end_module, *state,
	    "instruction after the end of the function body", 0x18);
}

static void
test_nested_block(void **state)
{
	struct wl_wasm_module m;

	assert_int_equal(VALIDATE(good_module, *state, &m), 0);
	assert_null(m.invalid);
}

#define T(fn)	cmocka_unit_test_setup_teardown(fn, wl_test_arena_new, \
		    wl_test_arena_free)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_open_init_expr),
		T(test_open_body),
		T(test_after_end),
		T(test_nested_block),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
