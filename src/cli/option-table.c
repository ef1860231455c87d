/* option-table.c - every `wasmlint check` option and exit code, once. */
#include <stddef.h>

#include "cli/cli.h"
#include "cli/option-table.h"

const struct wl_cli_option wl_check_option_table[] = {
	{ "config", 'c', "PATH",
	    "the configuration file (default: the first of the places listed "
	    "under configuration)" },
	{ "isolated", 'I' + 256, NULL, "use no configuration file" },
	{ "context", 'X' + 256, "PATH",
	    "manifests read for reference only: they complete the "
	    "cross-checks of the files checked, their own findings are not "
	    "reported; repeatable" },
	{ "module", 'M' + 256, "URL=FILE",
	    "FILE is the module that URL (a WasmPlugin url, an EnvoyFilter's "
	    "remote uri or filename) loads, oci:// included; repeatable, and "
	    "wins over the configuration's modules" },
	{ "select", 's' + 256, "RULES",
	    "report only these rules: ids (WL2101), id prefixes (WL2) or "
	    "slugs, comma-separated; repeatable; replaces the "
	    "configuration's select and ignore" },
	{ "extend-select", 'e' + 256, "RULES",
	    "report these rules too, on top of the configuration's or "
	    "--select's; repeatable" },
	{ "ignore", 'i' + 256, "RULES",
	    "report none of these rules; repeatable; of the flags' "
	    "selectors that name a rule the most specific wins, ignore on a "
	    "tie" },
	{ "stdin-filename", 'N' + 256, "NAME",
	    "the file name of standard input (-): its findings are reported "
	    "at NAME and per-file-ignores match NAME; the manifests of a "
	    "`helm template` stream are reported at their `# Source:` "
	    "paths instead (default: <stdin>)" },
	{ "istio-version", 'V' + 256, "VERSION",
	    "the sidecar version of every workload" },
	{ "host-table", 'H' + 256, "FILE",
	    "what each Istio release's Proxy-Wasm host accepts, instead of "
	    "the built-in table (format: data/README.md)" },
	{ "validate", 'W' + 256, NULL,
	    "validate every module fully, function bodies included (WL3111); "
	    "reads the whole module" },
	{ "root-namespace", 'R' + 256, "NS",
	    "the mesh root namespace, whose EnvoyFilters reach every "
	    "namespace (default: istio-system)" },
	{ "failure-threshold", 'T' + 256, "LEVEL",
	    "lowest severity that fails the run: error (default), warning, "
	    "info or none" },
	{ "format", 'f', "FMT[:PATH]",
	    "an output format, written to PATH or standard output; "
	    "repeatable (default: text, or github when GITHUB_ACTIONS=true)" },
	{ "color", 'C' + 256, "WHEN",
	    "colour in text output: auto (default), always or never; "
	    "FORCE_COLOR and NO_COLOR are honoured" },
	{ "report-unused-suppressions", 'U' + 256, NULL,
	    "report suppressions (comments, wasmlint.io/ignore annotations, "
	    "the configuration's ignore and per-file-ignores) that cover no "
	    "finding (WL1007)" },
	{ "show-url", 'S' + 256, NULL,
	    "text output: a `= see:` line after each finding with the URL of "
	    "its rule's page (JSON and SARIF always carry it)" },
	{ "jobs", 'j', "N",
	    "read and parse files, run the rules and write text output on "
	    "N threads (default: the processors online; 1: none); the "
	    "output is the same for every N" },
	{ "quiet", 'q', NULL, "no summary line and no progress line on "
	    "standard error (progress shows on a terminal after a second)" },
	{ "help", 'h', NULL, "this help" },
	{ NULL, 0, NULL, NULL },
};

const struct wl_cli_exit wl_cli_exit_table[] = {
	{ WL_EXIT_OK, "nothing at or above the failure threshold" },
	{ WL_EXIT_FINDINGS, "findings at or above the failure threshold" },
	{ WL_EXIT_USAGE, "usage error, an input that cannot be read, or no manifest or module read" },
	{ WL_EXIT_INTERNAL, "internal error (e.g. an output cannot be "
			    "written)" },
	{ -1, NULL },
};
