/* test-util.h - cmocka's required includes in the order it needs, for every unit test. */
#ifndef WASMLINT_TESTS_TEST_UTIL_H
#define WASMLINT_TESTS_TEST_UTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#endif
