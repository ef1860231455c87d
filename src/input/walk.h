/* walk.h - turning command-line paths into the sorted list of files to read. */
#ifndef WASMLINT_INPUT_WALK_H
#define WASMLINT_INPUT_WALK_H

#include <sys/stat.h>

#include <stdbool.h>

struct wl_walk_visitor {
	void	*ctx;
	/* A file to read, as stat(2) found it; explicit when named on the command line. */
	void	(*file)(void *ctx, const char *path, const struct stat *st,
		    bool explicit);
	/* A path that cannot be walked, with the reason. */
	void	(*fail)(void *ctx, const char *path, const char *why);
	/* A regular file of a walked directory that is not visited (another extension); may be NULL. */
	void	(*skip)(void *ctx, const char *path);
};

/*
 * Visits path: a file is visited as explicit; a directory is walked
 * recursively in strcmp order, visiting *.yaml, *.yml, *.json and *.wasm,
 * passing other regular files to skip, and skipping hidden directories. Symlink loops and over-deep trees are failures.
 * Returns 0, or -1 when anything failed.
 */
int	wl_walk(const char *path, const struct wl_walk_visitor *);

#endif
