/* help-sections.h - the prose of --help and the man page beyond the options: configuration, suppressions, environment. */
#ifndef WASMLINT_CLI_HELP_SECTIONS_H
#define WASMLINT_CLI_HELP_SECTIONS_H

/* A name and what it means: an environment variable, a configuration source. */
struct wl_help_item {
	const char	*name;
	const char	*meaning;
};

/* How flags and the configuration file combine. */
extern const char			wl_help_flags_over_file[];
/* The suppression comments and annotation. */
extern const char			wl_help_suppressions[];
/* The environment variables wasmlint reads; NULL-name terminated. */
extern const struct wl_help_item	wl_help_environment[];

#endif
