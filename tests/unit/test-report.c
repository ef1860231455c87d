/* test-report.c - the output formats: JSON and SARIF parsed back, github, XML and concise output exact, fingerprints, source lines read back, streamed JSON, findings rendered on two threads. */
#include "test-util.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "report/fingerprint.h"
#include "report/report.h"
#include "report/source.h"
#include "wasmlint/rule.h"

#define QUIRKY_MESSAGE "say \"hi\" <b> & 'x' 100%\nnext line\r,a:b é"

static struct wl_related related[] = {
	{ { "cases/pv/deployment.yaml", 20, 38, 20, 68, 512 },
	    "sidecar version 1.12.2 from sidecar.istio.io/proxyImage" },
};

/*
 * 0: a manifest finding with a related location, a hint and an object;
 * 1: a wasm finding at 1:1 with an offset, in a directory with a space;
 * 2: a multi-line region in a non-ASCII path, a quirky message, no offset;
 * 3: an info without end or object.
 */
static struct wl_diag diags[] = {
	{ "WL2101", "proxy-version-mismatch", WL_SEV_ERROR,
	    "proxyVersion `^1\\.11.*` does not match sidecar 1.12.2",
	    { "tutorial/envoyfilter.yaml", 13, 25, 13, 33, 301 }, related, 1,
	    "proxyVersion `^1\\.12.*` matches every patch release",
	    { "EnvoyFilter", "default", "http-headers-filter" } },
	{ "WL1003", "wasm-malformed", WL_SEV_ERROR,
	    "not a valid wasm module (at byte 0xa)",
	    { "my plugins/http-headers.wasm", 1, 1, 1, 1, 10 }, NULL, 0, NULL,
	    { NULL, NULL, NULL } },
	{ "WL2301", "selector-no-match", WL_SEV_WARNING, QUIRKY_MESSAGE,
	    { "cases/a b,c:d/\xc3\xbc.yaml", 3, 1, 5, 2, WL_NO_OFFSET }, NULL, 0,
	    NULL, { "Deployment", NULL, "web" } },
	{ "WL2302", "selector-target-absent", WL_SEV_INFO, "no workload",
	    { "tutorial/envoyfilter.yaml", 38, 3, 38, 3, WL_NO_OFFSET }, NULL,
	    0, NULL, { NULL, NULL, NULL } },
};
#define NDIAGS (sizeof diags / sizeof diags[0])

/* wl_fingerprint(&diags[0]), pinned. */
#define FINGERPRINT_0 "34f49eddc5dd0afe"

#define DOCS_URL "https://docs.test/wasmlint/rules/"

static const struct wl_report_info info = { .tool_version = "9.8.7",
	.manifests = 4, .modules = 1, .skipped = 3, .docs_url = DOCS_URL };

/* What fn writes for diags[0..n) with inf, as a malloc'd string. */
static char *
render_with(void (*fn)(FILE *, const struct wl_diag *, size_t,
    const struct wl_report_info *), const struct wl_diag *d, size_t n,
    const struct wl_report_info *inf)
{
	char	*buf = NULL;
	size_t	 len = 0;
	FILE	*fp = open_memstream(&buf, &len);

	assert_non_null(fp);
	fn(fp, d, n, inf);
	assert_int_equal(fclose(fp), 0);
	return buf;
}

/* The same with the tests' info. */
static char *
render(void (*fn)(FILE *, const struct wl_diag *, size_t,
    const struct wl_report_info *), const struct wl_diag *d, size_t n)
{
	return render_with(fn, d, n, &info);
}

static json_t *
render_json(void (*fn)(FILE *, const struct wl_diag *, size_t,
    const struct wl_report_info *), const struct wl_diag *d, size_t n)
{
	char		*text = render(fn, d, n);
	json_error_t	 err;
	json_t		*doc = json_loads(text, 0, &err);

	if (doc == NULL)
		fail_msg("not JSON (%s at %d:%d):\n%s", err.text, err.line,
		    err.column, text);
	free(text);
	return doc;
}

static const char *
str_at(json_t *obj, const char *key)
{
	json_t *v = json_object_get(obj, key);

	if (!json_is_string(v))
		fail_msg("`%s` is not a string", key);
	return json_string_value(v);
}

static json_int_t
int_at(json_t *obj, const char *key)
{
	json_t *v = json_object_get(obj, key);

	if (!json_is_integer(v))
		fail_msg("`%s` is not an integer", key);
	return json_integer_value(v);
}

