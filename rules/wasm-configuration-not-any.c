/* wasm-configuration-not-any.c - WL2515: the wasm filter's `configuration` written as a string where its Any message is needed. */
#include "check/check.h"

static void
check_any(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p, const struct wl_wasm_any *any)
{
	struct wl_diag *d;

	if (any->scalar == NULL)
		return;
	d = wl_report(c, &any->loc, &ef->obj, "configPatches[%u]: `%s` is the "
	    "string `%s`, but the field is a google.protobuf.Any, a message "
	    "with an `@type`; the configuration cannot be decoded, so istiod "
	    "rejects the patch (or, in a TypedStruct, Envoy rejects the "
	    "listener)", p->index, any->path, any->scalar);
	wl_diag_hint(c->sink, d, "wrap it: {\"@type\": type.googleapis.com/"
	    "google.protobuf.StringValue, value: '%s'}", any->scalar);
}

static void
check_wasm_configuration_not_any(struct wl_check *c)
{
	wl_each_wasm_any(c, check_any);
}

const struct wl_rule wl_rule_wasm_configuration_not_any = {
	.id = "WL2515",
	.slug = "wasm-configuration-not-any",
	.severity = WL_SEV_ERROR,
	.summary = "wasm `configuration` is a string where an Any is needed",
	.rationale =
	    "PluginConfig.configuration and VmConfig.configuration are "
	    "google.protobuf.Any (envoyproxy/envoy api/envoy/extensions/wasm/"
	    "v3/wasm.proto, tag v1.36.0): in JSON an object with an `@type` "
	    "and, for the StringValue the SDKs read, a `value`. A bare string "
	    "(`configuration: \"{}\"`) is no Any: istiod's jsonpb fails on it "
	    "(golang/protobuf jsonpb/decode.go reads an Any as a JSON "
	    "object), BuildXDSObjectFromStruct returns the error, validation "
	    "rejects the EnvoyFilter and istiod skips the patch (istio/istio "
	    "1.29.6 pilot/pkg/model/envoyfilter.go, \"failed to build envoy "
	    "filter value\"). In a TypedStruct istiod passes the value on, "
	    "and Envoy's JSON conversion fails the same way, rejecting the "
	    "listener.",
	.bad =
	    "config:\n"
	    "  root_id: add_header\n"
	    "  configuration: '{\"header\": \"x-wasm\"}'\n",
	.good =
	    "config:\n"
	    "  root_id: add_header\n"
	    "  configuration:\n"
	    "    \"@type\": type.googleapis.com/google.protobuf.StringValue\n"
	    "    value: '{\"header\": \"x-wasm\"}'\n",
	.fix = "Wrap the text in a StringValue (`@type: type.googleapis.com/"
	       "google.protobuf.StringValue`, `value: <the text>`), which is "
	       "what proxy_get_plugin_configuration hands the plugin.",
	.check = check_wasm_configuration_not_any,
};
