/* regex.h - proxyVersion regexes: the Go RE2 dialect check and PCRE2 matching behind one small API. */
#ifndef WASMLINT_REGEX_REGEX_H
#define WASMLINT_REGEX_REGEX_H

#include <stdbool.h>
#include <stddef.h>

struct wl_regex;

/* Why a pattern was refused: a message and the 0-based byte offset in the pattern. */
struct wl_regex_error {
	char	message[200];
	size_t	offset;
};

/*
 * Checks that pattern is valid in Go's regexp (RE2) syntax, which Istio uses
 * for proxyVersion: refuses what RE2 lacks even where PCRE2 accepts it
 * (backreferences, lookaround, atomic groups, possessive quantifiers,
 * recursion, conditionals, \Z, \G, comments (?#...), (?x) and the like).
 * Returns true when accepted; otherwise fills err.
 */
bool		 wl_regex_check_re2(const char *pattern, size_t len,
		    struct wl_regex_error *err);

/*
 * Compiles pattern (after wl_regex_check_re2 accepted it, or on its own)
 * with PCRE2 in UTF mode. Returns NULL and fills err when PCRE2 refuses it.
 */
struct wl_regex	*wl_regex_compile(const char *pattern, size_t len,
		    struct wl_regex_error *err);
/* Unanchored search, as Go's MatchString: true when pattern matches anywhere in subject. */
bool		 wl_regex_search(const struct wl_regex *, const char *subject,
		    size_t len);
void		 wl_regex_free(struct wl_regex *);

#endif
