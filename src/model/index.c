/* index.c - workloads and Services by namespace and ConfigMaps by name, sorted once per run and searched by bisection. */
#include <stdlib.h>
#include <string.h>

#include "model/anchor.h"
#include "model/gateway.h"
#include "model/index.h"
#include "model/meet.h"
#include "model/module-binding.h"
#include "model/plugin-url.h"
#include "model/pod-patch.h"
#include "model/reach.h"

static int
workload_ns_cmp(const void *pa, const void *pb)
{
	const struct wl_workload *a = *(const struct wl_workload *const *)pa;
	const struct wl_workload *b = *(const struct wl_workload *const *)pb;
	int			  c = strcmp(a->obj.ns, b->obj.ns);

	return c != 0 ? c : (a > b) - (a < b);	/* keep input order */
}

static int
service_ns_cmp(const void *pa, const void *pb)
{
	const struct wl_service *a = *(const struct wl_service *const *)pa;
	const struct wl_service *b = *(const struct wl_service *const *)pb;
	int			 c = strcmp(a->obj.ns, b->obj.ns);

	return c != 0 ? c : (a > b) - (a < b);	/* keep input order */
}

static int
configmap_cmp(const void *pa, const void *pb)
{
	const struct wl_configmap *a = *(const struct wl_configmap *const *)pa;
	const struct wl_configmap *b = *(const struct wl_configmap *const *)pb;
	int			   c = strcmp(a->obj.ns, b->obj.ns);

	if (c == 0)
		c = strcmp(a->obj.name != NULL ? a->obj.name : "",
		    b->obj.name != NULL ? b->obj.name : "");
	return c != 0 ? c : (a > b) - (a < b);
}

/*
 * The file Envoy opens for a filename: a relative one is read from Envoy's
 * working directory, which is / in the istio-proxy container (istio/istio
 * pilot/docker/Dockerfile.proxyv2 WORKDIR /, tags 1.5.0 to 1.31.0-rc.0; the
 * injection template sets no workingDir, and pilot-agent starts Envoy without
 * one, pkg/envoy/proxy.go at 1.11.4 and 1.28.0).
 */
static const char *
opened_path(struct wl_arena *a, const char *file)
{
	if (file == NULL || file[0] == '/')
		return file;
	return wl_arena_printf(a, "/%s", file);
}

/* Every wasm patch (local or remote) of every EnvoyFilter, then every WasmPlugin, in input order. */
static void
index_loads(struct wl_facts *f)
{
	size_t i, j;

	for (i = 0; i < f->envoyfilters.n; i++) {
		const struct wl_envoyfilter *ef = &f->envoyfilters.v[i];

		for (j = 0; j < ef->patches.n; j++) {
			const struct wl_patch	*p = &ef->patches.v[j];
			struct wl_load		*l;

			if (p->wasm.filename.s == NULL && p->wasm.url.s == NULL)
				continue;
			l = WL_VEC_PUSH(f->arena, &f->loads);
			l->owner = &ef->obj;
			l->sel = &ef->sel;
			l->envoyfilter = ef;
			l->patch = p;
			l->file = p->wasm.filename;
			l->field = "vm_config.code.local.filename";
			l->path = opened_path(f->arena, l->file.s);
			l->url = p->wasm.url;
			l->sha256 = p->wasm.sha256;
		}
	}
	for (i = 0; i < f->wasmplugins.n; i++) {
		const struct wl_wasmplugin	*wp = &f->wasmplugins.v[i];
		struct wl_load			*l;

		if (wp->url.s == NULL)
			continue;
		l = WL_VEC_PUSH(f->arena, &f->loads);
		l->owner = &wp->obj;
		l->sel = &wp->sel;
		l->plugin = wp;
		l->file.s = wl_plugin_url_file(wp->url.s);
		l->file.loc = wp->url.loc;
		l->field = "the file:// url's path";
		l->path = opened_path(f->arena, l->file.s);
		l->url = wp->url;
		l->sha256 = wp->sha256;
	}
}

void
wl_facts_index(struct wl_facts *f, struct wl_sink *sink)
{
	size_t i;

	wl_merge_pod_patches(f);
	index_loads(f);
	wl_bind_modules(f, sink);

	f->by_namespace = wl_arena_alloc(f->arena,
	    (f->workloads.n + 1) * sizeof *f->by_namespace);
	for (i = 0; i < f->workloads.n; i++)
		f->by_namespace[i] = &f->workloads.v[i];
	qsort(f->by_namespace, f->workloads.n, sizeof *f->by_namespace,
	    workload_ns_cmp);
	f->configmaps_sorted = wl_arena_alloc(f->arena,
	    (f->configmaps.n + 1) * sizeof *f->configmaps_sorted);
	for (i = 0; i < f->configmaps.n; i++)
		f->configmaps_sorted[i] = &f->configmaps.v[i];
	qsort(f->configmaps_sorted, f->configmaps.n,
	    sizeof *f->configmaps_sorted, configmap_cmp);
	f->services_sorted = wl_arena_alloc(f->arena,
	    (f->services.n + 1) * sizeof *f->services_sorted);
	for (i = 0; i < f->services.n; i++)
		f->services_sorted[i] = &f->services.v[i];
	qsort(f->services_sorted, f->services.n, sizeof *f->services_sorted,
	    service_ns_cmp);
	wl_gateways_sort(f);
	wl_meet_index(f);
	wl_anchor_index(f);
	wl_facts_reach(f);
}

struct wl_service_range
wl_services_in(const struct wl_facts *f, const char *ns)
{
	size_t lo = 0, hi = f->services.n, end;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(f->services_sorted[mid]->obj.ns, ns) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (end = lo; end < f->services.n &&
	    strcmp(f->services_sorted[end]->obj.ns, ns) == 0; end++)
		;
	return (struct wl_service_range){ f->services_sorted + lo, end - lo };
}

/* The first ConfigMap of configmaps_sorted not below (ns, name). */
static size_t
first_configmap(const struct wl_facts *f, const char *ns, const char *name)
{
	size_t lo = 0, hi = f->configmaps.n;

	while (lo < hi) {
		size_t				 mid = lo + (hi - lo) / 2;
		const struct wl_configmap	*cm = f->configmaps_sorted[mid];
		int				 c = strcmp(cm->obj.ns, ns);

		if (c == 0)
			c = strcmp(cm->obj.name != NULL ? cm->obj.name : "",
			    name);
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

const struct wl_configmap *
wl_configmap_named(const struct wl_facts *f, const char *ns, const char *name)
{
	size_t lo = first_configmap(f, ns, name);

	if (lo < f->configmaps.n &&
	    strcmp(f->configmaps_sorted[lo]->obj.ns, ns) == 0 &&
	    f->configmaps_sorted[lo]->obj.name != NULL &&
	    strcmp(f->configmaps_sorted[lo]->obj.name, name) == 0)
		return f->configmaps_sorted[lo];
	return NULL;
}

struct wl_configmap_range
wl_configmaps_in(const struct wl_facts *f, const char *ns)
{
	size_t first = first_configmap(f, ns, ""), end;

	for (end = first; end < f->configmaps.n &&
	    strcmp(f->configmaps_sorted[end]->obj.ns, ns) == 0; end++)
		;
	return (struct wl_configmap_range){ f->configmaps_sorted + first,
	    end - first };
}
