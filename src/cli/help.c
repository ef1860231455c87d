/* help.c - --help text and the wasmlint(1) man page, both from the option, exit and rule tables. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/config-load.h"
#include "cli/help-sections.h"
#include "cli/option-table.h"
#include "report/report.h"
#include "wasmlint/rule.h"

#define HELP_INDENT	30
#define HELP_FORMAT_INDENT	14
#define HELP_WIDTH	78

static const char *const synopsis[] = {
	"wasmlint check [OPTIONS] [PATH...]",
	"wasmlint explain [--format text|markdown] RULE",
	"wasmlint rules [--format text|markdown|json]",
	"wasmlint inspect FILE.wasm [MANIFESTS...] [--format text|json] [--host-table FILE] "
	    "[--validate]",
	"wasmlint man",
	"wasmlint --version | --help",
	NULL,
};

static const char description[] =
    "Checks Istio manifests (EnvoyFilter, workloads, ConfigMaps) and "
    "Proxy-Wasm modules for a plugin chain that will not load: proxyVersion "
    "against the sidecar version, the plugin filename against the mounts, "
    "the workload selector against pod labels, and the module's ABI "
    "against what Envoy requires. PATH is a manifest, a .wasm module, a "
    "directory (searched for *.yaml, *.yml and *.json), or - for "
    "manifests on standard input; default: the current directory.";

void
wl_cli_wrap(FILE *out, const char *text, int column, int indent)
{
	const char *p = text;

	while (*p != '\0') {
		size_t word = strcspn(p, " ");

		if (column > indent && column + 1 + (int)word > HELP_WIDTH) {
			fprintf(out, "\n%*s", indent, "");
			column = indent;
		} else if (column > indent) {
			fputc(' ', out);
			column++;
		}
		fprintf(out, "%.*s", (int)word, p);
		column += (int)word;
		p += word;
		p += strspn(p, " ");
	}
	fputc('\n', out);
}

static int
option_head(FILE *out, const struct wl_cli_option *o)
{
	return fprintf(out, "  %s%c%s--%s%s%s", o->key < 256 ? "-" : "",
	    o->key < 256 ? o->key : ' ', o->key < 256 ? ", " : " ",
	    o->name, o->arg != NULL ? " " : "", o->arg != NULL ? o->arg : "");
}

void
wl_cli_usage(FILE *out)
{
	const struct wl_cli_option	*o;
	const struct wl_cli_exit	*e;
	const struct wl_format		*f;
	const struct wl_config_source	*s;
	int				 n;

	for (n = 0; synopsis[n] != NULL; n++)
		fprintf(out, "%s%s\n", n == 0 ? "usage: " : "       ",
		    synopsis[n]);
	fputc('\n', out);
	wl_cli_wrap(out, description, 0, 0);
	fputs("\ncheck options:\n", out);
	for (o = wl_check_option_table; o->name != NULL; o++) {
		n = option_head(out, o);
		if (n >= HELP_INDENT - 1) {
			fputc('\n', out);
			n = 0;
		}
		fprintf(out, "%*s", HELP_INDENT - n, "");
		wl_cli_wrap(out, o->help, HELP_INDENT, HELP_INDENT);
	}
	fputs("\noutput formats (--format FMT[:PATH]):\n", out);
	for (f = wl_formats; f->name != NULL; f++) {
		n = fprintf(out, "  %s", f->name);
		fprintf(out, "%*s", HELP_FORMAT_INDENT - n, "");
		wl_cli_wrap(out, f->summary, HELP_FORMAT_INDENT,
		    HELP_FORMAT_INDENT);
	}
	fputs("\nconfiguration (the first of these that names a file):\n", out);
	for (s = wl_config_sources, n = 1; s->shown != NULL; s++, n++) {
		fprintf(out, "  %d. ", n);
		wl_cli_wrap(out, s->shown, 5, 5);
	}
	fputs("  ", out);
	wl_cli_wrap(out, wl_help_flags_over_file, 2, 2);
	fputs("\nexit status:\n", out);
	for (e = wl_cli_exit_table; e->code >= 0; e++)
		fprintf(out, "  %d  %s\n", e->code, e->meaning);
}

/* Text for roff: backslashes doubled, a leading dot or quote escaped. */
static void
roff(FILE *out, const char *s)
{
	if (*s == '.' || *s == '\'')
		fputs("\\&", out);
	for (; *s != '\0'; s++) {
		if (*s == '\\')
			fputs("\\e", out);
		else if (*s == '-')
			fputs("\\-", out);
		else
			fputc(*s, out);
	}
}

