/* test-yaml.c - unit tests for the YAML loader: marks, streams, errors, limits, origins, lookups. */
#include "test-util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/arena.h"
#include "yaml/json-strict.h"
#include "yaml/node.h"

#define assert_mark(m, l, c)                                                   \
	do {                                                                   \
		assert_int_equal((m).line, (l));                               \
		assert_int_equal((m).col, (c));                                \
	} while (0)

/* Byte offset of the first occurrence of needle in text. */
static size_t
offset_of(const char *text, const char *needle)
{
	const char *p = strstr(text, needle);

	assert_non_null(p);
	return (size_t)(p - text);
}

static struct wl_yaml_stream *
open_text(const char *text, const struct wl_yaml_limits *limits)
{
	return wl_yaml_open(text, strlen(text), NULL, limits);
}

/* The only document of text. */
static struct wl_yaml_doc
load_one(const char *text)
{
	struct wl_yaml_stream	*s = open_text(text, NULL);
	struct wl_yaml_doc	 doc, none;
	struct wl_yaml_error	 err;

	assert_int_equal(wl_yaml_next(s, &doc, &err), 1);
	assert_int_equal(wl_yaml_next(s, &none, &err), 0);
	wl_yaml_close(s);
	return doc;
}

/* Expects text's first document to fail; returns the error. */
static struct wl_yaml_error
load_error(const char *text, const struct wl_yaml_limits *limits)
{
	struct wl_yaml_stream	*s = open_text(text, limits);
	struct wl_yaml_doc	 doc;
	struct wl_yaml_error	 err;

	assert_int_equal(wl_yaml_next(s, &doc, &err), -1);
	assert_null(doc.arena);
	assert_int_equal(wl_yaml_next(s, &doc, &err), 0);
	wl_yaml_close(s);
	return err;
}

static void
test_block_marks(void **state)
{
	const char *text =
	    "apiVersion: v1\n"
	    "kind: Pod\n"
	    "metadata:\n"
	    "  name: web\n"
	    "  labels:\n"
	    "    app: web\n"
	    "spec:\n"
	    "  containers:\n"
	    "    - name: app\n"
	    "      image: \"nginx:1.25\"\n";
	struct wl_yaml_doc	 doc = load_one(text);
	const struct wl_node	*meta, *name, *c, *image;

	(void)state;
	assert_int_equal(doc.index, 0);
	assert_int_equal(doc.root->type, WL_NODE_MAP);
	assert_int_equal(doc.root->style, WL_STYLE_BLOCK);
	assert_int_equal(doc.root->n, 4);
	assert_mark(doc.root->start, 1, 1);
	meta = wl_node_get(doc.root, "metadata");
	assert_mark(wl_node_get_key(doc.root, "metadata")->start, 3, 1);
	assert_mark(meta->start, 4, 3);
	assert_mark(wl_node_get_key(meta, "name")->start, 4, 3);
	name = wl_node_get(meta, "name");
	assert_mark(name->start, 4, 9);
	assert_mark(name->end, 4, 12);
	assert_int_equal(name->start.offset, offset_of(text, "web"));
	assert_mark(wl_node_path(doc.root, "metadata", "labels", "app", NULL)
	    ->start, 6, 10);
	c = wl_node_path(doc.root, "spec", "containers", NULL);
	assert_int_equal(c->type, WL_NODE_SEQ);
	assert_int_equal(c->n, 1);
	assert_mark(c->start, 9, 5);
	assert_mark(c->items[0]->start, 9, 7);
	image = wl_node_get(c->items[0], "image");
	assert_string_equal(wl_node_str(image), "nginx:1.25");
	assert_int_equal(image->style, WL_STYLE_DOUBLE);
	assert_mark(image->start, 10, 14);
	assert_mark(image->end, 10, 26);
	assert_int_equal(image->start.offset, offset_of(text, "\"nginx"));
	assert_int_equal(image->end.offset, offset_of(text, "\"\n") + 1);
	wl_yaml_doc_free(&doc);
}

