/* check.c - `wasmlint check`: options, inputs, rules, report, exit code. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "input/load.h"
#include "report/report.h"
#include "util/xmalloc.h"
#include "wasmlint/wasmlint.h"

#define STDIN_NAME "<stdin>"

struct check_args {
	struct wl_options	opts;
	int			threshold;	/* a severity, or > error for none */
	int			quiet;
};

static int
parse_threshold(const char *s, int *out)
{
	static const char *const names[] = { "info", "warning", "error",
		"none" };
	int i;

	for (i = 0; i < 4; i++)
		if (strcmp(s, names[i]) == 0) {
			*out = i;
			return 0;
		}
	return -1;
}

/* Parses options; returns the index of the first path, or -1. */
static int
check_parse(int argc, char **argv, struct check_args *a)
{
	static const struct option longopts[] = {
		{ "istio-version", required_argument, NULL, 'V' },
		{ "root-namespace", required_argument, NULL, 'R' },
		{ "failure-threshold", required_argument, NULL, 'T' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	a->threshold = WL_SEV_ERROR;
	optind = 1;
	while ((c = getopt_long(argc, argv, "qh", longopts, NULL)) != -1) {
		switch (c) {
		case 'V':
			a->opts.istio_version = optarg;
			break;
		case 'R':
			a->opts.root_namespace = optarg;
			break;
		case 'T':
			if (parse_threshold(optarg, &a->threshold) != 0) {
				fprintf(stderr, "wasmlint: --failure-threshold "
				    "takes error, warning, info or none, not "
				    "`%s`\n", optarg);
				return -1;
			}
			break;
		case 'q':
			a->quiet = 1;
			break;
		case 'h':
			wl_cli_usage(stdout);
			exit(WL_EXIT_OK);
		default:
			wl_cli_usage(stderr);
			return -1;
		}
	}
	return optind;
}

/* Reads all of stdin; NULL when it is too large. */
static char *
read_stdin(size_t *len)
{
	size_t	 cap = 65536, n;
	char	*buf = wl_xmalloc(cap);

	*len = 0;
	while ((n = fread(buf + *len, 1, cap - *len, stdin)) > 0) {
		*len += n;
		if (*len == cap) {
			if (cap >= WL_MAX_INPUT_BYTES) {
				free(buf);
				return NULL;
			}
			cap *= 2;
			buf = wl_xrealloc(buf, cap);
		}
	}
	return buf;
}

/* Adds every path; returns false when one could not be read. */
static bool
check_inputs(struct wl_run *run, int argc, char **argv,
    struct wl_source *src, char **stdin_buf)
{
	static char	 dot_path[] = ".";
	char		*dot[] = { dot_path, NULL };
	bool		 ok = true;
	size_t		 len;
	int		 i;

	if (argc == 0) {
		argv = dot;
		argc = 1;
	}
	for (i = 0; i < argc; i++) {
		if (strcmp(argv[i], "-") != 0) {
			ok &= wl_run_add_path(run, argv[i]) == 0;
			continue;
		}
		if (*stdin_buf != NULL)
			continue;	/* stdin is read once */
		if ((*stdin_buf = read_stdin(&len)) == NULL) {
			fputs("wasmlint: standard input is larger than "
			    "256 MiB\n", stderr);
			ok = false;
			continue;
		}
		wl_run_add_buffer(run, STDIN_NAME, *stdin_buf, len);
		wl_source_preload(src, STDIN_NAME, *stdin_buf, len);
	}
	return ok;
}

static void
check_summary(const struct wl_run *run, const struct wl_diag *d, size_t n)
{
	size_t count[3] = { 0, 0, 0 }, manifests, modules, i;

	for (i = 0; i < n; i++)
		count[d[i].severity]++;
	wl_run_counts(run, &manifests, &modules);
	fprintf(stderr, "wasmlint: %zu error%s, %zu warning%s, %zu info%s "
	    "in %zu manifest file%s and %zu module%s\n",
	    count[WL_SEV_ERROR], count[WL_SEV_ERROR] == 1 ? "" : "s",
	    count[WL_SEV_WARNING], count[WL_SEV_WARNING] == 1 ? "" : "s",
	    count[WL_SEV_INFO], count[WL_SEV_INFO] == 1 ? "" : "s",
	    manifests, manifests == 1 ? "" : "s", modules,
	    modules == 1 ? "" : "s");
}

static int
check_exit(const struct wl_diag *d, size_t n, int threshold, bool inputs_ok)
{
	size_t i;

	if (!inputs_ok)
		return WL_EXIT_USAGE;
	for (i = 0; i < n; i++)
		if ((int)d[i].severity >= threshold)
			return WL_EXIT_FINDINGS;
	return WL_EXIT_OK;
}

int
wl_cli_check(int argc, char **argv)
{
	struct check_args	 a = { { NULL, NULL }, 0, 0 };
	struct wl_report_info	 info = { .tool_version = WASMLINT_VERSION };
	struct wl_source	*src;
	struct wl_run		*run;
	const struct wl_diag	*d;
	char			*stdin_buf = NULL;
	size_t			 n;
	bool			 ok;
	int			 first, rc;

	if ((first = check_parse(argc, argv, &a)) < 0)
		return WL_EXIT_USAGE;
	run = wl_run_new(&a.opts);
	src = wl_source_new();
	ok = check_inputs(run, argc - first, argv + first, src, &stdin_buf);
	wl_run_check(run);
	d = wl_run_diags(run, &n);
	info.source = src;
	wl_run_counts(run, &info.manifests, &info.modules);
	wl_report_text(stdout, d, n, &info);
	if (!a.quiet)
		check_summary(run, d, n);
	rc = check_exit(d, n, a.threshold, ok);
	if (fflush(stdout) != 0 || ferror(stdout))
		rc = WL_EXIT_INTERNAL;
	wl_source_free(src);
	wl_run_free(run);
	free(stdin_buf);
	return rc;
}
