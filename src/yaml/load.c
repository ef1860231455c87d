/* load.c - libyaml events into wl_node trees, one document and one arena at a time. */
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "util/arena.h"
#include "util/xmalloc.h"
#include "yaml/node.h"

#define READ_CHUNK	1024
#define ASCII_AHEAD	4096

const struct wl_yaml_limits wl_yaml_default_limits = {
	.max_depth = 256,
	.max_nodes = 2000000,
	.max_aliases = 10000,
};

/* A position in buf as libyaml counts it: 0-based line and column. */
struct raw_mark {
	size_t	line;
	size_t	col;
	size_t	off;
};

/* A map or sequence whose end event has not come yet. */
struct frame {
	struct wl_node	*node;
	const char	*anchor;	/* its anchor's name, or NULL */
	size_t		 first;		/* node count before it opened */
	unsigned	 height;	/* nesting of its tallest child */
	WL_VEC(struct wl_node *) items;
};

/* An anchor of the current document, in an open-addressing hash table. */
struct anchor {
	const char	*name;		/* NULL for a free slot */
	struct wl_node	*node;
	size_t		 size;		/* nodes in it, aliases expanded */
	unsigned	 height;	/* nesting in it, aliases expanded */
	bool		 open;		/* an alias to it would make a cycle */
};

struct wl_yaml_stream {
	const char		*buf;
	size_t			 len;
	struct wl_yaml_origin	 origin;
	bool			 has_origin;
	struct wl_yaml_limits	 limits;
	unsigned		 index;		/* of the next document */

	yaml_parser_t		 parser;
	bool			 live;		/* parser is initialised */
	size_t			 base;		/* its input's start in buf */
	size_t			 base_line;
	size_t			 fed;		/* bytes of buf given to it */
	size_t			 cur_chars;	/* a character index of it */
	size_t			 cur_off;	/* and its byte offset in buf */
	size_t			 ascii_end;	/* [cur_off, ascii_end) is ASCII */
	size_t			 eof_col;	/* or SIZE_MAX if unknown */

	/* The document being read. */
	struct wl_arena		*arena;
	struct wl_node		*root;
	struct frame		*frames;
	size_t			 depth;
	size_t			 frames_cap;
	size_t			 nodes;
	size_t			 aliases;
	struct anchor		*anchors;
	size_t			 anchors_n;
	size_t			 anchors_cap;
	WL_VEC(struct wl_yaml_dup) dups;
};

/*
 * Feeds libyaml small pieces: it decodes all it is given, so a parser started
 * after an error then costs only what it reads, not 16K.
 */
static int
read_input(void *data, unsigned char *out, size_t size, size_t *n)
{
	struct wl_yaml_stream *s = data;

	*n = s->len - s->fed;
	if (*n > size)
		*n = size;
	if (*n > READ_CHUNK)
		*n = READ_CHUNK;
	if (*n > 0)
		memcpy(out, s->buf + s->fed, *n);
	s->fed += *n;
	return 1;
}

static void
start_parser(struct wl_yaml_stream *s, size_t off, size_t line)
{
	/* Fails only when malloc does: abort, as wl_xmalloc would. */
	if (!yaml_parser_initialize(&s->parser))
		abort();
	s->fed = off;
	yaml_parser_set_input(&s->parser, read_input, s);
	yaml_parser_set_encoding(&s->parser, YAML_UTF8_ENCODING);
	s->live = true;
	s->base = off;
	s->base_line = line;
	s->cur_chars = 0;
	s->cur_off = off;
	s->ascii_end = off;
	s->eof_col = SIZE_MAX;
}

static void
stop_parser(struct wl_yaml_stream *s)
{
	if (s->live)
		yaml_parser_delete(&s->parser);
	s->live = false;
}

static size_t
utf8_width(unsigned char c)
{
	if ((c & 0xE0) == 0xC0)
		return 2;
	if ((c & 0xF0) == 0xE0)
		return 3;
	if ((c & 0xF8) == 0xF0)
		return 4;
	return 1;
}

