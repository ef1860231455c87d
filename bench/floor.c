/* floor.c - benchmark baseline: pulls every libyaml event from the manifests below the given paths, on one thread. */
/*
 * usage: floor PATH...
 *
 * Walks each directory as wasmlint does (files ending in .yaml, .yml or
 * .json; hidden directories skipped), reads every file whole and parses it
 * with libyaml's event API until the end of the stream or the first error,
 * keeping nothing. No tool that reads YAML with libyaml can do less, so the
 * time this takes is the floor bench/run divides wasmlint's time by. Prints
 * "<files> <events>" on standard output.
 */
#define _GNU_SOURCE	/* FTW_ACTIONRETVAL */
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

static unsigned long	nfiles, nevents;

static int
has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* The whole file at path in a malloc'd buffer, or NULL. */
static unsigned char *
slurp(const char *path, size_t *len)
{
	FILE		*fp = fopen(path, "rb");
	unsigned char	*buf = NULL;
	long		 n;

	if (fp == NULL)
		return NULL;
	if (fseek(fp, 0, SEEK_END) == 0 && (n = ftell(fp)) >= 0 &&
	    fseek(fp, 0, SEEK_SET) == 0 && (buf = malloc((size_t)n + 1)) &&
	    fread(buf, 1, (size_t)n, fp) != (size_t)n) {
		free(buf);
		buf = NULL;
	}
	if (buf != NULL)
		*len = (size_t)n;
	fclose(fp);
	return buf;
}

static void
parse(const char *path)
{
	yaml_parser_t	 parser;
	yaml_event_t	 ev;
	unsigned char	*buf;
	size_t		 len = 0;
	int		 done = 0;

	if ((buf = slurp(path, &len)) == NULL) {
		perror(path);
		return;
	}
	yaml_parser_initialize(&parser);
	yaml_parser_set_input_string(&parser, buf, len);
	while (!done && yaml_parser_parse(&parser, &ev)) {
		done = ev.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&ev);
		nevents++;
	}
	yaml_parser_delete(&parser);
	free(buf);
	nfiles++;
}

static int
visit(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	const char *base = path + ftw->base;

	(void)st;
	if (type == FTW_D && ftw->level > 0 && base[0] == '.')
		return FTW_SKIP_SUBTREE;
	if (type == FTW_F && (ftw->level == 0 || has_suffix(base, ".yaml") ||
	    has_suffix(base, ".yml") || has_suffix(base, ".json")))
		parse(path);
	return FTW_CONTINUE;
}

int
main(int argc, char **argv)
{
	int i;

	for (i = 1; i < argc; i++)
		if (nftw(argv[i], visit, 32, FTW_PHYS | FTW_ACTIONRETVAL) != 0) {
			perror(argv[i]);
			return 2;
		}
	printf("%lu %lu\n", nfiles, nevents);
	return 0;
}
