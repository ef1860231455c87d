/* extract.c - dispatching documents by kind, and the typed lookups every extractor uses. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/extract.h"
#include "model/pod-patch.h"
#include "model/suppressions.h"
#include "util/intern.h"

const char *
wl_ex_strndup(struct wl_extract *ex, const char *s, size_t n)
{
	if (ex->facts->strings == NULL)
		ex->facts->strings = wl_intern_new(ex->facts->arena);
	return wl_intern(ex->facts->strings, s, n);
}

struct wl_loc
wl_ex_diag_loc(const struct wl_extract *ex, const struct wl_node *n)
{
	struct wl_loc loc = { .file = ex->file, .offset = WL_NO_OFFSET };

	if (n != NULL) {
		loc.line = n->start.line;
		loc.col = n->start.col;
		loc.end_line = n->end.line;
		loc.end_col = n->end.col;
		loc.offset = n->start.offset;
	}
	return loc;
}

struct wl_floc
wl_ex_loc(const struct wl_extract *ex, const struct wl_node *n)
{
	struct wl_loc loc = wl_ex_diag_loc(ex, n);

	return wl_floc_pack(&loc, ex->file_id);
}

struct wl_floc
wl_ex_pack(const struct wl_extract *ex, const struct wl_loc *loc)
{
	return wl_floc_pack(loc, ex->file_id);
}

struct wl_loc
wl_ex_unpack(const struct wl_extract *ex, const struct wl_floc *loc)
{
	return wl_floc_in(loc, ex->file);
}

struct wl_diag *
wl_ex_report(struct wl_extract *ex, const char *id, const struct wl_floc *at,
    const char *fmt, ...)
{
	const struct wl_rule	*rule = wl_rule_find(id);
	struct wl_loc		 loc = wl_floc_in(at, ex->file);
	struct wl_diag		*d;
	va_list			 ap;

	if (rule == NULL)
		abort();	/* a loader names a rule the table lacks */
	va_start(ap, fmt);
	d = wl_sink_vadd(ex->sink, rule, &loc, fmt, ap);
	va_end(ap);
	return d;
}

static const struct wl_node *
ex_typed(struct wl_extract *ex, const struct wl_node *map, const char *key,
    enum wl_node_type want)
{
	const struct wl_node	*v = ex->go_fields ?
				    wl_node_get_go_field(map, key, NULL) :
				    wl_node_get(map, key);
	struct wl_loc		 loc;
	static const char	*names[] = {
		[WL_NODE_SCALAR] = "a string",
		[WL_NODE_MAP] = "a mapping",
		[WL_NODE_SEQ] = "a sequence",
	};

	if (v == NULL || wl_node_is_null(v))
		return NULL;
	if (v->type == want)
		return v;
	loc = wl_ex_diag_loc(ex, v);
	wl_sink_add_id(ex->sink, "WL1005", &loc,
	    "`%s` must be %s, found %s; its contents are not checked", key,
	    names[want], wl_node_type_name(v));
	return NULL;
}

/* Writes the text of path at buf (when not NULL); returns its length. */
static size_t
path_write(const struct wl_key_path *path, char *buf)
{
	size_t	n;
	char	num[24];

	if (path == NULL)
		return 0;
	n = path_write(path->up, buf);
	if (path->key == NULL) {
		n += (size_t)snprintf(buf != NULL ? buf + n : num,
		    sizeof num, "[%zu]", path->index);
		return n;
	}
	if (n > 0) {
		if (buf != NULL)
			buf[n] = '.';
		n++;
	}
	if (buf != NULL)
		memcpy(buf + n, path->key, strlen(path->key));
	return n + strlen(path->key);
}

const char *
wl_ex_path_text(struct wl_extract *ex, const struct wl_key_path *path)
{
	size_t	 n = path_write(path, NULL);
	char	*text = wl_arena_alloc(ex->facts->arena, n + 1);

	path_write(path, text);
	text[n] = '\0';
	return text;
}

struct wl_present
wl_ex_present(const struct wl_extract *ex, const struct wl_node *map,
    const char *key)
{
	struct wl_present p;

	p.set = !wl_node_is_null(wl_node_get(map, key));
	p.loc = wl_ex_loc(ex, wl_node_get_key(map, key));
	return p;
}

const struct wl_node *
wl_ex_map(struct wl_extract *ex, const struct wl_node *map, const char *key)
{
	return ex_typed(ex, map, key, WL_NODE_MAP);
}

const struct wl_node *
wl_ex_seq(struct wl_extract *ex, const struct wl_node *map, const char *key)
{
	return ex_typed(ex, map, key, WL_NODE_SEQ);
}

struct wl_str_loc
wl_ex_str(struct wl_extract *ex, const struct wl_node *map, const char *key)
{
	const struct wl_node	*v = ex_typed(ex, map, key, WL_NODE_SCALAR);
	struct wl_str_loc	 out = { .s = NULL };

	out.loc = wl_ex_loc(ex, v);
	if (v != NULL)
		out.s = wl_ex_strndup(ex, v->str, v->len);
	return out;
}

bool
wl_ex_port(struct wl_extract *ex, const struct wl_node *map, const char *key,
    long *port, struct wl_floc *loc)
{
	struct wl_str_loc	 s = wl_ex_str(ex, map, key);
	char			*end;

	if (s.s == NULL)
		return false;
	*port = strtol(s.s, &end, 10);
	if (loc != NULL)
		*loc = s.loc;
	if (*s.s != '\0' && *end == '\0' && *port >= 1 && *port <= 65535)
		return true;
	wl_ex_report(ex, "WL1005", &s.loc, "`%s` must be a port "
	    "number from 1 to 65535, found `%s`", key, s.s);
	return false;
}