/*
 * Extends the known ASCII run after cur_off past want, by up to ASCII_AHEAD
 * more bytes so that the next marks find it done: it stops at the first byte
 * of a multi-byte character (or a stray byte over 0x7F). Bounded, so that a
 * parser restarted after each of many errors does not rescan the rest.
 */
static void
scan_ascii(struct wl_yaml_stream *s, size_t want)
{
	const unsigned char	*u = (const unsigned char *)s->buf;
	size_t			 i = s->ascii_end;
	uint64_t		 w;

	want = s->len - want > ASCII_AHEAD ? want + ASCII_AHEAD : s->len;
	for (; i + 8 <= want; i += 8) {
		memcpy(&w, u + i, 8);
		if ((w & UINT64_C(0x8080808080808080)) != 0)
			break;
	}
	while (i < want && u[i] < 0x80)
		i++;
	s->ascii_end = i;
}

/*
 * The byte offset in buf of the parser's character index idx. Within a run
 * of ASCII a character is a byte, so the walk jumps over the run in one step;
 * it goes character by character only over multi-byte characters and back.
 */
static size_t
char_offset(struct wl_yaml_stream *s, size_t idx)
{
	const unsigned char	*u = (const unsigned char *)s->buf;
	size_t			 want, step;

	while (s->cur_chars < idx && s->cur_off < s->len) {
		want = s->cur_off + (idx - s->cur_chars);
		if (want > s->len || want < s->cur_off)
			want = s->len;
		if (s->ascii_end < want)
			scan_ascii(s, want);
		step = (s->ascii_end < want ? s->ascii_end : want) - s->cur_off;
		s->cur_off += step;
		s->cur_chars += step;
		if (s->cur_chars < idx && s->cur_off < s->len) {
			s->cur_off += utf8_width(u[s->cur_off]);
			if (s->cur_off > s->len)
				s->cur_off = s->len;
			s->cur_chars++;
			s->ascii_end = s->cur_off;
		}
	}
	while (s->cur_chars > idx && s->cur_off > s->base) {
		do
			s->cur_off--;
		while (s->cur_off > s->base && (u[s->cur_off] & 0xC0) == 0x80);
		s->cur_chars--;
		s->ascii_end = s->cur_off;
	}
	return s->cur_off;
}

/* Length of the line break at buf[off] as libyaml counts them, or 0. */
static size_t
break_len(const struct wl_yaml_stream *s, size_t off)
{
	const unsigned char	*u = (const unsigned char *)s->buf + off;
	size_t			 left = s->len - off;

	if (u[0] == '\r')
		return left > 1 && u[1] == '\n' ? 2 : 1;
	if (u[0] == '\n')
		return 1;
	if (left > 1 && u[0] == 0xC2 && u[1] == 0x85)
		return 2;
	if (left > 2 && u[0] == 0xE2 && u[1] == 0x80 &&
	    (u[2] == 0xA8 || u[2] == 0xA9))
		return 3;
	return 0;
}

/* True if a "---" document marker starts at buf[off]. */
static bool
is_doc_start(const struct wl_yaml_stream *s, size_t off)
{
	const char *p = s->buf + off;

	if (s->len - off < 3 || memcmp(p, "---", 3) != 0)
		return false;
	return s->len - off == 3 || p[3] == ' ' || p[3] == '\t' ||
	    break_len(s, off + 3) > 0;
}

/* True if a line break ends just before buf[off]. */
static bool
break_before(const struct wl_yaml_stream *s, size_t off)
{
	char c = s->buf[off - 1];

	return c == '\n' || c == '\r' ||
	    (off - s->base >= 2 && break_len(s, off - 2) == 2) ||
	    (off - s->base >= 3 && break_len(s, off - 3) == 3);
}

/* Characters after the input's last line break (eof_col, found once). */
static size_t
last_line_chars(struct wl_yaml_stream *s)
{
	size_t off = s->len;

	if (s->eof_col != SIZE_MAX)
		return s->eof_col;
	s->eof_col = 0;
	while (off > s->base && !break_before(s, off))
		if (((unsigned char)s->buf[--off] & 0xC0) != 0x80)
			s->eof_col++;
	return s->eof_col;
}

