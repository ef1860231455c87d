/* file.c - opening and reading regular files only: never blocks on a FIFO, never reads a device. */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/file.h"
#include "util/xmalloc.h"

FILE *
wl_open_regular(const char *path, const char **why)
{
	struct stat	 st;
	FILE		*fp;
	int		 fd;

	/* O_NONBLOCK: opening a FIFO must not wait for a writer. */
	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)) < 0) {
		*why = strerror(errno);
		return NULL;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		*why = "not a regular file";
		close(fd);
		return NULL;
	}
	if (fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) != 0 ||
	    (fp = fdopen(fd, "rb")) == NULL) {
		*why = strerror(errno);
		close(fd);
		return NULL;
	}
	return fp;
}

/* The rest of fp in a malloc'd buffer, or NULL with why set. */
static char *
read_all(FILE *fp, size_t max, const char *too_large, size_t *len,
    const char **why)
{
	struct stat	 st;
	char		*buf;

	if (fstat(fileno(fp), &st) != 0) {
		*why = strerror(errno);
		return NULL;
	}
	if ((size_t)st.st_size > max) {
		*why = too_large;
		return NULL;
	}
	buf = wl_xmalloc((size_t)st.st_size + 1);
	*len = fread(buf, 1, (size_t)st.st_size, fp);
	if (ferror(fp)) {
		*why = strerror(errno);
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
	FILE	*fp = wl_open_regular(path, why);
	char	*buf;

	if (fp == NULL)
		return NULL;
	buf = read_all(fp, max, too_large, len, why);
	fclose(fp);
	return buf;
}
