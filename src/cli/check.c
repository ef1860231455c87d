/* check.c - `wasmlint check`: inputs, rules, every requested report, exit code. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/check-modules.h"
#include "cli/check-options.h"
#include "cli/cli.h"
#include "cli/config-load.h"
#include "cli/progress.h"
#include "input/helm-stream.h"
#include "input/load.h"
#include "util/xmalloc.h"
#include "version.h"

#define STDIN_NAME "<stdin>"

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

/* What standard input held: kept to the end, for the snippets of its findings. */
struct check_stdin {
	char			*buf;		/* NULL until read */
	size_t			 len;
	struct wl_helm_part	*parts;		/* a `helm template` stream's templates */
	size_t			 nparts;
	char			*rest;		/* what precedes its first header */
	size_t			 rest_len;
};

static void
check_add_buffer(struct wl_run *run, struct wl_source *src, const char *name,
    const char *buf, size_t len)
{
	wl_run_add_buffer(run, name, buf, len);
	wl_source_preload(src, name, buf, len);
}

/* Standard input as name, or each template of a `helm template` stream at its `# Source:` path. */
static void
check_add_stdin(struct wl_run *run, struct wl_source *src, const char *name,
    struct check_stdin *in)
{
	size_t i;

	in->nparts = wl_helm_split(in->buf, in->len, &in->parts, &in->rest,
	    &in->rest_len);
	if (in->nparts == 0) {
		check_add_buffer(run, src, name, in->buf, in->len);
		return;
	}
	if (in->rest != NULL)
		check_add_buffer(run, src, name, in->rest, in->rest_len);
	for (i = 0; i < in->nparts; i++)
		check_add_buffer(run, src, in->parts[i].name,
		    in->parts[i].text, in->parts[i].len);
}

static void
check_stdin_free(struct check_stdin *in)
{
	free(in->buf);
	free(in->rest);
	wl_helm_parts_free(in->parts, in->nparts);
}

/* Adds every path; returns false when one could not be read. */
static bool
check_inputs(struct wl_run *run, const struct wl_check_options *o,
    struct wl_source *src, struct check_stdin *in)
{
	bool	ok = true;
	int	i;

	if (o->npaths == 0)
		ok = wl_run_add_path(run, ".") == 0;
	for (i = 0; i < o->npaths; i++) {
		if (strcmp(o->paths[i], "-") != 0) {
			ok &= wl_run_add_path(run, o->paths[i]) == 0;
			continue;
		}
		if (in->buf != NULL)
			continue;	/* stdin is read once */
		if ((in->buf = read_stdin(&in->len)) == NULL) {
			fputs("wasmlint: standard input is larger than "
			    "256 MiB\n", stderr);
			ok = false;
			continue;
		}
		check_add_stdin(run, src, o->stdin_filename != NULL
		    ? o->stdin_filename : STDIN_NAME, in);
	}
	for (i = 0; i < o->ncontexts; i++)
		ok &= wl_run_add_context_path(run, o->contexts[i]) == 0;
	return wl_cli_add_modules(run, o) && ok;
}

static bool
env_set(const char *name)
{
	const char *v = getenv(name);

	return v != NULL && *v != '\0';
}

/* Colour for text on standard output: the flag, then FORCE_COLOR, NO_COLOR, a terminal. */
static bool
check_color(enum wl_color_mode mode)
{
	const char *term = getenv("TERM");

	if (mode != WL_COLOR_AUTO)
		return mode == WL_COLOR_ALWAYS;
	if (env_set("FORCE_COLOR") || env_set("CLICOLOR_FORCE"))
		return true;
	return !env_set("NO_COLOR") && isatty(STDOUT_FILENO) &&
	    (term == NULL || strcmp(term, "dumb") != 0);
}

/* The default output: GitHub annotations inside GitHub Actions, else text. */
static void
check_default_output(struct wl_check_options *o)
{
	const char *gha = getenv("GITHUB_ACTIONS");

	o->outputs[0].format = wl_format_find(
	    gha != NULL && strcmp(gha, "true") == 0 ? "github" : "text");
	if (o->outputs[0].format == NULL)
		o->outputs[0].format = wl_format_find("text");
	o->outputs[0].path = NULL;
	o->noutputs = 1;
}

