/* test-registry.c - invariants of the rule table: ids, slugs, documentation, fixtures, README. */
#include "test-util.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <jansson.h>

#include "report/report.h"
#include "wasmlint/rule.h"

static char *
slurp(const char *path)
{
	FILE	*fp = fopen(path, "rb");
	char	*buf;
	long	 n;

	if (fp == NULL)
		return NULL;
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	fseek(fp, 0, SEEK_SET);
	buf = calloc(1, (size_t)n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, fp), (size_t)n);
	fclose(fp);
	return buf;
}

static void
test_ids_well_formed_unique_sorted(void **state)
{
	const struct wl_rule *const *r, *const *s;

	(void)state;
	for (r = wl_rules; *r != NULL; r++) {
		const char *id = (*r)->id;
		size_t	    i;

		assert_int_equal(strlen(id), 6);
		assert_memory_equal(id, "WL", 2);
		for (i = 2; i < 6; i++)
			assert_true(isdigit((unsigned char)id[i]));
		if (r != wl_rules)
			assert_true(strcmp(r[-1]->id, id) < 0);
		for (s = wl_rules; s != r; s++)
			assert_string_not_equal((*s)->slug, (*r)->slug);
	}
}

static void
test_slugs_kebab_case(void **state)
{
	const struct wl_rule *const *r;
	const char		    *p;

	(void)state;
	for (r = wl_rules; *r != NULL; r++) {
		assert_true(islower((unsigned char)(*r)->slug[0]));
		for (p = (*r)->slug; *p != '\0'; p++)
			assert_true(islower((unsigned char)*p) ||
			    isdigit((unsigned char)*p) ||
			    (*p == '-' && p[1] != '-' && p[1] != '\0'));
	}
}

static void
test_documentation_complete(void **state)
{
	const struct wl_rule *const *r;

	(void)state;
	for (r = wl_rules; *r != NULL; r++) {
		assert_true(strlen((*r)->summary) > 10);
		assert_true(strlen((*r)->rationale) > 80);
		assert_true(strlen((*r)->bad) > 0);
		assert_true(strlen((*r)->good) > 0);
		assert_true(strlen((*r)->fix) > 10);
		assert_string_not_equal((*r)->bad, (*r)->good);
	}
}

static void
test_find_by_id_and_slug(void **state)
{
	(void)state;
	assert_ptr_equal(wl_rule_find("WL2101"),
	    wl_rule_find("proxy-version-mismatch"));
	assert_non_null(wl_rule_find("WL2101"));
	assert_null(wl_rule_find("WL9999"));
	assert_null(wl_rule_find("proxy-version"));
}

/* Every rule: rules/<slug>.c, and a failing and a passing case whose expected output says so. */
static void
test_every_rule_has_file_and_fixtures(void **state)
{
	const struct wl_rule *const *r;
	char			     path[512], tag[128];
	struct stat		     st;

	(void)state;
	for (r = wl_rules; *r != NULL; r++) {
		char *fail, *pass;

		snprintf(path, sizeof path, "%s/../rules/%s.c", WL_FIXTURES_SRC,
		    (*r)->slug);
		assert_int_equal(stat(path, &st), 0);
		snprintf(tag, sizeof tag, "[%s %s]", (*r)->id, (*r)->slug);
		snprintf(path, sizeof path, "%s/cases/%s/fail/expected",
		    WL_FIXTURES_SRC, (*r)->slug);
		fail = slurp(path);
		if (fail == NULL)
			fail_msg("%s has no failing fixture (%s)", (*r)->slug,
			    path);
		assert_non_null(strstr(fail, tag));
		snprintf(path, sizeof path, "%s/cases/%s/pass/expected",
		    WL_FIXTURES_SRC, (*r)->slug);
		pass = slurp(path);
		if (pass == NULL)
			fail_msg("%s has no passing fixture (%s)", (*r)->slug,
			    path);
		assert_null(strstr(pass, tag));
		free(fail);
		free(pass);
	}
}

static void
test_readme_lists_every_rule(void **state)
{
	const struct wl_rule *const *r;
	char			     path[512], row[160];
	char			    *readme;

	(void)state;
	snprintf(path, sizeof path, "%s/../README.md", WL_FIXTURES_SRC);
	readme = slurp(path);
	assert_non_null(readme);
	for (r = wl_rules; *r != NULL; r++) {
		snprintf(row, sizeof row, "| %s | `%s` | %s | %s |", (*r)->id,
		    (*r)->slug, wl_severity_name((*r)->severity),
		    (*r)->summary);
		if (strstr(readme, row) == NULL)
			fail_msg("README.md lacks the row: %s", row);
	}
	free(readme);
}

/* `wasmlint rules --format json` lists every rule, in table order, with its documentation. */
static void
test_rules_json_lists_every_rule(void **state)
{
	const struct wl_rule *const	*r;
	char				*text = NULL, url[64];
	size_t				 len = 0, i = 0;
	FILE				*out = open_memstream(&text, &len);
	json_error_t			 err;
	json_t				*doc, *rules;

	(void)state;
	assert_non_null(out);
	wl_report_rules_json(out, "9.9.9", "file:///docs/");
	fclose(out);
	doc = json_loads(text, 0, &err);
	assert_non_null(doc);
	assert_int_equal(json_integer_value(json_object_get(doc, "version")), 1);
	rules = json_object_get(doc, "rules");
	for (r = wl_rules; *r != NULL; r++, i++) {
		json_t *o = json_array_get(rules, i);

		assert_string_equal(json_string_value(json_object_get(o, "id")),
		    (*r)->id);
		assert_string_equal(json_string_value(json_object_get(o,
		    "rationale")), (*r)->rationale);
		snprintf(url, sizeof url, "file:///docs/%s.md", (*r)->id);
		assert_string_equal(json_string_value(json_object_get(o,
		    "help_uri")), url);
	}
	assert_int_equal(json_array_size(rules), i);
	json_decref(doc);
	free(text);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ids_well_formed_unique_sorted),
		cmocka_unit_test(test_slugs_kebab_case),
		cmocka_unit_test(test_documentation_complete),
		cmocka_unit_test(test_find_by_id_and_slug),
		cmocka_unit_test(test_every_rule_has_file_and_fixtures),
		cmocka_unit_test(test_readme_lists_every_rule),
		cmocka_unit_test(test_rules_json_lists_every_rule),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