static void
test_flow_marks(void **state)
{
	const char *text =
	    "spec: {ports: [80, 443],\n"
	    "       host: 'a'}\n";
	struct wl_yaml_doc	 doc = load_one(text);
	const struct wl_node	*spec, *ports;

	(void)state;
	spec = wl_node_get(doc.root, "spec");
	assert_int_equal(spec->style, WL_STYLE_FLOW);
	assert_mark(spec->start, 1, 7);
	assert_mark(spec->end, 2, 18);
	ports = wl_node_get(spec, "ports");
	assert_int_equal(ports->type, WL_NODE_SEQ);
	assert_int_equal(ports->style, WL_STYLE_FLOW);
	assert_int_equal(ports->n, 2);
	assert_mark(ports->start, 1, 15);
	assert_mark(ports->end, 1, 24);
	assert_string_equal(wl_node_str(ports->items[1]), "443");
	assert_mark(ports->items[1]->start, 1, 20);
	assert_mark(wl_node_get_key(spec, "host")->start, 2, 8);
	assert_mark(wl_node_get(spec, "host")->start, 2, 14);
	assert_int_equal(wl_node_get(spec, "host")->start.offset,
	    offset_of(text, "'a'"));
	wl_yaml_doc_free(&doc);
}

static void
test_multi_document(void **state)
{
	const char *text = "a: 1\n---\nb: 2\n--- # third\nc: 3\n";
	struct wl_yaml_stream	*s = open_text(text, NULL);
	struct wl_yaml_doc	 doc;
	struct wl_yaml_error	 err;
	const char		*keys[] = { "a", "b", "c" };
	unsigned		 lines[] = { 1, 3, 5 }, i;

	(void)state;
	for (i = 0; i < 3; i++) {
		assert_int_equal(wl_yaml_next(s, &doc, &err), 1);
		assert_int_equal(doc.index, i);
		assert_int_equal(doc.root->n, 1);
		assert_mark(wl_node_get_key(doc.root, keys[i])->start, lines[i],
		    1);
		wl_yaml_doc_free(&doc);
	}
	assert_int_equal(wl_yaml_next(s, &doc, &err), 0);
	assert_int_equal(wl_yaml_next(s, &doc, &err), 0);
	wl_yaml_close(s);
}

static void
test_empty_document(void **state)
{
	struct wl_yaml_stream	*s = open_text("a: 1\n---\n---\nc: 3\n", NULL);
	struct wl_yaml_doc	 doc;
	struct wl_yaml_error	 err;

	(void)state;
	assert_int_equal(wl_yaml_next(s, &doc, &err), 1);
	assert_non_null(doc.root);
	wl_yaml_doc_free(&doc);
	assert_int_equal(wl_yaml_next(s, &doc, &err), 1);
	assert_int_equal(doc.index, 1);
	assert_null(doc.root);
	wl_yaml_doc_free(&doc);
	assert_int_equal(wl_yaml_next(s, &doc, &err), 1);
	assert_int_equal(doc.index, 2);
	assert_string_equal(wl_node_str(wl_node_get(doc.root, "c")), "3");
	wl_yaml_doc_free(&doc);
	assert_int_equal(wl_yaml_next(s, &doc, &err), 0);
	wl_yaml_close(s);

	/* Only comments, or nothing: no document at all. */
	s = open_text("# nothing here\n", NULL);
	assert_int_equal(wl_yaml_next(s, &doc, &err), 0);
	wl_yaml_close(s);
	s = wl_yaml_open(NULL, 0, NULL, NULL);
	assert_int_equal(wl_yaml_next(s, &doc, &err), 0);
	wl_yaml_close(s);
	/* A quoted empty string is not an empty document. */
	doc = load_one("--- ''\n");
	assert_non_null(doc.root);
	assert_int_equal(doc.root->style, WL_STYLE_SINGLE);
	wl_yaml_doc_free(&doc);
}

static void
test_json(void **state)
{
	const char *text =
	    "{\n"
	    "  \"kind\": \"Pod\",\n"
	    "  \"spec\": {\"containers\": [{\"name\": \"x\", \"n\": [1]}]}\n"
	    "}\n";
	struct wl_yaml_doc	 doc = load_one(text);
	const struct wl_node	*kind, *c;

	(void)state;
	assert_int_equal(doc.root->type, WL_NODE_MAP);
	assert_int_equal(doc.root->style, WL_STYLE_FLOW);
	assert_mark(doc.root->start, 1, 1);
	assert_mark(doc.root->end, 4, 2);
	kind = wl_node_get(doc.root, "kind");
	assert_string_equal(wl_node_str(kind), "Pod");
	assert_int_equal(kind->style, WL_STYLE_DOUBLE);
	assert_int_equal(wl_node_get_key(doc.root, "kind")->style,
	    WL_STYLE_DOUBLE);
	assert_mark(kind->start, 2, 11);
	c = wl_node_path(doc.root, "spec", "containers", NULL);
	assert_int_equal(c->type, WL_NODE_SEQ);
	assert_mark(c->items[0]->start, 3, 27);
	assert_string_equal(wl_node_str(wl_node_get(c->items[0], "name")), "x");
	assert_int_equal(wl_node_get(c->items[0], "n")->n, 1);
	wl_yaml_doc_free(&doc);
}

