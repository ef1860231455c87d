/* loaders.c - the resources that load an inspected module, read from the module binding of the manifests given. */
#include "inspect/loaders.h"
#include "model/describe.h"
#include "model/lookup.h"
#include "util/list-text.h"

static const char *
bound_name(enum wl_module_bound b)
{
	switch (b) {
	case WL_BOUND_OPTION:
		return "--module";
	case WL_BOUND_SHA256:
		return "sha256";
	default:
		return "name";
	}
}

/* The workloads a load's selection and patch context reach, each with its sidecar version when known. */
static const char *
reaches(struct wl_arena *a, const struct wl_load *l)
{
	struct wl_list_text	t = { a, "" };
	size_t			i;

	for (i = 0; i < l->sel->selected.n; i++) {
		const struct wl_workload *w = l->sel->selected.v[i];

		if (!wl_load_reaches(l, w))
			continue;
		wl_list_text_add(&t, w->version.version != NULL ?
		    wl_arena_printf(a, "%s (Istio %s)",
		    wl_describe_object(a, &w->obj), w->version.version) :
		    wl_describe_object(a, &w->obj));
	}
	return *t.text != '\0' ? t.text : "no workload in the inputs";
}

void
wl_inspect_loaders(struct wl_inspect *in, const struct wl_module_fact *mf,
    struct wl_files *files, struct wl_arena *arena)
{
	size_t i;

	in->manifests_given = true;
	in->nloaders = mf->loaded_by.n;
	in->loaders = wl_arena_alloc(arena,
	    (mf->loaded_by.n + 1) * sizeof *in->loaders);
	for (i = 0; i < mf->loaded_by.n; i++) {
		const struct wl_load		*l = mf->loaded_by.v[i];
		struct wl_inspect_loader	*o = &in->loaders[i];
		const struct wl_str_loc		*what = l->url.s != NULL ?
		    &l->url : &l->file;

		o->kind = l->plugin != NULL ? "WasmPlugin" : "EnvoyFilter";
		o->object = wl_arena_printf(arena, "%s/%s", l->owner->ns,
		    l->owner->name != NULL ? l->owner->name : "(unnamed)");
		o->at = wl_floc_loc(files, &what->loc);
		o->names = what->s;
		o->bound = bound_name(l->bound);
		o->reaches = reaches(arena, l);
	}
}
