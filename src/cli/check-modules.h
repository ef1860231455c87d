/* check-modules.h - binding modules to urls for `wasmlint check`. */
#ifndef WASMLINT_CLI_CHECK_MODULES_H
#define WASMLINT_CLI_CHECK_MODULES_H

#include <stdbool.h>

#include "cli/check-options.h"

/* Reads the modules of --module and of the configuration's modules: (a flag wins for its url); false after an error. */
bool	wl_cli_add_modules(struct wl_run *, const struct wl_check_options *);
/* After the check: a warning on standard error for each bound url nothing loads. */
void	wl_cli_unused_modules(const struct wl_run *);

#endif
