/* file.h - opening inputs for reading without ever blocking on a FIFO or a device. */
#ifndef WASMLINT_UTIL_FILE_H
#define WASMLINT_UTIL_FILE_H

#include <stdio.h>

/*
 * Opens path for reading when it is a regular file; otherwise returns NULL
 * with *why set (strerror text, or "not a regular file"). A FIFO is refused
 * without waiting for a writer.
 */
FILE	*wl_open_regular(const char *path, const char **why);
/*
 * The whole regular file at path in a malloc'd buffer, with a NUL after its
 * *len bytes. NULL with *why set when it cannot be opened or read, or when
 * it holds more than max bytes (*why is then too_large).
 */
char	*wl_read_regular(const char *path, size_t max, const char *too_large,
	    size_t *len, const char **why);

#endif
