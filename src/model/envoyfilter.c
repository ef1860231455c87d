/* envoyfilter.c - EnvoyFilter facts: selector, and per patch its match and the wasm filter's config. */
#include <stdlib.h>
#include <string.h>

#include "model/extract.h"

#define WASM_FILTER	"envoy.filters.http.wasm"
#define WASM_TYPE	"type.googleapis.com/envoy.extensions.filters.http.wasm.v3.Wasm"

static const char *const typed_struct_types[] = {
	"type.googleapis.com/udpa.type.v1.TypedStruct",
	"type.googleapis.com/xds.type.v3.TypedStruct",
};

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
 * The Wasm message of typed_config: its `value` for a TypedStruct whose
 * type_url is the Wasm filter, the typed_config itself for the direct form.
 */
static const struct wl_node *
wasm_message(struct wl_extract *ex, const struct wl_node *typed)
{
	const char *type = wl_node_str(wl_node_get(typed, "@type"));

	if (type == NULL)
		return NULL;
	if (strcmp(type, WASM_TYPE) == 0)
		return typed;
	if (is_typed_struct(type)) {
		const char *url = wl_node_str(wl_node_get(typed, "type_url"));

		if (url != NULL && strcmp(url, WASM_TYPE) == 0)
			return wl_ex_map(ex, typed, "value");
	}
	return NULL;
}

static void
extract_wasm(struct wl_extract *ex, struct wl_patch *p,
    const struct wl_node *value)
{
	const struct wl_node *typed = wl_ex_map(ex, value, "typed_config");
	const struct wl_node *msg, *config, *vm, *code, *local;

	msg = typed != NULL ? wasm_message(ex, typed) : NULL;
	p->is_wasm = msg != NULL || (p->value_name.s != NULL &&
	    strcmp(p->value_name.s, WASM_FILTER) == 0);
	if (msg == NULL)
		return;
	config = wl_ex_map(ex, msg, "config");
	p->wasm.root_id = wl_ex_str(ex, config, "root_id");
	vm = wl_ex_map(ex, config, "vm_config");
	p->wasm.runtime = wl_ex_str(ex, vm, "runtime");
	p->wasm.vm_id = wl_ex_str(ex, vm, "vm_id");
	code = wl_ex_map(ex, vm, "code");
	local = wl_ex_map(ex, code, "local");
	p->wasm.filename = wl_ex_str(ex, local, "filename");
}

static void
extract_port(struct wl_extract *ex, struct wl_patch *p,
    const struct wl_node *listener)
{
	struct wl_str_loc	 port = wl_ex_str(ex, listener, "portNumber");
	char			*end;
	long			 n;

	if (port.s == NULL)
		return;
	n = strtol(port.s, &end, 10);
	if (*port.s == '\0' || *end != '\0' || n < 1 || n > 65535) {
		wl_sink_add_id(ex->sink, "WL1005", &port.loc,
		    "`portNumber` must be a port number from 1 to 65535, "
		    "found `%s`", port.s);
		return;
	}
	p->has_port = true;
	p->port = n;
	p->port_loc = port.loc;
}

static void
extract_match(struct wl_extract *ex, struct wl_patch *p,
    const struct wl_node *match)
{
	const struct wl_node *listener, *chain, *filter;

	p->context = wl_ex_str(ex, match, "context");
	p->proxy_version = wl_ex_str(ex, wl_ex_map(ex, match, "proxy"),
	    "proxyVersion");
	listener = wl_ex_map(ex, match, "listener");
	extract_port(ex, p, listener);
	chain = wl_ex_map(ex, listener, "filterChain");
	filter = wl_ex_map(ex, chain, "filter");
	p->match_filter = wl_ex_str(ex, filter, "name");
	p->match_subfilter = wl_ex_str(ex, wl_ex_map(ex, filter, "subFilter"),
	    "name");
}

static void
extract_patch(struct wl_extract *ex, struct wl_envoyfilter *ef,
    const struct wl_node *item)
{
	struct wl_patch		*p = WL_VEC_PUSH(ex->facts->arena, &ef->patches);
	const struct wl_node	*patch, *value;

	p->index = (unsigned)(ef->patches.n - 1);
	p->loc = wl_ex_loc(ex, item);
	if (item->type != WL_NODE_MAP) {
		wl_sink_add_id(ex->sink, "WL1005", &p->loc,
		    "each entry of `configPatches` must be a mapping, found %s",
		    wl_node_type_name(item));
		return;
	}
	p->apply_to = wl_ex_str(ex, item, "applyTo");
	extract_match(ex, p, wl_ex_map(ex, item, "match"));
	patch = wl_ex_map(ex, item, "patch");
	p->operation = wl_ex_str(ex, patch, "operation");
	value = wl_ex_map(ex, patch, "value");
	p->value_name = wl_ex_str(ex, value, "name");
	extract_wasm(ex, p, value);
}

void
wl_extract_envoyfilter(struct wl_extract *ex, const struct wl_meta *meta,
    const struct wl_node *root)
{
	struct wl_envoyfilter	*ef;
	const struct wl_node	*spec, *selector, *patches;
	size_t			 i;

	ef = WL_VEC_PUSH(ex->facts->arena, &ex->facts->envoyfilters);
	ef->obj = meta->obj;
	ef->loc = meta->loc;
	spec = wl_ex_map(ex, root, "spec");
	selector = wl_ex_map(ex, spec, "workloadSelector");
	if (selector != NULL) {
		ef->has_selector = true;
		ef->selector_loc = wl_ex_loc(ex,
		    wl_node_get_key(spec, "workloadSelector"));
		wl_ex_pairs(ex, selector, "labels", &ef->selector);
	}
	patches = wl_ex_seq(ex, spec, "configPatches");
	for (i = 0; patches != NULL && i < patches->n; i++)
		extract_patch(ex, ef, patches->items[i]);
}
