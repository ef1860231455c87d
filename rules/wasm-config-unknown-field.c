/* wasm-config-unknown-field.c - WL2510: a key under the wasm filter's typed_config that Envoy's Wasm protobuf messages do not have. */
#include "check/check.h"
#include "schema/wasm-proto.h"

static void
check_patch(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p)
{
	size_t i;

	for (i = 0; i < p->unknown_fields.n; i++) {
		const struct wl_unknown_field	*u = &p->unknown_fields.v[i];
		const struct wl_proto_field	*below;
		const char			*close;
		struct wl_diag			*d;
		char				 buf[64];

		d = wl_report(c, &u->loc, &ef->obj, "configPatches[%u]: `%s` "
		    "is not a field of %s; the value is dropped before Envoy "
		    "uses it, so the setting never takes effect", p->index,
		    u->path, u->message->name);
		below = wl_proto_field_below(u->message, u->key);
		close = wl_proto_suggest(u->message, u->key, buf, sizeof buf);
		if (below != NULL)
			wl_diag_hint(c->sink, d, "`%s` is a field of %s: put it "
			    "under `%s:`", u->key, below->message->name,
			    below->name);
		else if (close != NULL)
			wl_diag_hint(c->sink, d, "did you mean `%s`?", close);
	}
}

static void
check_wasm_config_unknown_field(struct wl_check *c)
{
	wl_each_patch(c, check_patch);
}

const struct wl_rule wl_rule_wasm_config_unknown_field = {
	.id = "WL2510",
	.slug = "wasm-config-unknown-field",
	.severity = WL_SEV_ERROR,
	.summary = "wasm filter config has a field Envoy does not know",
	.rationale =
	    "The wasm filter's typed_config is an Envoy protobuf message "
	    "(envoy.extensions.filters.http.wasm.v3.Wasm: config, then "
	    "PluginConfig, VmConfig, AsyncDataSource, ...). A misspelt key is "
	    "not a field: istiod decodes the direct form leniently and drops "
	    "it, and Envoy drops it from a TypedStruct unless it runs with "
	    "--reject-unknown-dynamic-fields, in which case it rejects the "
	    "listener; istiod's validation only warns (`istioctl analyze`: "
	    "IST0133). Either way the setting is lost: `vm_config.cod` leaves "
	    "the VM without code, and the listener fails. Field names follow "
	    "the Envoy API (proto or lowerCamelCase spelling); the hint "
	    "offers the closest one.",
	.bad =
	    "vm_config:\n"
	    "  runtime: envoy.wasm.runtime.v8\n"
	    "  cod:\n"
	    "    local:\n"
	    "      filename: /var/local/lib/wasm-filters/http-headers.wasm\n",
	.good =
	    "vm_config:\n"
	    "  runtime: envoy.wasm.runtime.v8\n"
	    "  code:\n"
	    "    local:\n"
	    "      filename: /var/local/lib/wasm-filters/http-headers.wasm\n",
	.fix = "Spell the field as the Envoy API does (see the hint); "
	       "settings for the plugin itself belong under `configuration`.",
	.check = check_wasm_config_unknown_field,
};