/* Writes every report; false when one could not be written. */
static bool
check_reports(const struct wl_check_options *o, const struct wl_diag *d,
    size_t n, struct wl_report_info info)
{
	bool	ok = true;
	FILE	*fp;
	int	 i;

	for (i = 0; i < o->noutputs; i++) {
		const struct wl_output *out = &o->outputs[i];

		fp = out->path != NULL ? fopen(out->path, "w") : stdout;
		if (fp == NULL) {
			fprintf(stderr, "wasmlint: cannot write %s\n",
			    out->path);
			ok = false;
			continue;
		}
		info.color = out->path == NULL && check_color(o->color);
		out->format->render(fp, d, n, &info);
		if (fp != stdout)
			ok &= fclose(fp) == 0;
	}
	return ok && fflush(stdout) == 0 && !ferror(stdout);
}

static void
check_summary(const struct wl_report_info *info, const struct wl_diag *d,
    size_t n)
{
	size_t count[3] = { 0, 0, 0 }, i;

	for (i = 0; i < n; i++)
		count[d[i].severity]++;
	fprintf(stderr, "wasmlint: %zu error%s, %zu warning%s, %zu info%s "
	    "in %zu manifest file%s and %zu module%s\n",
	    count[WL_SEV_ERROR], count[WL_SEV_ERROR] == 1 ? "" : "s",
	    count[WL_SEV_WARNING], count[WL_SEV_WARNING] == 1 ? "" : "s",
	    count[WL_SEV_INFO], count[WL_SEV_INFO] == 1 ? "" : "s",
	    info->manifests, info->manifests == 1 ? "" : "s", info->modules,
	    info->modules == 1 ? "" : "s");
	if (info->skipped > 0)
		fprintf(stderr, "wasmlint: %zu file%s skipped: not "
		    ".yaml/.yml/.json\n", info->skipped,
		    info->skipped == 1 ? "" : "s");
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
	struct wl_check_options	 o;
	struct wl_report_info	 info = { .tool_version = WASMLINT_VERSION,
				    .docs_url = wl_cli_docs_url() };
	struct wl_config	*cfg;
	struct wl_run		*run;
	const struct wl_diag	*d;
	struct check_stdin	 in = { NULL, 0, NULL, 0, NULL, 0 };
	struct wl_progress	 progress;
	size_t			 n;
	bool			 ok;
	int			 rc;

	memset(&o, 0, sizeof o);
	if ((rc = wl_check_options_parse(argc, argv, &o)) != 0)
		return rc > 0 ? WL_EXIT_OK : WL_EXIT_USAGE;
	if (wl_cli_config_load(&o, &cfg) != 0)
		return WL_EXIT_USAGE;
	if (o.noutputs == 0)
		check_default_output(&o);
	info.show_url = o.show_url;
	info.stdin_name = o.stdin_filename == NULL ? STDIN_NAME : NULL;
	wl_progress_start(&progress, o.quiet);
	o.opts.on_file = wl_progress_file;
	o.opts.on_file_ctx = &progress;
	run = wl_run_new(&o.opts);
	info.source = wl_source_new();
	ok = check_inputs(run, &o, info.source, &in) &&
	    wl_run_options_ok(run);
	wl_run_check(run);
	wl_progress_end(&progress);
	d = wl_run_diags(run, &n);
	wl_run_counts(run, &info.manifests, &info.modules);
	info.skipped = wl_run_skipped(run);
	info.jobs = wl_run_jobs(run);
	rc = check_exit(d, n, o.threshold, ok && !wl_run_read_nothing(run));
	if (!check_reports(&o, d, n, info))
		rc = WL_EXIT_INTERNAL;
	if (!o.quiet) {
		wl_cli_unused_modules(run);
		check_summary(&info, d, n);
	}
	if (wl_run_read_nothing(run))
		fprintf(stderr, "wasmlint: no manifest or module was read "
		    "from the inputs: nothing was checked\n");
	wl_source_free(info.source);
	wl_run_free(run);
	wl_config_free(cfg);
	check_stdin_free(&in);
	return rc;
}
