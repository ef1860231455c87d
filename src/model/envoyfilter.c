/* envoyfilter.c - EnvoyFilter facts: selector, priority, targetRefs, and per patch its match, its patch and the wasm filter's config. */
#include <stdlib.h>
#include <string.h>

#include "schema/wasm-proto.h"
#include "model/extract.h"

#define WASM_FILTER	"envoy.filters.http.wasm"

static const char *const typed_struct_types[] = {
	"type.googleapis.com/udpa.type.v1.TypedStruct",
	"type.googleapis.com/xds.type.v3.TypedStruct",
};

/*
 * The key of map that holds the proto field name: its lowerCamelCase JSON
 * name when map has it, else the name itself. istiod decodes patch values
 * with golang/protobuf's jsonpb (istio/istio 1.29.6 pkg/config/xds/xds.go
 * StructToMessage, pkg/util/protomarshal/protomarshal.go), which looks a
 * field up by both names and keeps the JSON name's value when both are
 * there (golang/protobuf v1.5.4 jsonpb/decode.go, "Handle known fields");
 * Envoy's JSON parser reads a TypedStruct's value with both names too.
 */
static const char *
proto_key(const struct wl_node *map, const char *name, char *buf,
    unsigned size)
{
	const char *json = wl_proto_json_name(name, buf, size);

	return wl_node_get_key(map, json) != NULL ? json : name;
}

/* The mapping at a proto field of map, by either spelling. */
static const struct wl_node *
proto_map(struct wl_extract *ex, const struct wl_node *map, const char *name)
{
	char buf[64];

	return wl_ex_map(ex, map, proto_key(map, name, buf, sizeof buf));
}

/* The scalar at a proto field of map, by either spelling. */
static struct wl_str_loc
proto_str(struct wl_extract *ex, const struct wl_node *map, const char *name)
{
	char buf[64];

	return wl_ex_str(ex, map, proto_key(map, name, buf, sizeof buf));
}

static bool
is_typed_struct(const char *type)
{
	size_t i;

	for (i = 0; i < sizeof typed_struct_types / sizeof *typed_struct_types;
	    i++)
		if (strcmp(type, typed_struct_types[i]) == 0)
			return true;
	return false;
}

/*
 * The Wasm message of typed_config, HTTP or network filter's: its `value`
 * for a TypedStruct whose type_url is a Wasm filter, the typed_config itself
 * for the direct form. p->wasm_type is the type URL that names it.
 */
static const struct wl_node *
wasm_message(struct wl_extract *ex, struct wl_patch *p,
    const struct wl_node *typed)
{
	struct wl_str_loc	 type = wl_ex_str(ex, typed, "@type");
	struct wl_str_loc	 url;
	const struct wl_node	*value;

	if ((p->wasm_message = wl_proto_wasm_by_type(type.s)) != NULL) {
		p->wasm_type = type;
		return typed;
	}
	/* A TypedStruct, or an @type of the wrong type: its fields are checked too. */
	url = proto_str(ex, typed, "type_url");
	value = wl_ex_map(ex, typed, "value");
	if (type.s == NULL || !is_typed_struct(type.s) ||
	    (p->wasm_message = wl_proto_wasm_by_type(url.s)) == NULL)
		return NULL;
	p->wasm_type = url;
	return value;
}

/* Records every key of msg (and of its known sub-messages) that m lacks. */
static void
find_unknown_fields(struct wl_extract *ex, struct wl_patch *p,
    const struct wl_proto_message *m, const struct wl_node *msg,
    const struct wl_key_path *path)
{
	struct wl_arena	*a = ex->facts->arena;
	size_t		 i;

	for (i = 0; msg != NULL && msg->type == WL_NODE_MAP && i < msg->n;
	    i++) {
		const struct wl_node		*k = msg->items[2 * i];
		const struct wl_proto_field	*f;
		const char			*key = wl_node_str(k);
		struct wl_key_path		 sub = { path, key, 0 };
		struct wl_unknown_field		*u;

		if (key == NULL || strcmp(key, "@type") == 0)
			continue;
		if ((f = wl_proto_field(m, key)) != NULL) {
			if (f->message != NULL)
				find_unknown_fields(ex, p, f->message,
				    msg->items[2 * i + 1], &sub);
			continue;
		}
		u = WL_VEC_PUSH(a, &p->unknown_fields);
		u->path = wl_ex_path_text(ex, &sub);
		u->key = wl_ex_strndup(ex, key, strlen(key));
		u->message = m;
		u->loc = wl_ex_loc(ex, k);
	}
}

static void
extract_wasm(struct wl_extract *ex, struct wl_patch *p,
    const struct wl_node *value)
{
	const struct wl_node *typed = proto_map(ex, value, "typed_config");
	const struct wl_node *msg, *config, *vm, *code, *local, *remote;
	char buf[64];

	p->value_config = wl_ex_present(ex, value, "config");
	p->typed_config = wl_ex_present(ex, value,
	    proto_key(value, "typed_config", buf, sizeof buf));
	msg = typed != NULL ? wasm_message(ex, p, typed) : NULL;
	p->is_wasm = p->wasm_message != NULL || (p->value_name.s != NULL &&
	    strcmp(p->value_name.s, WASM_FILTER) == 0);
	if (msg == NULL)
		return;
	find_unknown_fields(ex, p, p->wasm_message, msg, NULL);
	config = wl_ex_map(ex, msg, "config");
	p->wasm.root_id = proto_str(ex, config, "root_id");
	wl_ex_wasm_any(ex, config, "config.configuration",
	    &p->wasm.configuration);
	vm = proto_map(ex, config, "vm_config");
	p->wasm.runtime = wl_ex_str(ex, vm, "runtime");
	p->wasm.vm_id = proto_str(ex, vm, "vm_id");
	wl_ex_wasm_any(ex, vm, "config.vm_config.configuration",
	    &p->wasm.vm_configuration);
	code = wl_ex_map(ex, vm, "code");
	local = wl_ex_map(ex, code, "local");
	p->wasm.filename = wl_ex_str(ex, local, "filename");
	remote = wl_ex_map(ex, code, "remote");
	p->wasm.url = wl_ex_str(ex, proto_map(ex, remote, "http_uri"), "uri");
	p->wasm.sha256 = wl_ex_str(ex, remote, "sha256");
}

