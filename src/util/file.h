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

#endif