static void
test_styles_and_tags(void **state)
{
	const char *text =
	    "a: \"1\"\n"
	    "b: '2'\n"
	    "c: 3\n"
	    "d: |\n"
	    "  lit\n"
	    "e: >\n"
	    "  fold\n"
	    "  ed\n"
	    "f: !!str 4\n"
	    "g: !custom {x: 1}\n"
	    "h: \"a\\0b\"\n";
	struct wl_yaml_doc	 doc = load_one(text);
	const struct wl_node	*h;

	(void)state;
	assert_int_equal(wl_node_get(doc.root, "a")->style, WL_STYLE_DOUBLE);
	assert_int_equal(wl_node_get(doc.root, "b")->style, WL_STYLE_SINGLE);
	assert_int_equal(wl_node_get(doc.root, "c")->style, WL_STYLE_PLAIN);
	assert_int_equal(wl_node_get(doc.root, "d")->style, WL_STYLE_LITERAL);
	assert_int_equal(wl_node_get(doc.root, "e")->style, WL_STYLE_FOLDED);
	assert_string_equal(wl_node_str(wl_node_get(doc.root, "a")), "1");
	assert_string_equal(wl_node_str(wl_node_get(doc.root, "d")), "lit\n");
	assert_string_equal(wl_node_str(wl_node_get(doc.root, "e")),
	    "fold ed\n");
	assert_null(wl_node_get(doc.root, "c")->tag);
	assert_string_equal(wl_node_get(doc.root, "f")->tag,
	    "tag:yaml.org,2002:str");
	assert_string_equal(wl_node_get(doc.root, "g")->tag, "!custom");
	assert_int_equal(wl_node_get(doc.root, "g")->type, WL_NODE_MAP);
	h = wl_node_get(doc.root, "h");
	assert_int_equal(h->len, 3);
	assert_memory_equal(h->str, "a\0b", 4);
	wl_yaml_doc_free(&doc);
}

static void
test_syntax_error_resumes(void **state)
{
	const char *text =
	    "kind: A\n"
	    "---\n"
	    "metadata:\n"
	    "  name: x\n"
	    " bad: indent\n"
	    "---\n"
	    "kind: C\n";
	struct wl_yaml_stream	*s = open_text(text, NULL);
	struct wl_yaml_doc	 doc;
	struct wl_yaml_error	 err;
	const struct wl_node	*kind;

	(void)state;
	assert_int_equal(wl_yaml_next(s, &doc, &err), 1);
	assert_int_equal(doc.index, 0);
	wl_yaml_doc_free(&doc);
	assert_int_equal(wl_yaml_next(s, &doc, &err), -1);
	assert_mark(err.mark, 5, 2);
	assert_int_equal(err.mark.offset, offset_of(text, "bad"));
	assert_non_null(strstr(err.message, "did not find expected key"));
	assert_non_null(strstr(err.message, "line 3, column 1"));
	assert_int_equal(wl_yaml_next(s, &doc, &err), 1);
	assert_int_equal(doc.index, 2);
	kind = wl_node_get(doc.root, "kind");
	assert_string_equal(wl_node_str(kind), "C");
	assert_mark(kind->start, 7, 7);
	assert_int_equal(kind->start.offset, offset_of(text, "C"));
	wl_yaml_doc_free(&doc);
	assert_int_equal(wl_yaml_next(s, &doc, &err), 0);
	wl_yaml_close(s);
}

