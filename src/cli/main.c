/* main.c - the wasmlint command: picks a subcommand and returns its exit code. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "wasmlint/wasmlint.h"

void
wl_cli_usage(FILE *out)
{
	fputs(
	    "usage: wasmlint check [OPTIONS] [PATH...]\n"
	    "       wasmlint explain RULE\n"
	    "       wasmlint rules [--format text|markdown]\n"
	    "       wasmlint --version | --help\n"
	    "\n"
	    "Checks Istio manifests (EnvoyFilter, workloads, ConfigMaps) and\n"
	    "Proxy-Wasm modules for a plugin chain that will not load.\n"
	    "PATH is a manifest, a .wasm module, a directory (searched for\n"
	    "*.yaml, *.yml, *.json), or - for manifests on standard input;\n"
	    "default: .\n"
	    "\n"
	    "check options:\n"
	    "  --istio-version VERSION     sidecar version of every workload\n"
	    "  --root-namespace NS         mesh root namespace (istio-system)\n"
	    "  --failure-threshold LEVEL   error, warning, info or none\n"
	    "                              (default: error)\n"
	    "  -f, --format FMT[:PATH]     output format, to PATH or standard\n"
	    "                              output; repeatable (default: text,\n"
	    "                              or github when GITHUB_ACTIONS=true)\n"
	    "  --color WHEN                auto, always or never (text only;\n"
	    "                              NO_COLOR and FORCE_COLOR honoured)\n"
	    "  --report-unused-suppressions  report suppressions that cover\n"
	    "                              no finding\n"
	    "  -q, --quiet                 no summary on standard error\n"
	    "\n"
	    "exit status:\n"
	    "  0  nothing at or above the failure threshold\n"
	    "  1  findings at or above the failure threshold\n"
	    "  2  usage error, or an input that cannot be read\n"
	    "  3  internal error\n", out);
}

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
	if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
		printf("wasmlint %s\n", WASMLINT_VERSION);
		return WL_EXIT_OK;
	}
	if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 ||
	    strcmp(cmd, "help") == 0) {
		wl_cli_usage(stdout);
		return WL_EXIT_OK;
	}
	fprintf(stderr, "wasmlint: unknown command `%s`\n", cmd);
	wl_cli_usage(stderr);
	return WL_EXIT_USAGE;
}