static struct raw_mark
raw_of(struct wl_yaml_stream *s, const yaml_mark_t *m)
{
	struct raw_mark r;

	r.line = s->base_line + m->line;
	r.col = m->column;
	r.off = char_offset(s, m->index);
	/*
	 * At the end libyaml moves to a new line that the input lacks when its
	 * last line has no break; point at the end of that line instead.
	 */
	if (r.off == s->len && r.col == 0 && m->line > 0 &&
	    last_line_chars(s) > 0) {
		r.line--;
		r.col = s->eof_col;
	}
	return r;
}

/* The position of byte to, counted from the parser's start. */
static struct raw_mark
scan_to(const struct wl_yaml_stream *s, size_t to)
{
	struct raw_mark	r = { s->base_line, 0, s->base };
	size_t		n;

	if (to > s->len)
		to = s->len;
	while (r.off < to) {
		if ((n = break_len(s, r.off)) > 0) {
			r.line++;
			r.col = 0;
		} else {
			n = utf8_width((unsigned char)s->buf[r.off]);
			r.col++;
		}
		r.off += n;
	}
	r.off = to;
	return r;
}

struct wl_mark
wl_yaml_origin_mark(const struct wl_yaml_origin *o, size_t line, size_t col,
    size_t off)
{
	struct wl_mark m;

	if (o == NULL) {
		m.line = (unsigned)(line + 1);
		m.col = (unsigned)(col + 1);
		m.offset = off;
	} else if (line == 0) {
		unsigned shift = o->shift != NULL && off < o->nshift
				     ? o->shift[off] : 0;

		m.line = o->line;
		m.col = (unsigned)(o->col + col) + shift;
		m.offset = o->offset + off + shift;
	} else {
		m.line = (unsigned)(o->line + line);
		m.col = (unsigned)(o->indent + col);
		m.offset = o->offset + off;
		if (o->indent > 0)
			m.offset += line * (o->indent - 1);
	}
	return m;
}

static struct wl_mark
map_mark(const struct wl_yaml_stream *s, const struct raw_mark *r)
{
	return wl_yaml_origin_mark(s->has_origin ? &s->origin : NULL, r->line,
	    r->col, r->off);
}

static struct wl_mark
mark_of(struct wl_yaml_stream *s, const yaml_mark_t *m)
{
	struct raw_mark r = raw_of(s, m);

	return map_mark(s, &r);
}

/*
 * After a syntax error at at: start a fresh parser at the next line that
 * starts with "---" (this one if the error is the marker itself, which means
 * the previous document was left unfinished), or end the stream.
 */
static void
resume(struct wl_yaml_stream *s, struct raw_mark at)
{
	size_t old_base = s->base;

	stop_parser(s);
	for (;;) {
		if (at.col == 0 && at.off > old_base &&
		    is_doc_start(s, at.off)) {
			start_parser(s, at.off, at.line);
			return;
		}
		while (at.off < s->len && break_len(s, at.off) == 0)
			at.off++;
		if (at.off >= s->len)
			return;
		at.off += break_len(s, at.off);
		at.line++;
		at.col = 0;
	}
}

/* Where the parser failed. */
static struct raw_mark
problem_at(struct wl_yaml_stream *s)
{
	if (s->parser.error == YAML_READER_ERROR)
		return scan_to(s, s->base + s->parser.problem_offset);
	return raw_of(s, &s->parser.problem_mark);
}

/* Fills err from the parser's error, then resumes after it. */
static int
parser_failed(struct wl_yaml_stream *s, struct wl_yaml_error *err)
{
	const yaml_parser_t	*p = &s->parser;
	const char		*problem = p->problem;
	struct raw_mark		 at = problem_at(s);
	struct wl_mark		 ctx;

	err->mark = map_mark(s, &at);
	if (problem == NULL)
		problem = "out of memory";
	if (p->error == YAML_READER_ERROR && p->problem_value != -1) {
		snprintf(err->message, sizeof err->message, "%s (#%X)",
		    problem, (unsigned)p->problem_value);
	} else if (p->context != NULL) {
		ctx = mark_of(s, &p->context_mark);
		snprintf(err->message, sizeof err->message,
		    "%s (%s at line %u, column %u)", problem, p->context,
		    ctx.line, ctx.col);
	} else
		snprintf(err->message, sizeof err->message, "%s", problem);
	resume(s, at);
	return -1;
}

