/* proxy-version-typo.c - WL2104: a proxyVersion whose version separator is optional (`1\.8\.*`) or an unescaped dot (`1.11`), shown by a version it also matches. */
#include <stdio.h>
#include <string.h>

#include "check/check.h"
#include "model/proxy-version.h"
#include "regex/atoms.h"
#include "regex/regex.h"

#define TYPO_ATOMS	64
#define TYPO_TEXT	128
#define TYPO_REPEAT	8	/* a literal repeated more often ends the text */

/* `\.*` or `\.?` after a digit: the separator made optional. */
static bool
optional_dot(const struct wl_atom *v, size_t i)
{
	return v[i].kind == WL_ATOM_CHAR && v[i].ch == '.' && v[i].len == 2 &&
	    v[i].min == 0 && i > 0 && wl_atom_is_digit(&v[i - 1]);
}

/* An unrepeated `.` between digits: a separator left unescaped. */
static bool
unescaped_dot(const struct wl_atom *v, size_t n, size_t i)
{
	return v[i].kind == WL_ATOM_ANY && v[i].rep_len == 0 && i > 0 &&
	    i + 1 < n && wl_atom_is_digit(&v[i - 1]) &&
	    wl_atom_is_digit(&v[i + 1]);
}

static bool
is_site(const struct wl_atom *v, size_t n, size_t i)
{
	return optional_dot(v, i) || unescaped_dot(v, n, i);
}

/*
 * The pattern with every site fixed: `\.*` ending a branch becomes `\..*`
 * (the dot that was left out), another optional dot `\.`, an unescaped
 * dot `\.`.
 */
static void
fixed_pattern(const char *s, const struct wl_atom *v, size_t n, char *buf,
    size_t size)
{
	size_t i, o = 0;

	buf[0] = '\0';
	for (i = 0; i < n && o < size; i++) {
		bool last = i + 1 == n || v[i + 1].kind == WL_ATOM_ALT;

		if (optional_dot(v, i) && last && s[v[i].at + 2] == '*' &&
		    v[i].rep_len == 1)
			o += (size_t)snprintf(buf + o, size - o, "\\..*");
		else if (is_site(v, n, i))
			o += (size_t)snprintf(buf + o, size - o, "\\.");
		else
			o += (size_t)snprintf(buf + o, size - o, "%.*s",
			    (int)(v[i].len + v[i].rep_len), s + v[i].at);
	}
}

/*
 * Appends to buf a text atoms from.. match while each is a literal (a
 * digit class as 0, each as often as its repeat's minimum, a site as the
 * dot it was meant to be), up to the atom before to; returns the atom it
 * stopped at.
 */
static size_t
literal(const struct wl_atom *v, size_t n, size_t from, size_t to, char *buf,
    size_t size)
{
	size_t i, o = strlen(buf);

	for (i = from; i < to && o + 1 < size; i++) {
		long k;

		if (i == from && v[i].kind == WL_ATOM_ANCHOR && v[i].ch == '^')
			continue;
		if (is_site(v, n, i))
			buf[o++] = '.';
		else if ((v[i].kind == WL_ATOM_CHAR ||
		    v[i].kind == WL_ATOM_DIGIT) && v[i].min <= TYPO_REPEAT)
			for (k = 0; k < v[i].min && o + 1 < size; k++)
				buf[o++] = v[i].kind == WL_ATOM_CHAR ?
				    v[i].ch : '0';	/* as often as it must come */
		else
			break;
	}
	buf[o] = '\0';
	return i;
}

/* The first atom of the branch (of a top-level alternation) holding atom i. */
static size_t
branch_first(const struct wl_atom *v, size_t i)
{
	while (i > 0 && v[i - 1].kind != WL_ATOM_ALT)
		i--;
	return i;
}

/*
 * A version the site at i lets the pattern match that its fix would not:
 * the literal text of the branch before it (into prefix), then for an
 * optional dot a 0 where the dot belonged (1.8 -> 1.80.0), for an
 * unescaped one an x and the literal text after it (1x11).
 */
static bool
witness(const struct wl_atom *v, size_t n, size_t i, char *prefix,
    char *buf, size_t size)
{
	size_t b = branch_first(v, i);

	prefix[0] = '\0';
	if (literal(v, n, b, i, prefix, TYPO_TEXT) != i)
		return false;
	snprintf(buf, size, "%s%s", prefix, optional_dot(v, i) ? "0.0" : "x");
	if (!optional_dot(v, i))
		literal(v, n, i + 1, n, buf, size);
	return true;
}