static void
test_json_document(void **state)
{
	json_t	*doc = render_json(wl_report_json, diags, NDIAGS);
	json_t	*f, *obj, *rel, *sum;
	char	 fp[WL_FINGERPRINT_LEN + 1];

	(void)state;
	assert_int_equal(int_at(doc, "version"), 1);
	assert_string_equal(str_at(json_object_get(doc, "tool"), "name"),
	    "wasmlint");
	assert_string_equal(str_at(json_object_get(doc, "tool"), "version"),
	    "9.8.7");
	assert_int_equal(json_array_size(json_object_get(doc, "findings")),
	    NDIAGS);

	f = json_array_get(json_object_get(doc, "findings"), 0);
	assert_string_equal(str_at(f, "rule"), "WL2101");
	assert_string_equal(str_at(f, "slug"), "proxy-version-mismatch");
	assert_string_equal(str_at(f, "severity"), "error");
	assert_string_equal(str_at(f, "message"), diags[0].message);
	assert_string_equal(str_at(f, "file"), "tutorial/envoyfilter.yaml");
	assert_int_equal(int_at(f, "line"), 13);
	assert_int_equal(int_at(f, "column"), 25);
	assert_int_equal(int_at(f, "end_line"), 13);
	assert_int_equal(int_at(f, "end_column"), 33);
	assert_int_equal(int_at(f, "byte_offset"), 301);
	obj = json_object_get(f, "object");
	assert_int_equal(json_object_size(obj), 3);
	assert_string_equal(str_at(obj, "kind"), "EnvoyFilter");
	assert_string_equal(str_at(obj, "namespace"), "default");
	assert_string_equal(str_at(obj, "name"), "http-headers-filter");
	assert_int_equal(json_array_size(json_object_get(f, "related")), 1);
	rel = json_array_get(json_object_get(f, "related"), 0);
	assert_int_equal(json_object_size(rel), 4);
	assert_string_equal(str_at(rel, "file"), "cases/pv/deployment.yaml");
	assert_int_equal(int_at(rel, "line"), 20);
	assert_int_equal(int_at(rel, "column"), 38);
	assert_string_equal(str_at(rel, "message"), related[0].message);
	assert_string_equal(str_at(f, "help"), diags[0].hint);
	assert_string_equal(str_at(f, "help_uri"), DOCS_URL "WL2101.md");
	wl_fingerprint(&diags[0], fp);
	assert_string_equal(str_at(f, "fingerprint"), fp);

	f = json_array_get(json_object_get(doc, "findings"), 1);
	assert_int_equal(int_at(f, "byte_offset"), 10);
	assert_int_equal(int_at(f, "line"), 1);
	assert_int_equal(int_at(f, "end_column"), 1);
	assert_null(json_object_get(f, "object"));
	assert_null(json_object_get(f, "help"));
	assert_int_equal(json_array_size(json_object_get(f, "related")), 0);

	f = json_array_get(json_object_get(doc, "findings"), 2);
	assert_string_equal(str_at(f, "message"), QUIRKY_MESSAGE);
	assert_string_equal(str_at(f, "file"), "cases/a b,c:d/\xc3\xbc.yaml");
	assert_string_equal(str_at(f, "severity"), "warning");
	assert_null(json_object_get(f, "byte_offset"));
	obj = json_object_get(f, "object");
	assert_int_equal(json_object_size(obj), 2);
	assert_string_equal(str_at(obj, "kind"), "Deployment");
	assert_string_equal(str_at(obj, "name"), "web");
	assert_string_equal(str_at(json_array_get(json_object_get(doc,
	    "findings"), 3), "severity"), "info");

	sum = json_object_get(doc, "summary");
	assert_int_equal(json_object_size(sum), 6);
	assert_int_equal(int_at(sum, "manifests"), 4);
	assert_int_equal(int_at(sum, "modules"), 1);
	assert_int_equal(int_at(sum, "skipped"), 3);
	assert_int_equal(int_at(sum, "errors"), 2);
	assert_int_equal(int_at(sum, "warnings"), 1);
	assert_int_equal(int_at(sum, "infos"), 1);
	json_decref(doc);
}

static void
test_json_empty_and_invalid_utf8(void **state)
{
	struct wl_diag	 d = diags[3];
	json_t		*doc = render_json(wl_report_json, NULL, 0), *f;

	(void)state;
	assert_int_equal(json_array_size(json_object_get(doc, "findings")), 0);
	assert_int_equal(int_at(json_object_get(doc, "summary"), "errors"), 0);
	json_decref(doc);

	/* A file name that is not UTF-8: one U+FFFD per bad byte. */
	d.loc.file = "bad\xff\xc3(\xed\xa0\x80.yaml";
	doc = render_json(wl_report_json, &d, 1);
	f = json_array_get(json_object_get(doc, "findings"), 0);
	assert_string_equal(str_at(f, "file"),
	    "bad\xef\xbf\xbd\xef\xbf\xbd(\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"
	    ".yaml");
	json_decref(doc);
}

static void
test_utf8_next(void **state)
{
	static const struct {
		const char	*s;
		size_t		 len;
		uint32_t	 cp;
	} cases[] = {
		{ "a", 1, 'a' },
		{ "\xc3\xa9", 2, 0xe9 },
		{ "\xe2\x82\xac", 3, 0x20ac },
		{ "\xf0\x9f\x98\x80", 4, 0x1f600 },
		{ "\xef\xbf\xbd", 3, 0xfffd },
		{ "\xc0\xaf", 1, 0xfffd },		/* overlong */
		{ "\xe0\x80\xaf", 1, 0xfffd },		/* overlong */
		{ "\xed\xa0\x80", 1, 0xfffd },		/* surrogate */
		{ "\xf4\x90\x80\x80", 1, 0xfffd },	/* > U+10FFFF */
		{ "\xe2\x82", 1, 0xfffd },		/* truncated */
		{ "\x80", 1, 0xfffd },			/* continuation */
		{ "\xff", 1, 0xfffd },
	};
	uint32_t	cp;
	size_t		i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		assert_int_equal(wl_utf8_next(cases[i].s, &cp), cases[i].len);
		assert_int_equal(cp, cases[i].cp);
	}
}

