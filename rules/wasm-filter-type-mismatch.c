/* wasm-filter-type-mismatch.c - WL2512: an HTTP_FILTER patch carrying the network filter's Wasm message, or a NETWORK_FILTER patch carrying the HTTP one. */
#include "check/check.h"
#include "model/patch.h"
#include "schema/wasm-proto.h"

/* The Wasm message a filter of apply_to must carry, or NULL for other applyTo values. */
static const struct wl_proto_message *
wanted_message(const struct wl_patch *p)
{
	if (wl_str_is(&p->apply_to, "HTTP_FILTER"))
		return &wl_proto_wasm_filter;
	if (wl_str_is(&p->apply_to, "NETWORK_FILTER"))
		return &wl_proto_wasm_network_filter;
	return NULL;
}

static void
check_patch(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p)
{
	const struct wl_proto_message	*want = wanted_message(p);
	struct wl_diag			*d;
	bool				 http;

	if (p->null_item || want == NULL || p->wasm_message == NULL ||
	    p->wasm_message == want)
		return;
	http = want == &wl_proto_wasm_filter;
	d = wl_report(c, &p->wasm_type.loc, &ef->obj, "configPatches[%u]: "
	    "applyTo %s needs the %s filter's %s, but typed_config is %s, the "
	    "%s filter's; Envoy finds no %s filter for that type and rejects "
	    "the listener", p->index, p->apply_to.s, http ? "HTTP" : "network",
	    want->name, p->wasm_message->name, http ? "network" : "HTTP",
	    http ? "HTTP" : "network");
	wl_diag_hint(c->sink, d, "use type.googleapis.com/%s", want->name);
}

static void
check_wasm_filter_type_mismatch(struct wl_check *c)
{
	wl_each_patch(c, check_patch);
}

const struct wl_rule wl_rule_wasm_filter_type_mismatch = {
	.id = "WL2512",
	.slug = "wasm-filter-type-mismatch",
	.severity = WL_SEV_ERROR,
	.summary = "Wasm filter type of the other filter class for its applyTo",
	.rationale =
	    "Envoy has two Wasm filters with two configuration messages: "
	    "envoy.extensions.filters.http.wasm.v3.Wasm for an HTTP filter "
	    "(applyTo HTTP_FILTER, inside the HTTP connection manager) and "
	    "envoy.extensions.filters.network.wasm.v3.Wasm for a network "
	    "filter (applyTo NETWORK_FILTER). istiod decodes either into the "
	    "HttpFilter or Filter it builds without complaint (istio/istio "
	    "1.29.6 pkg/config/xds/xds.go BuildXDSObjectFromStruct: an Any of "
	    "any known type is accepted), and Envoy picks the filter factory "
	    "by the type URL of typed_config (envoyproxy/envoy "
	    "source/common/config/utility.h, Utility::getAndCheckFactory, "
	    "commit 0f0916b0bb73): the HTTP filter registry has no factory "
	    "for the network message and the network registry none for the "
	    "HTTP one, so Envoy rejects the listener with \"Didn't find a "
	    "registered implementation for ... with type URL\" (older Envoys "
	    "fall back to the filter's name, whose factory then fails to "
	    "unpack the other message). The type is read from `@type`, or "
	    "from a TypedStruct's type_url.",
	.bad =
	    "- applyTo: HTTP_FILTER\n"
	    "  patch:\n"
	    "    operation: INSERT_FIRST\n"
	    "    value:\n"
	    "      name: envoy.filters.http.wasm\n"
	    "      typed_config:\n"
	    "        \"@type\": type.googleapis.com/envoy.extensions.filters."
	    "network.wasm.v3.Wasm\n",
	.good =
	    "- applyTo: HTTP_FILTER\n"
	    "  patch:\n"
	    "    operation: INSERT_FIRST\n"
	    "    value:\n"
	    "      name: envoy.filters.http.wasm\n"
	    "      typed_config:\n"
	    "        \"@type\": type.googleapis.com/envoy.extensions.filters."
	    "http.wasm.v3.Wasm\n",
	.fix = "Use the HTTP filter's type (envoy.extensions.filters.http."
	       "wasm.v3.Wasm) with applyTo HTTP_FILTER and the network "
	       "filter's (envoy.extensions.filters.network.wasm.v3.Wasm) with "
	       "NETWORK_FILTER; a plugin written for HTTP callbacks needs the "
	       "HTTP filter.",
	.check = check_wasm_filter_type_mismatch,
};