/* An unfinished document fails at the next marker, which starts another. */
static void
test_error_at_marker(void **state)
{
	const char *text =
	    "a: [1,\r\n"
	    "---\r\n"
	    "b: \"unclosed\r\n"
	    "---\r\n"
	    "c: 3\r\n";
	struct wl_yaml_stream	*s = open_text(text, NULL);
	struct wl_yaml_doc	 doc;
	struct wl_yaml_error	 err;
	const struct wl_node	*c;

	(void)state;
	assert_int_equal(wl_yaml_next(s, &doc, &err), -1);
	assert_mark(err.mark, 2, 1);
	assert_int_equal(err.mark.offset, 8);
	assert_int_equal(wl_yaml_next(s, &doc, &err), -1);
	assert_mark(err.mark, 4, 1);
	assert_int_equal(err.mark.offset, offset_of(text, "---\r\nc"));
	assert_non_null(strstr(err.message, "document indicator"));
	assert_int_equal(wl_yaml_next(s, &doc, &err), 1);
	assert_int_equal(doc.index, 2);
	c = wl_node_get(doc.root, "c");
	assert_mark(c->start, 5, 4);
	assert_int_equal(c->start.offset, offset_of(text, "3"));
	wl_yaml_doc_free(&doc);
	assert_int_equal(wl_yaml_next(s, &doc, &err), 0);
	wl_yaml_close(s);

	/* No later marker: the stream ends. */
	err = load_error("a: b: c\nd: e\n", NULL);
	assert_mark(err.mark, 1, 5);
}

static void
test_encoding(void **state)
{
	const char *text = "\xC3\xA9: \xC3\xBC\nb: c\n";
	const char *bad = "a: \xFF\n---\nb: 1\n";
	struct wl_yaml_doc	 doc = load_one(text);
	struct wl_yaml_stream	*s;
	struct wl_yaml_error	 err;

	(void)state;
	assert_mark(wl_node_get(doc.root, "\xC3\xA9")->start, 1, 4);
	assert_int_equal(wl_node_get(doc.root, "\xC3\xA9")->start.offset, 4);
	assert_mark(wl_node_get(doc.root, "b")->start, 2, 4);
	assert_int_equal(wl_node_get(doc.root, "b")->start.offset, 10);
	wl_yaml_doc_free(&doc);

	doc = load_one("\xEF\xBB\xBFk: v\n");
	assert_mark(wl_node_get_key(doc.root, "k")->start, 1, 1);
	assert_int_equal(wl_node_get(doc.root, "k")->start.offset, 6);
	wl_yaml_doc_free(&doc);

	/* U+2028 breaks lines for libyaml, and for the resume. */
	s = open_text("a: [\xE2\x80\xA8---\nb: 1\n", NULL);
	assert_int_equal(wl_yaml_next(s, &doc, &err), -1);
	assert_mark(err.mark, 2, 1);
	assert_int_equal(err.mark.offset, 7);
	assert_int_equal(wl_yaml_next(s, &doc, &err), 1);
	assert_mark(wl_node_get(doc.root, "b")->start, 3, 4);
	assert_int_equal(wl_node_get(doc.root, "b")->start.offset, 14);
	wl_yaml_doc_free(&doc);
	wl_yaml_close(s);

	s = open_text(bad, NULL);
	assert_int_equal(wl_yaml_next(s, &doc, &err), -1);
	assert_mark(err.mark, 1, 4);
	assert_int_equal(err.mark.offset, 3);
	assert_non_null(strstr(err.message, "UTF-8"));
	assert_int_equal(wl_yaml_next(s, &doc, &err), 1);
	assert_int_equal(doc.index, 1);
	assert_mark(wl_node_get(doc.root, "b")->start, 3, 4);
	wl_yaml_doc_free(&doc);
	assert_int_equal(wl_yaml_next(s, &doc, &err), 0);
	wl_yaml_close(s);
}

/* Every plain scalar of the tree starts and ends where its text stands in text. */
static void
assert_plain_at(const char *text, const struct wl_node *n)
{
	size_t i, count;

	if (n->type == WL_NODE_SCALAR) {
		assert_memory_equal(text + n->start.offset, n->str, n->len);
		assert_int_equal(n->end.offset, n->start.offset + n->len);
		return;
	}
	count = n->type == WL_NODE_MAP ? 2 * n->n : n->n;
	for (i = 0; i < count; i++)
		assert_plain_at(text, n->items[i]);
}