static int
doc_error(struct wl_yaml_stream *s, struct wl_yaml_error *err,
    const yaml_mark_t *m, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static int
doc_error(struct wl_yaml_stream *s, struct wl_yaml_error *err,
    const yaml_mark_t *m, const char *fmt, ...)
{
	va_list ap;

	err->mark = mark_of(s, m);
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof err->message, fmt, ap);
	va_end(ap);
	return -1;
}

static size_t
hash(const char *name)
{
	size_t h = 2166136261u;

	while (*name != '\0')
		h = (h ^ (unsigned char)*name++) * 16777619u;
	return h;
}

static struct anchor *
anchor_slot(struct anchor *tab, size_t cap, const char *name)
{
	size_t i = hash(name) & (cap - 1);

	while (tab[i].name != NULL && strcmp(tab[i].name, name) != 0)
		i = (i + 1) & (cap - 1);
	return &tab[i];
}

static struct anchor *
anchor_find(struct wl_yaml_stream *s, const char *name)
{
	struct anchor *a;

	if (s->anchors_cap == 0)
		return NULL;
	a = anchor_slot(s->anchors, s->anchors_cap, name);
	return a->name != NULL ? a : NULL;
}

static void
anchor_grow(struct wl_yaml_stream *s)
{
	size_t		 cap = s->anchors_cap ? 2 * s->anchors_cap : 16, i;
	struct anchor	*tab = wl_xcalloc(cap, sizeof *tab);

	for (i = 0; i < s->anchors_cap; i++)
		if (s->anchors[i].name != NULL)
			*anchor_slot(tab, cap, s->anchors[i].name) =
			    s->anchors[i];
	free(s->anchors);
	s->anchors = tab;
	s->anchors_cap = cap;
}

/* The anchor's entry, new or redefined, for n. */
static struct anchor *
anchor_define(struct wl_yaml_stream *s, const yaml_char_t *name,
    struct wl_node *n)
{
	struct anchor *a;

	if (2 * (s->anchors_n + 1) > s->anchors_cap)
		anchor_grow(s);
	a = anchor_slot(s->anchors, s->anchors_cap, (const char *)name);
	if (a->name == NULL) {
		a->name = wl_arena_strdup(s->arena, (const char *)name);
		s->anchors_n++;
	}
	a->node = n;
	a->size = 1;
	a->height = 0;
	a->open = false;
	return a;
}

/* Anchors are per document; the table goes with it. */
static void
anchors_clear(struct wl_yaml_stream *s)
{
	free(s->anchors);
	s->anchors = NULL;
	s->anchors_n = 0;
	s->anchors_cap = 0;
}

/* Hands a finished node to its parent, or makes it the root. */
static void
attach(struct wl_yaml_stream *s, struct wl_node *n, unsigned height)
{
	struct frame *f;

	if (s->depth == 0) {
		s->root = n;
		return;
	}
	f = &s->frames[s->depth - 1];
	*WL_VEC_PUSH(s->arena, &f->items) = n;
	if (height > f->height)
		f->height = height;
}

static struct wl_node *
new_node(struct wl_yaml_stream *s, enum wl_node_type type,
    const yaml_event_t *ev, const yaml_char_t *tag, struct wl_yaml_error *err)
{
	struct wl_node *n;

	if (s->nodes >= s->limits.max_nodes) {
		doc_error(s, err, &ev->start_mark,
		    "document has more than %zu nodes", s->limits.max_nodes);
		return NULL;
	}
	s->nodes++;
	n = wl_arena_alloc(s->arena, sizeof *n);
	n->type = type;
	n->start = mark_of(s, &ev->start_mark);
	n->end = mark_of(s, &ev->end_mark);
	if (tag != NULL)
		n->tag = wl_arena_strdup(s->arena, (const char *)tag);
	return n;
}

