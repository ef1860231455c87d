/* test-regex.c - unit tests for the Go RE2 dialect check and PCRE2 matching of proxyVersion regexes. */
#include "test-util.h"

#include <stdint.h>
#include <string.h>

#include "regex/atoms.h"
#include "regex/regex.h"

struct refusal {
	const char	*pattern;
	size_t		 offset;
	const char	*what;		/* a substring of the message */
	bool		 pcre2_ok;	/* PCRE2 alone would accept it */
};

struct vector {
	const char	*pattern;
	const char	*subject;
	bool		 match;
};

static const struct refusal refusals[] = {
	/* Accepted by PCRE2, refused by Go: the reason for the check. */
	{ "(a)\\1", 3, "backreference", true },
	{ "(?<n>a)\\g{n}", 7, "backreference", true },
	{ "(?<n>a)\\k<n>", 7, "named backreference", true },
	{ "(?<n>a)(?P=n)", 7, "named backreference", true },
	{ "a(?=b)", 1, "lookahead", true },
	{ "a(?!b)", 1, "negative lookahead", true },
	{ "(?*a)", 0, "non-atomic lookahead", true },
	{ "(?<=a)b", 0, "lookbehind", true },
	{ "x(?<!a)b", 1, "negative lookbehind", true },
	{ "(?>a)", 0, "atomic group", true },
	{ "a*+", 1, "possessive quantifier", true },
	{ "1\\.1++", 4, "possessive quantifier", true },
	{ "a?+", 1, "possessive quantifier", true },
	{ "ab{2}+", 2, "possessive quantifier", true },
	{ "(?R)", 0, "recursion", true },
	{ "(a)(?1)", 3, "subroutine call", true },
	{ "(?&n)(?<n>a)", 0, "subroutine call", true },
	{ "(?<n>a)(?P>n)", 7, "subroutine call", true },
	{ "(a)(?(1)a|b)", 3, "conditional group", true },
	{ "a(?#x)b", 1, "comment group", true },
	{ "(?x)a b", 0, "inline flag", true },
	{ "(?i)a(?n)b", 5, "inline flag", true },
	{ "(?^)a", 0, "flag reset", true },
	{ "(?i-)a", 0, "flag syntax", true },
	{ "(?|a)", 0, "branch-reset group", true },
	{ "(?'n'a)", 0, "(?P<name>re)", true },
	{ "(?C1)a", 0, "callout", true },
	{ "(*UTF)a", 0, "verb", true },
	{ "a\\Z", 1, "use \\z", true },
	{ "\\Ga", 0, "start-of-match anchor", true },
	{ "a\\hb", 1, "horizontal space", true },
	{ "[a-z]\\V", 5, "vertical space", true },
	{ "\\R", 0, "newline sequence", true },
	{ "\\X", 0, "grapheme", true },
	{ "a\\Kb", 1, "match reset", true },
	{ "\\N", 0, "non-newline", true },
	{ "\\Ca", 0, "single code unit", true },
	{ "\\e", 0, "use \\x1b", true },
	{ "\\cA", 0, "control character", true },
	{ "\\o{101}", 0, "octal", true },
	{ "\\E", 0, "without \\Q", true },
	{ "\\\xc3\xa9", 0, "non-ASCII", true },
	{ "\\x4", 0, "\\xHH", true },
	{ "\\p{L&}", 0, "Unicode class", true },
	{ "\\p{Xan}", 0, "Unicode class", true },
	{ "a{1001}", 1, "over 1000", true },
	{ "a{2,1001}", 1, "over 1000", true },
	{ "(?:a{10}){101}", 9, "multiply", true },
	{ "(a{500,}){3}", 9, "multiply", true },
	{ "[\\b]", 1, "backspace", true },
	{ "[\\Qa\\E]", 1, "character class", true },
	{ "[\\1]", 1, "backreference", true },
	/* Class contents and \Q...\E are skipped; scanning resumes after. */
	{ "([]])\\1", 5, "backreference", true },
	{ "[^](?=]\\Z", 7, "use \\z", true },
	{ "[[:alpha:]](?=x)", 11, "lookahead", true },
	{ "\\Q(?=\\E(?=a)", 7, "lookahead", true },
	/* Refused by both; the check still says where. */
	{ "\\i", 0, "unknown escape", false },
	{ "\\y", 0, "unknown escape", false },
	{ "a\\9", 1, "backreference", false },
	{ "a**", 1, "nested repetition", false },
	{ "a{2}{3}", 1, "nested repetition", false },
	{ "*a", 0, "missing argument", false },
	{ "a|*", 2, "missing argument", false },
	{ "[[:foo:]]", 1, "POSIX class", false },
	{ "a\\", 1, "trailing backslash", false },
	{ "x[a", 1, "missing closing ]", false },
	{ "((a)", 0, "missing closing )", false },
	{ "a)", 1, "unexpected )", false },
	{ "(?P<a-b>x)", 0, "named capture", false },
};

