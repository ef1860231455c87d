/* suggest.h - "did you mean": the closest of a set of words to a misspelt one. */
#ifndef WASMLINT_UTIL_SUGGEST_H
#define WASMLINT_UTIL_SUGGEST_H

#include <stddef.h>

/*
 * A search in progress: offer each candidate with wl_suggest_try, then read
 * best. Distances are edit distances (insertions, deletions, substitutions
 * and swaps of neighbours) ignoring case; a candidate counts only when it is
 * close enough for the word's length to be a plausible typo.
 */
struct wl_suggest {
	const char	*word;
	const char	*best;		/* NULL until a close candidate is offered */
	size_t		 distance;
};

void	wl_suggest_init(struct wl_suggest *, const char *word);
void	wl_suggest_try(struct wl_suggest *, const char *candidate);
/* The closest candidate in a NULL-terminated list, or NULL. */
const char	*wl_suggest_among(const char *word,
		    const char *const *candidates);

#endif
