/* wasm-proto.h - the protobuf fields of Envoy's Wasm HTTP filter configuration, for spotting keys Envoy does not know. */
#ifndef WASMLINT_SCHEMA_WASM_PROTO_H
#define WASMLINT_SCHEMA_WASM_PROTO_H

#include <stdbool.h>

struct wl_proto_message;

/* A field by its proto name; JSON also accepts its lowerCamelCase name. */
struct wl_proto_field {
	const char			*name;		/* "vm_config" */
	const struct wl_proto_message	*message;	/* checked further, or NULL */
};

struct wl_proto_message {
	const char			*name;		/* "envoy.extensions.wasm.v3.VmConfig" */
	const struct wl_proto_field	*fields;	/* ends with a NULL name */
};

/* envoy.extensions.filters.http.wasm.v3.Wasm, the typed_config of envoy.filters.http.wasm. */
extern const struct wl_proto_message	wl_proto_wasm_filter;
/* envoy.extensions.filters.network.wasm.v3.Wasm, of envoy.filters.network.wasm. */
extern const struct wl_proto_message	wl_proto_wasm_network_filter;
/* The Wasm filter message a type URL ("type.googleapis.com/...Wasm") names, or NULL. */
const struct wl_proto_message	*wl_proto_wasm_by_type(const char *url);
/* Where the field lists come from. */
extern const char *const		wl_proto_wasm_source;

/* The field key names (proto or lowerCamelCase name), or NULL. */
const struct wl_proto_field	*wl_proto_field(const struct wl_proto_message *,
				    const char *key);
/* The field of m whose own message has a field key (AsyncDataSource's `local` for "filename"), or NULL. */
const struct wl_proto_field	*wl_proto_field_below(
				    const struct wl_proto_message *,
				    const char *key);
/*
 * The lowerCamelCase JSON name of a proto field name ("vm_config" ->
 * "vmConfig") in buf, which is returned. Proto JSON parsers accept both
 * spellings: https://protobuf.dev/programming-guides/proto3/#json
 * ("Parsers accept both the lowerCamelCase name ... and the original proto
 * field name").
 */
const char	*wl_proto_json_name(const char *name, char *buf, unsigned size);
/* The closest field name to key, written the way key is (snake or camel case), or NULL. */
const char	*wl_proto_suggest(const struct wl_proto_message *,
		    const char *key, char *buf, unsigned size);

#endif