/* The rule's index in wl_rules. */
static int
rule_index(const char *id)
{
	int i;

	for (i = 0; wl_rules[i] != NULL; i++)
		if (strcmp(wl_rules[i]->id, id) == 0)
			return i;
	fail_msg("no rule %s", id);
	return -1;
}

static void
test_sarif_driver(void **state)
{
	json_t	*doc = render_json(wl_report_sarif, NULL, 0), *run, *driver;
	json_t	*rule, *help;
	size_t	 i, nrules = 0;

	(void)state;
	assert_string_equal(str_at(doc, "version"), "2.1.0");
	assert_non_null(strstr(str_at(doc, "$schema"), "sarif-schema-2.1.0"));
	assert_int_equal(json_array_size(json_object_get(doc, "runs")), 1);
	run = json_array_get(json_object_get(doc, "runs"), 0);
	assert_int_equal(json_array_size(json_object_get(run, "results")), 0);
	assert_string_equal(str_at(run, "columnKind"), "unicodeCodePoints");
	driver = json_object_get(json_object_get(run, "tool"), "driver");
	assert_string_equal(str_at(driver, "name"), "wasmlint");
	assert_string_equal(str_at(driver, "version"), "9.8.7");
	assert_string_equal(str_at(driver, "informationUri"),
	    DOCS_URL "README.md");
	while (wl_rules[nrules] != NULL)
		nrules++;
	assert_int_equal(json_array_size(json_object_get(driver, "rules")),
	    nrules);
	for (i = 0; i < nrules; i++) {
		const struct wl_rule *r = wl_rules[i];

		rule = json_array_get(json_object_get(driver, "rules"), i);
		assert_string_equal(str_at(rule, "id"), r->id);
		assert_string_equal(str_at(rule, "name"), r->slug);
		assert_non_null(strstr(str_at(rule, "helpUri"), r->id));
		assert_int_equal(strncmp(str_at(rule, "helpUri"), DOCS_URL,
		    strlen(DOCS_URL)), 0);
		assert_string_equal(str_at(json_object_get(rule,
		    "shortDescription"), "text"), r->summary);
		assert_string_equal(str_at(json_object_get(rule,
		    "fullDescription"), "text"), r->rationale);
		help = json_object_get(rule, "help");
		assert_non_null(strstr(str_at(help, "text"), r->fix));
		assert_non_null(strstr(str_at(help, "markdown"), r->bad));
		assert_non_null(strstr(str_at(help, "markdown"), r->good));
		assert_non_null(strstr(str_at(help, "markdown"), "**Fix**"));
		assert_string_equal(str_at(json_object_get(rule,
		    "defaultConfiguration"), "level"),
		    r->severity == WL_SEV_INFO ? "note" :
		    wl_severity_name(r->severity));
	}
	json_decref(doc);
}

static json_t *
sarif_region_of(json_t *location)
{
	return json_object_get(json_object_get(location, "physicalLocation"),
	    "region");
}

static const char *
sarif_uri_of(json_t *location)
{
	return str_at(json_object_get(json_object_get(location,
	    "physicalLocation"), "artifactLocation"), "uri");
}

