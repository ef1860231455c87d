/* re2-dialect.c - refusing regex syntax that PCRE2 accepts and Go's regexp (RE2) rejects. */
/*
 * Istio compiles match.proxy.proxyVersion with Go's regexp.Compile, that is
 * regexp/syntax.Parse with the Perl flags. The rules below follow Go's
 * src/regexp/syntax/parse.go (parse, parsePerlFlags, parseEscape,
 * parseUnicodeClass, parseClass, parseNamedClass, parseRepeat, repeat,
 * repeatIsValid, maxRepeat), src/regexp/syntax/perl_groups.go (posixGroup)
 * and the syntax list in src/regexp/syntax/doc.go
 * (https://pkg.go.dev/regexp/syntax), as of Go 1.22, which added (?<name>re).
 *
 * This is a scanner, not a parser: it refuses the constructs Go refuses and
 * leaves the rest of the syntax checking (unbalanced ranges, invalid UTF-8,
 * unknown Unicode scripts) to PCRE2, which refuses those too.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "regex/regex.h"

#define NOGO		" is not supported by Go regexp"
#define RE2_MAX_REPEAT	1000	/* maxRepeat in parse.go */
#define RE2_MAX_DEPTH	1000	/* open groups this scanner tracks */
#define RE2_SHOWN	24	/* bytes of the construct quoted in a message */

struct re2_group {
	size_t		open;	/* offset of its '(' */
	unsigned long	req;	/* repeat budget its content needs */
};

struct re2_scan {
	const char		*s;
	size_t			 len;
	size_t			 i;
	struct wl_regex_error	*err;
	bool			 atom;		/* something to repeat */
	bool			 after_quant;	/* last token: a repeat */
	bool			 quant_lazy;	/* ... ending in '?' */
	size_t			 quant_at;
	unsigned long		 last_req;	/* budget of the last item */
	size_t			 depth;
	struct re2_group	 groups[RE2_MAX_DEPTH];
};

struct re2_repeat {
	size_t	at, end;
	long	min, max;	/* max -1: no upper bound */
	bool	counted;	/* {n,m} rather than * + ? */
};

struct re2_refusal {
	const char	*text;	/* a prefix, or the escape letters it covers */
	const char	*why;
};

/* What follows "(?" (or "(*") and names something Go lacks. */
static const struct re2_refusal group_refusals[] = {
	{ "(?<=", "lookbehind" NOGO },
	{ "(?<!", "negative lookbehind" NOGO },
	{ "(?=", "lookahead" NOGO },
	{ "(?!", "negative lookahead" NOGO },
	{ "(?*", "non-atomic lookahead" NOGO },
	{ "(?>", "atomic group" NOGO },
	{ "(?|", "branch-reset group" NOGO },
	{ "(?#", "comment group" NOGO },
	{ "(?(", "conditional group" NOGO },
	{ "(?R", "recursion" NOGO },
	{ "(?&", "subroutine call" NOGO },
	{ "(?P>", "subroutine call" NOGO },
	{ "(?+", "subroutine call" NOGO },
	{ "(?P=", "named backreference" NOGO },
	{ "(?'", "named group written (?'name')" NOGO "; use (?P<name>re)" },
	{ "(?C", "callout" NOGO },
	{ "(?^", "flag reset (?^)" NOGO },
	{ "(*", "backtracking verb or (*...) option" NOGO },
};

/* Letters after '\' that Go refuses, with the reason. */
static const struct re2_refusal escape_refusals[] = {
	{ "123456789", "backreference (or octal escape without a leading 0)"
	    NOGO },
	{ "g", "backreference or subroutine call" NOGO },
	{ "k", "named backreference" NOGO },
	{ "Z", "anchor before a final newline" NOGO "; use \\z" },
	{ "G", "start-of-match anchor" NOGO },
	{ "K", "match reset" NOGO },
	{ "hH", "horizontal space class" NOGO },
	{ "V", "vertical space class" NOGO },
	{ "R", "newline sequence" NOGO },
	{ "X", "extended grapheme cluster" NOGO },
	{ "N", "non-newline class" NOGO },
	{ "C", "single code unit" NOGO },
	{ "e", "escape character" NOGO "; use \\x1b" },
	{ "c", "control character escape" NOGO "; use \\xHH" },
	{ "o", "braced octal escape" NOGO "; use \\x{...}" },
	{ "E", "\\E without \\Q" NOGO },
	{ "uUlL", "case-changing escape" NOGO },
	{ "b", "backspace in a character class" NOGO "; use \\x08" },
	{ "ABzQ", "this escape in a character class" NOGO },
};

