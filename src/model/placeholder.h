/* placeholder.h - recognising the placeholders of examples and templates left in a manifest value. */
#ifndef WASMLINT_MODEL_PLACEHOLDER_H
#define WASMLINT_MODEL_PLACEHOLDER_H

#include <stdbool.h>
#include <stddef.h>

/* What a value is, which decides the shapes looked for. */
enum wl_placeholder_field {
	WL_PLACEHOLDER_PATH,	/* a file path or URL: also /path/to/ and /Users/ */
	WL_PLACEHOLDER_NAME,	/* a label, a name */
	WL_PLACEHOLDER_REGEX,	/* proxyVersion: <...> may be a named group */
};

/* A placeholder found in a value: where it starts and how long it is. */
struct wl_placeholder {
	size_t		 at;
	size_t		 len;
	const char	*shape;		/* "an unrendered ${...} variable" */
};

/*
 * The first placeholder in s: ${...} (envsubst), {{ ... }} (Go templates,
 * Helm) unless templates is false, <...> (docs' "<your-namespace>"), a word
 * starting with your- or YOUR_, and for paths /path/to/ and a macOS home
 * (/Users/...).
 */
bool	wl_placeholder_find(const char *s, enum wl_placeholder_field,
	    bool templates, struct wl_placeholder *);

#endif
