/* config-load.h - the configuration file of `wasmlint check`: which one, loaded, merged with the flags. */
#ifndef WASMLINT_CLI_CONFIG_LOAD_H
#define WASMLINT_CLI_CONFIG_LOAD_H

#include "cli/check-options.h"
#include "config/config.h"

/*
 * Unless --isolated, loads --config, else $WASMLINT_CONFIG, else the
 * .wasmlint.yaml found upwards to the repository root, else
 * $XDG_CONFIG_HOME/wasmlint/config.yaml, and fills in the options the flags
 * left unset; then lays --select, --extend-select and --ignore over it.
 * Returns 0 (with *cfg NULL when there is neither a file nor a selection
 * flag), or -1 after printing every error of the file with its line and
 * column, or what a selection flag names wrongly.
 */
int	wl_cli_config_load(struct wl_check_options *, struct wl_config **cfg);

#endif