static enum wl_scalar_style
scalar_style(yaml_scalar_style_t style)
{
	switch (style) {
	case YAML_SINGLE_QUOTED_SCALAR_STYLE:
		return WL_STYLE_SINGLE;
	case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
		return WL_STYLE_DOUBLE;
	case YAML_LITERAL_SCALAR_STYLE:
		return WL_STYLE_LITERAL;
	case YAML_FOLDED_SCALAR_STYLE:
		return WL_STYLE_FOLDED;
	default:
		return WL_STYLE_PLAIN;
	}
}

static int
add_scalar(struct wl_yaml_stream *s, const yaml_event_t *ev,
    struct wl_yaml_error *err)
{
	struct wl_node *n;

	n = new_node(s, WL_NODE_SCALAR, ev, ev->data.scalar.tag, err);
	if (n == NULL)
		return -1;
	n->style = scalar_style(ev->data.scalar.style);
	n->str = wl_arena_strndup(s->arena, (const char *)ev->data.scalar.value,
	    ev->data.scalar.length);
	n->len = ev->data.scalar.length;
	if (ev->data.scalar.anchor != NULL)
		anchor_define(s, ev->data.scalar.anchor, n);
	attach(s, n, 0);
	return 0;
}

static struct frame *
push_frame(struct wl_yaml_stream *s)
{
	struct frame *f;

	if (s->depth == s->frames_cap) {
		s->frames_cap = s->frames_cap ? 2 * s->frames_cap : 16;
		s->frames = wl_xrealloc(s->frames,
		    s->frames_cap * sizeof *s->frames);
	}
	f = &s->frames[s->depth++];
	memset(f, 0, sizeof *f);
	return f;
}

static int
open_collection(struct wl_yaml_stream *s, const yaml_event_t *ev,
    struct wl_yaml_error *err)
{
	bool			 map = ev->type == YAML_MAPPING_START_EVENT;
	const yaml_char_t	*tag, *anchor;
	bool			 flow;
	size_t			 first = s->nodes;
	struct wl_node		*n;
	struct frame		*f;
	struct anchor		*a;

	if (map) {
		tag = ev->data.mapping_start.tag;
		anchor = ev->data.mapping_start.anchor;
		flow = ev->data.mapping_start.style == YAML_FLOW_MAPPING_STYLE;
	} else {
		tag = ev->data.sequence_start.tag;
		anchor = ev->data.sequence_start.anchor;
		flow = ev->data.sequence_start.style ==
		    YAML_FLOW_SEQUENCE_STYLE;
	}
	if (s->depth >= s->limits.max_depth)
		return doc_error(s, err, &ev->start_mark,
		    "nesting deeper than %u levels", s->limits.max_depth);
	n = new_node(s, map ? WL_NODE_MAP : WL_NODE_SEQ, ev, tag, err);
	if (n == NULL)
		return -1;
	n->style = flow ? WL_STYLE_FLOW : WL_STYLE_BLOCK;
	f = push_frame(s);
	f->node = n;
	f->first = first;
	if (anchor != NULL) {
		a = anchor_define(s, anchor, n);
		a->open = true;
		f->anchor = a->name;
	}
	return 0;
}

/* Keys that compare equal for duplicate detection: same text, and both plain or both quoted. */
static int
key_cmp(const struct wl_node *a, const struct wl_node *b)
{
	int qa = a->style != WL_STYLE_PLAIN, qb = b->style != WL_STYLE_PLAIN;

	if (qa != qb)
		return qa - qb;
	if (a->len != b->len)
		return a->len < b->len ? -1 : 1;
	return memcmp(a->str, b->str, a->len);
}

/* A key and its position in its map, sorted by key, then by position. */
struct key_pos {
	const struct wl_node	*k;
	size_t			 i;
};

static int
key_order(const void *x, const void *y)
{
	const struct key_pos	*a = x, *b = y;
	int			 c = key_cmp(a->k, b->k);

	return c != 0 ? c : (a->i > b->i) - (a->i < b->i);
}

static bool
is_dup_candidate(const struct wl_node *k)
{
	return k->type == WL_NODE_SCALAR && k->tag == NULL &&
	    !(k->style == WL_STYLE_PLAIN && strcmp(k->str, "<<") == 0);
}

