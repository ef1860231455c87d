/*
 * json-strict.c - whether a text is JSON as Go's encoding/json reads it
 * (RFC 8259: no trailing commas, comments, single quotes or unquoted keys),
 * with the first error where and as Go's scanner words it (go/src/encoding/
 * json/scanner.go, Go 1.22: "invalid character ']' looking for beginning of
 * value", "unexpected end of JSON input"). The YAML loader, which reads JSON
 * as flow YAML, accepts all of those; this says where the injector would not.
 */
#include <stdio.h>
#include <string.h>

#include "yaml/json-strict.h"

/* encoding/json's maxNestingDepth. */
#define JSON_MAX_DEPTH	10000

struct json_scan {
	const char	*p;
	size_t		 len;
	size_t		 at;
	const char	*error;		/* the context of the failure, or NULL */
	const char	*why;		/* what it likely means, or NULL */
	bool		 eof;		/* the text ended too soon */
	bool		 too_deep;
	char		 literal[40];	/* the context in a literal */
};

static bool
json_fail(struct json_scan *s, const char *context, const char *why)
{
	if (s->at >= s->len)
		s->eof = true;
	s->error = context;
	s->why = why;
	return false;
}

static int
json_peek(const struct json_scan *s)
{
	return s->at < s->len ? (unsigned char)s->p[s->at] : -1;
}

static void
json_space(struct json_scan *s)
{
	int c;

	while ((c = json_peek(s)) == ' ' || c == '\t' || c == '\n' || c == '\r')
		s->at++;
}

static bool json_value(struct json_scan *, unsigned depth);

static bool
json_literal(struct json_scan *s, const char *word)
{
	size_t i;

	for (i = 0; word[i] != '\0'; i++, s->at++)
		if (json_peek(s) != word[i]) {
			snprintf(s->literal, sizeof s->literal,
			    "in literal %s (expecting '%c')", word, word[i]);
			return json_fail(s, s->literal, NULL);
		}
	return true;
}

static bool
json_hex(struct json_scan *s)
{
	int c = json_peek(s);

	if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
	    (c >= 'A' && c <= 'F')) {
		s->at++;
		return true;
	}
	return json_fail(s, "in \\u hexadecimal character escape", NULL);
}

static bool
json_string(struct json_scan *s)
{
	int c, i;

	s->at++;	/* the opening quote */
	while ((c = json_peek(s)) != '"') {
		if (c < 0x20)
			return json_fail(s, "in string literal", c < 0 ? NULL :
			    "a control character must be escaped");
		s->at++;
		if (c != '\\')
			continue;
		c = json_peek(s);
		if (c == 'u') {
			s->at++;
			for (i = 0; i < 4; i++)
				if (!json_hex(s))
					return false;
		} else if (c >= 0 && strchr("\"\\/bfnrt", c) != NULL && c != 0) {
			s->at++;
		} else {
			return json_fail(s, "in string escape code", NULL);
		}
	}
	s->at++;
	return true;
}

static bool
json_digits(struct json_scan *s, const char *context)
{
	int c = json_peek(s);

	if (c < '0' || c > '9')
		return json_fail(s, context, NULL);
	while ((c = json_peek(s)) >= '0' && c <= '9')
		s->at++;
	return true;
}

static bool
json_number(struct json_scan *s)
{
	int c;

	if (json_peek(s) == '-')
		s->at++;
	if (json_peek(s) == '0')
		s->at++;
	else if (!json_digits(s, "in numeric literal"))
		return false;
	if (json_peek(s) == '.') {
		s->at++;
		if (!json_digits(s, "after decimal point in numeric literal"))
			return false;
	}
	if ((c = json_peek(s)) == 'e' || c == 'E') {
		s->at++;
		if ((c = json_peek(s)) == '+' || c == '-')
			s->at++;
		if (!json_digits(s, "in exponent of numeric literal"))
			return false;
	}
	return true;
}

