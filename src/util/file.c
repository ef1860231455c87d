/* file.c - opening and reading regular files only: never blocks on a FIFO, never reads a device. */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/file.h"
#include "util/xmalloc.h"

int
wl_open_regular_fd(const char *path, uint64_t *size, const char **why)
{
	struct stat	st;
	int		fd;

	/* O_NONBLOCK: opening a FIFO must not wait for a writer. */
	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)) < 0) {
		*why = strerror(errno);
		return -1;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		*why = "not a regular file";
		close(fd);
		return -1;
	}
	/*
	 * Then cleared, as open(2) (Linux man-pages) says a program should not
	 * depend on reads of a regular file blocking with it set. The only
	 * status flag set is O_NONBLOCK, so 0 clears it in one call.
	 */
	if (fcntl(fd, F_SETFL, 0) != 0) {
		*why = strerror(errno);
		close(fd);
		return -1;
	}
	if (size != NULL)
		*size = (uint64_t)st.st_size;
	return fd;
}

size_t
wl_pread_full(int fd, void *buf, size_t len, uint64_t offset,
    const char **why)
{
	size_t	got = 0;
	ssize_t	n;

	while (got < len) {
		n = pread(fd, (char *)buf + got, len - got,
		    (off_t)(offset + got));
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			*why = strerror(errno);
			break;
		}
		if (n == 0)
			break;
		got += (size_t)n;
	}
	return got;
}

char *
wl_read_fd(int fd, uint64_t size, size_t max, const char *too_large,
    size_t *len, const char **why)
{
	char		*buf;
	const char	*err = NULL;

	if (size > max) {
		*why = too_large;
		return NULL;
	}
	buf = wl_xmalloc((size_t)size + 1);
	*len = wl_pread_full(fd, buf, (size_t)size, 0, &err);
	if (err != NULL) {
		*why = err;
		free(buf);
		return NULL;
	}
	buf[*len] = '\0';
	return buf;
}

char *
wl_read_regular(const char *path, size_t max, const char *too_large,
    size_t *len, const char **why)
{
	uint64_t	 size;
	int		 fd = wl_open_regular_fd(path, &size, why);
	char		*buf;

	if (fd < 0)
		return NULL;
	buf = wl_read_fd(fd, size, max, too_large, len, why);
	close(fd);
	return buf;
}
