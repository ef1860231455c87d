/* option-table.h - the options and exit codes of `wasmlint check`, as data for getopt, --help and the man page. */
#ifndef WASMLINT_CLI_OPTION_TABLE_H
#define WASMLINT_CLI_OPTION_TABLE_H

struct wl_cli_option {
	const char	*name;		/* long name, without "--" */
	int		 key;		/* getopt value; a letter is also the short option */
	const char	*arg;		/* argument name, or NULL for a flag */
	const char	*help;
};

struct wl_cli_exit {
	int		 code;
	const char	*meaning;
};

/* NULL-name terminated. */
extern const struct wl_cli_option	wl_check_option_table[];
/* code -1 terminated. */
extern const struct wl_cli_exit		wl_cli_exit_table[];

#endif