/* A portNumber, 1 to 65535 (the API's range); anything else is reported. */
static bool
extract_port(struct wl_extract *ex, const struct wl_node *map, long *out,
    struct wl_floc *loc)
{
	struct wl_str_loc	 port = wl_ex_str(ex, map, "portNumber");
	char			*end;
	long			 n;

	if (port.s == NULL)
		return false;
	n = strtol(port.s, &end, 10);
	if (*port.s == '\0' || *end != '\0' || n < 1 || n > 65535) {
		wl_ex_report(ex, "WL1005", &port.loc,
		    "`portNumber` must be a port number from 1 to 65535, "
		    "found `%s`", port.s);
		return false;
	}
	*out = n;
	*loc = port.loc;
	return true;
}

static void
extract_match(struct wl_extract *ex, struct wl_patch *p,
    const struct wl_node *match)
{
	const struct wl_node *listener, *chain, *filter;

	p->context = wl_ex_str(ex, match, "context");
	p->proxy_version = wl_ex_str(ex, wl_ex_map(ex, match, "proxy"),
	    "proxyVersion");
	p->listener = wl_ex_present(ex, match, "listener");
	p->route_configuration = wl_ex_present(ex, match, "routeConfiguration");
	p->cluster = wl_ex_present(ex, match, "cluster");
	p->waypoint = wl_ex_present(ex, match, "waypoint");
	p->waypoint_port = wl_ex_str(ex, wl_ex_map(ex, match, "waypoint"),
	    "portNumber");
	listener = wl_ex_map(ex, match, "listener");
	p->has_port = extract_port(ex, listener, &p->port, &p->port_loc);
	chain = wl_ex_map(ex, listener, "filterChain");
	p->filter = wl_ex_present(ex, chain, "filter");
	filter = wl_ex_map(ex, chain, "filter");
	p->match_filter = wl_ex_str(ex, filter, "name");
	p->subfilter = wl_ex_present(ex, filter, "subFilter");
	p->match_subfilter = wl_ex_str(ex, wl_ex_map(ex, filter, "subFilter"),
	    "name");
}

static void
extract_patch(struct wl_extract *ex, struct wl_envoyfilter *ef,
    const struct wl_node *item)
{
	struct wl_patch		*p;
	const struct wl_node	*patch, *value;

	p = WL_VEC_PUSH(ex->facts->arena, &ef->patches);
	p->index = (unsigned)(ef->patches.n - 1);
	p->loc = wl_ex_loc(ex, item);
	if (wl_node_is_null(item)) {
		p->null_item = true;
		return;
	}
	if (item->type != WL_NODE_MAP) {
		wl_ex_report(ex, "WL1005", &p->loc,
		    "each entry of `configPatches` must be a mapping, found %s",
		    wl_node_type_name(item));
		return;
	}
	p->apply_to = wl_ex_str(ex, item, "applyTo");
	p->match = wl_ex_present(ex, item, "match");
	extract_match(ex, p, wl_ex_map(ex, item, "match"));
	p->patch = wl_ex_present(ex, item, "patch");
	patch = wl_ex_map(ex, item, "patch");
	p->operation = wl_ex_str(ex, patch, "operation");
	p->filter_class = wl_ex_str(ex, patch, "filterClass");
	p->value = wl_ex_present(ex, patch, "value");
	value = wl_ex_map(ex, patch, "value");
	p->value_map = value != NULL;
	p->value_name = wl_ex_str(ex, value, "name");
	extract_wasm(ex, p, value);
}

/* spec.priority, an int32. */
static void
extract_priority(struct wl_extract *ex, struct wl_envoyfilter *ef,
    const struct wl_node *spec)
{
	struct wl_int32 priority = wl_ex_int32(ex, spec, "priority");

	ef->priority = priority.present;
	ef->priority_value = priority.value;
}

void
wl_extract_envoyfilter(struct wl_extract *ex, const struct wl_meta *meta,
    const struct wl_node *root)
{
	struct wl_envoyfilter	*ef;
	const struct wl_node	*spec, *patches;
	size_t			 i;

	ef = WL_FACTS_PUSH(ex->facts, envoyfilters);
	ef->obj = meta->obj;
	ef->loc = meta->loc;
	spec = wl_ex_map(ex, root, "spec");
	wl_ex_selection(ex, &ef->sel, meta, spec, "workloadSelector",
	    "labels");
	wl_ex_target_refs(ex, &ef->sel, spec, "targetRefs");
	extract_priority(ex, ef, spec);
	wl_ex_envoyfilter_unknown_keys(ex, ef, spec);
	patches = wl_ex_seq(ex, spec, "configPatches");
	if (patches != NULL)
		WL_VEC_RESERVE(ex->facts->arena, &ef->patches, patches->n);
	for (i = 0; patches != NULL && i < patches->n; i++)
		extract_patch(ex, ef, patches->items[i]);
}
