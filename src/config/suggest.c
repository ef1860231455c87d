/* suggest.c - "did you mean": the known word closest to a misspelt key or rule. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "config/config-impl.h"
#include "util/xmalloc.h"

/* Case-insensitive Levenshtein distance of two short words. */
static size_t
cfg_distance(const char *a, const char *b)
{
	size_t	 na = strlen(a), nb = strlen(b), i, j, diag, up, d;
	size_t	*row = wl_xmalloc((nb + 1) * sizeof *row);

	for (j = 0; j <= nb; j++)
		row[j] = j;
	for (i = 1; i <= na; i++) {
		diag = row[0];
		row[0] = i;
		for (j = 1; j <= nb; j++) {
			up = row[j];
			d = diag + (tolower((unsigned char)a[i - 1]) !=
			    tolower((unsigned char)b[j - 1]));
			if (up + 1 < d)
				d = up + 1;
			if (row[j - 1] + 1 < d)
				d = row[j - 1] + 1;
			row[j] = d;
			diag = up;
		}
	}
	d = row[nb];
	free(row);
	return d;
}

/* Keeps cand in *best when it is closer to word than *best and close enough. */
void
wl_cfg_consider(const char *word, const char *cand, const char **best,
    size_t *best_d)
{
	size_t d = cfg_distance(word, cand), len = strlen(word);
	size_t limit = len / 3 > 2 ? len / 3 : 2;

	if (d <= limit && d < len && d < *best_d) {
		*best = cand;
		*best_d = d;
	}
}

/* The rule id or slug closest to word, or NULL. */
const char *
wl_cfg_closest_rule(const char *word)
{
	const struct wl_rule *const	*r;
	const char			*best = NULL;
	size_t				 best_d = (size_t)-1;

	for (r = wl_rules; *r != NULL; r++) {
		wl_cfg_consider(word, (*r)->id, &best, &best_d);
		wl_cfg_consider(word, (*r)->slug, &best, &best_d);
	}
	return best;
}
