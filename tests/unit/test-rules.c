/*
 * test-rules.c - each rule through the library, on its fixtures: on the
 * failing case it fires at the place its golden output names first; on the
 * passing case it stays silent.
 */
#include "test-util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "wasmlint/wasmlint.h"

#define MAX_ARGS 32

struct case_args {
	char	*words[MAX_ARGS];
	int	 n;
	char	 buf[2048];
};

static void
read_case(const char *slug, const char *kind, struct case_args *c)
{
	char	 path[512];
	FILE	*fp;
	size_t	 len;
	char	*w;

	snprintf(path, sizeof path, "%s/cases/%s/%s/cmd", WL_FIXTURES_SRC,
	    slug, kind);
	fp = fopen(path, "r");
	if (fp == NULL)
		fail_msg("no case %s", path);
	len = fread(c->buf, 1, sizeof c->buf - 1, fp);
	fclose(fp);
	c->buf[len] = '\0';
	c->n = 0;
	for (w = strtok(c->buf, " \t\n"); w != NULL && c->n < MAX_ARGS;
	    w = strtok(NULL, " \t\n"))
		c->words[c->n++] = w;
	assert_true(c->n >= 1);
	assert_string_equal(c->words[0], "check");
}

/* Runs the case through the library: option words, then paths below the fixtures. */
static struct wl_run *
run_case(const struct case_args *c)
{
	struct wl_options	 opts = { .istio_version = NULL };
	struct wl_run		*run;
	char			 path[1024], table[1024];
	int			 i = 1;

	for (; i < c->n && strncmp(c->words[i], "--", 2) == 0; i++) {
		const char *opt = c->words[i], *arg = c->words[i + 1];

		if (strcmp(opt, "--report-unused-suppressions") == 0)
			opts.report_unused_suppressions = true;
		else if (strcmp(opt, "--validate") == 0)
			opts.validate = true;
		else if (i + 1 == c->n)
			fail_msg("option %s lacks its value", opt);
		else if (strcmp(opt, "--istio-version") == 0)
			opts.istio_version = arg, i++;
		else if (strcmp(opt, "--root-namespace") == 0)
			opts.root_namespace = arg, i++;
		else if (strcmp(opt, "--host-table") == 0) {
			snprintf(table, sizeof table, "%s/%s", WL_FIXTURES_SRC,
			    arg);
			opts.host_table = table;
			i++;
		}
		else if (strcmp(opt, "--failure-threshold") == 0)
			i++;
		else
			fail_msg("option %s not known to this test", opt);
	}
	run = wl_run_new(&opts);
	for (; i < c->n; i++) {
		/* Modules built from .wat are in the build tree, the rest in the source. */
		size_t n = strlen(c->words[i]);

		snprintf(path, sizeof path, "%s/%s", WL_FIXTURES_COMPILED,
		    c->words[i]);
		if (n < 5 || strcmp(c->words[i] + n - 5, ".wasm") != 0 ||
		    access(path, F_OK) != 0)
			snprintf(path, sizeof path, "%s/%s", WL_FIXTURES_SRC,
			    c->words[i]);
		wl_run_add_path(run, path);
	}
	wl_run_check(run);
	return run;
}

/* The line and column of the first golden line tagged with the rule. */
static void
expected_position(const struct wl_rule *r, unsigned *line, unsigned *col)
{
	char	 path[512], tag[128], text[4096];
	FILE	*fp;

	snprintf(path, sizeof path, "%s/cases/%s/fail/expected",
	    WL_FIXTURES_SRC, r->slug);
	snprintf(tag, sizeof tag, "[%s %s]", r->id, r->slug);
	fp = fopen(path, "r");
	assert_non_null(fp);
	while (fgets(text, sizeof text, fp) != NULL) {
		char *colon = strchr(text, ':');

		if (strstr(text, tag) == NULL || colon == NULL)
			continue;
		assert_int_equal(sscanf(colon, ":%u:%u:", line, col), 2);
		fclose(fp);
		return;
	}
	fclose(fp);
	fail_msg("%s names no finding of %s", path, r->id);
}

static const struct wl_diag *
first_of(const struct wl_run *run, const struct wl_rule *r)
{
	const struct wl_diag	*d;
	size_t			 n, i;

	d = wl_run_diags(run, &n);
	for (i = 0; i < n; i++)
		if (strcmp(d[i].rule_id, r->id) == 0)
			return &d[i];
	return NULL;
}

static void
test_rule_fires_on_failing_case(void **state)
{
	const struct wl_rule *const *r;

	(void)state;
	for (r = wl_rules; *r != NULL; r++) {
		struct case_args	 c;
		struct wl_run		*run;
		const struct wl_diag	*d;
		unsigned		 line, col;

		read_case((*r)->slug, "fail", &c);
		run = run_case(&c);
		d = first_of(run, *r);
		if (d == NULL)
			fail_msg("%s did not fire on its failing case", (*r)->id);
		expected_position(*r, &line, &col);
		assert_int_equal(d->loc.line, line);
		assert_int_equal(d->loc.col, col);
		assert_int_equal(d->severity, (*r)->severity);
		wl_run_free(run);
	}
}

static void
test_rule_silent_on_passing_case(void **state)
{
	const struct wl_rule *const *r;

	(void)state;
	for (r = wl_rules; *r != NULL; r++) {
		struct case_args	 c;
		struct wl_run		*run;

		read_case((*r)->slug, "pass", &c);
		run = run_case(&c);
		if (first_of(run, *r) != NULL)
			fail_msg("%s fired on its passing case: %s", (*r)->id,
			    first_of(run, *r)->message);
		wl_run_free(run);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rule_fires_on_failing_case),
		cmocka_unit_test(test_rule_silent_on_passing_case),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