static bool
json_object(struct json_scan *s, unsigned depth)
{
	int c;

	s->at++;
	json_space(s);
	if (json_peek(s) == '}') {
		s->at++;
		return true;
	}
	for (;;) {
		c = json_peek(s);
		if (c != '"')
			return json_fail(s, "looking for beginning of object key "
			    "string", c == '}' ? "a trailing comma" : c == '\'' ?
			    "JSON quotes keys with \"" : c == '/' || c == '#' ?
			    "JSON has no comments" : c >= 0 ?
			    "JSON quotes every key" : NULL);
		if (!json_string(s))
			return false;
		json_space(s);
		if (json_peek(s) != ':')
			return json_fail(s, "after object key", NULL);
		s->at++;
		if (!json_value(s, depth + 1))
			return false;
		json_space(s);
		c = json_peek(s);
		if (c == '}') {
			s->at++;
			return true;
		}
		if (c != ',')
			return json_fail(s, "after object key:value pair",
			    c == '"' ? "a missing comma" : NULL);
		s->at++;
		json_space(s);
	}
}

static bool
json_array(struct json_scan *s, unsigned depth)
{
	int c;

	s->at++;
	json_space(s);
	if (json_peek(s) == ']') {
		s->at++;
		return true;
	}
	for (;;) {
		if (!json_value(s, depth + 1))
			return false;
		json_space(s);
		c = json_peek(s);
		if (c == ']') {
			s->at++;
			return true;
		}
		if (c != ',')
			return json_fail(s, "after array element",
			    c == '{' || c == '"' ? "a missing comma" : NULL);
		s->at++;
	}
}

static bool
json_value(struct json_scan *s, unsigned depth)
{
	int c;

	if (depth > JSON_MAX_DEPTH) {
		s->too_deep = true;
		return json_fail(s, "nesting", NULL);
	}
	json_space(s);
	switch (c = json_peek(s)) {
	case '{':
		return json_object(s, depth);
	case '[':
		return json_array(s, depth);
	case '"':
		return json_string(s);
	case 't':
		return json_literal(s, "true");
	case 'f':
		return json_literal(s, "false");
	case 'n':
		return json_literal(s, "null");
	default:
		if (c == '-' || (c >= '0' && c <= '9'))
			return json_number(s);
		return json_fail(s, "looking for beginning of value",
		    c == ']' ? "a trailing comma" : c == '\'' ?
		    "JSON quotes strings with \"" : c == '/' || c == '#' ?
		    "JSON has no comments" : NULL);
	}
}

/* Go's quoteChar: 'x', '\'', '"', or an escape such as '\x00'. */
static void
json_quote_char(char *out, size_t size, int c)
{
	if (c == '\'')
		snprintf(out, size, "'\\''");
	else if (c >= 0x20 && c < 0x7f)
		snprintf(out, size, "'%c'", c);
	else if (c == '\n' || c == '\t' || c == '\r')
		snprintf(out, size, "'\\%c'", c == '\n' ? 'n' : c == '\t' ? 't'
									  : 'r');
	else
		snprintf(out, size, "'\\x%02x'", (unsigned)c);
}

/* Line, column (characters) and offset of byte at in the text, 0-based. */
static void
json_position(const char *p, size_t at, size_t *line, size_t *col)
{
	size_t i;

	*line = *col = 0;
	for (i = 0; i < at; i++) {
		if (p[i] == '\n') {
			(*line)++;
			*col = 0;
		} else if (((unsigned char)p[i] & 0xC0) != 0x80) {
			(*col)++;
		}
	}
}

bool
wl_json_strict(const char *text, size_t len,
    const struct wl_yaml_origin *origin, struct wl_yaml_error *err)
{
	struct json_scan	s = { .p = text, .len = len };
	size_t			line, col;
	char			ch[16];

	if (json_value(&s, 0)) {
		json_space(&s);
		if (s.at == len)
			return true;
		json_fail(&s, "after top-level value", json_peek(&s) == '#' ||
		    json_peek(&s) == '/' ? "JSON has no comments" : NULL);
	}
	if (s.at > len)
		s.at = len;
	json_position(text, s.at, &line, &col);
	err->mark = wl_yaml_origin_mark(origin, line, col, s.at);
	if (s.too_deep) {
		snprintf(err->message, sizeof err->message,
		    "exceeded max depth");
		return false;
	}
	if (s.eof) {
		snprintf(err->message, sizeof err->message,
		    "unexpected end of JSON input");
		return false;
	}
	json_quote_char(ch, sizeof ch, json_peek(&s));
	snprintf(err->message, sizeof err->message, "invalid character %s %s%s%s%s",
	    ch, s.error, s.why != NULL ? " (" : "", s.why != NULL ? s.why : "",
	    s.why != NULL ? ")" : "");
	return false;
}