static void
test_sarif_results(void **state)
{
	json_t	*doc = render_json(wl_report_sarif, diags, NDIAGS), *results;
	json_t	*res, *loc, *reg, *rel, *logical;
	char	 fp[WL_FINGERPRINT_LEN + 1];

	(void)state;
	results = json_object_get(json_array_get(json_object_get(doc, "runs"),
	    0), "results");
	assert_int_equal(json_array_size(results), NDIAGS);

	res = json_array_get(results, 0);
	assert_string_equal(str_at(res, "ruleId"), "WL2101");
	assert_int_equal(int_at(res, "ruleIndex"), rule_index("WL2101"));
	assert_string_equal(str_at(res, "level"), "error");
	assert_string_equal(str_at(json_object_get(res, "message"), "text"),
	    diags[0].message);
	assert_int_equal(json_array_size(json_object_get(res, "locations")), 1);
	loc = json_array_get(json_object_get(res, "locations"), 0);
	assert_string_equal(sarif_uri_of(loc), "tutorial/envoyfilter.yaml");
	reg = sarif_region_of(loc);
	assert_int_equal(int_at(reg, "startLine"), 13);
	assert_int_equal(int_at(reg, "startColumn"), 25);
	assert_int_equal(int_at(reg, "endLine"), 13);
	assert_int_equal(int_at(reg, "endColumn"), 33);
	assert_int_equal(int_at(reg, "byteOffset"), 301);
	logical = json_array_get(json_object_get(loc, "logicalLocations"), 0);
	assert_string_equal(str_at(logical, "name"), "http-headers-filter");
	assert_string_equal(str_at(logical, "kind"), "EnvoyFilter");
	assert_string_equal(str_at(logical, "fullyQualifiedName"),
	    "EnvoyFilter/default/http-headers-filter");
	rel = json_array_get(json_object_get(res, "relatedLocations"), 0);
	assert_string_equal(sarif_uri_of(rel), "cases/pv/deployment.yaml");
	assert_int_equal(int_at(sarif_region_of(rel), "startLine"), 20);
	assert_int_equal(int_at(sarif_region_of(rel), "byteOffset"), 512);
	assert_string_equal(str_at(json_object_get(rel, "message"), "text"),
	    related[0].message);
	wl_fingerprint(&diags[0], fp);
	assert_string_equal(str_at(json_object_get(res,
	    "partialFingerprints"), "wasmlint/v1"), fp);
	assert_string_equal(str_at(json_object_get(res, "properties"),
	    "help"), diags[0].hint);

	/* The wasm finding: 1:1, an empty region, its byte offset. */
	res = json_array_get(results, 1);
	loc = json_array_get(json_object_get(res, "locations"), 0);
	assert_string_equal(sarif_uri_of(loc), "my%20plugins/http-headers.wasm");
	reg = sarif_region_of(loc);
	assert_int_equal(int_at(reg, "startLine"), 1);
	assert_int_equal(int_at(reg, "startColumn"), 1);
	assert_int_equal(int_at(reg, "byteOffset"), 10);
	assert_null(json_object_get(loc, "logicalLocations"));
	assert_null(json_object_get(res, "relatedLocations"));
	assert_null(json_object_get(res, "properties"));

	res = json_array_get(results, 2);
	assert_string_equal(str_at(res, "level"), "warning");
	assert_string_equal(str_at(json_object_get(res, "message"), "text"),
	    QUIRKY_MESSAGE);
	loc = json_array_get(json_object_get(res, "locations"), 0);
	assert_string_equal(sarif_uri_of(loc), "cases/a%20b,c%3Ad/%C3%BC.yaml");
	reg = sarif_region_of(loc);
	assert_int_equal(int_at(reg, "endLine"), 5);
	assert_int_equal(int_at(reg, "endColumn"), 2);
	assert_null(json_object_get(reg, "byteOffset"));
	logical = json_array_get(json_object_get(loc, "logicalLocations"), 0);
	assert_string_equal(str_at(logical, "fullyQualifiedName"),
	    "Deployment/web");

	res = json_array_get(results, 3);
	assert_string_equal(str_at(res, "level"), "note");
	assert_int_equal(int_at(res, "ruleIndex"), rule_index("WL2302"));
	json_decref(doc);
}

static void
test_sarif_uri_encoding(void **state)
{
	struct wl_diag	 d = diags[3];
	json_t		*doc, *loc;

	(void)state;
	d.loc.file = "/abs/x#y?z%[1]<stdin>~_.-!$&'()*+;=@";
	doc = render_json(wl_report_sarif, &d, 1);
	loc = json_array_get(json_object_get(json_array_get(json_object_get(
	    json_array_get(json_object_get(doc, "runs"), 0), "results"), 0),
	    "locations"), 0);
	assert_string_equal(sarif_uri_of(loc),
	    "file:///abs/x%23y%3Fz%25%5B1%5D%3Cstdin%3E~_.-!$&'()*+;=@");
	json_decref(doc);
}

/* Findings on standard input point at a described artifact, never at a %3Cstdin%3E URI. */
static void
test_sarif_stdin(void **state)
{
	struct wl_report_info	 in = info;
	struct wl_diag		 d[2] = { diags[3], diags[3] };
	json_error_t		 err;
	json_t			*doc, *run, *art;
	char			*text;

	(void)state;
	in.stdin_name = "<stdin>";
	d[0].loc.file = "<stdin>";
	text = render_with(wl_report_sarif, d, 2, &in);
	assert_null(strstr(text, "%3Cstdin%3E"));
	doc = json_loads(text, 0, &err);
	assert_non_null(doc);
	run = json_array_get(json_object_get(doc, "runs"), 0);
	art = json_array_get(json_object_get(json_array_get(json_object_get(
	    run, "results"), 0), "locations"), 0);
	art = json_object_get(json_object_get(art, "physicalLocation"),
	    "artifactLocation");
	assert_null(json_object_get(art, "uri"));
	assert_int_equal(json_integer_value(json_object_get(art, "index")), 0);
	assert_string_equal(str_at(json_object_get(json_array_get(
	    json_object_get(run, "artifacts"), 0), "description"), "text"),
	    "standard input");
	/* The other finding keeps its file's URI. */
	assert_string_equal(sarif_uri_of(json_array_get(json_object_get(
	    json_array_get(json_object_get(run, "results"), 1), "locations"),
	    0)), d[1].loc.file);
	json_decref(doc);
	free(text);
	/* Without stdin_name (--stdin-filename), no artifacts. */
	text = render_with(wl_report_sarif, &d[1], 1, &info);
	assert_null(strstr(text, "\"artifacts\""));
	free(text);
}

