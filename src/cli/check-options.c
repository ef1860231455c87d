/* check-options.c - parsing `wasmlint check` options: versions, threshold, formats, colour. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/check-options.h"
#include "cli/cli.h"
#include "cli/option-table.h"

int
wl_cli_choice(const char *option, const char *s, const char *const *names,
    int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	fprintf(stderr, "wasmlint: --%s takes", option);
	for (i = 0; i < n; i++)
		fprintf(stderr, "%s %s", i == 0 ? "" : i == n - 1 ? " or" : ",",
		    names[i]);
	fprintf(stderr, ", not `%s`\n", s);
	return -1;
}

static int
parse_threshold(const char *s, int *out)
{
	/* In severity order, so the index is the threshold. */
	static const char *const names[] = { "info", "warning", "error",
		"none" };

	*out = wl_cli_choice("failure-threshold", s, names, 4);
	return *out < 0 ? -1 : 0;
}

static int
parse_color(const char *s, enum wl_color_mode *out)
{
	static const char *const names[] = { "auto", "always", "never" };
	int i = wl_cli_choice("color", s, names, 3);

	*out = (enum wl_color_mode)(i < 0 ? 0 : i);
	return i < 0 ? -1 : 0;
}

/* FMT or FMT:PATH. */
static int
parse_format(char *arg, struct wl_check_options *o)
{
	char			*colon = strchr(arg, ':');
	const struct wl_format	*f;

	if (colon != NULL)
		*colon = '\0';
	if ((f = wl_format_find(arg)) == NULL) {
		fprintf(stderr, "wasmlint: unknown format `%s`; formats:", arg);
		for (f = wl_formats; f->name != NULL; f++)
			fprintf(stderr, " %s", f->name);
		fputc('\n', stderr);
		return -1;
	}
	if (o->noutputs == WL_MAX_OUTPUTS) {
		fprintf(stderr, "wasmlint: at most %d --format options\n",
		    WL_MAX_OUTPUTS);
		return -1;
	}
	o->outputs[o->noutputs].format = f;
	o->outputs[o->noutputs++].path = colon != NULL && colon[1] != '\0'
					     ? colon + 1 : NULL;
	return 0;
}

/* 0 when a value has the shape the option takes, else -1 after saying which. */
static int
shaped(const char *option, const char *value, bool ok, const char *shape)
{
	if (!ok)
		fprintf(stderr, "wasmlint: --%s takes %s, not `%s`\n", option,
		    shape, value);
	return ok ? 0 : -1;
}

static int
parse_selection(enum wl_config_flag flag, const char *option,
    struct wl_check_options *o)
{
	if (o->nselections == WL_MAX_SELECTIONS) {
		fprintf(stderr, "wasmlint: at most %d --select, --extend-select "
		    "and --ignore options\n", WL_MAX_SELECTIONS);
		return -1;
	}
	o->selections[o->nselections++] = (struct wl_selection_flag){ flag,
		option, optarg };
	return 0;
}

/* URL=FILE: the url is all before the last "=", as a url may hold "=" and a file name seldom does. */
static int
parse_module(char *arg, struct wl_check_options *o)
{
	char *eq = strrchr(arg, '=');

	if (eq == NULL || eq == arg || eq[1] == '\0') {
		fprintf(stderr, "wasmlint: --module takes URL=FILE (the url "
		    "of a WasmPlugin or an EnvoyFilter's remote uri, then the "
		    "module file), not `%s`\n", arg);
		return -1;
	}
	if (o->nmodules == WL_MAX_MODULES) {
		fprintf(stderr, "wasmlint: at most %d --module options\n",
		    WL_MAX_MODULES);
		return -1;
	}
	*eq = '\0';
	o->modules[o->nmodules++] = (struct wl_module_flag){ arg, eq + 1 };
	return 0;
}