/*
 * Offsets after long ASCII runs, multi-byte characters of each width, CRLF,
 * NEL and U+2028 breaks: the loader jumps over ASCII runs, so each kind of
 * character between two marks must still count as libyaml counts it.
 */
static void
test_offsets_mixed(void **state)
{
	const char *text =
	    "abcdefghijklmnopqrstuvwxyz: 0123456789abcdefghij\n"
	    "k\xC3\xA9: \xE2\x82\xAC\xF0\x9F\x98\x80 then a long ASCII tail\r\n"
	    "k3: v3\xC2\x85k4: [a, \xC3\xBC, bbbbbbbbbbbbbbbbbbbbbbbbb]\r\n"
	    "k5: x\xE2\x80\xA8k6: \xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9z\n"
	    "k7: end";
	struct wl_yaml_doc	 doc = load_one(text);
	const struct wl_node	*v;

	(void)state;
	assert_plain_at(text, doc.root);
	v = wl_node_get(doc.root, "k\xC3\xA9");
	assert_mark(v->start, 2, 5);
	assert_int_equal(v->start.offset, offset_of(text, "\xE2\x82\xAC"));
	assert_mark(wl_node_get_key(doc.root, "k4")->start, 4, 1);
	assert_mark(wl_node_get(doc.root, "k4")->items[2]->start, 4, 12);
	assert_mark(wl_node_get(doc.root, "k6")->start, 6, 5);
	v = wl_node_get(doc.root, "k7");
	assert_mark(v->start, 7, 5);
	assert_int_equal(v->end.offset, strlen(text));
	wl_yaml_doc_free(&doc);
}

static void
test_aliases(void **state)
{
	struct wl_yaml_stream	*s;
	struct wl_yaml_doc	 doc;
	struct wl_yaml_error	 err;

	(void)state;
	doc = load_one("base: &b {x: 1}\nuse: *b\n&s str: *s\n");
	assert_ptr_equal(wl_node_get(doc.root, "use"),
	    wl_node_get(doc.root, "base"));
	assert_string_equal(wl_node_str(wl_node_get(doc.root, "str")), "str");
	wl_yaml_doc_free(&doc);

	err = load_error("a: 1\nb: *nope\n", NULL);
	assert_mark(err.mark, 2, 4);
	assert_string_equal(err.message, "unknown alias *nope");
	/* Anchors do not carry over to the next document. */
	s = open_text("--- &a 1\n--- *a\n", NULL);
	assert_int_equal(wl_yaml_next(s, &doc, &err), 1);
	wl_yaml_doc_free(&doc);
	assert_int_equal(wl_yaml_next(s, &doc, &err), -1);
	assert_mark(err.mark, 2, 5);
	assert_int_equal(wl_yaml_next(s, &doc, &err), 0);
	wl_yaml_close(s);
	err = load_error("&a [1, *a]\n", NULL);
	assert_non_null(strstr(err.message, "contains it"));
}

static void
test_depth_limit(void **state)
{
	struct wl_yaml_limits	 lim = wl_yaml_default_limits;
	struct wl_yaml_stream	*s;
	struct wl_yaml_doc	 doc;
	struct wl_yaml_error	 err;
	char			*deep = malloc(2 * 5000 + 1);

	(void)state;
	memset(deep, '[', 5000);
	memset(deep + 5000, ']', 5000);
	deep[10000] = '\0';
	err = load_error(deep, NULL);
	free(deep);
	assert_mark(err.mark, 1, 257);
	assert_string_equal(err.message, "nesting deeper than 256 levels");

	lim.max_depth = 3;
	s = open_text("[[[1]]]\n--- [[[[1]]]]\n--- {a: [{b: 1}]}\n", &lim);
	assert_int_equal(wl_yaml_next(s, &doc, &err), 1);
	wl_yaml_doc_free(&doc);
	assert_int_equal(wl_yaml_next(s, &doc, &err), -1);
	assert_mark(err.mark, 2, 8);
	/* A limit error skips to the next "---" line. */
	assert_int_equal(wl_yaml_next(s, &doc, &err), 1);
	assert_int_equal(doc.index, 2);
	wl_yaml_doc_free(&doc);
	assert_int_equal(wl_yaml_next(s, &doc, &err), 0);
	wl_yaml_close(s);

	/* The rest of the document, broken or not, is skipped. */
	s = open_text("[[[[1]]]\n--- ok\n", &lim);
	assert_int_equal(wl_yaml_next(s, &doc, &err), -1);
	assert_mark(err.mark, 1, 4);
	assert_int_equal(wl_yaml_next(s, &doc, &err), 1);
	assert_int_equal(doc.index, 1);
	assert_string_equal(wl_node_str(doc.root), "ok");
	wl_yaml_doc_free(&doc);
	assert_int_equal(wl_yaml_next(s, &doc, &err), 0);
	wl_yaml_close(s);

	/* Aliases cannot nest deeper than their anchors could. */
	err = load_error("a: &a [[1]]\nb: [[*a]]\n", &lim);
	assert_mark(err.mark, 2, 6);
}

