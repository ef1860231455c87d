/* wasm-module-not-given.c - WL2405: modules were given, but none answers the EnvoyFilter's filename. */
#include <string.h>

#include "check/check.h"
#include "model/describe.h"

static const char *
module_names(struct wl_arena *a, const struct wl_facts *f)
{
	struct wl_list_text	l = { a, "" };
	size_t			i;

	for (i = 0; i < f->modules.n; i++)
		wl_list_text_add(&l, f->modules.v[i].base_name);
	return l.text;
}

static void
check_load(struct wl_check *c, const struct wl_load *l)
{
	const struct wl_facts	*f = c->facts;
	const char		*file = l->file.s, *base;
	size_t			 i;

	if (file == NULL || f->modules.n == 0)
		return;
	base = strrchr(file, '/') != NULL ? strrchr(file, '/') + 1 : file;
	for (i = 0; i < f->modules.n; i++)
		if (strcmp(f->modules.v[i].base_name, base) == 0)
			return;
	wl_report(c, &l->file.loc, l->owner,
	    "no module given on the command line is named `%s` (given: %s); "
	    "the plugin this filter loads is not checked", base,
	    module_names(c->sink->arena, f));
}

static void
check_wasm_module_not_given(struct wl_check *c)
{
	wl_each_load(c, check_load);
}

const struct wl_rule wl_rule_wasm_module_not_given = {
	.id = "WL2405",
	.slug = "wasm-module-not-given",
	.severity = WL_SEV_WARNING,
	.summary = "no given wasm module answers the EnvoyFilter's filename",
	.rationale =
	    "A module on the command line stands for the filename with the "
	    "same base name. When modules are given but none has the name "
	    "the EnvoyFilter loads, the file that will run in the sidecar is "
	    "not the one that was checked: usually a renamed build output or "
	    "a stale filename.",
	.bad = "$ wasmlint check manifests/ build/plugin.wasm   "
	       "# filter loads http-headers.wasm\n",
	.good = "$ wasmlint check manifests/ build/http-headers.wasm\n",
	.fix = "Pass the module the filter loads, or correct the filename.",
	.check = check_wasm_module_not_given,
};
