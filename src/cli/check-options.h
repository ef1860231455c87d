/* check-options.h - the options of `wasmlint check`, parsed from argv. */
#ifndef WASMLINT_CLI_CHECK_OPTIONS_H
#define WASMLINT_CLI_CHECK_OPTIONS_H

#include <stdbool.h>

#include "config/config.h"
#include "report/report.h"
#include "wasmlint/wasmlint.h"

#define WL_MAX_OUTPUTS 8
#define WL_MAX_CONTEXTS 64
#define WL_MAX_SELECTIONS 64
#define WL_MAX_MODULES 64

/* One --select, --extend-select or --ignore, in command-line order. */
struct wl_selection_flag {
	enum wl_config_flag	 flag;
	const char		*option;	/* its name, for messages */
	const char		*list;		/* comma-separated selectors */
};

/* One --module URL=FILE, split at its last "=". */
struct wl_module_flag {
	const char	*url;
	const char	*path;
};

/* One --format FMT[:PATH]; path NULL means standard output. */
struct wl_output {
	const struct wl_format	*format;
	const char		*path;
};

enum wl_color_mode {
	WL_COLOR_AUTO,
	WL_COLOR_ALWAYS,
	WL_COLOR_NEVER,
};

struct wl_check_options {
	struct wl_options	opts;
	int			threshold;	/* a severity; > WL_SEV_ERROR is "none" */
	bool			threshold_set;
	bool			quiet;
	bool			show_url;	/* --show-url */
	const char		*config_path;	/* --config */
	const char		*contexts[WL_MAX_CONTEXTS];	/* --context */
	int			 ncontexts;
	struct wl_module_flag	 modules[WL_MAX_MODULES];	/* --module */
	int			 nmodules;
	bool			isolated;	/* --isolated */
	const char		*stdin_filename;	/* --stdin-filename */
	struct wl_selection_flag selections[WL_MAX_SELECTIONS];
	int			 nselections;
	enum wl_color_mode	color;
	struct wl_output	outputs[WL_MAX_OUTPUTS];
	int			noutputs;
	char			**paths;
	int			npaths;
};

/*
 * Parses argv (argv[0] is "check"). Returns 0, 1 when --help was printed, or
 * -1 after printing a usage error to stderr.
 */
int	wl_check_options_parse(int argc, char **argv,
	    struct wl_check_options *);

#endif
