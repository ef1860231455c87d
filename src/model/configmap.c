/* configmap.c - ConfigMap facts: the keys of data and binaryData with their sizes, and the wasm modules binaryData holds. */
#include <stdlib.h>
#include <string.h>

#include "model/extract.h"
#include "model/module.h"
#include "util/digest.h"

/* "\0asm" in base64: what a binaryData value holding a wasm module starts with. */
#define WASM_MAGIC_BASE64 "AGFzbQ"

/* Bytes that a base64 text decodes to. */
static size_t
base64_decoded_size(const char *s, size_t len)
{
	size_t pad = 0;

	while (len > 0 && (s[len - 1] == '\n' || s[len - 1] == ' '))
		len--;
	while (pad < 2 && len > pad && s[len - 1 - pad] == '=')
		pad++;
	return len / 4 * 3 + (len % 4 ? len % 4 - 1 : 0) - pad;
}

/* A binaryData value that decodes to wasm is a module, found where its key is. */
static void
extract_module(struct wl_extract *ex, const struct wl_configmap *cm,
    const struct wl_configmap_key *key, const struct wl_node *v)
{
	struct wl_module_source	 src = { WL_MODULE_CONFIGMAP, ex->file,
		key->name, wl_ex_unpack(ex, &key->loc), cm->obj };
	unsigned char		*bytes;
	size_t			 len;

	if (v->len < strlen(WASM_MAGIC_BASE64) ||
	    memcmp(v->str, WASM_MAGIC_BASE64, strlen(WASM_MAGIC_BASE64)) != 0)
		return;
	bytes = wl_base64_decode(v->str, v->len, &len);
	if (bytes == NULL)
		return;
	wl_module_add(ex->facts, ex->sink, &src, bytes, len);
	free(bytes);
}

static void
extract_keys(struct wl_extract *ex, struct wl_configmap *cm,
    const struct wl_node *root, const char *field, bool binary)
{
	const struct wl_node	*data = wl_ex_map(ex, root, field);
	size_t			 i;

	if (data != NULL)
		WL_VEC_RESERVE(ex->facts->arena, &cm->keys,
		    cm->keys.n + data->n);

	for (i = 0; data != NULL && i < data->n; i++) {
		const struct wl_node	*k = data->items[2 * i];
		const struct wl_node	*v = data->items[2 * i + 1];
		struct wl_configmap_key	*key;

		if (k->type != WL_NODE_SCALAR)
			continue;
		key = WL_VEC_PUSH(ex->facts->arena, &cm->keys);
		key->name = wl_ex_strndup(ex, k->str, k->len);
		key->loc = wl_ex_loc(ex, k);
		key->binary = binary;
		if (v->type != WL_NODE_SCALAR)
			continue;
		key->size = binary ? base64_decoded_size(v->str, v->len)
				   : v->len;
		if (binary)
			extract_module(ex, cm, key, v);
	}
}

void
wl_extract_configmap(struct wl_extract *ex, const struct wl_meta *meta,
    const struct wl_node *root)
{
	struct wl_configmap *cm = WL_FACTS_PUSH(ex->facts, configmaps);

	cm->obj = meta->obj;
	cm->loc = meta->loc;
	extract_keys(ex, cm, root, "data", false);
	extract_keys(ex, cm, root, "binaryData", true);
}
