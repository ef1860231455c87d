/* configmap-too-large.c - WL3110: a module a selected workload mounts from a ConfigMap is larger than a ConfigMap can hold. */
#include "check/check.h"
#include "hosts/target.h"
#include "model/describe.h"
#include "model/lookup.h"

/* The ConfigMap volume w mounts l's file from, or NULL. */
static const struct wl_user_volume *
configmap_volume(const struct wl_workload *w, const struct wl_load *l)
{
	const struct wl_user_mount	*m = wl_mount_for_path(w, l->path);
	const struct wl_user_volume	*v;

	if (m == NULL || (v = wl_volume_named(w, m->name.s)) == NULL)
		return NULL;
	return v->configmap.s != NULL ? v : NULL;
}

static void
report(struct wl_check *c, const struct wl_module_fact *mf,
    const struct wl_load *l, const struct wl_workload *w,
    const struct wl_user_volume *v)
{
	const struct wl_hosts	*h = c->facts->hosts;
	struct wl_arena		*a = c->sink->arena;
	struct wl_loc		 loc = wl_module_loc(mf, 0);
	struct wl_diag		*d;

	d = wl_report_loc(c, &loc, NULL, "is %zu bytes, more than the %zu a "
	    "ConfigMap can hold, and %s mounts it from ConfigMap `%s` "
	    "(volume `%s`): the ConfigMap cannot be created, so the sidecar "
	    "never gets the file%s", mf->m.size, h->configmap_bytes,
	    wl_describe_object(a, &w->obj), v->configmap.s, v->name.s,
	    h->configmap_cite.mark == WL_MARK_UNCONFIRMED ? wl_arena_printf(
	    a, "; UNCONFIRMED in the host table: the ConfigMap limit (%s:%u)",
	    h->file, h->configmap_cite.line) : "");
	wl_relate(c, d, &v->configmap.loc, "ConfigMap %s is "
	    "mounted into %s here", v->configmap.s, wl_describe_object(a,
	    &w->obj));
	wl_relate(c, d, &l->file.loc, "%s loads it here",
	    wl_describe_object(a, l->owner));
	wl_diag_hint(c->sink, d, "ship the plugin as an OCI image with a "
	    "WasmPlugin, or serve it over HTTP (vm_config.code.remote)");
}

/* Reports the first workload selected through l that mounts l's file from a ConfigMap. */
static bool
check_load(struct wl_check *c, const struct wl_module_fact *mf,
    const struct wl_load *l)
{
	const struct wl_user_volume	*v;
	size_t				 i;

	for (i = 0; i < l->sel->selected.n; i++) {
		const struct wl_workload *w = l->sel->selected.v[i];

		if ((v = configmap_volume(w, l)) != NULL) {
			report(c, mf, l, w, v);
			return true;
		}
	}
	return false;
}

/* Once per module: the first load through which a ConfigMap carries it. */
static void
check_module(struct wl_check *c, const struct wl_module_fact *mf)
{
	const struct wl_facts	*f = c->facts;
	size_t			 i;

	if (f->hosts->configmap_bytes == 0 ||
	    mf->m.size <= f->hosts->configmap_bytes)
		return;
	for (i = 0; i < f->loads.n; i++)
		if (wl_load_loads(&f->loads.v[i], mf) &&
		    check_load(c, mf, &f->loads.v[i]))
			return;
}

static void
check_configmap_too_large(struct wl_check *c)
{
	wl_each_module(c, check_module);
}

const struct wl_rule wl_rule_configmap_too_large = {
	.id = "WL3110",
	.slug = "configmap-too-large",
	.severity = WL_SEV_ERROR,
	.summary = "module mounted from a ConfigMap is larger than a "
		   "ConfigMap can hold",
	.rationale =
	    "Kubernetes refuses a ConfigMap whose data exceeds 1 MiB, so "
	    "`kubectl create configmap --from-file=plugin.wasm` fails for a "
	    "bigger module and the sidecar never gets the file. Plugins "
	    "cross the limit easily: TinyGo and Rust builds with debug "
	    "information, or any Go plugin. The check applies when a "
	    "workload selected by the EnvoyFilter or WasmPlugin that loads "
	    "the module "
	    "mounts it from a configMap volume.",
	.bad = "$ ls -l http-headers.wasm   # 1.3 MiB, mounted from "
	       "ConfigMap http-headers-wasm\n",
	.good = "$ wasm-opt -Oz --strip-debug http-headers.wasm -o "
		"http-headers.wasm   # 400 KiB\n",
	.fix = "Shrink the module (strip debug sections, optimise for size), "
	       "or deliver it another way: an OCI image with a WasmPlugin, or "
	       "vm_config.code.remote.",
	.check = check_configmap_too_large,
};
