/* suggest.c - the closest word by edit distance (optimal string alignment), for "did you mean". */
#include <ctype.h>
#include <string.h>

#include "util/suggest.h"

/* Words longer than this are not compared (no typo search in free text). */
#define WL_SUGGEST_MAX	128

static int
same(char a, char b)
{
	return tolower((unsigned char)a) == tolower((unsigned char)b);
}

static size_t
min3(size_t a, size_t b, size_t c)
{
	size_t m = a < b ? a : b;

	return m < c ? m : c;
}

/* Edit distance with adjacent transpositions, over three rolling rows (m <= WL_SUGGEST_MAX). */
static size_t
osa_distance(const char *a, size_t n, const char *b, size_t m)
{
	size_t	 rows[3][WL_SUGGEST_MAX + 1];
	size_t	*prev2 = rows[0], *prev = rows[1], *cur = rows[2];
	size_t	*t, i, j;

	for (j = 0; j <= m; j++)
		prev[j] = j;
	for (i = 1; i <= n; i++) {
		cur[0] = i;
		for (j = 1; j <= m; j++) {
			cur[j] = min3(prev[j] + 1, cur[j - 1] + 1,
			    prev[j - 1] + !same(a[i - 1], b[j - 1]));
			if (i > 1 && j > 1 && same(a[i - 1], b[j - 2]) &&
			    same(a[i - 2], b[j - 1]) &&
			    prev2[j - 2] + 1 < cur[j])
				cur[j] = prev2[j - 2] + 1;
		}
		t = prev2;
		prev2 = prev;
		prev = cur;
		cur = t;
	}
	return prev[m];
}

void
wl_suggest_init(struct wl_suggest *s, const char *word)
{
	s->word = word;
	s->best = NULL;
	s->distance = (size_t)-1;
}

/*
 * Close enough to be a typo: after dropping the common head and tail, the
 * rest differs by at most a third of its length (one edit at least), or one
 * word is the other with a run of characters left out (at most a third of the
 * longer word: "userMount" for "userVolumeMount").
 */
static int
plausible(const char *a, size_t n, const char *b, size_t m, size_t *dist)
{
	size_t head = 0, tail = 0, ra, rb, limit;

	while (head < n && head < m && same(a[head], b[head]))
		head++;
	while (tail < n - head && tail < m - head &&
	    same(a[n - 1 - tail], b[m - 1 - tail]))
		tail++;
	ra = n - head - tail;
	rb = m - head - tail;
	*dist = osa_distance(a + head, ra, b + head, rb);
	limit = (ra < rb ? ra : rb) / 3;
	if (*dist <= (limit > 0 ? limit : 1))
		return 1;
	return (ra == 0 && rb <= m / 3) || (rb == 0 && ra <= n / 3);
}

void
wl_suggest_try(struct wl_suggest *s, const char *candidate)
{
	size_t n = strlen(s->word), m = strlen(candidate), d;

	if (n > WL_SUGGEST_MAX || m > WL_SUGGEST_MAX)
		return;
	if (plausible(s->word, n, candidate, m, &d) && d < s->distance) {
		s->best = candidate;
		s->distance = d;
	}
}

const char *
wl_suggest_among(const char *word, const char *const *candidates)
{
	struct wl_suggest s;

	wl_suggest_init(&s, word);
	for (; *candidates != NULL; candidates++)
		wl_suggest_try(&s, *candidates);
	return s.best;
}
