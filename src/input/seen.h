/* seen.h - the set of files a run has read, by device and inode, so none is read twice. */
#ifndef WASMLINT_INPUT_SEEN_H
#define WASMLINT_INPUT_SEEN_H

#include <stdbool.h>
#include <sys/types.h>

struct wl_seen;

struct wl_seen	*wl_seen_new(void);
void		 wl_seen_free(struct wl_seen *);
/* Adds the file; false when it was already there. */
bool		 wl_seen_add(struct wl_seen *, dev_t, ino_t);

#endif
