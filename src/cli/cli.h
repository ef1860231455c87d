/* cli.h - the subcommands of the wasmlint binary and its exit codes. */
#ifndef WASMLINT_CLI_CLI_H
#define WASMLINT_CLI_CLI_H

#include <stdio.h>

enum wl_exit {
	WL_EXIT_OK = 0,		/* nothing at or above the failure threshold */
	WL_EXIT_FINDINGS = 1,	/* findings at or above it */
	WL_EXIT_USAGE = 2,	/* usage error, or an input that cannot be read */
	WL_EXIT_INTERNAL = 3,	/* internal error (e.g. output cannot be written) */
};

int	wl_cli_check(int argc, char **argv);
int	wl_cli_explain(int argc, char **argv);
int	wl_cli_rules(int argc, char **argv);
int	wl_cli_inspect(int argc, char **argv);
/* The index of s among names (n of them), or -1 after a usage message. */
int	wl_cli_choice(const char *option, const char *s,
	    const char *const *names, int n);
/* Prints the wasmlint(1) man page in roff. */
int	wl_cli_man(int argc, char **argv);
/*
 * Prints text word-wrapped at 78 columns, starting at column, with later
 * lines indented by indent, and a newline.
 */
void	wl_cli_wrap(FILE *out, const char *text, int column, int indent);
/* The base URL of the rule pages, ending in '/'. */
const char	*wl_cli_docs_url(void);
/*
 * One line on stderr for an option getopt_long refused: c is what it
 * returned ('?' or ':'), bad_key its optopt, arg the argument it was at.
 */
void	wl_cli_option_error(int c, int bad_key, const char *arg);
/* One line on stderr for an unknown command, with the closest of commands (NULL-terminated). */
void	wl_cli_unknown_command(const char *cmd, const char *const *commands);
/* The usage text, to out. */
void	wl_cli_usage(FILE *out);

#endif
