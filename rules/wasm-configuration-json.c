/* wasm-configuration-json.c - WL2516: a StringValue configuration meant as JSON that a JSON parser rejects (a # comment, a trailing comma). */
#include "check/check.h"

static void
check_any(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p, const struct wl_wasm_any *any)
{
	if (any->json_error == NULL)
		return;
	wl_report(c, &any->json_error_loc, &ef->obj, "configPatches[%u]: "
	    "`%s` opens like JSON but is not JSON: %s; Envoy hands the text "
	    "to the plugin as it is, and a plugin that parses it as JSON "
	    "fails in its on_configure", p->index, any->path, any->json_error);
}

static void
check_wasm_configuration_json(struct wl_check *c)
{
	wl_each_wasm_any(c, check_any);
}

const struct wl_rule wl_rule_wasm_configuration_json = {
	.id = "WL2516",
	.slug = "wasm-configuration-json",
	.severity = WL_SEV_WARNING,
	.summary = "StringValue configuration opens like JSON but is not JSON",
	.rationale =
	    "The plugin's configuration reaches it as bytes "
	    "(proxy_get_plugin_configuration / proxy_get_vm_configuration): "
	    "Envoy does not parse a StringValue, so a broken JSON text is "
	    "only found by the plugin, at run time. The SDKs' usual parsers "
	    "are strict JSON (Rust serde_json, C++ nlohmann::json without "
	    "comments, Go encoding/json): a `#` or `//` comment, a trailing "
	    "comma or a single-quoted string makes on_configure fail, and "
	    "the plugin refuses to start. A YAML block scalar invites "
	    "exactly this: `#` lines look like YAML comments but are part of "
	    "the text. The check runs only when the text starts with `{` or "
	    "`[`, reads it as Go's encoding/json would, and is a warning "
	    "because a plugin may use a lenient parser.",
	.bad =
	    "configuration:\n"
	    "  \"@type\": type.googleapis.com/google.protobuf.StringValue\n"
	    "  value: |\n"
	    "    {\n"
	    "      # the header to add\n"
	    "      \"header\": \"x-wasm\"\n"
	    "    }\n",
	.good =
	    "configuration:\n"
	    "  \"@type\": type.googleapis.com/google.protobuf.StringValue\n"
	    "  value: |\n"
	    "    {\n"
	    "      \"header\": \"x-wasm\"\n"
	    "    }\n",
	.fix = "Make the text JSON: drop comments (put them in YAML comments "
	       "above `value:`), trailing commas, and use double quotes.",
	.check = check_wasm_configuration_json,
};
