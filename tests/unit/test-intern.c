/* test-intern.c - unit tests for string interning: equal short strings share one copy, across the table's growth. */
#include "test-util.h"

#include <stdio.h>
#include <string.h>

#include "util/intern.h"

/* Enough distinct strings to grow the table several times. */
#define MANY	20000

static void
equal_strings_share_a_copy(void **state)
{
	struct wl_arena		*a = wl_arena_new();
	struct wl_intern	*t = wl_intern_new(a);
	static const char	*kept[MANY];
	char			 buf[32];
	size_t			 i;

	(void)state;
	for (i = 0; i < MANY; i++) {
		snprintf(buf, sizeof buf, "key-%zu", i);
		kept[i] = wl_intern(t, buf, strlen(buf));
		assert_string_equal(kept[i], buf);
	}
	for (i = 0; i < MANY; i++) {
		snprintf(buf, sizeof buf, "key-%zu", i);
		assert_ptr_equal(wl_intern(t, buf, strlen(buf)), kept[i]);
	}
	wl_arena_free(a);
}

static void
lengths_and_long_strings(void **state)
{
	struct wl_arena		*a = wl_arena_new();
	struct wl_intern	*t = wl_intern_new(a);
	char			 big[200];
	const char		*x, *y;

	(void)state;
	/* n bytes, not up to a NUL: "app" and "apple" differ. */
	x = wl_intern(t, "apple", 3);
	y = wl_intern(t, "app", 3);
	assert_string_equal(x, "app");
	assert_ptr_equal(x, y);
	assert_ptr_not_equal(wl_intern(t, "apple", 5), x);
	assert_string_equal(wl_intern(t, "", 0), "");
	memset(big, 'v', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	x = wl_intern(t, big, strlen(big));
	y = wl_intern(t, big, strlen(big));
	assert_string_equal(x, big);
	assert_string_equal(y, big);
	wl_arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(equal_strings_share_a_copy),
		cmocka_unit_test(lengths_and_long_strings),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
