/* xmalloc.c - allocation helpers that abort on exhaustion, so callers never check for NULL. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/xmalloc.h"

static void
xmalloc_exhausted(size_t size)
{
	fprintf(stderr, "wasmlint: out of memory allocating %zu bytes\n",
	    size);
	abort();
}

void *
wl_xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (p == NULL)
		xmalloc_exhausted(size);
	return p;
}

void *
wl_xcalloc(size_t count, size_t size)
{
	void *p = calloc(count ? count : 1, size ? size : 1);

	if (p == NULL)
		xmalloc_exhausted(count * size);
	return p;
}

void *
wl_xrealloc(void *old, size_t size)
{
	void *p = realloc(old, size ? size : 1);

	if (p == NULL)
		xmalloc_exhausted(size);
	return p;
}

char *
wl_xstrndup(const char *s, size_t n)
{
	char *p = wl_xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
wl_xstrdup(const char *s)
{
	return wl_xstrndup(s, strlen(s));
}
