/* plugin-loaded-twice.c - WL2704: two WasmPlugins, or a WasmPlugin and an EnvoyFilter, load the same module with the same root id into one workload, on the same traffic. */
#include <string.h>

#include "check/check.h"
#include "check/load-pairs.h"
#include "model/describe.h"
#include "model/patch.h"
#include "model/proxy-version.h"
#include "schema/wasm-proto.h"

/* "h" or "n": the filter class the load runs the module as; NULL when unknown. */
static const char *
load_class(const struct wl_load *l)
{
	const char *t;

	if (l->plugin != NULL) {
		t = l->plugin->type.s;
		if (t == NULL || strcmp(t, "HTTP") == 0 ||
		    strcmp(t, "UNSPECIFIED_PLUGIN_TYPE") == 0)
			return "h";
		return strcmp(t, "NETWORK") == 0 ? "n" : NULL;
	}
	if (l->patch->null_item || wl_str_is(&l->patch->context, "WAYPOINT"))
		return NULL;
	if (l->patch->wasm_message == &wl_proto_wasm_filter)
		return "h";
	return l->patch->wasm_message == &wl_proto_wasm_network_filter ?
	    "n" : NULL;
}

/* pluginName becomes the root_id istiod writes (pilot/pkg/model/extensions.go). */
static const char *
root_id(const struct wl_load *l)
{
	const char *r = l->plugin != NULL ? l->plugin->plugin_name.s :
	    l->patch->wasm.root_id.s;

	return r != NULL ? r : "";
}

/* The file Envoy opens, or the url istio-agent downloads. */
static const char *
module_of(const struct wl_load *l)
{
	return l->path != NULL ? l->path : l->plugin != NULL ?
	    l->plugin->url.s : NULL;
}

static const char *
key(struct wl_check *c, const struct wl_load *l)
{
	const char *class = load_class(l), *module = module_of(l);

	if (class == NULL || module == NULL || *module == '\0')
		return NULL;
	return wl_arena_printf(c->sink->arena, "%s\x1f%s\x1f%s", class,
	    root_id(l), module);
}

static const char *
phase(const struct wl_load *l)
{
	return l->plugin->phase.s != NULL ? l->plugin->phase.s : "";
}

/* "WasmPlugin default/a", "EnvoyFilter default/b configPatches[0]". */
static const char *
who(struct wl_arena *a, const struct wl_load *l)
{
	const char *obj = wl_describe_object(a, l->owner);

	return l->patch == NULL ? obj : wl_arena_printf(a, "%s "
	    "configPatches[%u]", obj, l->patch->index);
}

/*
 * False when l is a patch whose proxyVersion does not match w's sidecar, or
 * when either is unknown: such a patch is often what keeps an EnvoyFilter
 * for old sidecars apart from the WasmPlugin for new ones.
 */
static bool
applies_to(const struct wl_load *l, const struct wl_workload *w)
{
	struct wl_regex_error	 err;
	struct wl_regex		*re;
	bool			 hit;

	if (l->patch == NULL || l->patch->proxy_version.s == NULL)
		return true;
	if (w->version.version == NULL || (re = wl_proxy_version_compile(
	    l->patch->proxy_version.s, &err)) == NULL)
		return false;
	hit = wl_regex_search(re, w->version.version,
	    strlen(w->version.version));
	wl_regex_free(re);
	return hit;
}

static void
report(struct wl_check *c, const struct wl_load_pair *p)
{
	struct wl_arena	*a = c->sink->arena;
	const char	*root = root_id(p->b), *same_phase = "";
	struct wl_diag	*d;

	/* Two EnvoyFilters are two patches someone wrote on purpose. */
	if (p->a->plugin == NULL && p->b->plugin == NULL)
		return;
	if (p->a->plugin != NULL && p->b->plugin != NULL) {
		if (strcmp(phase(p->a), phase(p->b)) != 0)
			return;
		same_phase = wl_arena_printf(a, ", in the same phase %s",
		    *phase(p->b) != '\0' ? phase(p->b) :
		    "unset");
	}
	if (!wl_loads_share_traffic(p->a, p->b) || !applies_to(p->a, p->w) ||
	    !applies_to(p->b, p->w))
		return;
	d = wl_report(c, &p->b->file.loc, p->b->owner, "%s loads `%s` with "
	    "%s into %s%s, as %s does%s: the proxy gets two filters of the "
	    "one plugin on the same traffic and runs it twice on each %s",
	    who(a, p->b), module_of(p->b), *root != '\0' ?
	    wl_arena_printf(a, "root id `%s`", root) : "no root id",
	    wl_describe_object(a, &p->w->obj), p->shared > 1 ?
	    wl_arena_printf(a, " and %zu other workloads", p->shared - 1) :
	    "", who(a, p->a), same_phase, *load_class(p->b) == 'h' ?
	    "request" : "connection");
	wl_relate(c, d, &p->a->file.loc, "%s loads it here",
	    who(a, p->a));
	wl_diag_hint(c->sink, d, "keep one of them (an EnvoyFilter left from "
	    "before the WasmPlugin, a copy under another name), or narrow "
	    "their selectors or match so each workload gets it once");
}

static void
check_plugin_loaded_twice(struct wl_check *c)
{
	wl_each_load_pair(c, key, report);
}

const struct wl_rule wl_rule_plugin_loaded_twice = {
	.id = "WL2704",
	.slug = "plugin-loaded-twice",
	.severity = WL_SEV_WARNING,
	.summary = "one plugin loaded twice into a workload by two WasmPlugins, "
		   "or a WasmPlugin and an EnvoyFilter",
	.rationale =
	    "istiod gives each WasmPlugin that selects a proxy a filter of its "
	    "own, named after the resource, and an EnvoyFilter's patch adds "
	    "its filter besides (istio/istio pilot/pkg/model/push_context.go "
	    "WasmPlugins, tag 1.20.0: every matching plugin is appended, none "
	    "replaces another). Two resources loading the same module with "
	    "the same root id (a WasmPlugin's pluginName, a patch's root_id) "
	    "into one workload, as the same filter class and on overlapping "
	    "traffic (match mode and ports; a patch's context and "
	    "portNumber), so run the plugin twice on every request: headers "
	    "added twice, counters doubled, a request denied by the first "
	    "copy: an EnvoyFilter kept after the move to a WasmPlugin, or a "
	    "WasmPlugin copied under a new name. Two WasmPlugins are "
	    "compared within one phase; one module with other root ids is "
	    "other plugins; two EnvoyFilters are not compared; a patch whose proxyVersion does not match the "
	    "sidecar (or whose sidecar version is unknown) is left out.",
	.bad = "kind: EnvoyFilter  # left from before the WasmPlugin\n"
	       "...    filename: /var/local/lib/wasm-filters/http-headers.wasm\n"
	       "---\nkind: WasmPlugin\nspec:\n"
	       "  url: file:///var/local/lib/wasm-filters/http-headers.wasm\n",
	.good = "kind: WasmPlugin\nspec:\n"
		"  url: file:///var/local/lib/wasm-filters/http-headers.wasm\n",
	.fix = "Delete the older of the two, or narrow selectors or match so "
	       "that each workload gets the plugin once.",
	.check = check_plugin_loaded_twice,
};
