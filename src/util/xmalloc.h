/* xmalloc.h - allocation helpers that abort with a message instead of returning NULL. */
#ifndef WASMLINT_UTIL_XMALLOC_H
#define WASMLINT_UTIL_XMALLOC_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

void	*wl_xmalloc(size_t);
void	*wl_xcalloc(size_t, size_t);
void	*wl_xrealloc(void *, size_t);
char	*wl_xstrdup(const char *);
char	*wl_xstrndup(const char *, size_t);

#ifdef __cplusplus
}
#endif

#endif
