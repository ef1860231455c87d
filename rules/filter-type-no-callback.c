/* filter-type-no-callback.c - WL3114: a module loaded as an HTTP filter that exports no HTTP stream callback, or as a network filter with no connection callback. */
#include <string.h>

#include "check/check.h"
#include "hosts/target.h"
#include "schema/wasm-proto.h"

#define CPP_HOST "proxy-wasm/proxy-wasm-cpp-host src/context.cc, commit " \
	"52a02917b301"

/* What the host calls on a stream of each filter class (proxy-wasm-cpp-host include/proxy-wasm/wasm.h). */
static const char *const http_callbacks[] = {
	"proxy_on_request_headers", "proxy_on_request_body",
	"proxy_on_request_trailers", "proxy_on_request_metadata",
	"proxy_on_response_headers", "proxy_on_response_body",
	"proxy_on_response_trailers", "proxy_on_response_metadata", NULL,
};
static const char *const network_callbacks[] = {
	"proxy_on_new_connection", "proxy_on_downstream_data",
	"proxy_on_upstream_data", "proxy_on_downstream_connection_close",
	"proxy_on_upstream_connection_close", NULL,
};

struct filter_class {
	const char		*name;		/* "HTTP" */
	const char *const	*callbacks;
	const char		*other;		/* "network" */
	const char		*an_other;	/* "a network" */
	const char *const	*other_callbacks;
	const char		*what;		/* what the stream callbacks see */
};

static const struct filter_class http_class = { "HTTP", http_callbacks,
	"network", "a network", network_callbacks,
	"a request's or response's headers, body, trailers or metadata" };
static const struct filter_class network_class = { "network",
	network_callbacks, "HTTP", "an HTTP", http_callbacks,
	"a connection or its data" };

/* The first of names the module exports as a function, or NULL. */
static const char *
first_export(const struct wl_module_fact *mf, const char *const *names)
{
	for (; *names != NULL; names++)
		if (wl_module_export(&mf->m, *names, WL_WASM_FUNC) != NULL)
			return *names;
	return NULL;
}

/* The class a load runs its module as, and where the manifest says so; NULL when unknown. */
static const struct filter_class *
load_class(const struct wl_load *l, const struct wl_floc **at)
{
	if (l->plugin != NULL) {
		const char *type = l->plugin->type.s;

		*at = type != NULL ? &l->plugin->type.loc : &l->plugin->url.loc;
		/* istiod's fromPluginType: unset and UNSPECIFIED are HTTP. */
		if (type == NULL || strcmp(type, "HTTP") == 0 ||
		    strcmp(type, "UNSPECIFIED_PLUGIN_TYPE") == 0)
			return &http_class;
		return strcmp(type, "NETWORK") == 0 ? &network_class : NULL;
	}
	*at = &l->patch->wasm_type.loc;
	if (l->patch->wasm_message == &wl_proto_wasm_filter)
		return &http_class;
	if (l->patch->wasm_message == &wl_proto_wasm_network_filter)
		return &network_class;
	return NULL;
}

