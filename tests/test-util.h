/* test-util.h - cmocka's required includes in the order it needs, for every unit test, and an arena per test. */
#ifndef WASMLINT_TESTS_TEST_UTIL_H
#define WASMLINT_TESTS_TEST_UTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "util/arena.h"

/* Setup and teardown giving each test a fresh arena in *state. */
static inline int
wl_test_arena_new(void **state)
{
	*state = wl_arena_new();
	return 0;
}

static inline int
wl_test_arena_free(void **state)
{
	wl_arena_free(*state);
	return 0;
}

#endif
