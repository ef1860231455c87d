/* explain.c - `wasmlint explain [--format text|markdown] RULE` and `wasmlint rules`: the rule table as documentation. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "report/report.h"
#include "wasmlint/rule.h"
#include "version.h"

/* Prints text indented by four spaces, line by line. */
static void
print_indented(const char *text)
{
	const char *nl;

	while (*text != '\0') {
		nl = strchr(text, '\n');
		if (nl == NULL)
			nl = text + strlen(text);
		printf("    %.*s\n", (int)(nl - text), text);
		text = *nl != '\0' ? nl + 1 : nl;
	}
}

/* The page in text, as `wasmlint explain RULE` prints it. */
static void
explain_text(const struct wl_rule *r)
{
	printf("%s %s (%s)\n%s\n\nWhy\n    ", r->id, r->slug,
	    wl_severity_name(r->severity), r->summary);
	wl_cli_wrap(stdout, r->rationale, 4, 4);
	printf("\nBad\n");
	print_indented(r->bad);
	printf("\nGood\n");
	print_indented(r->good);
	printf("\nFix\n    ");
	wl_cli_wrap(stdout, r->fix, 4, 4);
}

int
wl_cli_explain(int argc, char **argv)
{
	static const char *const formats[] = { "text", "markdown" };
	const struct wl_rule	*r;
	int			 format = 0;

	if (argc == 4 && strcmp(argv[1], "--format") == 0)
		format = wl_cli_choice("format", argv[2], formats, 2);
	else if (argc != 2)
		format = -1;
	if (format < 0) {
		fputs("usage: wasmlint explain [--format text|markdown] RULE "
		    "(an id like WL2101, or a slug like "
		    "proxy-version-mismatch)\n", stderr);
		return WL_EXIT_USAGE;
	}
	if ((r = wl_rule_find(argv[argc - 1])) == NULL) {
		fprintf(stderr, "wasmlint: no rule `%s`; `wasmlint rules` "
		    "lists them\n", argv[argc - 1]);
		return WL_EXIT_USAGE;
	}
	if (format == 1)
		wl_rule_page(stdout, r);
	else
		explain_text(r);
	return fflush(stdout) == 0 ? WL_EXIT_OK : WL_EXIT_INTERNAL;
}

int
wl_cli_rules(int argc, char **argv)
{
	static const char *const formats[] = { "text", "markdown", "json" };
	const struct wl_rule *const	*r;
	bool				 markdown;
	int				 format = 0;

	if (argc == 3 && strcmp(argv[1], "--format") == 0)
		format = wl_cli_choice("format", argv[2], formats, 3);
	else if (argc != 1)
		format = -1;
	if (format < 0) {
		fputs("usage: wasmlint rules [--format text|markdown|json]\n",
		    stderr);
		return WL_EXIT_USAGE;
	}
	if (format == 2) {
		wl_report_rules_json(stdout, WASMLINT_VERSION,
		    wl_cli_docs_url());
		return WL_EXIT_OK;
	}
	markdown = format == 1;
	if (markdown)
		printf("| id | rule | severity | summary |\n"
		       "|---|---|---|---|\n");
	for (r = wl_rules; *r != NULL; r++)
		printf(markdown ? "| %s | `%s` | %s | %s |\n"
				: "%-7s %-24s %-8s %s\n",
		    (*r)->id, (*r)->slug, wl_severity_name((*r)->severity),
		    (*r)->summary);
	return WL_EXIT_OK;
}
