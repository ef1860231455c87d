/* inspect.c - `wasmlint inspect FILE.wasm [--format text|json]`: what a plugin needs from its host. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "input/load.h"
#include "inspect/inspect.h"

#define USAGE	"usage: wasmlint inspect FILE.wasm [--format text|json]\n"

/* The --format names, and their renderers in the same order. */
static const char *const format_names[] = { "text", "json" };
static void (*const renderers[])(FILE *, const struct wl_inspect *) = {
	wl_inspect_text,
	wl_inspect_json,
};

/* Fills *path and *r from the arguments; -1 after a usage message. */
static int
parse_args(int argc, char **argv, const char **path, int *format)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	*format = 0;
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if (c != 'f' || (*format = wl_cli_choice("format", optarg,
		    format_names, 2)) < 0) {
			fputs(USAGE, stderr);
			return -1;
		}
	}
	if (optind != argc - 1) {
		fputs(USAGE, stderr);
		return -1;
	}
	*path = argv[optind];
	return 0;
}

/* Renders the module at path; the exit code. */
static int
inspect_file(struct wl_arena *arena, const char *path, int format)
{
	struct wl_facts		facts = { .arena = arena };
	struct wl_sink		sink = { .arena = arena };
	struct wl_inspect	in;

	if (wl_load_file(&facts, &sink, path) != 0) {
		fprintf(stderr, "wasmlint: %s\n", sink.diags.v[0].message);
		return WL_EXIT_USAGE;
	}
	if (facts.modules.n == 0) {
		fprintf(stderr, "wasmlint: %s is not a wasm module (no \\0asm "
		    "magic, no .wasm suffix)\n", path);
		return WL_EXIT_USAGE;
	}
	wl_inspect_module(path, &facts.modules.v[0].m, arena, &in);
	renderers[format](stdout, &in);
	if (fflush(stdout) != 0)
		return WL_EXIT_INTERNAL;
	return facts.modules.v[0].malformed ? WL_EXIT_FINDINGS : WL_EXIT_OK;
}

int
wl_cli_inspect(int argc, char **argv)
{
	const char	*path;
	struct wl_arena	*arena;
	int		 format, rc;

	if (parse_args(argc, argv, &path, &format) != 0)
		return WL_EXIT_USAGE;
	arena = wl_arena_new();
	rc = inspect_file(arena, path, format);
	wl_arena_free(arena);
	return rc;
}
