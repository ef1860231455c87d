/*
 * seeds.c - runs a fuzz target once on every file of its seed corpus, without
 * libFuzzer: what keeps a found crash fixed in the normal build's tests.
 * usage: fuzz-seeds-TARGET CORPUS_DIR    (fails on an empty or unreadable corpus)
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "util/file.h"

/* Bigger than any seed; libFuzzer's default -max_len is 4096. */
#define MAX_SEED_BYTES	((size_t)1 << 20)

static int
run_seed(const char *dir, const char *name)
{
	const char	*why = NULL;
	char		 path[4096];
	char		*buf;
	size_t		 len;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	buf = wl_read_regular(path, MAX_SEED_BYTES, "too large", &len, &why);
	if (buf == NULL) {
		fprintf(stderr, "%s: %s\n", path, why);
		return -1;
	}
	LLVMFuzzerTestOneInput((const uint8_t *)buf, len);
	free(buf);
	printf("ok: %s\n", name);
	return 0;
}

static int
not_hidden(const struct dirent *e)
{
	return e->d_name[0] != '.';
}

int
main(int argc, char **argv)
{
	struct dirent	**seeds;
	int		  n, i, failed = 0;

	if (argc != 2) {
		fprintf(stderr, "usage: %s CORPUS_DIR\n", argv[0]);
		return 2;
	}
	if ((n = scandir(argv[1], &seeds, not_hidden, alphasort)) < 0) {
		perror(argv[1]);
		return 1;
	}
	for (i = 0; i < n; i++) {
		failed |= run_seed(argv[1], seeds[i]->d_name) != 0;
		free(seeds[i]);
	}
	free(seeds);
	printf("%d seeds\n", n);
	return failed || n == 0;
}
