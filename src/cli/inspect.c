/* inspect.c - `wasmlint inspect FILE.wasm [MANIFESTS...] [OPTIONS]`: what a plugin needs from its host, which Istio releases load it, and what in the manifests loads it. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "input/load.h"
#include "input/walk.h"
#include "inspect/inspect.h"
#include "inspect/loaders.h"
#include "model/index.h"
#include "hosts/hosts.h"

#define USAGE	"usage: wasmlint inspect FILE.wasm [MANIFESTS...] " \
		"[--format text|json] [--host-table FILE] [--validate]\n"

/* The --format names, and their renderers in the same order. */
static const char *const format_names[] = { "text", "json" };
static void (*const renderers[])(FILE *, const struct wl_inspect *) = {
	wl_inspect_text,
	wl_inspect_json,
};

/* What reading the manifests of inspect needs. */
struct wl_inspect_input {
	struct wl_facts	*facts;
	struct wl_sink	*sink;
	bool		 ok;
};

struct inspect_args {
	const char	*path;
	char		**manifests;	/* files and directories, as check reads them */
	int		 nmanifests;
	const char	*host_table;	/* NULL: the built-in one */
	int		 format;
	bool		 validate;	/* function bodies and all */
};

/* Fills *a from the arguments; -1 after a usage message. */
static int
parse_args(int argc, char **argv, struct inspect_args *a)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "host-table", required_argument, NULL, 'H' },
		{ "validate", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	memset(a, 0, sizeof *a);
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if (c == 'H')
			a->host_table = optarg;
		else if (c == 'V')
			a->validate = true;
		else if (c != 'f' || (a->format = wl_cli_choice("format",
		    optarg, format_names, 2)) < 0) {
			fputs(USAGE, stderr);
			return -1;
		}
	}
	if (optind >= argc) {
		fputs(USAGE, stderr);
		return -1;
	}
	a->path = argv[optind];
	a->manifests = argv + optind + 1;
	a->nmanifests = argc - optind - 1;
	return 0;
}

/* The host table to read modules against; NULL after saying why not. */
static const struct wl_hosts *
load_hosts(struct wl_arena *arena, const char *path)
{
	struct wl_hosts_errors	 errs = { 0 };
	const struct wl_hosts	*h;
	const char		*why = NULL;
	size_t			 i;

	if (path == NULL)
		return wl_hosts_parse(arena, WL_HOSTS_BUILTIN_NAME,
		    wl_hosts_builtin, wl_hosts_builtin_size, &errs);
	if ((h = wl_hosts_read(arena, path, &errs, &why)) != NULL)
		return h;
	if (why != NULL)
		fprintf(stderr, "wasmlint: cannot read host table %s: %s\n",
		    path, why);
	for (i = 0; i < errs.n; i++)
		fprintf(stderr, "%s:%u:%u: %s\n", path, errs.v[i].line,
		    errs.v[i].col, errs.v[i].message);
	return NULL;
}

/* Reads a file of a manifest path; a module there counts as found, as in check. */
static void
manifest_file(void *ctx, const char *path, const struct stat *st,
    bool explicit)
{
	struct wl_inspect_input *x = ctx;

	(void)st;
	(void)explicit;
	if (wl_load_file(x->facts, x->sink, path, WL_MODULE_FOUND) != 0)
		x->ok = false;
}

static void
manifest_fail(void *ctx, const char *path, const char *why)
{
	struct wl_inspect_input *x = ctx;

	fprintf(stderr, "wasmlint: cannot read %s: %s\n", path, why);
	x->ok = false;
}

/* Reads the manifests and binds the modules; false after saying what could not be read. */
static bool
read_manifests(const struct inspect_args *a, struct wl_facts *f,
    struct wl_sink *sink)
{
	struct wl_inspect_input	 x = { f, sink, true };
	struct wl_walk_visitor	 v = { &x, manifest_file, manifest_fail, NULL };
	size_t			 i, before = sink->diags.n;
	int			 k;

	for (k = 0; k < a->nmanifests; k++)
		(void)wl_walk(a->manifests[k], &v);
	for (i = before; i < sink->diags.n; i++)
		if (strcmp(sink->diags.v[i].rule_id, "WL1004") == 0)
			fprintf(stderr, "wasmlint: %s\n",
			    sink->diags.v[i].message);
	wl_facts_index(f, sink);
	return x.ok;
}

/* Renders the module at a->path; the exit code. */
static int
inspect_file(struct wl_arena *arena, const struct inspect_args *a,
    const struct wl_hosts *h)
{
	struct wl_facts		facts = { .arena = arena,
				    .validate = a->validate };
	struct wl_sink		sink = { .arena = arena };
	struct wl_inspect	in;

	if (wl_load_file(&facts, &sink, a->path, WL_MODULE_GIVEN) != 0) {
		fprintf(stderr, "wasmlint: %s\n", sink.diags.v[0].message);
		return WL_EXIT_USAGE;
	}
	if (facts.modules.n == 0) {
		fprintf(stderr, "wasmlint: %s is not a wasm module (no \\0asm "
		    "magic, no .wasm suffix)\n", a->path);
		return WL_EXIT_USAGE;
	}
	facts.hosts = h;
	facts.root_namespace = "istio-system";
	if (a->nmanifests > 0 && !read_manifests(a, &facts, &sink))
		return WL_EXIT_USAGE;
	wl_inspect_module(a->path, &facts.modules.v[0].m, a->validate, h,
	    arena, &in);
	if (a->nmanifests > 0)
		wl_inspect_loaders(&in, &facts.modules.v[0], facts.files,
		    arena);
	renderers[a->format](stdout, &in);
	if (fflush(stdout) != 0)
		return WL_EXIT_INTERNAL;
	return in.loading != 0 ? WL_EXIT_OK : WL_EXIT_FINDINGS;
}

int
wl_cli_inspect(int argc, char **argv)
{
	struct inspect_args	 a;
	const struct wl_hosts	*h;
	struct wl_arena		*arena;
	int			 rc = WL_EXIT_USAGE;

	if (parse_args(argc, argv, &a) != 0)
		return WL_EXIT_USAGE;
	arena = wl_arena_new();
	if ((h = load_hosts(arena, a.host_table)) != NULL)
		rc = inspect_file(arena, &a, h);
	wl_arena_free(arena);
	return rc;
}
