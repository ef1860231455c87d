/* node.h - a YAML document as a small tree that keeps the source position of every key and value. */
#ifndef WASMLINT_YAML_NODE_H
#define WASMLINT_YAML_NODE_H

#include <stdbool.h>
#include <stddef.h>

struct wl_arena;

/* A position in the source: 1-based line and column, 0-based byte offset. */
struct wl_mark {
	unsigned	line;
	unsigned	col;
	size_t		offset;
};

enum wl_node_type {
	WL_NODE_SCALAR,
	WL_NODE_MAP,
	WL_NODE_SEQ,
};

enum wl_scalar_style {
	WL_STYLE_PLAIN,
	WL_STYLE_SINGLE,
	WL_STYLE_DOUBLE,
	WL_STYLE_LITERAL,
	WL_STYLE_FOLDED,
	WL_STYLE_FLOW,		/* a flow map or sequence ({...} or [...]) */
	WL_STYLE_BLOCK,		/* a block map or sequence */
};

/*
 * A node. Maps keep their pairs in source order: items[2*i] is a key,
 * items[2*i + 1] its value, n counts pairs. Sequences keep items[i], n counts
 * items. Scalars keep a NUL-terminated copy of their value in str/len.
 * An alias is the node its anchor named (shared, not copied).
 */
struct wl_node {
	enum wl_node_type	 type;
	enum wl_scalar_style	 style;
	struct wl_mark		 start;
	struct wl_mark		 end;
	const char		*tag;	/* explicit tag, or NULL */
	const char		*str;
	size_t			 len;
	struct wl_node		**items;
	size_t			 n;
};

/* A key that a mapping has twice: the first and the later one. */
struct wl_yaml_dup {
	const struct wl_node	*first;
	const struct wl_node	*again;
};

/*
 * A loaded document; its nodes live in its own arena. dups lists, in the
 * order the later keys come, every scalar key that repeats an earlier key
 * of its mapping (same text, both plain or both quoted; "<<" aside).
 */
struct wl_yaml_doc {
	struct wl_node		*root;		/* NULL for an empty document */
	unsigned		 index;		/* 0-based position in the stream */
	struct wl_arena		*arena;
	struct wl_yaml_dup	*dups;
	size_t			 ndups;
};

/* Why a stream stopped: a message and where. */
struct wl_yaml_error {
	struct wl_mark	mark;
	char		message[256];
};

/*
 * Where an embedded text (a YAML scalar holding JSON) sits in its file, so
 * marks of the embedded document point into the file: a mark on the text's
 * first line becomes (line, col + c), on a later line k becomes
 * (line + k, indent + c). NULL origin means the text is the whole file.
 * line, col and indent are 1-based (col is where the text's first character
 * sits, indent where its later lines start); c is the mark's 0-based column
 * in the text. offset is the byte offset of the text's first character; a
 * mark's offset becomes offset + o + k * (indent - 1), o being its offset in
 * the text, which is exact for one line and for a literal block scalar.
 * When the text is a quoted scalar's value, its escapes ("\"" or "''") take
 * more room in the file than in the text: shift[o] then says how many more
 * bytes stand in the file before text byte o (first line only; nshift
 * entries; NULL when there are none).
 */
struct wl_yaml_origin {
	unsigned	 line;
	unsigned	 col;
	unsigned	 indent;
	size_t		 offset;
	const unsigned	*shift;
	size_t		 nshift;
};

/*
 * Where the text position (0-based line, 0-based column in characters, byte
 * offset in the text) stands in the file under origin; NULL origin means the
 * text is the whole file.
 */
struct wl_mark	wl_yaml_origin_mark(const struct wl_yaml_origin *,
		    size_t line, size_t col, size_t offset);

/* Bounds that keep hostile input from exhausting time or memory. */
struct wl_yaml_limits {
	unsigned	max_depth;	/* nesting of maps and sequences */
	size_t		max_nodes;	/* per document */
	size_t		max_aliases;	/* per document */
};

extern const struct wl_yaml_limits wl_yaml_default_limits;

struct wl_yaml_stream;

/*
 * Opens a stream over buf (not copied: it must outlive the stream).
 * origin may be NULL; limits may be NULL for the defaults.
 */
struct wl_yaml_stream	*wl_yaml_open(const char *buf, size_t len,
			    const struct wl_yaml_origin *origin,
			    const struct wl_yaml_limits *limits);
/*
 * Reads the next document. Returns 1 and fills doc, 0 at the end of the
 * stream, or -1 and fills err on a syntax error or exceeded limit. After -1
 * the stream resumes at the next "---" line after the error (the error's own
 * line when the error is that marker, as for an unclosed bracket), so later
 * documents are still read; call again until it returns 0. A document that
 * fails still takes its index.
 */
int			 wl_yaml_next(struct wl_yaml_stream *,
			    struct wl_yaml_doc *doc, struct wl_yaml_error *err);
void			 wl_yaml_close(struct wl_yaml_stream *);
/* Frees the document's arena and every node in it. */
void			 wl_yaml_doc_free(struct wl_yaml_doc *);

/* The value of key in a map, or NULL (not a map, or no such key; last wins). */
const struct wl_node	*wl_node_get(const struct wl_node *map,
			    const char *key);
/* The key node itself (for locations), or NULL. */
const struct wl_node	*wl_node_get_key(const struct wl_node *map,
			    const char *key);
/*
 * The value of the field called field in a map, as Istio's injector ends up
 * decoding a userVolume or userVolumeMount entry into a Kubernetes Volume or
 * VolumeMount: the keys equal to it but for the case of ASCII letters all
 * match (encoding/json: "preferring an exact match" only matters between
 * fields, and a Volume has no two that differ by case); of equal keys the
 * last counts (fromJSON's map); of keys that differ by case, the greatest in
 * byte order, because the pod is re-encoded with json.Marshal, which sorts
 * map keys, and the field set last wins. *key (may be NULL) gets the key
 * node. NULL when there is none.
 */
const struct wl_node	*wl_node_get_go_field(const struct wl_node *map,
			    const char *field, const struct wl_node **key);
/* Follows a NULL-terminated list of map keys: wl_node_path(root, "spec", "template", NULL). */
const struct wl_node	*wl_node_path(const struct wl_node *, ...);
/* The scalar's text, or NULL if n is NULL or not a scalar. */
const char		*wl_node_str(const struct wl_node *n);
/*
 * True for a missing node, "~", "null", "Null", "NULL" or an empty plain
 * scalar; a tagged scalar only if its tag is !!null.
 */
bool			 wl_node_is_null(const struct wl_node *n);
/*
 * Human name of the node's type for messages: "mapping", "sequence",
 * "string", or "null" when wl_node_is_null.
 */
const char		*wl_node_type_name(const struct wl_node *n);

#endif
