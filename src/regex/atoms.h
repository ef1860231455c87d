/* atoms.h - a proxyVersion pattern as a sequence of atoms and their repeats, for rules that reason about its structure. */
#ifndef WASMLINT_REGEX_ATOMS_H
#define WASMLINT_REGEX_ATOMS_H

#include <stdbool.h>
#include <stddef.h>

enum wl_atom_kind {
	WL_ATOM_CHAR,	/* one literal character, escaped or not: ch */
	WL_ATOM_DIGIT,	/* \d or [0-9] */
	WL_ATOM_ANY,	/* an unescaped . */
	WL_ATOM_ANCHOR,	/* ^ $ \A \z \b \B */
	WL_ATOM_ALT,	/* | at the top level */
	WL_ATOM_OTHER,	/* a group, another class or escape */
};

struct wl_atom {
	enum wl_atom_kind	kind;
	char			ch;
	size_t			at, len;	/* the atom's bytes, repeat excluded */
	size_t			rep_len;	/* the repeat after it (* + ? {n,m}, lazy ?), 0 for none */
	long			min, max;	/* how often: 1, 1 without a repeat; max -1: unbounded */
};

/*
 * Splits the top level of pattern (which Go's RE2 accepted) into at most
 * size atoms; groups and classes are one atom each. Returns how many, or
 * 0 when there are more than size.
 */
size_t	wl_regex_atoms(const char *pattern, struct wl_atom *atoms, size_t size);
/* True when the atom matches digits and nothing else. */
bool	wl_atom_is_digit(const struct wl_atom *);

#endif
