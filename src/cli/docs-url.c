/* docs-url.c - the base URL of the rule pages: $WASMLINT_DOCS_URL, else the one set at build time (-Ddocs_url). */
#include <stdlib.h>

#include "cli/cli.h"

const char *
wl_cli_docs_url(void)
{
	const char *env = getenv("WASMLINT_DOCS_URL");

	return env != NULL && *env != '\0' ? env : WL_DOCS_URL;
}
