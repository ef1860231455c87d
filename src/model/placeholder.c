/* placeholder.c - the shapes of placeholders that examples, docs and templates leave for the user to fill in. */
#include <ctype.h>
#include <string.h>

#include "model/placeholder.h"

/* open...close with at least one character between, at p: its length, or 0. */
static size_t
delimited(const char *p, const char *open, const char *close)
{
	size_t		 n = strlen(open);
	const char	*end;

	if (strncmp(p, open, n) != 0 || (end = strstr(p + n, close)) == NULL ||
	    end == p + n)
		return 0;
	return (size_t)(end - p) + strlen(close);
}

/* <word> at p, a word of letters, digits, -, _ and . starting with a letter: its length, or 0. */
static size_t
angle_word(const char *p)
{
	size_t n = 1;

	if (*p != '<' || !isalpha((unsigned char)p[1]))
		return 0;
	while (isalnum((unsigned char)p[n]) || p[n] == '-' || p[n] == '_' ||
	    p[n] == '.')
		n++;
	return p[n] == '>' ? n + 1 : 0;
}

/* A word starting with your- / your_ / YOUR- / YOUR_ at p, at the value's or a path part's start: its length, or 0. */
static size_t
your_word(const char *s, const char *p)
{
	size_t n = 5;

	if (p > s && strchr("/.:@=", p[-1]) == NULL)
		return 0;
	if ((strncmp(p, "your", 4) != 0 && strncmp(p, "YOUR", 4) != 0) ||
	    (p[4] != '-' && p[4] != '_'))
		return 0;
	while (isalnum((unsigned char)p[n]) || p[n] == '-' || p[n] == '_')
		n++;
	return n > 5 ? n : 0;
}

/* /Users/<name>/ at the start of a path (or of a file:// URL's path): its length, or 0. */
static size_t
mac_home(const char *s, const char *p)
{
	const char *slash;

	if (strncmp(p, "/Users/", 7) != 0 || (p != s &&
	    !(p - s == 7 && strncmp(s, "file://", 7) == 0)))
		return 0;
	slash = strchr(p + 7, '/');
	return slash != NULL && slash > p + 7 ? (size_t)(slash - p) + 1 : 0;
}

static bool
found(struct wl_placeholder *out, const char *s, const char *p, size_t len,
    const char *shape)
{
	out->at = (size_t)(p - s);
	out->len = len;
	out->shape = shape;
	return true;
}

bool
wl_placeholder_find(const char *s, enum wl_placeholder_field field,
    bool templates, struct wl_placeholder *out)
{
	const char	*p;
	size_t		 n;
	bool		 path = field == WL_PLACEHOLDER_PATH;

	for (p = s; *p != '\0'; p++) {
		if ((n = delimited(p, "${", "}")) != 0)
			return found(out, s, p, n, "an unrendered ${...} variable");
		if (templates && (n = delimited(p, "{{", "}}")) != 0)
			return found(out, s, p, n, "an unrendered {{ ... }} "
			    "template expression");
		/* RE2's named group (?P<name>...) is no placeholder. */
		if ((n = angle_word(p)) != 0 && !(field == WL_PLACEHOLDER_REGEX &&
		    p - s >= 2 && p[-1] == 'P' && p[-2] == '?'))
			return found(out, s, p, n, "a <...> placeholder");
		if ((n = your_word(s, p)) != 0)
			return found(out, s, p, n, "a your-... placeholder");
		if (path && strncmp(p, "/path/to/", 9) == 0)
			return found(out, s, p, 9, "the /path/to/ of an example");
		if (path && (n = mac_home(s, p)) != 0)
			return found(out, s, p, n, "a macOS home directory");
	}
	return false;
}