static void
check_pair(struct wl_check *c, const struct wl_load *l,
    const struct wl_module_fact *mf)
{
	const struct filter_class	*fc;
	const struct wl_floc		*at;
	struct wl_loc			 where;
	const char			*other, *as;
	struct wl_diag			*d;

	if ((fc = load_class(l, &at)) == NULL ||
	    first_export(mf, fc->callbacks) != NULL)
		return;
	other = first_export(mf, fc->other_callbacks);
	/* A module with proxy_on_log alone still sees each stream as it ends. */
	if (other == NULL &&
	    wl_module_export(&mf->m, "proxy_on_log", WL_WASM_FUNC) != NULL)
		return;
	as = l->plugin != NULL ? (l->plugin->type.s != NULL ?
	    wl_arena_printf(c->sink->arena, "type %s", l->plugin->type.s) :
	    "type HTTP (the default)") : wl_arena_printf(c->sink->arena,
	    "%s", l->patch->wasm_type.s);
	d = wl_report(c, at, l->owner, "%s loads %s as %s, so Envoy runs it "
	    "as its %s filter, but "
	    "the module exports none of the %s callbacks (%s, ...)%s; the host "
	    "skips a callback the module lacks (" CPP_HOST "), so the plugin "
	    "never sees %s", l->plugin != NULL ?
	    wl_arena_printf(c->sink->arena, "WasmPlugin %s", l->owner->name) :
	    wl_arena_printf(c->sink->arena, "configPatches[%u]",
	    l->patch->index), mf->base_name, as, fc->name, fc->name,
	    fc->callbacks[0], other != NULL ? wl_arena_printf(c->sink->arena,
	    ", while it exports %s, %s one", other, fc->an_other) : "",
	    fc->what);
	if (other != NULL) {
		where = wl_module_loc(mf, wl_module_export(&mf->m, other,
		    WL_WASM_FUNC)->offset);
		wl_diag_relate(c->sink, d, &where, "%s is exported here",
		    other);
	}
	if (other != NULL && l->plugin != NULL)
		wl_diag_hint(c->sink, d, "the module is %s filter: set `type: "
		    "%s`", fc->an_other, fc == &http_class ? "NETWORK" : "HTTP");
	else if (other != NULL)
		wl_diag_hint(c->sink, d, "the module is %s filter: load it "
		    "with type.googleapis.com/%s", fc->an_other, fc == &http_class ?
		    wl_proto_wasm_network_filter.name : wl_proto_wasm_filter.name);
}

static void
check_filter_type_no_callback(struct wl_check *c)
{
	size_t i, j;

	for (i = 0; i < c->facts->loads.n; i++)
		for (j = 0; j < c->facts->modules.n; j++)
			if (!c->facts->modules.v[j].malformed &&
			    wl_load_loads(&c->facts->loads.v[i],
			    &c->facts->modules.v[j]))
				check_pair(c, &c->facts->loads.v[i],
				    &c->facts->modules.v[j]);
}

const struct wl_rule wl_rule_filter_type_no_callback = {
	.id = "WL3114",
	.slug = "filter-type-no-callback",
	.severity = WL_SEV_WARNING,
	.summary = "module loaded as an HTTP filter with no HTTP callback, or "
		   "as a network filter with no connection callback",
	.rationale =
	    "Envoy runs a module as an HTTP filter (envoy.filters.http.wasm; "
	    "a WasmPlugin of type HTTP, the default), whose host calls "
	    "proxy_on_request_headers and the other stream callbacks, or as "
	    "a network filter (envoy.filters.network.wasm; type NETWORK), "
	    "whose host calls proxy_on_new_connection and the connection "
	    "callbacks. A callback the module does not export is skipped "
	    "(" CPP_HOST "), so a module of the other class loads and starts "
	    "but never touches traffic, and Envoy says nothing. SDK builds "
	    "export every callback (proxy-wasm/proxy-wasm-rust-sdk "
	    "src/dispatcher.rs, commit 79e1aae031db): this means a module "
	    "made by hand for the other class. A warning, since the root "
	    "context (ticks, configure) may be all a plugin needs; a module "
	    "with proxy_on_log and nothing of the other class is not "
	    "reported, as both filters call it when a stream ends "
	    "(envoyproxy/envoy source/extensions/filters/http/wasm/config.h, "
	    "commit ab02e2015118: addAccessLogHandler).",
	.bad = "# the module exports proxy_on_new_connection and "
	       "proxy_on_downstream_data only\n"
	       "spec:\n  url: file:///var/local/lib/wasm-filters/tcp-counter.wasm\n",
	.good = "spec:\n  url: file:///var/local/lib/wasm-filters/tcp-counter.wasm\n"
		"  type: NETWORK\n",
	.fix = "Load the module as the filter class it implements (`type: "
	       "NETWORK` or `HTTP`, or the other Wasm filter type URL in an "
	       "EnvoyFilter), or export the callbacks of the class it is "
	       "loaded as.",
	.check = check_filter_type_no_callback,
};