static int
parse_jobs(const char *arg, unsigned *jobs)
{
	char	*end;
	long	 n = strtol(arg, &end, 10);

	if (*arg == '\0' || *end != '\0' || n < 1 || n > 256) {
		fprintf(stderr, "wasmlint: --jobs takes a number of threads "
		    "from 1 to 256, not `%s`\n", arg);
		return -1;
	}
	*jobs = (unsigned)n;
	return 0;
}

static int
parse_one(int c, struct wl_check_options *o)
{
	switch (c) {
	case 'V' + 256:
		o->opts.istio_version = optarg;
		return shaped("istio-version", optarg,
		    wl_config_version_shaped(optarg), WL_CONFIG_VERSION_SHAPE);
	case 'R' + 256:
		o->opts.root_namespace = optarg;
		return shaped("root-namespace", optarg,
		    wl_config_namespace_shaped(optarg),
		    WL_CONFIG_NAMESPACE_SHAPE);
	case 'H' + 256:
		o->opts.host_table = optarg;
		return 0;
	case 'W' + 256:
		o->opts.validate = true;
		return 0;
	case 'T' + 256:
		o->threshold_set = true;
		return parse_threshold(optarg, &o->threshold);
	case 'C' + 256:
		return parse_color(optarg, &o->color);
	case 'f':
		return parse_format(optarg, o);
	case 'j':
		return parse_jobs(optarg, &o->opts.jobs);
	case 'q':
		o->quiet = true;
		return 0;
	case 'S' + 256:
		o->show_url = true;
		return 0;
	case 'c':
		o->config_path = optarg;
		return 0;
	case 'M' + 256:
		return parse_module(optarg, o);
	case 'X' + 256:
		if (o->ncontexts == WL_MAX_CONTEXTS) {
			fprintf(stderr, "wasmlint: at most %d --context "
			    "options\n", WL_MAX_CONTEXTS);
			return -1;
		}
		o->contexts[o->ncontexts++] = optarg;
		return 0;
	case 's' + 256:
		return parse_selection(WL_CONFIG_SELECT, "select", o);
	case 'e' + 256:
		return parse_selection(WL_CONFIG_EXTEND_SELECT, "extend-select",
		    o);
	case 'i' + 256:
		return parse_selection(WL_CONFIG_IGNORE, "ignore", o);
	case 'N' + 256:
		o->stdin_filename = optarg;
		return 0;
	case 'I' + 256:
		o->isolated = true;
		return 0;
	case 'U' + 256:
		o->opts.report_unused_suppressions = true;
		return 0;
	case 'h':
		wl_cli_usage(stdout);
		return 1;
	default:
		return -1;
	}
}

/* getopt_long's tables, built from the option table. */
static void
build_getopt(struct option *longopts, char *shortopts)
{
	const struct wl_cli_option	*t;
	size_t				 i = 0;

	*shortopts++ = ':';	/* a missing value is ':', not '?' */
	for (t = wl_check_option_table; t->name != NULL; t++, i++) {
		longopts[i] = (struct option){ t->name,
			t->arg != NULL ? required_argument : no_argument, NULL,
			t->key };
		if (t->key < 256) {
			*shortopts++ = (char)t->key;
			if (t->arg != NULL)
				*shortopts++ = ':';
		}
	}
	longopts[i] = (struct option){ NULL, 0, NULL, 0 };
	*shortopts = '\0';
}

int
wl_check_options_parse(int argc, char **argv, struct wl_check_options *o)
{
	struct option	longopts[32];
	char		shortopts[64];
	int		c, rc;

	build_getopt(longopts, shortopts);
	o->threshold = WL_SEV_ERROR;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1) {
		if (c == '?' || c == ':') {
			wl_cli_option_error(c, optopt, argv[optind - 1]);
			return -1;
		}
		if ((rc = parse_one(c, o)) != 0)
			return rc;
	}
	o->paths = argv + optind;
	o->npaths = argc - optind;
	return 0;
}
