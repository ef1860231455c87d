/* main.c - the wasmlint command: picks a subcommand and returns its exit code. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "version.h"

static const char *const commands[] = { "check", "explain", "rules",
	"inspect", "man", "--version", "--help", NULL };

int
main(int argc, char **argv)
{
	const char *cmd = argc > 1 ? argv[1] : "--help";

	if (strcmp(cmd, "check") == 0)
		return wl_cli_check(argc - 1, argv + 1);
	if (strcmp(cmd, "explain") == 0)
		return wl_cli_explain(argc - 1, argv + 1);
	if (strcmp(cmd, "rules") == 0)
		return wl_cli_rules(argc - 1, argv + 1);
	if (strcmp(cmd, "inspect") == 0)
		return wl_cli_inspect(argc - 1, argv + 1);
	if (strcmp(cmd, "man") == 0)
		return wl_cli_man(argc - 1, argv + 1);
	if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
		printf("wasmlint %s\n", WASMLINT_VERSION);
		return WL_EXIT_OK;
	}
	if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 ||
	    strcmp(cmd, "help") == 0) {
		wl_cli_usage(stdout);
		return WL_EXIT_OK;
	}
	wl_cli_unknown_command(cmd, commands);
	return WL_EXIT_USAGE;
}
