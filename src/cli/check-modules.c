/* check-modules.c - `wasmlint check`'s module bindings: --module URL=FILE and the configuration's modules:, and the urls nothing loads. */
#include <stdio.h>
#include <string.h>

#include "cli/check-modules.h"

/* Binds one url; false after printing why not. */
static bool
add_one(struct wl_run *run, const char *origin, const char *url,
    const char *path)
{
	switch (wl_run_add_module(run, url, path)) {
	case 0:
		return true;
	case -2:
		fprintf(stderr, "wasmlint: %s: %s is not a wasm module (its "
		    "name does not end in .wasm and it does not start with "
		    "\\0asm)\n", origin, path);
		return false;
	default:
		return false;	/* WL1004 says why it cannot be read */
	}
}

static bool
flag_binds(const struct wl_check_options *o, const char *url)
{
	int i;

	for (i = 0; i < o->nmodules; i++)
		if (strcmp(o->modules[i].url, url) == 0)
			return true;
	return false;
}

bool
wl_cli_add_modules(struct wl_run *run, const struct wl_check_options *o)
{
	const struct wl_config_module	*m;
	bool				 ok = true;
	char				 origin[64];
	size_t				 i;
	int				 k;

	for (k = 0; k < o->nmodules; k++)
		ok &= add_one(run, "--module", o->modules[k].url,
		    o->modules[k].path);
	for (i = 0; (m = wl_config_module_at(o->opts.config, i)) != NULL;
	    i++) {
		if (flag_binds(o, m->url))
			continue;	/* the flag wins */
		snprintf(origin, sizeof origin, "%s:%u:%u",
		    wl_config_path(o->opts.config), m->line, m->col);
		ok &= add_one(run, origin, m->url, m->path);
	}
	return ok;
}

void
wl_cli_unused_modules(const struct wl_run *run)
{
	const char	*url;
	size_t		 i;

	for (i = 0; (url = wl_run_unused_module_url(run, i)) != NULL; i++)
		fprintf(stderr, "wasmlint: warning: module bound to `%s`, but "
		    "no WasmPlugin url, EnvoyFilter remote uri or filename in "
		    "the inputs is that url\n", url);
}
