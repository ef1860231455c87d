/* node.c - lookups on loaded YAML trees: keys, paths, scalar text, null and type names. */
#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <string.h>

#include "yaml/node.h"

#define NULL_TAG	"tag:yaml.org,2002:null"

/* The last pair of map whose key is the scalar key, or NULL. */
static struct wl_node *const *
find_pair(const struct wl_node *map, const char *key)
{
	const struct wl_node	*k;
	size_t			 len = strlen(key), i;

	if (map == NULL || map->type != WL_NODE_MAP)
		return NULL;
	for (i = map->n; i > 0; i--) {
		k = map->items[2 * (i - 1)];
		if (k->type == WL_NODE_SCALAR && k->len == len &&
		    memcmp(k->str, key, len) == 0)
			return &map->items[2 * (i - 1)];
	}
	return NULL;
}

const struct wl_node *
wl_node_get(const struct wl_node *map, const char *key)
{
	struct wl_node *const *pair = find_pair(map, key);

	return pair != NULL ? pair[1] : NULL;
}

const struct wl_node *
wl_node_get_key(const struct wl_node *map, const char *key)
{
	struct wl_node *const *pair = find_pair(map, key);

	return pair != NULL ? pair[0] : NULL;
}

/* Equal but for the case of ASCII letters (encoding/json's foldName for ASCII keys). */
static bool
fold_equal(const struct wl_node *k, const char *field, size_t len)
{
	size_t i;

	if (k->type != WL_NODE_SCALAR || k->len != len)
		return false;
	for (i = 0; i < len; i++)
		if (k->str[i] != field[i] && (!isalpha((unsigned char)field[i]) ||
		    tolower((unsigned char)k->str[i]) !=
		    tolower((unsigned char)field[i])))
			return false;
	return true;
}

const struct wl_node *
wl_node_get_go_field(const struct wl_node *map, const char *field,
    const struct wl_node **key)
{
	size_t	len = strlen(field), i, best = SIZE_MAX;

	if (key != NULL)
		*key = NULL;
	if (map == NULL || map->type != WL_NODE_MAP)
		return NULL;
	/* The last of the greatest: maps keep the last of equal keys. */
	for (i = 0; i < map->n; i++)
		if (fold_equal(map->items[2 * i], field, len) &&
		    (best == SIZE_MAX || memcmp(map->items[2 * i]->str,
		    map->items[2 * best]->str, len) >= 0))
			best = i;
	if (best == SIZE_MAX)
		return NULL;
	if (key != NULL)
		*key = map->items[2 * best];
	return map->items[2 * best + 1];
}

const struct wl_node *
wl_node_path(const struct wl_node *n, ...)
{
	va_list		 ap;
	const char	*key;

	va_start(ap, n);
	while (n != NULL && (key = va_arg(ap, const char *)) != NULL)
		n = wl_node_get(n, key);
	va_end(ap);
	return n;
}

const char *
wl_node_str(const struct wl_node *n)
{
	return n != NULL && n->type == WL_NODE_SCALAR ? n->str : NULL;
}

bool
wl_node_is_null(const struct wl_node *n)
{
	if (n == NULL)
		return true;
	if (n->type != WL_NODE_SCALAR)
		return false;
	if (n->tag != NULL)
		return strcmp(n->tag, NULL_TAG) == 0;
	if (n->style != WL_STYLE_PLAIN)
		return false;
	return n->len == 0 || strcmp(n->str, "~") == 0 ||
	    strcmp(n->str, "null") == 0 || strcmp(n->str, "Null") == 0 ||
	    strcmp(n->str, "NULL") == 0;
}

const char *
wl_node_type_name(const struct wl_node *n)
{
	if (wl_node_is_null(n))
		return "null";
	switch (n->type) {
	case WL_NODE_MAP:
		return "mapping";
	case WL_NODE_SEQ:
		return "sequence";
	default:
		return "string";
	}
}