static const char *const accepted[] = {
	"^1\\.11.*", "1\\.(1[0-9]|2[0-4])\\..*", "(?i)foo", "(?P<v>1\\.1\\d)",
	"[[:digit:]]+", "\\Q1.11\\E", "a{2,5}", "[\\d.]+", "\\pL",
	"(?<v>1\\.1\\d)", "(?P<a>x)|(?P<a>y)", "\\A1\\.1\\d\\z", "(?i:A)(?-i)b",
	"(?sU)a.*b", "(?)a", "[]a]", "[^]a]", "[[:^alpha:][:word:]]", "[(?=*+]",
	"a{1000}", "a{0,1000}?", "(?:a{10}){100}", "(?:(?:a{1000}){0}){2}",
	"a*?b+?c??d{2}?", "a{,5}", "x{", "\\x41\\x{1F600}", "\\012\\0", "\\12",
	"[\\d\\-.]", "\\p{Greek}\\P{^L}", "\\Qa*+(?=\\E", "\\b1\\B",
	"\\.\\_\\-", "\xc3\xa9+",
};

/* Istio's TestEnvoyFilterMatch vectors, plus Go's $ (end of text only). */
static const struct vector vectors[] = {
	{ "^1\\.19.*", "1.19", true },
	{ "^1\\.19.*", "1.19.0", true },
	{ "^1\\.19.*", "1.19-dev.foo", true },
	{ "^1\\.19.*", "1.5", false },
	{ "^1\\.19.*", "11.19", false },
	{ "^1\\.19.*", "foo1.19", false },
	{ "1\\.19.*", "1.19", true },
	{ "1\\.19.*", "1.19.0", true },
	{ "1\\.19.*", "1.19-dev.foo", true },
	{ "1\\.19.*", "1.5", false },
	{ "1\\.19.*", "11.19", true },
	{ "1\\.19.*", "foo1.19", true },
	{ "foobar", "foobar", true },
	{ "foobar", "1.19-foobar.1", true },
	{ "foobar", "1.19", false },
	{ "foobar", "fooba", false },
	{ "^1\\.19$", "1.19\n", false },
	{ "(?m)^1\\.19$", "1.19\n", true },
};

static void
refused_constructs(void **state)
{
	struct wl_regex_error	 err;
	struct wl_regex		*re;
	size_t			 k;

	(void)state;
	for (k = 0; k < sizeof refusals / sizeof refusals[0]; k++) {
		const struct refusal *r = &refusals[k];

		err.offset = SIZE_MAX;
		err.message[0] = '\0';
		if (wl_regex_check_re2(r->pattern, strlen(r->pattern), &err))
			fail_msg("%s: accepted", r->pattern);
		if (err.offset != r->offset ||
		    strstr(err.message, r->what) == NULL)
			fail_msg("%s: got %zu \"%s\", want %zu \"%s\"",
			    r->pattern, err.offset, err.message, r->offset,
			    r->what);
		re = wl_regex_compile(r->pattern, strlen(r->pattern), &err);
		if ((re != NULL) != r->pcre2_ok)
			fail_msg("%s: PCRE2 %s it", r->pattern,
			    re != NULL ? "accepts" : "refuses");
		wl_regex_free(re);
	}
}

static void
accepted_patterns(void **state)
{
	struct wl_regex_error	 err;
	struct wl_regex		*re;
	size_t			 k;

	(void)state;
	for (k = 0; k < sizeof accepted / sizeof accepted[0]; k++) {
		if (!wl_regex_check_re2(accepted[k], strlen(accepted[k]), &err))
			fail_msg("%s: refused at %zu: %s", accepted[k],
			    err.offset, err.message);
		re = wl_regex_compile(accepted[k], strlen(accepted[k]), &err);
		if (re == NULL)
			fail_msg("%s: PCRE2 refused at %zu: %s", accepted[k],
			    err.offset, err.message);
		wl_regex_free(re);
	}
}

