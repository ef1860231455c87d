/* module-binding.c - which module stands for what each load loads: bound by url, then by SHA-256, then by name; modules the user named before those found in the inputs. */
#include <string.h>

#include "model/module-binding.h"
#include "model/module.h"
#include "model/plugin-url.h"

const char *
wl_load_module_name(struct wl_arena *a, const struct wl_load *l)
{
	const char	*s = l->file.s != NULL ? l->file.s : l->url.s, *slash;
	size_t		 n;

	if (s == NULL)
		return NULL;
	slash = strrchr(s, '/');
	if (slash != NULL)
		s = slash + 1;
	if (l->file.s != NULL)
		return s;
	/* A url's last segment, without query or fragment, if it names a .wasm file. */
	n = strcspn(s, "?#");
	if (n < strlen(".wasm") + 1 ||
	    memcmp(s + n - strlen(".wasm"), ".wasm", strlen(".wasm")) != 0)
		return NULL;
	return wl_arena_strndup(a, s, n);
}

static bool
in_tier(const struct wl_module_fact *m, bool given)
{
	return (m->origin == WL_MODULE_GIVEN) == given;
}

/*
 * Whether the load's sha256 is its module's: not for an oci:// (or
 * scheme-less) WasmPlugin url, whose sha256 is the image's manifest digest
 * (istio/istio pkg/wasm/imagefetcher.go PrepareFetch, tag 1.29.0).
 */
static bool
sha256_is_module_digest(struct wl_arena *a, const struct wl_load *l)
{
	const char *scheme;

	if (l->sha256.s == NULL)
		return false;
	if (l->plugin == NULL)
		return true;
	scheme = wl_plugin_url_scheme(a, l->url.s);
	return scheme != NULL && *scheme != '\0' && strcmp(scheme, "oci") != 0;
}

/* The first module of the tier with the load's sha256, else the first with its name. */
static const struct wl_module_fact *
match_tier(struct wl_facts *f, struct wl_sink *sink, const struct wl_load *l,
    const char *name, bool given, enum wl_module_bound *how)
{
	bool		 by_sum = sha256_is_module_digest(f->arena, l);
	const char	*sum;
	size_t		 i;

	for (i = 0; by_sum && i < f->modules.n; i++)
		if (in_tier(&f->modules.v[i], given) &&
		    (sum = wl_module_sha256(&f->modules.v[i], sink)) != NULL &&
		    strcmp(sum, l->sha256.s) == 0) {
			*how = WL_BOUND_SHA256;
			return &f->modules.v[i];
		}
	for (i = 0; name != NULL && i < f->modules.n; i++)
		if (in_tier(&f->modules.v[i], given) &&
		    strcmp(f->modules.v[i].base_name, name) == 0) {
			*how = WL_BOUND_NAME;
			return &f->modules.v[i];
		}
	return NULL;
}

static bool
binding_names(const struct wl_module_binding *b, const struct wl_load *l)
{
	return (l->url.s != NULL && strcmp(b->url, l->url.s) == 0) ||
	    (l->file.s != NULL && strcmp(b->url, l->file.s) == 0);
}

static void
bind_load(struct wl_facts *f, struct wl_sink *sink, struct wl_load *l)
{
	const char	*name;
	size_t		 i;

	for (i = 0; i < f->module_bindings.n; i++)
		if (binding_names(&f->module_bindings.v[i], l)) {
			f->module_bindings.v[i].used = true;
			l->module = f->module_bindings.v[i].module;
			l->bound = WL_BOUND_OPTION;
			return;
		}
	name = wl_load_module_name(f->arena, l);
	l->module = match_tier(f, sink, l, name, true, &l->bound);
	if (l->module == NULL)
		l->module = match_tier(f, sink, l, name, false, &l->bound);
}

void
wl_bind_modules(struct wl_facts *f, struct wl_sink *sink)
{
	size_t i;

	for (i = 0; i < f->module_bindings.n; i++)
		f->module_bindings.v[i].module =
		    &f->modules.v[f->module_bindings.v[i].index];
	for (i = 0; i < f->loads.n; i++) {
		struct wl_load *l = &f->loads.v[i];

		bind_load(f, sink, l);
		if (l->module != NULL) {
			struct wl_module_fact *m =
			    &f->modules.v[l->module - f->modules.v];

			*WL_VEC_PUSH(f->arena, &m->loaded_by) = l;
			/* WL2410 compares the two. */
			if (l->sha256.s != NULL)
				(void)wl_module_sha256(m, sink);
		}
	}
	for (i = 0; i < f->modules.n; i++)
		f->modules.v[i].checked = f->modules.v[i].origin ==
		    WL_MODULE_GIVEN || f->modules.v[i].loaded_by.n > 0;
}
