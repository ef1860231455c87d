/* config-load.h - the configuration file of `wasmlint check`: which one, loaded, merged with the flags. */
#ifndef WASMLINT_CLI_CONFIG_LOAD_H
#define WASMLINT_CLI_CONFIG_LOAD_H

#include "cli/check-options.h"
#include "config/config.h"

/* A place the configuration file may come from. */
struct wl_config_source {
	const char	*shown;		/* for --help and the man page */
	char		*(*find)(const struct wl_check_options *);	/* malloc'd path, or NULL */
};

/* Where the configuration file comes from: the first that names one wins; NULL-shown terminated. */
extern const struct wl_config_source	wl_config_sources[];

/*
 * Unless --isolated, loads the file of the first of wl_config_sources that
 * names one, and fills in the options the flags
 * left unset; then lays --select, --extend-select and --ignore over it.
 * Returns 0 (with *cfg NULL when there is neither a file nor a selection
 * flag), or -1 after printing every error of the file with its line and
 * column, or what a selection flag names wrongly.
 */
int	wl_cli_config_load(struct wl_check_options *, struct wl_config **cfg);

#endif