/* Go's posixGroup names, each also accepted negated as [:^name:]. */
static const char *const posix_classes[] = {
	"alnum", "alpha", "ascii", "blank", "cntrl", "digit", "graph",
	"lower", "print", "punct", "space", "upper", "word", "xdigit",
};

/* PCRE2's own properties, unknown to Go's unicode tables. */
static const char *const pcre2_properties[] = {
	"Xan", "Xps", "Xsp", "Xuc", "Xwd",
};

static bool
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static bool
is_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool
is_alnum(unsigned char c)
{
	return is_digit(c) || is_alpha(c);
}

static bool
is_continuation(unsigned char c)
{
	return (c & 0xc0) == 0x80;
}

static int
hex_value(unsigned char c)
{
	if (is_digit(c))
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static bool
in_set(const char *set, unsigned char c)
{
	return c != '\0' && strchr(set, c) != NULL;
}

static bool
has_prefix(const struct re2_scan *sc, size_t at, const char *prefix)
{
	size_t	n = strlen(prefix);

	return sc->len - at >= n && memcmp(sc->s + at, prefix, n) == 0;
}

static bool
in_list(const char *const *list, size_t count, const char *s, size_t n)
{
	size_t	k;

	for (k = 0; k < count; k++)
		if (strlen(list[k]) == n && memcmp(list[k], s, n) == 0)
			return true;
	return false;
}

/* Offset of the first occurrence of needle at or after from, or len. */
static size_t
find(const struct re2_scan *sc, size_t from, const char *needle)
{
	for (; from < sc->len; from++)
		if (has_prefix(sc, from, needle))
			return from;
	return sc->len;
}

/* Fills err with the construct at at (n bytes, whole characters) and why. */
static bool
refuse(struct re2_scan *sc, size_t at, size_t n, const char *why)
{
	if (n > sc->len - at)
		n = sc->len - at;
	if (n > RE2_SHOWN) {
		n = RE2_SHOWN;
		while (n > 0 && is_continuation(sc->s[at + n]))
			n--;
	} else {
		while (at + n < sc->len && is_continuation(sc->s[at + n]))
			n++;
	}
	snprintf(sc->err->message, sizeof sc->err->message, "%.*s: %s",
	    (int)n, sc->s + at, why);
	sc->err->offset = at;
	return false;
}

/* Folds the last item's budget into its group's before the next item. */
static void
commit(struct re2_scan *sc)
{
	struct re2_group	*g = &sc->groups[sc->depth - 1];

	if (sc->last_req > g->req)
		g->req = sc->last_req;
	sc->last_req = 0;
}

/* A single item (literal, class, escape) of n bytes. */
static bool
atom(struct re2_scan *sc, size_t n)
{
	commit(sc);
	sc->atom = true;
	sc->last_req = 1;
	sc->i += n;
	return true;
}

static bool
count_in_range(struct re2_scan *sc, const struct re2_repeat *r)
{
	if (r->min > RE2_MAX_REPEAT || r->max > RE2_MAX_REPEAT)
		return refuse(sc, r->at, r->end - r->at,
		    "repeat count over 1000" NOGO);
	if (r->max >= 0 && r->min > r->max)
		return refuse(sc, r->at, r->end - r->at,
		    "repeat minimum greater than maximum");
	return true;
}

/* repeatIsValid: nested counted repeats may not multiply beyond 1000. */
static bool
within_budget(struct re2_scan *sc, const struct re2_repeat *r)
{
	unsigned long	factor = (unsigned long)(r->max < 0 ? r->min : r->max);

	if (r->max == 0)
		sc->last_req = 1;
	else if (factor > 1)
		sc->last_req *= factor;
	if ((r->min >= 2 || r->max >= 2) && sc->last_req > RE2_MAX_REPEAT)
		return refuse(sc, r->at, r->end - r->at,
		    "nested repeat counts multiply to over 1000,"
		    " which Go regexp refuses");
	return true;
}

static bool
repeat(struct re2_scan *sc, const struct re2_repeat *r)
{
	if (r->counted && !count_in_range(sc, r))
		return false;
	if (sc->after_quant && sc->s[r->at] == '+' && !sc->quant_lazy)
		return refuse(sc, sc->quant_at, r->end - sc->quant_at,
		    "possessive quantifier" NOGO);
	if (sc->after_quant)
		return refuse(sc, sc->quant_at, r->end - sc->quant_at,
		    "nested repetition operator" NOGO "; use a group");
	if (!sc->atom)
		return refuse(sc, r->at, r->end - r->at,
		    "missing argument to repetition operator");
	if (r->counted && !within_budget(sc, r))
		return false;
	sc->quant_at = r->at;
	sc->i = r->end;
	sc->quant_lazy = sc->i < sc->len && sc->s[sc->i] == '?';
	sc->i += sc->quant_lazy;
	sc->after_quant = true;
	return true;
}

/* parseInt: decimal digits without a leading zero, saturating over 1000. */
static bool
parse_count(const struct re2_scan *sc, size_t *j, long *n)
{
	size_t	k = *j;

	if (k >= sc->len || !is_digit(sc->s[k]))
		return false;
	if (sc->s[k] == '0' && k + 1 < sc->len && is_digit(sc->s[k + 1]))
		return false;
	for (*n = 0; k < sc->len && is_digit(sc->s[k]); k++)
		if (*n <= RE2_MAX_REPEAT)
			*n = *n * 10 + (sc->s[k] - '0');
	*j = k;
	return true;
}

/* parseRepeat: {n}, {n,} or {n,m}; anything else makes '{' a literal. */
static bool
parse_repeat(const struct re2_scan *sc, struct re2_repeat *r)
{
	size_t	j = sc->i + 1;

	r->at = sc->i;
	r->counted = true;
	if (!parse_count(sc, &j, &r->min))
		return false;
	r->max = r->min;
	if (j < sc->len && sc->s[j] == ',') {
		r->max = -1;
		j++;
		if (j < sc->len && sc->s[j] != '}' &&
		    !parse_count(sc, &j, &r->max))
			return false;
	}
	if (j >= sc->len || sc->s[j] != '}')
		return false;
	r->end = j + 1;
	return true;
}

static bool
scan_brace(struct re2_scan *sc)
{
	struct re2_repeat	r;

	if (parse_repeat(sc, &r))
		return repeat(sc, &r);
	sc->after_quant = false;
	return atom(sc, 1);
}

static bool
push_group(struct re2_scan *sc, size_t header)
{
	if (sc->depth == RE2_MAX_DEPTH)
		return refuse(sc, sc->i, 1, "groups nested too deeply");
	commit(sc);
	sc->groups[sc->depth].open = sc->i;
	sc->groups[sc->depth].req = 0;
	sc->depth++;
	sc->atom = false;
	sc->i += header;
	return true;
}

static bool
close_group(struct re2_scan *sc)
{
	if (sc->depth == 1)
		return refuse(sc, sc->i, 1, "unexpected ) without (");
	commit(sc);
	sc->depth--;
	sc->last_req = sc->groups[sc->depth].req;
	if (sc->last_req == 0)
		sc->last_req = 1;
	sc->atom = true;
	sc->i++;
	return true;
}

static bool
is_capture_name(const char *s, size_t n)
{
	size_t	k;

	for (k = 0; k < n; k++)
		if (!is_alnum(s[k]) && s[k] != '_')
			return false;
	return n > 0;
}

/* (?P<name>re) or (?<name>re); name is [A-Za-z0-9_]+ up to the first '>'. */
static bool
named_group(struct re2_scan *sc, size_t name)
{
	size_t	end = find(sc, name, ">");

	if (end == sc->len)
		return refuse(sc, sc->i, name - sc->i,
		    "invalid named capture: missing >");
	if (!is_capture_name(sc->s + name, end - name))
		return refuse(sc, sc->i, end + 1 - sc->i,
		    "invalid named capture: the name must be [A-Za-z0-9_]+");
	return push_group(sc, end + 1 - sc->i);
}

/* parsePerlFlags: (?flags) or (?flags:re), flags i m s U with one '-'. */
static bool
flag_group(struct re2_scan *sc)
{
	size_t		j;
	bool		neg = false, saw = false;
	unsigned char	c;

	for (j = sc->i + 2; j < sc->len; j++) {
		c = sc->s[j];
		if (in_set("imsU", c))
			saw = true;
		else if (c == '-' && !neg) {
			neg = true;
			saw = false;
		} else if ((c == ':' || c == ')') && (saw || !neg))
			break;
		else if (is_alpha(c))
			return refuse(sc, sc->i, j + 1 - sc->i, "inline flag"
			    NOGO " (only i, m, s and U are)");
		else
			return refuse(sc, sc->i, j + 1 - sc->i,
			    "invalid group or flag syntax");
	}
	if (j == sc->len)
		return refuse(sc, sc->i, 1, "missing closing )");
	if (sc->s[j] == ':')
		return push_group(sc, j + 1 - sc->i);
	sc->i = j + 1;
	return true;
}

static bool
refused_group(struct re2_scan *sc)
{
	size_t	k, at = sc->i;

	for (k = 0; k < sizeof group_refusals / sizeof group_refusals[0]; k++)
		if (has_prefix(sc, at, group_refusals[k].text))
			return refuse(sc, at, strlen(group_refusals[k].text),
			    group_refusals[k].why);
	if (has_prefix(sc, at, "(?-") && at + 3 < sc->len &&
	    is_digit(sc->s[at + 3]))
		return refuse(sc, at, 4, "subroutine call" NOGO);
	if (has_prefix(sc, at, "(?") && at + 2 < sc->len &&
	    is_digit(sc->s[at + 2]))
		return refuse(sc, at, 3, "recursion or subroutine call" NOGO);
	return true;
}

static bool
open_group(struct re2_scan *sc)
{
	if (!refused_group(sc))
		return false;
	if (!has_prefix(sc, sc->i, "(?"))
		return push_group(sc, 1);
	if (has_prefix(sc, sc->i, "(?P<"))
		return named_group(sc, sc->i + 4);
	if (has_prefix(sc, sc->i, "(?<"))
		return named_group(sc, sc->i + 3);
	return flag_group(sc);
}

/* \xHH with exactly two digits, or \x{H...} up to U+10FFFF. */
static bool
hex_escape(struct re2_scan *sc, size_t at, size_t *n)
{
	size_t		j = at + 2;
	unsigned long	v = 0;

	if (j < sc->len && sc->s[j] == '{') {
		for (j++; j < sc->len && hex_value(sc->s[j]) >= 0 &&
		    v <= 0x10ffff; j++)
			v = v * 16 + (unsigned long)hex_value(sc->s[j]);
		*n = j + 1 - at;
		if (j < sc->len && sc->s[j] == '}' && j > at + 3 &&
		    v <= 0x10ffff)
			return true;
	} else if (j + 1 < sc->len && hex_value(sc->s[j]) >= 0 &&
	    hex_value(sc->s[j + 1]) >= 0) {
		*n = 4;
		return true;
	}
	return refuse(sc, at, 2,
	    "invalid hex escape: Go regexp needs \\xHH or \\x{H...}");
}

/* A Unicode class name: letters, '_', ' ' or '-', after an optional '^'. */
static bool
is_unicode_name(const char *s, size_t n)
{
	size_t	k;

	if (n > 0 && s[0] == '^') {
		s++;
		n--;
	}
	if (n == 0 || in_list(pcre2_properties, sizeof pcre2_properties /
	    sizeof pcre2_properties[0], s, n))
		return false;
	for (k = 0; k < n; k++)
		if (!is_alpha(s[k]) && !in_set("_ -", s[k]))
			return false;
	return true;
}

/* \pL, \PL or \p{Name}; PCRE2 checks that the name exists. */
static bool
unicode_class(struct re2_scan *sc, size_t at, size_t *n)
{
	size_t	end, j = at + 2;

	if (j < sc->len && sc->s[j] == '{') {
		end = find(sc, j, "}");
		*n = end + 1 - at;
		if (end < sc->len &&
		    is_unicode_name(sc->s + j + 1, end - j - 1))
			return true;
	} else if (j < sc->len && in_set("CLMNPSZclmnpsz", sc->s[j])) {
		*n = 3;
		return true;
	} else
		*n = 3;
	return refuse(sc, at, *n, "Unicode class name" NOGO);
}

static bool
refuse_escape(struct re2_scan *sc, size_t at, unsigned char c)
{
	size_t	k;

	for (k = 0; k < sizeof escape_refusals / sizeof escape_refusals[0]; k++)
		if (in_set(escape_refusals[k].text, c))
			return refuse(sc, at, 2, escape_refusals[k].why);
	return refuse(sc, at, 2, "unknown escape sequence" NOGO);
}

/* parseEscape and the Perl and Unicode class escapes; sets its length. */
static bool
escape(struct re2_scan *sc, size_t at, bool in_class, size_t *n)
{
	unsigned char	c;

	if (at + 1 >= sc->len)
		return refuse(sc, at, 1,
		    "trailing backslash at end of expression");
	c = sc->s[at + 1];
	*n = 2;
	if (c >= 0x80)
		return refuse(sc, at, 2, "escaped non-ASCII character" NOGO);
	if (!is_alnum(c) || in_set("afnrtvdDsSwW0", c) ||
	    (!in_class && in_set("AbBz", c)))
		return true;
	if (c == 'x')
		return hex_escape(sc, at, n);
	if (c == 'p' || c == 'P')
		return unicode_class(sc, at, n);
	if (in_set("1234567", c) && at + 2 < sc->len &&
	    in_set("01234567", sc->s[at + 2]))
		return true;
	return refuse_escape(sc, at, c);
}

/* \Q...\E (or to the end): literal text, nothing to repeat when empty. */
static bool
quoted(struct re2_scan *sc)
{
	size_t	start = sc->i + 2, end = find(sc, start, "\\E");

	if (end > start)
		atom(sc, 0);
	sc->i = end == sc->len ? end : end + 2;
	return true;
}

static bool
scan_escape(struct re2_scan *sc)
{
	size_t	n;

	if (has_prefix(sc, sc->i, "\\Q"))
		return quoted(sc);
	return escape(sc, sc->i, false, &n) && atom(sc, n);
}

/* parseNamedClass: [:name:] or [:^name:] when a ":]" follows somewhere. */
static bool
posix_class(struct re2_scan *sc, size_t *j)
{
	size_t	name = *j + 2, end = find(sc, name, ":]");

	if (end == sc->len) {
		(*j)++;
		return true;
	}
	if (name < end && sc->s[name] == '^')
		name++;
	if (!in_list(posix_classes, sizeof posix_classes /
	    sizeof posix_classes[0], sc->s + name, end - name))
		return refuse(sc, *j, end + 2 - *j, "unknown POSIX class name");
	*j = end + 2;
	return true;
}

static bool
class_item(struct re2_scan *sc, size_t *j)
{
	size_t	n;

	if (has_prefix(sc, *j, "[:") && sc->len - *j > 2)
		return posix_class(sc, j);
	if (sc->s[*j] != '\\') {
		(*j)++;
		return true;
	}
	if (!escape(sc, *j, true, &n))
		return false;
	*j += n;
	return true;
}

/* parseClass: a leading ']' (after an optional '^') is a literal. */
static bool
scan_class(struct re2_scan *sc)
{
	size_t	j = sc->i + 1;
	bool	first = true;

	if (j < sc->len && sc->s[j] == '^')
		j++;
	for (; j >= sc->len || sc->s[j] != ']' || first; first = false) {
		if (j >= sc->len)
			return refuse(sc, sc->i, 1, "missing closing ]");
		if (!class_item(sc, &j))
			return false;
	}
	return atom(sc, j + 1 - sc->i);
}

static bool
alternation(struct re2_scan *sc)
{
	commit(sc);
	sc->atom = false;
	sc->i++;
	return true;
}

static bool
scan_token(struct re2_scan *sc)
{
	struct re2_repeat	op = { sc->i, sc->i + 1, 0, 0, false };

	switch (sc->s[sc->i]) {
	case '*':
	case '+':
	case '?':
		return repeat(sc, &op);
	case '{':
		return scan_brace(sc);
	}
	sc->after_quant = false;
	switch (sc->s[sc->i]) {
	case '(':
		return open_group(sc);
	case ')':
		return close_group(sc);
	case '|':
		return alternation(sc);
	case '[':
		return scan_class(sc);
	case '\\':
		return scan_escape(sc);
	}
	return atom(sc, 1);
}

bool
wl_regex_check_re2(const char *pattern, size_t len, struct wl_regex_error *err)
{
	struct re2_scan	sc;

	/* Groups past the first are set as they open: not 16 KiB of zeroes per pattern. */
	memset(&sc, 0, offsetof(struct re2_scan, groups[1]));
	sc.s = pattern;
	sc.len = len;
	sc.err = err;
	sc.depth = 1;

	while (sc.i < len)
		if (!scan_token(&sc))
			return false;
	if (sc.depth > 1)
		return refuse(&sc, sc.groups[sc.depth - 1].open, 1,
		    "missing closing )");
	return true;
}
