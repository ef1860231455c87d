/* file.h - opening inputs for reading without ever blocking on a FIFO or a device. */
#ifndef WASMLINT_UTIL_FILE_H
#define WASMLINT_UTIL_FILE_H

#include <stddef.h>
#include <stdint.h>

/*
 * Opens path for reading when it is a regular file and returns the file
 * descriptor, with its size in *size when size is not NULL; otherwise
 * returns -1 with *why set (strerror text, or "not a regular file"). A
 * FIFO is refused without waiting for a writer.
 */
int	 wl_open_regular_fd(const char *path, uint64_t *size,
	    const char **why);
/*
 * Reads len bytes at offset of fd into buf, again after a short read or an
 * interrupted one. Returns the bytes read: fewer at the end of the file, or
 * after a read error (then *why is its strerror text).
 */
size_t	 wl_pread_full(int fd, void *buf, size_t len, uint64_t offset,
	    const char **why);
/*
 * The whole regular file open at fd, of size bytes (from
 * wl_open_regular_fd), in a malloc'd buffer, with a NUL after its *len
 * bytes. NULL with *why set when it cannot be read, or when it holds more
 * than max bytes (*why is then too_large).
 */
char	*wl_read_fd(int fd, uint64_t size, size_t max, const char *too_large,
	    size_t *len, const char **why);
/* wl_read_fd of the regular file at path (NULL with *why when it cannot be opened). */
char	*wl_read_regular(const char *path, size_t max, const char *too_large,
	    size_t *len, const char **why);

#endif