static void
test_github(void **state)
{
	char *out = render(wl_report_github, diags, NDIAGS);

	(void)state;
	assert_string_equal(out,
	    "::error file=tutorial/envoyfilter.yaml,line=13,col=25,"
	    "endLine=13,endColumn=33,title=WL2101 proxy-version-mismatch::"
	    "proxyVersion `^1\\.11.*` does not match sidecar 1.12.2"
	    "%0Anote: cases/pv/deployment.yaml:20:38: sidecar version 1.12.2 "
	    "from sidecar.istio.io/proxyImage"
	    "%0Ahelp: proxyVersion `^1\\.12.*` matches every patch release\n"
	    "::error file=my plugins/http-headers.wasm,line=1,col=1,"
	    "endLine=1,endColumn=1,title=WL1003 wasm-malformed::"
	    "not a valid wasm module (at byte 0xa)\n"
	    "::warning file=cases/a b%2Cc%3Ad/\xc3\xbc.yaml,line=3,endLine=5,"
	    "title=WL2301 selector-no-match::"
	    "say \"hi\" <b> & 'x' 100%25%0Anext line%0D,a:b \xc3\xa9\n"
	    "::notice file=tutorial/envoyfilter.yaml,line=38,col=3,endLine=38,"
	    "endColumn=3,title=WL2302 selector-target-absent::no workload\n");
	free(out);
}

static void
test_concise(void **state)
{
	char *out = render(wl_report_concise, diags + 1, 3);

	(void)state;
	assert_string_equal(out,
	    "my plugins/http-headers.wasm:1:1: error: not a valid wasm module "
	    "(at byte 0xa) [WL1003 wasm-malformed]\n"
	    "cases/a b,c:d/\xc3\xbc.yaml:3:1: warning: say \"hi\" <b> & 'x' "
	    "100%\\nnext line\\r,a:b \xc3\xa9 [WL2301 selector-no-match]\n"
	    "tutorial/envoyfilter.yaml:38:3: info: no workload "
	    "[WL2302 selector-target-absent]\n");
	free(out);
}

static char *
escaped(const char *s, bool attr)
{
	char	*buf = NULL;
	size_t	 len = 0;
	FILE	*fp = open_memstream(&buf, &len);

	assert_non_null(fp);
	wl_xml_escape(fp, s, attr);
	fclose(fp);
	return buf;
}

static void
test_xml_escape(void **state)
{
	static const char in[] = "a&b<c>d\"e'f\tg\nh\ri\x01j\x7fk\xc3\xa9l"
	    "\xef\xbf\xbe\xffm\xf0\x9f\x98\x80";
	char *out;

	(void)state;
	out = escaped(in, true);
	assert_string_equal(out, "a&amp;b&lt;c&gt;d&quot;e&apos;f&#9;g&#10;h"
	    "&#13;i\xef\xbf\xbdj\x7fk\xc3\xa9l\xef\xbf\xbd\xef\xbf\xbdm"
	    "\xf0\x9f\x98\x80");
	free(out);
	out = escaped(in, false);
	assert_string_equal(out, "a&amp;b&lt;c&gt;d&quot;e&apos;f\tg\nh"
	    "&#13;i\xef\xbf\xbdj\x7fk\xc3\xa9l\xef\xbf\xbd\xef\xbf\xbdm"
	    "\xf0\x9f\x98\x80");
	free(out);
}