static void
test_alias_budget(void **state)
{
	struct wl_yaml_limits	 lim = wl_yaml_default_limits;
	struct wl_yaml_stream	*s;
	struct wl_yaml_error	 err;
	struct wl_yaml_doc	 doc;
	char			 bomb[2048], *p = bomb;
	int			 i, j;

	(void)state;
	lim.max_aliases = 3;
	err = load_error("a: &x 1\nb: [*x, *x, *x, *x]\n", &lim);
	assert_mark(err.mark, 2, 17);
	assert_string_equal(err.message, "document has more than 3 aliases");

	/* A billion laughs: few aliases, but 10^9 nodes once expanded. */
	p += sprintf(p, "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
	for (i = 1; i < 9; i++) {
		p += sprintf(p, "l%d: &l%d [", i, i);
		for (j = 0; j < 10; j++)
			p += sprintf(p, "%s*l%d", j ? ", " : "", i - 1);
		p += sprintf(p, "]\n");
	}
	err = load_error(bomb, NULL);
	assert_non_null(strstr(err.message, "with aliases expanded"));
	assert_int_equal(err.mark.line, 7);

	lim = wl_yaml_default_limits;
	lim.max_nodes = 4;
	s = open_text("[a, b, c]", &lim);
	assert_int_equal(wl_yaml_next(s, &doc, &err), 1);
	wl_yaml_doc_free(&doc);
	wl_yaml_close(s);
	err = load_error("[a, b, c, d]", &lim);
	assert_mark(err.mark, 1, 11);
}

static void
test_origin_single_line(void **state)
{
	const char *file =
	    "metadata:\n"
	    "  annotations:\n"
	    "    vol: '[{\"name\": \"wasm\"}]'\n";
	struct wl_yaml_doc	 outer = load_one(file), inner;
	const struct wl_node	*v, *name;
	struct wl_yaml_origin	 o;
	struct wl_yaml_stream	*s;
	struct wl_yaml_error	 err;

	(void)state;
	v = wl_node_path(outer.root, "metadata", "annotations", "vol", NULL);
	o = (struct wl_yaml_origin){ v->start.line, v->start.col + 1,
		v->start.col + 1, v->start.offset + 1, NULL, 0 };
	s = wl_yaml_open(v->str, v->len, &o, NULL);
	assert_int_equal(wl_yaml_next(s, &inner, &err), 1);
	name = wl_node_get(inner.root->items[0], "name");
	assert_mark(name->start, 3, 21);
	assert_memory_equal(file + name->start.offset, "\"wasm\"", 6);
	assert_mark(wl_node_get_key(inner.root->items[0], "name")->start, 3,
	    13);
	wl_yaml_doc_free(&inner);
	wl_yaml_close(s);
	wl_yaml_doc_free(&outer);
}

static void
test_origin_multi_line(void **state)
{
	const char *file =
	    "metadata:\n"
	    "  annotations:\n"
	    "    vol: |\n"
	    "      [{\"name\": \"wasm\",\n"
	    "        \"configMap\": {\"name\": \"x\"}}]\n"
	    "    bad: |\n"
	    "      [{\"name\": \"wasm\",\n"
	    "        \"configMap\" {}}]\n";
	struct wl_yaml_doc	 outer = load_one(file), inner;
	const struct wl_node	*v, *key;
	struct wl_yaml_origin	 o = { 4, 7, 7, 0, NULL, 0 };
	struct wl_yaml_stream	*s;
	struct wl_yaml_error	 err;

	(void)state;
	v = wl_node_path(outer.root, "metadata", "annotations", "vol", NULL);
	o.offset = offset_of(file, "[{");
	s = wl_yaml_open(v->str, v->len, &o, NULL);
	assert_int_equal(wl_yaml_next(s, &inner, &err), 1);
	assert_mark(inner.root->start, 4, 7);
	key = wl_node_get_key(inner.root->items[0], "configMap");
	assert_mark(key->start, 5, 9);
	assert_memory_equal(file + key->start.offset, "\"configMap\"", 11);
	wl_yaml_doc_free(&inner);
	wl_yaml_close(s);

	v = wl_node_path(outer.root, "metadata", "annotations", "bad", NULL);
	o = (struct wl_yaml_origin){ 7, 7, 7, offset_of(file, "[{\"name\": "
	    "\"wasm\",\n        \"configMap\" "), NULL, 0 };
	s = wl_yaml_open(v->str, v->len, &o, NULL);
	assert_int_equal(wl_yaml_next(s, &inner, &err), -1);
	assert_mark(err.mark, 8, 21);
	assert_memory_equal(file + err.mark.offset, "{}", 2);
	wl_yaml_close(s);
	wl_yaml_doc_free(&outer);
}

static void
test_lookups(void **state)
{
	struct wl_yaml_doc doc = load_one(
	    "spec:\n"
	    "  template:\n"
	    "    metadata: {name: x}\n"
	    "  list: [1]\n"
	    "n1: ~\n"
	    "n2: null\n"
	    "n3:\n"
	    "n4: NULL\n"
	    "n5: !!null ''\n"
	    "s1: \"null\"\n"
	    "s2: Nope\n"
	    "s3: ''\n"
	    "s4: !!str null\n");
	const struct wl_node *r = doc.root;

	(void)state;
	assert_string_equal(wl_node_str(wl_node_path(r, "spec", "template",
	    "metadata", "name", NULL)), "x");
	assert_ptr_equal(wl_node_path(r, NULL), r);
	assert_null(wl_node_path(r, "spec", "missing", "name", NULL));
	assert_null(wl_node_path(r, "spec", "list", "x", NULL));
	assert_null(wl_node_path(NULL, "spec", NULL));
	assert_null(wl_node_get(NULL, "spec"));
	assert_null(wl_node_get(wl_node_get(r, "n1"), "spec"));
	assert_null(wl_node_get_key(r, "absent"));
	assert_null(wl_node_str(wl_node_get(r, "spec")));
	assert_null(wl_node_str(NULL));
	assert_true(wl_node_is_null(NULL));
	assert_true(wl_node_is_null(wl_node_get(r, "n1")));
	assert_true(wl_node_is_null(wl_node_get(r, "n2")));
	assert_true(wl_node_is_null(wl_node_get(r, "n3")));
	assert_true(wl_node_is_null(wl_node_get(r, "n4")));
	assert_true(wl_node_is_null(wl_node_get(r, "n5")));
	assert_false(wl_node_is_null(wl_node_get(r, "s1")));
	assert_false(wl_node_is_null(wl_node_get(r, "s2")));
	assert_false(wl_node_is_null(wl_node_get(r, "s3")));
	assert_false(wl_node_is_null(wl_node_get(r, "s4")));
	assert_false(wl_node_is_null(wl_node_get(r, "spec")));
	assert_string_equal(wl_node_type_name(wl_node_get(r, "spec")),
	    "mapping");
	assert_string_equal(wl_node_type_name(wl_node_path(r, "spec", "list",
	    NULL)), "sequence");
	assert_string_equal(wl_node_type_name(wl_node_get(r, "s2")), "string");
	assert_string_equal(wl_node_type_name(wl_node_get(r, "n3")), "null");
	assert_string_equal(wl_node_type_name(NULL), "null");
	wl_yaml_doc_free(&doc);
}

static void
test_duplicate_keys(void **state)
{
	struct wl_yaml_doc doc = load_one("a: 1\nb: 0\na: 2\n");

	(void)state;
	assert_int_equal(doc.root->n, 3);
	assert_string_equal(wl_node_str(wl_node_get(doc.root, "a")), "2");
	assert_mark(wl_node_get_key(doc.root, "a")->start, 3, 1);
	assert_string_equal(wl_node_str(doc.root->items[1]), "1");
	assert_int_equal(doc.ndups, 1);
	assert_mark(doc.dups[0].first->start, 1, 1);
	assert_mark(doc.dups[0].again->start, 3, 1);
	wl_yaml_doc_free(&doc);
	/* Inner maps close first, yet the list follows the text; "<<" and plain against quoted are not repeats. */
	doc = load_one("x: {k: 1, k: 2}\nx: 3\n'<<': 1\n<<: {}\n<<: {}\n"
	    "\"y\": 1\ny: 2\nx: 4\n");
	assert_int_equal(doc.ndups, 3);
	assert_mark(doc.dups[0].again->start, 1, 11);
	assert_mark(doc.dups[1].again->start, 2, 1);
	assert_mark(doc.dups[1].first->start, 1, 1);
	assert_mark(doc.dups[2].again->start, 8, 1);
	assert_mark(doc.dups[2].first->start, 1, 1);
	wl_yaml_doc_free(&doc);
}

/* Go's encoding/json accepts exactly RFC 8259 JSON; the message is its scanner's. */
static void
assert_strict(const char *text, const char *message, unsigned col)
{
	struct wl_yaml_error err;

	if (message == NULL) {
		assert_true(wl_json_strict(text, strlen(text), NULL, &err));
		return;
	}
	assert_false(wl_json_strict(text, strlen(text), NULL, &err));
	assert_string_equal(err.message, message);
	assert_mark(err.mark, 1, col);
}

static void
test_json_strict(void **state)
{
	(void)state;
	assert_strict("[{\"a\": [1, -0.5e+3, true, false, null, \"\\u00e9\\n\"]}]",
	    NULL, 0);
	assert_strict(" {} \r\n", NULL, 0);
	assert_strict("[1,]", "invalid character ']' looking for beginning of "
	    "value (a trailing comma)", 4);
	assert_strict("{\"a\":1,}", "invalid character '}' looking for "
	    "beginning of object key string (a trailing comma)", 8);
	assert_strict("{a:1}", "invalid character 'a' looking for beginning of "
	    "object key string (JSON quotes every key)", 2);
	assert_strict("['a']", "invalid character '\\'' looking for beginning "
	    "of value (JSON quotes strings with \")", 2);
	assert_strict("[1] // x", "invalid character '/' after top-level value "
	    "(JSON has no comments)", 5);
	assert_strict("[01]", "invalid character '1' after array element", 3);
	assert_strict("[tru]", "invalid character ']' in literal true "
	    "(expecting 'e')", 5);
	assert_strict("\"a\tb\"", "invalid character '\\t' in string literal "
	    "(a control character must be escaped)", 3);
	assert_strict("[1", "unexpected end of JSON input", 3);
	assert_strict("", "unexpected end of JSON input", 1);
}

/* encoding/json matches field names whatever their case; the greatest key, then the last, wins. */
static void
test_go_field(void **state)
{
	struct wl_yaml_doc	 doc = load_one("{configMap: 1, configmap: 2, "
	    "CONFIGMAP: 3, configmap: 4, config_map: 5}");
	const struct wl_node	*key;

	(void)state;
	assert_string_equal(wl_node_str(wl_node_get_go_field(doc.root,
	    "configMap", &key)), "4");
	assert_mark(key->start, 1, 44);
	assert_null(wl_node_get_go_field(doc.root, "config-map", &key));
	assert_null(key);
	assert_string_equal(wl_node_str(wl_node_get_go_field(doc.root,
	    "CONFIG_MAP", NULL)), "5");
	wl_yaml_doc_free(&doc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_block_marks),
		cmocka_unit_test(test_flow_marks),
		cmocka_unit_test(test_multi_document),
		cmocka_unit_test(test_empty_document),
		cmocka_unit_test(test_json),
		cmocka_unit_test(test_styles_and_tags),
		cmocka_unit_test(test_syntax_error_resumes),
		cmocka_unit_test(test_error_at_marker),
		cmocka_unit_test(test_encoding),
		cmocka_unit_test(test_offsets_mixed),
		cmocka_unit_test(test_aliases),
		cmocka_unit_test(test_depth_limit),
		cmocka_unit_test(test_alias_budget),
		cmocka_unit_test(test_origin_single_line),
		cmocka_unit_test(test_origin_multi_line),
		cmocka_unit_test(test_lookups),
		cmocka_unit_test(test_duplicate_keys),
		cmocka_unit_test(test_json_strict),
		cmocka_unit_test(test_go_field),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
