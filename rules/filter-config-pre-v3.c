/* filter-config-pre-v3.c - WL2514: a filter patch that configures the filter with the v2 API's `config` struct instead of typed_config. */
#include "check/check.h"
#include "model/patch.h"

static void
check_patch(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p)
{
	struct wl_diag *d;

	if (p->null_item || !p->value_config.set || p->typed_config.set ||
	    (!wl_str_is(&p->apply_to, "HTTP_FILTER") &&
	    !wl_str_is(&p->apply_to, "NETWORK_FILTER")))
		return;
	d = wl_report(c, &p->value_config.loc, &ef->obj, "configPatches[%u]: "
	    "`config` is the v2 API's filter configuration, which the v3 %s "
	    "istiod builds no longer has: it is dropped, and filter `%s` "
	    "reaches Envoy without typed_config, so its configuration is "
	    "never applied", p->index,
	    wl_str_is(&p->apply_to, "HTTP_FILTER") ? "HttpFilter" : "Filter",
	    p->value_name.s != NULL ? p->value_name.s : "");
	wl_diag_hint(c->sink, d, "rename `config` to `typed_config` and give "
	    "it the `@type` of the filter's v3 message%s", p->is_wasm ?
	    " (type.googleapis.com/envoy.extensions.filters.http.wasm.v3.Wasm)"
	    : "");
}

static void
check_filter_config_pre_v3(struct wl_check *c)
{
	wl_each_patch(c, check_patch);
}

const struct wl_rule wl_rule_filter_config_pre_v3 = {
	.id = "WL2514",
	.slug = "filter-config-pre-v3",
	.severity = WL_SEV_ERROR,
	.summary = "filter configured with the v2 `config` struct",
	.rationale =
	    "Envoy's v2 API configured a filter with `config` (a Struct); v3 "
	    "removed it (envoyproxy/envoy api/envoy/extensions/filters/"
	    "network/http_connection_manager/v3/http_connection_manager.proto "
	    "HttpFilter and api/envoy/config/listener/v3/"
	    "listener_components.proto Filter: `reserved \"config\"`), and "
	    "istiod builds v3 objects (istio/istio pkg/config/xds/xds.go at "
	    "1.11.4 and 1.29.6). istiod decodes the patch value leniently, "
	    "dropping the unknown key (its validation warns only, IST0133), "
	    "so the filter arrives with a name and no typed_config: Envoy "
	    "either rejects it, having no type URL to find the filter by, or "
	    "(older releases) looks it up by name and starts it with an empty "
	    "configuration, which for the Wasm filter has no VM code. Examples "
	    "written for old releases' v2 API carry this form.",
	.bad =
	    "value:\n"
	    "  name: envoy.filters.http.wasm\n"
	    "  config:\n"
	    "    config:\n"
	    "      vm_config:\n"
	    "        code:\n"
	    "          local:\n"
	    "            filename: /var/local/lib/wasm-filters/http-headers.wasm\n",
	.good =
	    "value:\n"
	    "  name: envoy.filters.http.wasm\n"
	    "  typed_config:\n"
	    "    \"@type\": type.googleapis.com/envoy.extensions.filters.http."
	    "wasm.v3.Wasm\n"
	    "    config:\n"
	    "      vm_config:\n"
	    "        code:\n"
	    "          local:\n"
	    "            filename: /var/local/lib/wasm-filters/http-headers.wasm\n",
	.fix = "Rename `config` to `typed_config` and add the `@type` of the "
	       "filter's v3 message (or a TypedStruct naming it).",
	.check = check_filter_config_pre_v3,
};