static void
test_junit(void **state)
{
	char *out = render(wl_report_junit, diags, NDIAGS);

	(void)state;
	assert_string_equal(out,
	    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<testsuites name=\"wasmlint\" tests=\"4\" failures=\"4\" "
	    "errors=\"0\">\n"
	    "  <testsuite name=\"cases/a b,c:d/\xc3\xbc.yaml\" tests=\"1\" "
	    "failures=\"1\" errors=\"0\">\n"
	    "    <testcase name=\"WL2301 selector-no-match at 3:1\" "
	    "classname=\"cases/a b,c:d/\xc3\xbc.yaml\">\n"
	    "      <failure message=\"say &quot;hi&quot; &lt;b&gt; &amp; "
	    "&apos;x&apos; 100%&#10;next line&#13;,a:b \xc3\xa9\" "
	    "type=\"warning\">cases/a b,c:d/\xc3\xbc.yaml:3:1: warning: say "
	    "&quot;hi&quot; &lt;b&gt; &amp; &apos;x&apos; 100%\nnext line"
	    "&#13;,a:b \xc3\xa9 [WL2301 selector-no-match]</failure>\n"
	    "    </testcase>\n"
	    "  </testsuite>\n"
	    "  <testsuite name=\"my plugins/http-headers.wasm\" tests=\"1\" "
	    "failures=\"1\" errors=\"0\">\n"
	    "    <testcase name=\"WL1003 wasm-malformed at 1:1\" "
	    "classname=\"my plugins/http-headers.wasm\">\n"
	    "      <failure message=\"not a valid wasm module (at byte 0xa)\" "
	    "type=\"error\">my plugins/http-headers.wasm:1:1: error: not a "
	    "valid wasm module (at byte 0xa) [WL1003 wasm-malformed]"
	    "</failure>\n"
	    "    </testcase>\n"
	    "  </testsuite>\n"
	    "  <testsuite name=\"tutorial/envoyfilter.yaml\" tests=\"2\" "
	    "failures=\"2\" errors=\"0\">\n"
	    "    <testcase name=\"WL2101 proxy-version-mismatch at 13:25\" "
	    "classname=\"tutorial/envoyfilter.yaml\">\n"
	    "      <failure message=\"proxyVersion `^1\\.11.*` does not match "
	    "sidecar 1.12.2\" type=\"error\">tutorial/envoyfilter.yaml:13:25: "
	    "error: proxyVersion `^1\\.11.*` does not match sidecar 1.12.2 "
	    "[WL2101 proxy-version-mismatch]\n"
	    "cases/pv/deployment.yaml:20:38: note: sidecar version 1.12.2 "
	    "from sidecar.istio.io/proxyImage\n"
	    "help: proxyVersion `^1\\.12.*` matches every patch release"
	    "</failure>\n"
	    "    </testcase>\n"
	    "    <testcase name=\"WL2302 selector-target-absent at 38:3\" "
	    "classname=\"tutorial/envoyfilter.yaml\">\n"
	    "      <failure message=\"no workload\" type=\"info\">"
	    "tutorial/envoyfilter.yaml:38:3: info: no workload "
	    "[WL2302 selector-target-absent]</failure>\n"
	    "    </testcase>\n"
	    "  </testsuite>\n"
	    "</testsuites>\n");
	free(out);
	out = render(wl_report_junit, NULL, 0);
	assert_string_equal(out,
	    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<testsuites name=\"wasmlint\" tests=\"0\" failures=\"0\" "
	    "errors=\"0\">\n"
	    "</testsuites>\n");
	free(out);
}

static void
test_checkstyle(void **state)
{
	char *out = render(wl_report_checkstyle, diags, NDIAGS);

	(void)state;
	assert_string_equal(out,
	    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<checkstyle version=\"4.3\">\n"
	    "  <file name=\"cases/a b,c:d/\xc3\xbc.yaml\">\n"
	    "    <error line=\"3\" column=\"1\" severity=\"warning\" "
	    "message=\"say &quot;hi&quot; &lt;b&gt; &amp; &apos;x&apos; "
	    "100%&#10;next line&#13;,a:b \xc3\xa9\" "
	    "source=\"wasmlint.WL2301\"/>\n"
	    "  </file>\n"
	    "  <file name=\"my plugins/http-headers.wasm\">\n"
	    "    <error line=\"1\" column=\"1\" severity=\"error\" "
	    "message=\"not a valid wasm module (at byte 0xa)\" "
	    "source=\"wasmlint.WL1003\"/>\n"
	    "  </file>\n"
	    "  <file name=\"tutorial/envoyfilter.yaml\">\n"
	    "    <error line=\"13\" column=\"25\" severity=\"error\" "
	    "message=\"proxyVersion `^1\\.11.*` does not match sidecar "
	    "1.12.2\" source=\"wasmlint.WL2101\"/>\n"
	    "    <error line=\"38\" column=\"3\" severity=\"info\" "
	    "message=\"no workload\" source=\"wasmlint.WL2302\"/>\n"
	    "  </file>\n"
	    "</checkstyle>\n");
	free(out);
	out = render(wl_report_checkstyle, NULL, 0);
	assert_string_equal(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<checkstyle version=\"4.3\">\n</checkstyle>\n");
	free(out);
}

static void
test_fingerprint(void **state)
{
	struct wl_diag	d = diags[0];
	char		a[WL_FINGERPRINT_LEN + 1], b[WL_FINGERPRINT_LEN + 1];
	size_t		i;

	(void)state;
	wl_fingerprint(&d, a);
	assert_int_equal(strlen(a), WL_FINGERPRINT_LEN);
	for (i = 0; i < WL_FINGERPRINT_LEN; i++)
		assert_non_null(strchr("0123456789abcdef", a[i]));
	/* Pinned: a baseline or code scanning alert keeps its id across releases. */
	assert_string_equal(a, FINGERPRINT_0);

	/* The position does not count. */
	d.loc.line += 7;
	d.loc.end_line += 7;
	d.loc.col = 1;
	d.loc.offset = 9999;
	d.related = NULL;
	d.nrelated = 0;
	d.hint = NULL;
	wl_fingerprint(&d, b);
	assert_string_equal(a, b);

	/* The message, file, rule and object do. */
	d.message = "proxyVersion `^1\\.10.*` does not match sidecar 1.12.2";
	wl_fingerprint(&d, b);
	assert_string_not_equal(a, b);
	d = diags[0];
	d.loc.file = "other/envoyfilter.yaml";
	wl_fingerprint(&d, b);
	assert_string_not_equal(a, b);
	d = diags[0];
	d.rule_id = "WL2102";
	wl_fingerprint(&d, b);
	assert_string_not_equal(a, b);
	d = diags[0];
	d.object.ns = "prod";
	wl_fingerprint(&d, b);
	assert_string_not_equal(a, b);
	/* A missing field differs from an empty one. */
	d = diags[0];
	d.object.ns = NULL;
	wl_fingerprint(&d, a);
	d.object.ns = "";
	wl_fingerprint(&d, b);
	assert_string_not_equal(a, b);
}