struct wl_int32
wl_ex_int32(struct wl_extract *ex, const struct wl_node *map, const char *key)
{
	struct wl_str_loc	 s = wl_ex_str(ex, map, key);
	struct wl_int32		 out = { .present = wl_ex_present(ex, map, key) };
	char			*end;
	long long		 n;

	if (s.s == NULL)
		return out;
	n = strtoll(s.s, &end, 10);
	if (*s.s == '\0' || *end != '\0' || n < -2147483648LL ||
	    n > 2147483647LL) {
		wl_ex_report(ex, "WL1005", &s.loc,
		    "`%s` must be a 32-bit integer, found `%s`", key, s.s);
		return out;
	}
	out.valid = true;
	out.value = (long)n;
	return out;
}

void
wl_ex_pairs(struct wl_extract *ex, const struct wl_node *map, const char *key,
    struct wl_pairs *out)
{
	const struct wl_node	*m = wl_ex_map(ex, map, key);
	struct wl_arena		*a = ex->facts->arena;
	size_t			 i;

	out->loc = wl_ex_loc(ex, wl_node_get_key(map, key));
	if (m == NULL)
		return;
	out->present = true;
	WL_VEC_RESERVE(a, out, m->n);
	for (i = 0; i < m->n; i++) {
		const struct wl_node	*k = m->items[2 * i];
		const struct wl_node	*v = m->items[2 * i + 1];
		struct wl_pair		*p;

		if (k->type != WL_NODE_SCALAR)
			continue;
		p = WL_VEC_PUSH(a, out);
		p->key = wl_ex_strndup(ex, k->str, k->len);
		p->loc = wl_ex_loc(ex, k);
		p->value_loc = wl_ex_loc(ex, v);
		if (v->type == WL_NODE_SCALAR)
			p->value = wl_ex_strndup(ex, v->str, v->len);
		else
			wl_ex_report(ex, "WL1005", &p->value_loc,
			    "value of `%s` must be a string, found %s", p->key,
			    wl_node_type_name(v));
	}
}

const struct wl_pair *
wl_pairs_find(const struct wl_pairs *pairs, const char *key)
{
	size_t i;

	for (i = pairs->n; i-- > 0;)
		if (strcmp(pairs->v[i].key, key) == 0)
			return &pairs->v[i];
	return NULL;
}

static const struct {
	const char	*kind;
	void		(*extract)(struct wl_extract *, const struct wl_meta *,
			    const struct wl_node *);
} extractors[] = {
	{ "EnvoyFilter", wl_extract_envoyfilter },
	{ "WasmPlugin", wl_extract_wasmplugin },
	{ "ConfigMap", wl_extract_configmap },
	{ "Namespace", wl_extract_namespace },
	{ "Service", wl_extract_service },
	{ "Gateway", wl_extract_gateway },
	{ "Pod", wl_extract_workload },
	{ "Deployment", wl_extract_workload },
	{ "StatefulSet", wl_extract_workload },
	{ "DaemonSet", wl_extract_workload },
	{ "ReplicaSet", wl_extract_workload },
	{ "Job", wl_extract_workload },
	{ "CronJob", wl_extract_workload },
};

static void
extract_meta(struct wl_extract *ex, const struct wl_node *root,
    const char *kind, struct wl_meta *meta)
{
	struct wl_str_loc	 name, ns;
	const struct wl_node	*ignore;
	struct wl_loc		 loc;

	meta->metadata = wl_ex_map(ex, root, "metadata");
	name = wl_ex_str(ex, meta->metadata, "name");
	ns = wl_ex_str(ex, meta->metadata, "namespace");
	meta->obj.kind = kind;
	meta->obj.name = name.s;
	meta->obj.ns = ns.s != NULL && *ns.s ? ns.s : "default";
	meta->loc = name.s != NULL ? name.loc : wl_ex_loc(ex, root);
	ignore = wl_node_get(wl_node_get(meta->metadata, "annotations"),
	    WL_IGNORE_ANNOTATION);
	if (wl_node_str(ignore) != NULL) {
		loc = wl_ex_diag_loc(ex, ignore);
		wl_add_annotation_suppression(ex->facts, &meta->obj,
		    wl_node_str(ignore), &loc);
	}
}

static void
extract_object(struct wl_extract *ex, const struct wl_node *root)
{
	const char	*kind;
	struct wl_meta	 meta;
	size_t		 i;

	if (root == NULL || root->type != WL_NODE_MAP)
		return;
	kind = wl_node_str(wl_node_get(root, "kind"));
	if (kind == NULL) {
		wl_extract_kindless_patch(ex, root);
		return;
	}
	for (i = 0; i < sizeof extractors / sizeof extractors[0]; i++) {
		if (strcmp(kind, extractors[i].kind) != 0)
			continue;
		extract_meta(ex, root, extractors[i].kind, &meta);
		extractors[i].extract(ex, &meta, root);
		return;
	}
}

void
wl_extract_document(struct wl_extract *ex, const struct wl_node *root)
{
	const char		*kind = wl_node_str(wl_node_get(root, "kind"));
	const struct wl_node	*items;
	size_t			 i;

	if (kind == NULL || strcmp(kind, "List") != 0) {
		extract_object(ex, root);
		return;
	}
	/* kubectl get -o yaml wraps objects in a List. */
	items = wl_ex_seq(ex, root, "items");
	for (i = 0; items != NULL && i < items->n; i++)
		extract_object(ex, items->items[i]);
}