#define FEW_KEYS	12	/* up to here, pairs are compared before any sort */

/* Whether a map of FEW_KEYS keys or fewer has no key twice: most maps, found without a sort. */
static bool
few_keys_distinct(const struct wl_node *map)
{
	size_t i, j;

	if (map->n > FEW_KEYS)
		return false;
	for (i = 1; i < map->n; i++)
		for (j = 0; j < i; j++)
			if (key_cmp(map->items[2 * i], map->items[2 * j]) == 0 &&
			    is_dup_candidate(map->items[2 * i]) &&
			    is_dup_candidate(map->items[2 * j]))
				return false;
	return true;
}

/*
 * Records each key of the finished map that repeats an earlier one, against
 * the first (sorting keeps it n log n on huge maps).
 */
static void
find_dups(struct wl_yaml_stream *s, const struct wl_node *map)
{
	struct key_pos	*keys;
	size_t		 i, n = 0, first = 0;

	if (map->n < 2 || few_keys_distinct(map))
		return;
	keys = wl_xmalloc(map->n * sizeof *keys);
	for (i = 0; i < map->n; i++)
		if (is_dup_candidate(map->items[2 * i]))
			keys[n++] = (struct key_pos){ map->items[2 * i], i };
	qsort(keys, n, sizeof *keys, key_order);
	for (i = 1; i < n; i++) {
		struct wl_yaml_dup *d;

		if (key_cmp(keys[first].k, keys[i].k) != 0) {
			first = i;
			continue;
		}
		d = WL_VEC_PUSH(s->arena, &s->dups);
		d->first = keys[first].k;
		d->again = keys[i].k;
	}
	free(keys);
}

static void
close_collection(struct wl_yaml_stream *s, const yaml_event_t *ev)
{
	struct frame	*f = &s->frames[--s->depth];
	struct wl_node	*n = f->node;
	struct anchor	*a;

	n->end = mark_of(s, &ev->end_mark);
	n->items = f->items.v;
	n->n = n->type == WL_NODE_MAP ? f->items.n / 2 : f->items.n;
	if (n->type == WL_NODE_MAP)
		find_dups(s, n);
	/* An inner node may have taken the name since. */
	if (f->anchor != NULL && (a = anchor_find(s, f->anchor))->node == n) {
		a->open = false;
		a->size = s->nodes - f->first;
		a->height = f->height + 1;
	}
	attach(s, n, f->height + 1);
}

static int
add_alias(struct wl_yaml_stream *s, const yaml_event_t *ev,
    struct wl_yaml_error *err)
{
	const char		*name = (const char *)ev->data.alias.anchor;
	const struct anchor	*a = anchor_find(s, name);

	if (a == NULL)
		return doc_error(s, err, &ev->start_mark, "unknown alias *%s",
		    name);
	if (a->open)
		return doc_error(s, err, &ev->start_mark,
		    "alias *%s refers to a node that contains it", name);
	if (s->aliases >= s->limits.max_aliases)
		return doc_error(s, err, &ev->start_mark,
		    "document has more than %zu aliases",
		    s->limits.max_aliases);
	if (a->size > s->limits.max_nodes - s->nodes)
		return doc_error(s, err, &ev->start_mark,
		    "document has more than %zu nodes with aliases expanded",
		    s->limits.max_nodes);
	if (s->depth + a->height > s->limits.max_depth)
		return doc_error(s, err, &ev->start_mark,
		    "nesting deeper than %u levels with aliases expanded",
		    s->limits.max_depth);
	s->aliases++;
	s->nodes += a->size;
	attach(s, a->node, a->height);
	return 0;
}

static int
doc_event(struct wl_yaml_stream *s, const yaml_event_t *ev,
    struct wl_yaml_error *err)
{
	switch (ev->type) {
	case YAML_SCALAR_EVENT:
		return add_scalar(s, ev, err);
	case YAML_ALIAS_EVENT:
		return add_alias(s, ev, err);
	case YAML_SEQUENCE_START_EVENT:
	case YAML_MAPPING_START_EVENT:
		return open_collection(s, ev, err);
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		close_collection(s, ev);
		return 0;
	default:
		return 0;
	}
}