static void
test_format_table(void **state)
{
	static const char *const names[] = { "text", "concise", "json",
		"sarif", "github", "junit", "checkstyle" };
	const struct wl_format *f;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		f = wl_format_find(names[i]);
		assert_non_null(f);
		assert_non_null(f->render);
		assert_true(strlen(f->summary) > 0);
	}
	assert_null(wl_format_find("xml"));
	assert_ptr_equal(wl_format_find("sarif")->render, wl_report_sarif);
}

/* Writes len bytes of text to a new file in dir and returns its path (malloc'd). */
static char *
write_file(const char *dir, const char *name, const char *text, size_t len)
{
	size_t	 n = strlen(dir) + strlen(name) + 2;
	char	*path = malloc(n);
	FILE	*fp;

	assert_non_null(path);
	snprintf(path, n, "%s/%s", dir, name);
	assert_non_null(fp = fopen(path, "wb"));
	assert_int_equal(fwrite(text, 1, len, fp), len);
	assert_int_equal(fclose(fp), 0);
	return path;
}

/*
 * Source lines read back: a line past the first 64 KiB read (the rest is
 * read too), CRLF trimmed, nothing past the end, earlier lines after later
 * ones, nothing from a binary file or a missing one, and the preloaded
 * text of a name that cannot be re-read.
 */
static void
test_source_lines(void **state)
{
	char			 dir[] = "/tmp/wl-source-XXXXXX";
	const size_t		 filler = 70 * 1000;
	char			*text = malloc(filler + 64), *big, *bin, *missing;
	struct wl_source	*s = wl_source_new();
	const char		*line;
	size_t			 len = 0, n;

	(void)state;
	assert_non_null(text);
	assert_non_null(mkdtemp(dir));
	memset(text, 'x', filler);
	for (n = 99; n < filler; n += 100)
		text[n] = '\n';	/* 700 lines of 99 x */
	n = filler + (size_t)sprintf(text + filler, "last: line\r\ntail");
	big = write_file(dir, "big.yaml", text, n);
	bin = write_file(dir, "module.wasm", "\0asm\1\0\0\0\nkind: x\n", 17);
	missing = write_file(dir, "gone.yaml", "a: b\n", 5);
	assert_int_equal(unlink(missing), 0);

	line = wl_source_line(s, big, 701, &len);
	assert_non_null(line);
	assert_int_equal(len, strlen("last: line"));
	assert_memory_equal(line, "last: line", len);
	line = wl_source_line(s, big, 702, &len);
	assert_non_null(line);
	assert_int_equal(len, 4);
	assert_memory_equal(line, "tail", 4);
	assert_null(wl_source_line(s, big, 703, &len));
	line = wl_source_line(s, big, 2, &len);	/* back again */
	assert_non_null(line);
	assert_int_equal(len, 99);
	assert_ptr_equal(line, wl_source_line(s, big, 1, &len) + 100);
	line = wl_source_line(s, big, 701, &len);
	assert_non_null(line);
	assert_memory_equal(line, "last: line", len);
	assert_null(wl_source_line(s, bin, 2, &len));
	assert_null(wl_source_line(s, missing, 1, &len));
	wl_source_preload(s, "<stdin>", "kind: Pod\nspec: {}\n", 19);
	line = wl_source_line(s, "<stdin>", 2, &len);
	assert_non_null(line);
	assert_int_equal(len, 8);
	assert_memory_equal(line, "spec: {}", 8);
	wl_source_preload(s, "<module>", "\0asm\1\0\0\0\nkind: x\n", 17);
	assert_null(wl_source_line(s, "<module>", 2, &len));

	wl_source_free(s);
	assert_int_equal(unlink(big), 0);
	assert_int_equal(unlink(bin), 0);
	assert_int_equal(rmdir(dir), 0);
	free(big);
	free(bin);
	free(missing);
	free(text);
}

/* Element i of test_json_streamed's arrays: nested values, and strings with line breaks. */
static json_t *
streamed_element(size_t i, void *ctx)
{
	(void)ctx;
	if (i == 1)
		return json_string("two\nlines, \"quoted\"");
	return json_pack("{s:i, s:[i, {s:s}, []], s:{}, s:s}", "i", (int)i,
	    "nested", 1, "deep", "a\nb", "empty", "text", "x: [\n  y");
}

/* doc rendered by wl_json_write_streamed, with its array where the placeholder stands (malloc'd). */
static char *
write_streamed(json_t *doc, json_t *placeholder, size_t n)
{
	char	*buf = NULL;
	size_t	 len = 0;
	FILE	*fp = open_memstream(&buf, &len);

	assert_non_null(fp);
	wl_json_write_streamed(fp, doc, placeholder, n, streamed_element, NULL);
	assert_int_equal(fclose(fp), 0);
	return buf;
}

