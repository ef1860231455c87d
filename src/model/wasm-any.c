/* wasm-any.c - a google.protobuf.Any of the wasm filter's config (configuration): its shape, and whether a StringValue holding JSON is JSON. */
#include <string.h>

#include "model/extract.h"
#include "yaml/json-strict.h"

#define STRING_VALUE	"type.googleapis.com/google.protobuf.StringValue"

/* True when text, after blanks, opens a JSON object or array: the plugin means it as JSON. */
static bool
looks_like_json(const char *text)
{
	text += strspn(text, " \t\r\n");
	return *text == '{' || *text == '[';
}

/* A StringValue's JSON text that strict JSON rejects: why, and where in the file. */
static void
check_json(struct wl_extract *ex, struct wl_wasm_any *out,
    const struct wl_str_loc *value)
{
	struct wl_yaml_origin	origin;
	struct wl_yaml_error	err;
	bool			ok;

	if (!looks_like_json(value->s))
		return;
	origin = wl_ex_scalar_origin(ex, &value->loc);
	ok = wl_json_strict(value->s, strlen(value->s), &origin, &err);
	wl_ex_origin_free(&origin);
	if (ok)
		return;
	out->json_error = wl_arena_strdup(ex->facts->arena, err.message);
	out->json_error_loc = wl_ex_loc(ex, NULL);
	out->json_error_loc.line = out->json_error_loc.end_line = err.mark.line;
	out->json_error_loc.col = err.mark.col;
	out->json_error_loc.end_col = err.mark.col + 1;
	out->json_error_loc.offset = err.mark.offset;
}

void
wl_ex_wasm_any(struct wl_extract *ex, const struct wl_node *map,
    const char *path, struct wl_wasm_any *out)
{
	const struct wl_node	*v = wl_node_get(map, "configuration");
	struct wl_str_loc	 type, value;

	out->path = path;
	if (v == NULL || wl_node_is_null(v))
		return;
	out->set = true;
	out->loc = wl_ex_loc(ex, v);
	if (v->type == WL_NODE_SCALAR) {
		out->scalar = wl_ex_strndup(ex, v->str, v->len);
		return;
	}
	type = wl_ex_str(ex, v, "@type");
	if (type.s == NULL || strcmp(type.s, STRING_VALUE) != 0)
		return;
	value = wl_ex_str(ex, v, "value");
	if (value.s != NULL)
		check_json(ex, out, &value);
}