/* True when the pattern finds subject; false too when it does not compile (WL2102's finding). */
static bool
finds(const char *pattern, const char *subject)
{
	struct wl_regex_error	 err;
	struct wl_regex		*re = wl_proxy_version_compile(pattern, &err);
	bool			 found;

	if (re == NULL)
		return false;
	found = wl_regex_search(re, subject, strlen(subject));
	wl_regex_free(re);
	return found;
}

static void
report(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p, const struct wl_atom *v, size_t i,
    const char *prefix, const char *version, const char *fix)
{
	const char	*s = p->proxy_version.s;
	const struct wl_atom *a = &v[i];
	int		 before = (int)(a->at - v[branch_first(v, i)].at);
	struct wl_floc	 loc = wl_proxy_version_loc(&p->proxy_version, a->at,
			    a->len + a->rep_len);
	struct wl_diag	*d;

	if (optional_dot(v, i))
		d = wl_report(c, &loc, &ef->obj, "configPatches[%u]: "
		    "proxyVersion `%s`: `%.*s` after `%.*s` matches %s, so the "
		    "gate matches %s as well as "
		    "%s.x (istiod searches the proxy's ISTIO_VERSION with Go's "
		    "regexp MatchString, unanchored at the end)", p->index, s,
		    (int)(a->len + a->rep_len), s + a->at, before,
		    s + a->at - before, a->max == 1 ? "one dot or none" :
		    "any number of dots, none included", version, prefix);
	else
		d = wl_report(c, &loc, &ef->obj, "configPatches[%u]: "
		    "proxyVersion `%s`: the `.` after `%.*s` is not escaped and "
		    "matches any character, not only the dot between version "
		    "numbers, so the gate also matches `%s`", p->index, s,
		    before, s + a->at - before, version);
	wl_diag_hint(c->sink, d, "write `%s`", fix);
}

static void
check_patch(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p)
{
	const char	*s = p->proxy_version.s;
	struct wl_atom	 v[TYPO_ATOMS];
	char		 fix[TYPO_TEXT], prefix[TYPO_TEXT], version[TYPO_TEXT];
	size_t		 n, i;

	if (s == NULL || (n = wl_regex_atoms(s, v, TYPO_ATOMS)) == 0)
		return;
	fixed_pattern(s, v, n, fix, sizeof fix);
	for (i = 0; i < n; i++) {
		if (!is_site(v, n, i) ||
		    !witness(v, n, i, prefix, version, sizeof version) ||
		    !finds(s, version) || finds(fix, version))
			continue;
		report(c, ef, p, v, i, prefix, version, fix);
		return;		/* one finding per pattern; the fix covers every site */
	}
}

static void
check_proxy_version_typo(struct wl_check *c)
{
	wl_each_patch(c, check_patch);
}

const struct wl_rule wl_rule_proxy_version_typo = {
	.id = "WL2104",
	.slug = "proxy-version-typo",
	.severity = WL_SEV_WARNING,
	.summary = "proxyVersion separator made optional (`\\.*`) or left "
		   "unescaped (`1.11`)",
	.rationale =
	    "istiod matches match.proxy.proxyVersion against the proxy's "
	    "ISTIO_VERSION with Go's regexp MatchString, an unanchored "
	    "search (pilot/pkg/model/envoyfilter.go proxyMatch at 1.29.6, "
	    "commit 7019d6d3608e; its wellKnownVersions table treats "
	    "`^1\\.16.*` as the prefix 1.16 for that reason). In "
	    "`^1\\.8\\.*` the `\\.*` means any number of dots, none "
	    "included, so the dot the author wrote after 8 is optional and "
	    "the gate is `^1\\.8`: it matches 1.80.0 as well as 1.8.x, "
	    "and `^1\\.2\\.*` matches the releases 1.20 to 1.29. In "
	    "`^1.11.*` the first `.` is not escaped and matches any "
	    "character (`1x11`), not only the separator. wasmlint reads the "
	    "pattern's atoms (a `\\.` repeated zero or more times after a "
	    "digit; an unrepeated `.` between digits), builds a version the "
	    "pattern matches there, and warns only when PCRE2 confirms that "
	    "the pattern matches it and the fixed pattern does not. A "
	    "trailing `.*` (`^1\\.19.*`, which matches 1.190 too, as "
	    "Istio's own telemetry gates do) is left alone: it is the "
	    "idiom, and no such release exists.",
	.bad =
	    "match:\n"
	    "  proxy:\n"
	    "    proxyVersion: ^1\\.8\\.*\n",
	.good =
	    "match:\n"
	    "  proxy:\n"
	    "    proxyVersion: ^1\\.8\\..*\n",
	.fix = "Write the dot the pattern lost (`^1\\.8\\..*`) or escape "
	       "it (`^1\\.11.*`); `^1\\.8([.-]|$)` also keeps development "
	       "builds such as 1.8-dev.",
	.check = check_proxy_version_typo,
};
