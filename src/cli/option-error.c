/* option-error.c - what a mistyped option or command gets: one line naming the closest option and pointing at --help. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/option-table.h"
#include "util/suggest.h"

#define HELP_HINT	"; see `wasmlint check --help`"
#define HELP_SENTENCE	" See `wasmlint check --help`."

static const struct wl_cli_option *
option_by_key(int key)
{
	const struct wl_cli_option *t;

	for (t = wl_check_option_table; t->name != NULL; t++)
		if (t->key == key)
			return t;
	return NULL;
}

/* How many options' names start with the len bytes of name; with out, they are listed there. */
static int
options_prefixed(const char *name, size_t len, FILE *out)
{
	const struct wl_cli_option	*t;
	int				 n = 0;

	for (t = wl_check_option_table; t->name != NULL; t++) {
		if (strncmp(t->name, name, len) != 0)
			continue;
		if (out != NULL)
			fprintf(out, "%s--%s", n == 0 ? "" : ", ", t->name);
		n++;
	}
	return n;
}

/* A long option getopt_long does not know, or knows by more than one name. */
static void
long_option_error(const char *arg)
{
	const char			*name = arg + 2;
	size_t				 len = strcspn(name, "=");
	const struct wl_cli_option	*t;
	struct wl_suggest		 s;
	char				 word[128];

	if (options_prefixed(name, len, NULL) > 1) {
		fprintf(stderr, "wasmlint: `--%.*s` is ambiguous: ", (int)len,
		    name);
		options_prefixed(name, len, stderr);
		fputs(HELP_HINT "\n", stderr);
		return;
	}
	snprintf(word, sizeof word, "%.*s", (int)len, name);
	wl_suggest_init(&s, word);
	for (t = wl_check_option_table; t->name != NULL; t++)
		wl_suggest_try(&s, t->name);
	if (s.best != NULL)
		fprintf(stderr, "wasmlint: unknown option `--%s`; did you mean "
		    "`--%s`?" HELP_SENTENCE "\n", word, s.best);
	else
		fprintf(stderr, "wasmlint: unknown option `--%s`" HELP_HINT
		    "\n", word);
}

void
wl_cli_option_error(int c, int bad_key, const char *arg)
{
	const struct wl_cli_option	*t = option_by_key(bad_key);
	const char			*eq = arg != NULL ? strchr(arg, '=') : NULL;

	if (c == ':' && t != NULL)
		fprintf(stderr, "wasmlint: --%s needs a value (%s)" HELP_HINT
		    "\n", t->name, t->arg);
	else if (bad_key == 0 && arg != NULL && strncmp(arg, "--", 2) == 0)
		long_option_error(arg);
	else if (t != NULL && arg != NULL && strncmp(arg, "--", 2) == 0)
		fprintf(stderr, "wasmlint: --%s takes no value, not `%s`"
		    HELP_HINT "\n", t->name, eq != NULL ? eq + 1 : "");
	else
		fprintf(stderr, "wasmlint: unknown option `-%c`" HELP_HINT
		    "\n", bad_key > 0 && bad_key < 256 ? bad_key : '?');
}

void
wl_cli_unknown_command(const char *cmd, const char *const *commands)
{
	const char *near = wl_suggest_among(cmd, commands);

	if (near != NULL)
		fprintf(stderr, "wasmlint: unknown command `%s`; did you mean "
		    "`%s`? See `wasmlint --help`.\n", cmd, near);
	else
		fprintf(stderr, "wasmlint: unknown command `%s`; see "
		    "`wasmlint --help`\n", cmd);
}