/* The same doc filled in and written whole (malloc'd). */
static char *
write_whole(json_t *doc)
{
	char	*buf = NULL;
	size_t	 len = 0;
	FILE	*fp = open_memstream(&buf, &len);

	assert_non_null(fp);
	wl_json_write(fp, doc);
	assert_int_equal(fclose(fp), 0);
	return buf;
}

/*
 * A streamed array is written byte for byte as jansson writes the whole
 * document: empty, one element, several; as a member of an object in an
 * array in an object (SARIF's runs[0].results) and of the top object
 * (JSON's findings), with members after it.
 */
static void
test_json_streamed(void **state)
{
	static const size_t	 counts[] = { 0, 1, 3 };
	json_t			*doc, *ph, *run, *arr;
	char			*streamed, *whole;
	size_t			 c, i, nested;

	(void)state;
	wl_json_begin();
	for (nested = 0; nested < 2; nested++)
		for (c = 0; c < sizeof counts / sizeof *counts; c++) {
			ph = wl_json_placeholder();
			run = json_pack("{s:s, s:o, s:i}", "before", "b\nb",
			    "results", ph, "after", 7);
			doc = nested ? json_pack("{s:s, s:[o]}", "v", "2",
			    "runs", run) : run;
			streamed = write_streamed(doc, ph, counts[c]);
			arr = json_array();
			for (i = 0; i < counts[c]; i++)
				json_array_append_new(arr,
				    streamed_element(i, NULL));
			run = json_pack("{s:s, s:o, s:i}", "before", "b\nb",
			    "results", arr, "after", 7);
			doc = nested ? json_pack("{s:s, s:[o]}", "v", "2",
			    "runs", run) : run;
			whole = write_whole(doc);
			assert_string_equal(streamed, whole);
			free(streamed);
			free(whole);
		}
}

/* The renderer test_chunked uses: a line per finding, naming the thread it was written on. */
static pthread_t	chunked_caller;
static size_t		chunked_on_helper;

static void
render_lines(FILE *out, const struct wl_diag *d, size_t n,
    const struct wl_report_info *how)
{
	size_t i;

	(void)how;
	if (!pthread_equal(pthread_self(), chunked_caller))
		chunked_on_helper += n;
	for (i = 0; i < n; i++)
		fprintf(out, "%s:%u\n", d[i].message, d[i].loc.line);
}

static char *
render_chunked(const struct wl_diag *d, size_t n, unsigned jobs)
{
	struct wl_report_info	 how = { .jobs = jobs };
	char			*buf = NULL;
	size_t			 len = 0;
	FILE			*fp = open_memstream(&buf, &len);

	assert_non_null(fp);
	how.source = wl_source_new();
	wl_report_chunked(fp, d, n, &how, render_lines);
	wl_source_free(how.source);
	assert_int_equal(fclose(fp), 0);
	return buf;
}

/*
 * Findings rendered in chunks on two threads come out as on one, in order,
 * for counts around the chunk size; with enough of them, some were
 * rendered on the second thread, and with one job none.
 */
static void
test_chunked(void **state)
{
	static const size_t	 counts[] = { 0, 1, 512, 513, 1024, 1025, 2600 };
	struct wl_diag		*d = calloc(2600, sizeof *d);
	char			*serial, *chunked;
	size_t			 c, i;

	(void)state;
	assert_non_null(d);
	for (i = 0; i < 2600; i++) {
		d[i].message = i % 3 == 0 ? "a" : "bb";
		d[i].loc.line = (unsigned)i;
	}
	chunked_caller = pthread_self();
	for (c = 0; c < sizeof counts / sizeof *counts; c++) {
		chunked_on_helper = 0;
		serial = render_chunked(d, counts[c], 1);
		assert_int_equal(chunked_on_helper, 0);
		chunked = render_chunked(d, counts[c], 2);
		assert_string_equal(serial, chunked);
		if (counts[c] > 512)
			assert_true(chunked_on_helper >= 1);
		free(serial);
		free(chunked);
	}
	free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_json_document),
		cmocka_unit_test(test_json_empty_and_invalid_utf8),
		cmocka_unit_test(test_utf8_next),
		cmocka_unit_test(test_sarif_driver),
		cmocka_unit_test(test_sarif_results),
		cmocka_unit_test(test_sarif_uri_encoding),
		cmocka_unit_test(test_sarif_stdin),
		cmocka_unit_test(test_github),
		cmocka_unit_test(test_concise),
		cmocka_unit_test(test_xml_escape),
		cmocka_unit_test(test_junit),
		cmocka_unit_test(test_checkstyle),
		cmocka_unit_test(test_fingerprint),
		cmocka_unit_test(test_format_table),
		cmocka_unit_test(test_source_lines),
		cmocka_unit_test(test_json_streamed),
		cmocka_unit_test(test_chunked),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