/*
 * Reads events up to the document's end: 1 when done, -1 on an error. A
 * limit error resumes like a syntax error: reading on could be slow (libyaml
 * is quadratic in flow nesting) and the rest of the document is unwanted.
 */
static int
read_document(struct wl_yaml_stream *s, struct wl_yaml_error *err)
{
	yaml_event_t	ev;
	int		rc;

	do {
		if (!yaml_parser_parse(&s->parser, &ev))
			return parser_failed(s, err);
		if (ev.type == YAML_DOCUMENT_END_EVENT)
			rc = 1;
		else if ((rc = doc_event(s, &ev, err)) == -1)
			resume(s, raw_of(s, &ev.start_mark));
		yaml_event_delete(&ev);
	} while (rc == 0);
	return rc;
}

static bool
is_empty(const struct wl_node *n)
{
	return n->type == WL_NODE_SCALAR && n->style == WL_STYLE_PLAIN &&
	    n->len == 0 && n->tag == NULL;
}

static int
dup_order(const void *x, const void *y)
{
	const struct wl_yaml_dup *a = x, *b = y;

	return (a->again->start.offset > b->again->start.offset) -
	    (a->again->start.offset < b->again->start.offset);
}

/* In the order the later keys stand in the text (maps close inside out). */
static void
sort_dups(struct wl_yaml_doc *doc)
{
	if (doc->ndups > 1)
		qsort(doc->dups, doc->ndups, sizeof *doc->dups, dup_order);
}

static int
load_document(struct wl_yaml_stream *s, struct wl_yaml_doc *doc,
    struct wl_yaml_error *err)
{
	unsigned	index = s->index++;
	int		rc;

	s->arena = wl_arena_new();
	s->root = NULL;
	s->depth = 0;
	s->nodes = 0;
	s->aliases = 0;
	s->dups.v = NULL;
	s->dups.n = s->dups.cap = 0;
	rc = read_document(s, err);
	anchors_clear(s);
	if (rc == 1) {
		doc->root = is_empty(s->root) ? NULL : s->root;
		doc->index = index;
		doc->arena = s->arena;
		doc->dups = s->dups.v;
		doc->ndups = s->dups.n;
		sort_dups(doc);
	} else
		wl_arena_free(s->arena);
	s->arena = NULL;
	return rc;
}

struct wl_yaml_stream *
wl_yaml_open(const char *buf, size_t len, const struct wl_yaml_origin *origin,
    const struct wl_yaml_limits *limits)
{
	struct wl_yaml_stream	*s = wl_xcalloc(1, sizeof *s);
	size_t			 bom = 0;

	/* Skipped here, so that libyaml counts characters from a known byte. */
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		bom = 3;
	s->buf = buf;
	s->len = len;
	if (origin != NULL) {
		s->origin = *origin;
		s->has_origin = true;
	}
	s->limits = limits != NULL ? *limits : wl_yaml_default_limits;
	start_parser(s, bom, 0);
	return s;
}

int
wl_yaml_next(struct wl_yaml_stream *s, struct wl_yaml_doc *doc,
    struct wl_yaml_error *err)
{
	yaml_event_t		ev;
	yaml_event_type_t	type;

	memset(doc, 0, sizeof *doc);
	while (s->live) {
		if (!yaml_parser_parse(&s->parser, &ev)) {
			/* A document that failed to start still counts. */
			s->index++;
			return parser_failed(s, err);
		}
		type = ev.type;
		yaml_event_delete(&ev);
		if (type == YAML_DOCUMENT_START_EVENT)
			return load_document(s, doc, err);
		if (type == YAML_STREAM_END_EVENT)
			stop_parser(s);
	}
	return 0;
}

void
wl_yaml_close(struct wl_yaml_stream *s)
{
	if (s == NULL)
		return;
	stop_parser(s);
	free(s->frames);
	free(s);
}

void
wl_yaml_doc_free(struct wl_yaml_doc *doc)
{
	wl_arena_free(doc->arena);
	doc->arena = NULL;
	doc->root = NULL;
}
