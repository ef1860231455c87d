/* test-istiod-names.c - unit tests for how each istiod release names the filters it builds and compares a match's name with them. */
#include "test-util.h"

#include <string.h>

#include "schema/istiod-filters.h"

struct vector {
	const char	*apply_to;
	const char	*name;
	unsigned	 finds;		/* of WL_ERAS_ALL */
};

static const struct vector vectors[] = {
	/* Old names exactly up to 1.7.0, either name to 1.18, canonical from 1.19. */
	{ "HTTP_FILTER", "envoy.router", WL_ERAS_OLD | WL_ERA_1_7_1 |
	  WL_ERA_1_9 },
	{ "HTTP_FILTER", "envoy.filters.http.router", WL_ERA_1_7_1 |
	  WL_ERA_1_9 | WL_ERA_1_19 },
	/* go-control-plane ba7954ce7df4 (1.7.0) already had the canonical CORS. */
	{ "HTTP_FILTER", "envoy.cors", WL_ERA_1_5 | WL_ERA_1_7_1 | WL_ERA_1_9 },
	{ "HTTP_FILTER", "envoy.filters.http.cors", WL_ERA_1_7_0 |
	  WL_ERA_1_7_1 | WL_ERA_1_9 | WL_ERA_1_19 },
	{ "NETWORK_FILTER", "envoy.tcp_proxy", WL_ERAS_OLD | WL_ERA_1_7_1 |
	  WL_ERA_1_9 },
	/* Not a filter istiod builds, or not of this applyTo. */
	{ "HTTP_FILTER", "istio.stats", 0 },
	{ "NETWORK_FILTER", "envoy.router", 0 },
	{ "HTTP_FILTER", "envoy.tcp_proxy", 0 },
};

static void
finds_by_era(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof vectors / sizeof *vectors; i++) {
		const struct vector *v = &vectors[i];

		assert_int_equal(wl_istiod_finds_built(v->apply_to, v->name,
		    WL_ERAS_ALL), v->finds);
		assert_int_equal(wl_istiod_names_built(v->apply_to, v->name),
		    v->finds != 0);
	}
	/* The mask limits the answer. */
	assert_int_equal(wl_istiod_finds_built("HTTP_FILTER", "envoy.router",
	    WL_ERA_1_19), 0);
}

static void
eras_of_releases(void **state)
{
	(void)state;
	assert_int_equal(wl_istiod_era(4, 6), WL_ERAS_ALL);
	assert_int_equal(wl_istiod_era(6, 14), WL_ERA_1_5);
	assert_int_equal(wl_istiod_era(7, 0), WL_ERA_1_7_0);
	assert_int_equal(wl_istiod_era(7, 1), WL_ERA_1_7_1);
	assert_int_equal(wl_istiod_era(8, 6), WL_ERA_1_7_1);
	assert_int_equal(wl_istiod_era(9, 0), WL_ERA_1_9);
	assert_int_equal(wl_istiod_era(18, 7), WL_ERA_1_9);
	assert_int_equal(wl_istiod_era(19, 0), WL_ERA_1_19);
}

static void
built_names(void **state)
{
	(void)state;
	assert_string_equal(wl_istiod_built_name("HTTP_FILTER",
	    "envoy.filters.http.router", WL_ERA_1_7_0), "envoy.router");
	assert_string_equal(wl_istiod_built_name("HTTP_FILTER",
	    "envoy.cors", WL_ERA_1_7_0), "envoy.filters.http.cors");
	assert_string_equal(wl_istiod_built_name("NETWORK_FILTER",
	    "envoy.http_connection_manager", WL_ERA_1_9),
	    "envoy.filters.network.http_connection_manager");
	assert_null(wl_istiod_built_name("HTTP_FILTER", "istio.stats",
	    WL_ERA_1_9));
}

static void
eras_text(void **state)
{
	char buf[96];

	(void)state;
	assert_string_equal(wl_istiod_eras_text(WL_ERAS_ALL, buf, sizeof buf),
	    "1.5.0 and later");
	assert_string_equal(wl_istiod_eras_text(WL_ERA_1_7_1 | WL_ERA_1_9,
	    buf, sizeof buf), "1.7.1-1.18.x");
	assert_string_equal(wl_istiod_eras_text(WL_ERA_1_7_0, buf, sizeof buf),
	    "1.7.0");
	assert_string_equal(wl_istiod_eras_text(WL_ERA_1_5 | WL_ERA_1_9, buf,
	    sizeof buf), "1.5.0-1.6.x, 1.9.0-1.18.x");
	/* A short buffer is cut, never overrun. */
	assert_string_equal(wl_istiod_eras_text(WL_ERA_1_5 | WL_ERA_1_9, buf,
	    8), "1.5.0-1");
	assert_string_equal(wl_istiod_eras_text(0, buf, sizeof buf), "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(finds_by_era),
		cmocka_unit_test(eras_of_releases),
		cmocka_unit_test(built_names),
		cmocka_unit_test(eras_text),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
