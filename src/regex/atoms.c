/* atoms.c - splitting the top level of an RE2 pattern into atoms and repeats (Go's regexp/syntax grammar, doc.go). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "regex/atoms.h"

/* The end of the class opening at s[i] ('['): past its ']' (a leading ']' is literal). */
static size_t
class_end(const char *s, size_t i)
{
	i++;
	if (s[i] == '^')
		i++;
	if (s[i] == ']')
		i++;
	while (s[i] != '\0' && s[i] != ']') {
		if (s[i] == '\\' && s[i + 1] != '\0')
			i++;
		else if (s[i] == '[' && s[i + 1] == ':') {
			const char *e = strstr(s + i + 2, ":]");

			if (e != NULL)
				i = (size_t)(e - s) + 1;
		}
		i++;
	}
	return s[i] == ']' ? i + 1 : i;
}

/* The end of the group opening at s[i] ('('): past its matching ')'. */
static size_t
group_end(const char *s, size_t i)
{
	size_t depth = 0;

	while (s[i] != '\0') {
		if (s[i] == '\\' && s[i + 1] != '\0')
			i += 2;
		else if (s[i] == '[')
			i = class_end(s, i);
		else {
			if (s[i] == '(')
				depth++;
			else if (s[i] == ')' && --depth == 0)
				return i + 1;
			i++;
		}
	}
	return i;
}

/* The escape at s[i] ('\\'): its kind and end. */
static size_t
escape(const char *s, size_t i, struct wl_atom *a)
{
	char c = s[i + 1];

	a->kind = WL_ATOM_OTHER;
	if (c == '\0')
		return i + 1;
	if (c == 'Q') {
		const char *e = strstr(s + i + 2, "\\E");

		return e != NULL ? (size_t)(e - s) + 2 : strlen(s);
	}
	if ((c == 'x' || c == 'p' || c == 'P') && s[i + 2] == '{') {
		const char *e = strchr(s + i + 2, '}');

		return e != NULL ? (size_t)(e - s) + 1 : strlen(s);
	}
	if (c == 'x')
		return i + 4 <= strlen(s) ? i + 4 : strlen(s);
	if (c == 'p' || c == 'P')
		return i + 3 <= strlen(s) ? i + 3 : strlen(s);
	if (c == 'd')
		a->kind = WL_ATOM_DIGIT;
	else if (strchr("AzbB", c) != NULL)
		a->kind = WL_ATOM_ANCHOR;
	else if (ispunct((unsigned char)c)) {
		a->kind = WL_ATOM_CHAR;
		a->ch = c;
	}
	return i + 2;
}

/* A counted repeat {n}, {n,} or {n,m} at s[i]: its end, or i when it is none (then '{' is literal). */
static size_t
counted(const char *s, size_t i, long *min, long *max)
{
	char *e;

	if (!isdigit((unsigned char)s[i + 1]))
		return i;
	*min = strtol(s + i + 1, &e, 10);
	*max = *min;
	if (*e == ',') {
		*max = -1;
		if (isdigit((unsigned char)e[1]))
			*max = strtol(e + 1, &e, 10);
		else
			e++;
	}
	return *e == '}' ? (size_t)(e - s) + 1 : i;
}

/* The repeat after an atom, at s[i], into a: its end. */
static size_t
repeat(const char *s, size_t i, struct wl_atom *a)
{
	size_t end = i;

	a->min = a->max = 1;
	if (s[i] == '*' || s[i] == '+' || s[i] == '?') {
		a->min = s[i] == '+';
		a->max = s[i] == '?' ? 1 : -1;
		end = i + 1;
	} else if (s[i] == '{')
		end = counted(s, i, &a->min, &a->max);
	if (end > i && s[end] == '?')
		end++;
	a->rep_len = end - i;
	return end;
}

/* The atom at s[i], into a: the end of its bytes. */
static size_t
atom(const char *s, size_t i, struct wl_atom *a)
{
	a->ch = s[i];
	switch (s[i]) {
	case '\\':
		return escape(s, i, a);
	case '[':
		a->kind = strncmp(s + i, "[0-9]", 5) == 0 ? WL_ATOM_DIGIT :
		    WL_ATOM_OTHER;
		return class_end(s, i);
	case '(':
		a->kind = WL_ATOM_OTHER;
		return group_end(s, i);
	case '.':
		a->kind = WL_ATOM_ANY;
		return i + 1;
	case '^': case '$':
		a->kind = WL_ATOM_ANCHOR;
		return i + 1;
	case '|':
		a->kind = WL_ATOM_ALT;
		return i + 1;
	default:
		a->kind = WL_ATOM_CHAR;
		return i + 1;
	}
}

size_t
wl_regex_atoms(const char *s, struct wl_atom *atoms, size_t size)
{
	size_t i = 0, n = 0;

	while (s[i] != '\0') {
		struct wl_atom *a = &atoms[n];

		if (n == size)
			return 0;
		memset(a, 0, sizeof *a);
		a->at = i;
		i = atom(s, i, a);
		a->len = i - a->at;
		if (a->kind != WL_ATOM_ANCHOR && a->kind != WL_ATOM_ALT)
			i = repeat(s, i, a);
		else
			a->min = a->max = 1;
		n++;
	}
	return n;
}

bool
wl_atom_is_digit(const struct wl_atom *a)
{
	return a->kind == WL_ATOM_DIGIT ||
	    (a->kind == WL_ATOM_CHAR && isdigit((unsigned char)a->ch));
}