/* .TP items: a bold name, then its meaning. */
static void
man_item(const char *name, const char *meaning)
{
	printf(".TP\n\\fB");
	roff(stdout, name);
	printf("\\fR\n");
	roff(stdout, meaning);
	printf("\n");
}

/* OUTPUT FORMATS, CONFIGURATION, SUPPRESSIONS and ENVIRONMENT. */
static void
man_sections(void)
{
	const struct wl_format		*f;
	const struct wl_config_source	*s;
	const struct wl_help_item	*h;
	int				 n;

	printf(".SH OUTPUT FORMATS\n");
	for (f = wl_formats; f->name != NULL; f++)
		man_item(f->name, f->summary);
	printf(".SH CONFIGURATION\nThe configuration file is the first of "
	    "these that names one:\n");
	for (s = wl_config_sources, n = 1; s->shown != NULL; s++, n++) {
		printf(".IP %d.\n", n);
		roff(stdout, s->shown);
		printf("\n");
	}
	printf(".PP\n");
	roff(stdout, wl_help_flags_over_file);
	printf("\n.SH SUPPRESSIONS\n");
	roff(stdout, wl_help_suppressions);
	printf("\n.SH ENVIRONMENT\n");
	for (h = wl_help_environment; h->name != NULL; h++)
		man_item(h->name, h->meaning);
}

int
wl_cli_man(int argc, char **argv)
{
	const struct wl_cli_option	*o;
	const struct wl_cli_exit	*e;
	const struct wl_rule *const	*r;
	size_t				 i;

	(void)argc;
	(void)argv;
	printf(".TH WASMLINT 1\n.SH NAME\nwasmlint \\- lint Istio/Envoy "
	    "Proxy\\-Wasm deployments\n.SH SYNOPSIS\n.nf\n");
	for (i = 0; synopsis[i] != NULL; i++) {
		roff(stdout, synopsis[i]);
		printf("\n");
	}
	printf(".fi\n.SH DESCRIPTION\n");
	roff(stdout, description);
	printf("\n.SH OPTIONS\n");
	for (o = wl_check_option_table; o->name != NULL; o++) {
		printf(".TP\n\\fB");
		if (o->key < 256)
			printf("\\-%c\\fR, \\fB", o->key);
		printf("\\-\\-%s\\fR", o->name);
		if (o->arg != NULL)
			printf(" \\fI%s\\fR", o->arg);
		printf("\n");
		roff(stdout, o->help);
		printf("\n");
	}
	man_sections();
	printf(".SH EXIT STATUS\n");
	for (e = wl_cli_exit_table; e->code >= 0; e++) {
		printf(".TP\n%d\n", e->code);
		roff(stdout, e->meaning);
		printf("\n");
	}
	printf(".SH RULES\n`wasmlint explain RULE' prints a rule's "
	    "documentation.\n");
	for (r = wl_rules; *r != NULL; r++) {
		printf(".TP\n\\fB%s\\fR ", (*r)->id);
		roff(stdout, (*r)->slug);
		printf(" (%s)\n", wl_severity_name((*r)->severity));
		roff(stdout, (*r)->summary);
		printf("\n");
	}
	return fflush(stdout) == 0 ? WL_EXIT_OK : WL_EXIT_INTERNAL;
}