static void
istio_match_vectors(void **state)
{
	struct wl_regex_error	 err;
	struct wl_regex		*re;
	size_t			 k;

	(void)state;
	for (k = 0; k < sizeof vectors / sizeof vectors[0]; k++) {
		const struct vector *v = &vectors[k];

		re = wl_regex_compile(v->pattern, strlen(v->pattern), &err);
		assert_non_null(re);
		if (wl_regex_search(re, v->subject, strlen(v->subject)) !=
		    v->match)
			fail_msg("%s on \"%s\": want %s", v->pattern,
			    v->subject, v->match ? "match" : "no match");
		wl_regex_free(re);
	}
}

static void
lengths_are_respected(void **state)
{
	struct wl_regex_error	 err;
	struct wl_regex		*re;

	(void)state;
	assert_true(wl_regex_check_re2("a(?=b)", 1, &err));
	re = wl_regex_compile("^1\\.19$junk", 7, &err);
	assert_non_null(re);
	assert_true(wl_regex_search(re, "1.19", 4));
	assert_false(wl_regex_search(re, "1.19.0", 3));
	wl_regex_free(re);
}

static void
pcre2_compile_errors(void **state)
{
	struct wl_regex_error	err = { "", SIZE_MAX };

	(void)state;
	assert_null(wl_regex_compile("(", 1, &err));
	assert_int_equal(err.offset, 1);
	assert_non_null(strstr(err.message, "missing closing parenthesis"));

	/* Invalid UTF-8 is left to PCRE2. */
	err.offset = SIZE_MAX;
	err.message[0] = '\0';
	assert_true(wl_regex_check_re2("a\xff", 2, &err));
	assert_null(wl_regex_compile("a\xff", 2, &err));
	assert_int_equal(err.offset, 1);
	assert_non_null(strstr(err.message, "UTF-8"));
}

/* The top level of a pattern as atoms: kinds, offsets, repeats; groups and classes whole. */
static void
atoms_of_patterns(void **state)
{
	struct wl_atom	v[16];
	size_t		n;

	(void)state;
	n = wl_regex_atoms("^1\\.8\\.*", v, 16);
	assert_int_equal(n, 5);
	assert_int_equal(v[0].kind, WL_ATOM_ANCHOR);
	assert_int_equal(v[2].kind, WL_ATOM_CHAR);
	assert_int_equal(v[2].ch, '.');
	assert_int_equal(v[2].len, 2);
	assert_int_equal(v[4].at, 5);
	assert_int_equal(v[4].rep_len, 1);
	assert_int_equal(v[4].min, 0);
	assert_int_equal(v[4].max, -1);

	n = wl_regex_atoms("1.1[0-9](a|b)[.]{2,3}?\\d|x", v, 16);
	assert_int_equal(n, 9);
	assert_int_equal(v[1].kind, WL_ATOM_ANY);
	assert_true(wl_atom_is_digit(&v[3]));
	assert_int_equal(v[4].kind, WL_ATOM_OTHER);
	assert_int_equal(v[4].len, 5);
	assert_int_equal(v[5].kind, WL_ATOM_OTHER);
	assert_int_equal(v[5].min, 2);
	assert_int_equal(v[5].max, 3);
	assert_int_equal(v[5].rep_len, 6);
	assert_true(wl_atom_is_digit(&v[6]));
	assert_int_equal(v[7].kind, WL_ATOM_ALT);

	/* A brace that is no repeat is a literal; too many atoms is 0. */
	n = wl_regex_atoms("a{x", v, 16);
	assert_int_equal(n, 3);
	assert_int_equal(v[1].kind, WL_ATOM_CHAR);
	assert_int_equal(v[1].rep_len, 0);
	assert_int_equal(wl_regex_atoms("12345", v, 4), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(refused_constructs),
		cmocka_unit_test(accepted_patterns),
		cmocka_unit_test(istio_match_vectors),
		cmocka_unit_test(lengths_are_respected),
		cmocka_unit_test(pcre2_compile_errors),
		cmocka_unit_test(atoms_of_patterns),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
