/* facts-probe.c - benchmark helper: heap held by a run's facts as files are added, through the public API. */
/*
 * usage: facts-probe DIR
 *
 * Adds every *.yaml, *.yml, *.json and *.wasm file below DIR to one run, one
 * wl_run_add_path call per file (in sorted order, like the CLI), and prints
 * the heap in use (glibc mallinfo2: bytes handed out by malloc and not
 * freed) after every tenth of the files, after the rules ran, and after the
 * run was freed. Since each document's tree is freed once its facts are
 * extracted, the heap in use after loading is what the facts (and the
 * diagnostics) cost; its growth per file is the figure to watch. Built and
 * run by bench/run against a build directory's static libraries; not part of
 * the meson build.
 */
#define _GNU_SOURCE
#include <sys/resource.h>

#include <ftw.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "wasmlint/wasmlint.h"

static char	**paths;
static size_t	  npaths, cap;

static int
wanted(const char *p)
{
	static const char *const ext[] = { ".yaml", ".yml", ".json", ".wasm" };
	size_t n = strlen(p), i, e;

	for (i = 0; i < 4; i++) {
		e = strlen(ext[i]);
		if (n > e && strcmp(p + n - e, ext[i]) == 0)
			return 1;
	}
	return 0;
}

static int
collect(const char *p, const struct stat *st, int type, struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	if (type != FTW_F || !wanted(p))
		return 0;
	if (npaths == cap) {
		cap = cap ? 2 * cap : 1024;
		if ((paths = realloc(paths, cap * sizeof *paths)) == NULL)
			abort();
	}
	if ((paths[npaths++] = strdup(p)) == NULL)
		abort();
	return 0;
}

static int
cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static size_t
heap_in_use(void)
{
	struct mallinfo2 mi = mallinfo2();

	return mi.uordblks + mi.hblkhd;
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
	struct wl_options	 opts = { NULL, NULL };
	struct wl_run		*run;
	struct rusage		 ru;
	size_t			 base, loaded, i, next, ndiags, nm, nw;
	double			 t0;

	if (argc != 2) {
		fputs("usage: facts-probe DIR\n", stderr);
		return 2;
	}
	if (nftw(argv[1], collect, 64, FTW_PHYS) != 0) {
		perror(argv[1]);
		return 2;
	}
	qsort(paths, npaths, sizeof *paths, cmp);
	base = heap_in_use();
	t0 = now();
	run = wl_run_new(&opts);
	printf("%10s %14s %12s\n", "files", "heap in use", "per file");
	for (i = 0, next = npaths / 10; i < npaths; i++) {
		wl_run_add_path(run, paths[i]);
		if (i + 1 == next || i + 1 == npaths) {
			loaded = heap_in_use() - base;
			printf("%10zu %14zu %12zu\n", i + 1, loaded,
			    loaded / (i + 1));
			next += npaths / 10 ? npaths / 10 : 1;
		}
	}
	loaded = heap_in_use() - base;
	printf("loading: %.2f s\n", now() - t0);
	t0 = now();
	wl_run_check(run);
	wl_run_diags(run, &ndiags);
	wl_run_counts(run, &nm, &nw);
	printf("after rules: heap in use %zu bytes (%zu diagnostics, %zu "
	    "manifest files, %zu modules), rules %.2f s\n", heap_in_use() - base,
	    ndiags, nm, nw, now() - t0);
	wl_run_free(run);
	printf("after wl_run_free: heap in use %zd bytes\n",
	    (ssize_t)(heap_in_use() - base));
	getrusage(RUSAGE_SELF, &ru);
	printf("facts: %zu bytes for %zu files = %zu bytes/file; probe peak "
	    "RSS %ld KiB\n", loaded, npaths, npaths ? loaded / npaths : 0,
	    ru.ru_maxrss);
	for (i = 0; i < npaths; i++)
		free(paths[i]);
	free(paths);
	return 0;
}
