/* help-sections.c - the prose of --help and the man page beyond the options: configuration, suppressions, environment. */
#include <stddef.h>

#include "cli/help-sections.h"

const char wl_help_flags_over_file[] =
    "Flags win over the file: --istio-version, --root-namespace and "
    "--failure-threshold replace its values, and --select, --extend-select "
    "and --ignore are a layer over its select and ignore (a rule no flag "
    "names is off after --select, else as the file says). --isolated uses "
    "no file.";

const char wl_help_suppressions[] =
    "A comment `# wasmlint disable-line=WL2101,selector-no-match -- "
    "reason` silences those rules (ids or slugs; none: every rule) on its "
    "line, or on the line below when it stands alone; disable-next-line "
    "silences the line below and disable-file the whole file. The "
    "annotation `wasmlint.io/ignore: WL2101 -- reason` silences them for "
    "every finding about its object, and survives helm template and "
    "kustomize. A suppression naming an unknown rule is WL1006; with "
    "--report-unused-suppressions one that covers nothing is WL1007, and "
    "so are the configuration's ignore and per-file-ignores entries that "
    "drop no finding.";

const struct wl_help_item wl_help_environment[] = {
	{ "WASMLINT_CONFIG", "the configuration file, when --config is not "
	    "given (before the one found upwards)" },
	{ "XDG_CONFIG_HOME", "where the last-resort configuration "
	    "wasmlint/config.yaml is" },
	{ "WASMLINT_DOCS_URL", "the base URL of the rule pages, instead of "
	    "the one set at build time" },
	{ "GITHUB_ACTIONS", "when `true`, the default format is github" },
	{ "FORCE_COLOR, CLICOLOR_FORCE", "when set and not empty, colour in "
	    "text output even when it is not a terminal (--color wins)" },
	{ "NO_COLOR", "when set and not empty, no colour unless forced" },
	{ "TERM", "`dumb`: no colour unless forced" },
	{ NULL, NULL },
};
