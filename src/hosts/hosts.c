/*
 * hosts.c - parsing the host table: "[section]" lines, a header naming the
 * columns, then tab-separated rows; every bad cell is an error with its line
 * and column. The format is described in data/README.md.
 */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "hosts/hosts.h"
#include "util/file.h"

#define MAX_TABLE_BYTES ((size_t)16 * 1024 * 1024)

#define MAX_CELLS 8

struct cell {
	const char	*s;
	size_t		 len;
	unsigned	 col;
};

struct parser;

/* What the cells of a section's rows may hold. */
#define DECLARES_ABI	0x1	/* abi is the version a marker declares */
#define SIG_ANY		0x2	/* signature may be "any" */
#define WILDCARDS	0x4	/* module and name may be "*", signature memory or table */

struct section {
	const char	*name;
	const char	*header;	/* the column names, tab-separated */
	bool		 (*row)(struct parser *, const struct cell *);
	size_t		 rows;		/* offset of its struct wl_host_rows */
	unsigned	 flags;
};

struct parser {
	struct wl_arena		*arena;
	struct wl_hosts		*h;
	struct wl_hosts_errors	*errs;
	const struct section	*section;
	bool			 want_header;
	bool			 skipping;	/* rows of an unknown section */
	unsigned		 line;
	unsigned		 seen;		/* bit per section */
	unsigned		 last_release_line;
};

static void __attribute__((format(printf, 3, 4)))
fail(struct parser *p, const struct cell *c, const char *fmt, ...)
{
	struct wl_hosts_error	*e = WL_VEC_PUSH(p->arena, p->errs);
	va_list			 ap;

	e->line = p->line;
	e->col = c->col;
	e->end_col = c->col + (unsigned)c->len;
	va_start(ap, fmt);
	e->message = wl_arena_vprintf(p->arena, fmt, ap);
	va_end(ap);
}

static bool
cell_is(const struct cell *c, const char *word)
{
	return c->len == strlen(word) && memcmp(c->s, word, c->len) == 0;
}

static const char *
cell_dup(struct parser *p, const struct cell *c)
{
	return wl_arena_strndup(p->arena, c->s, c->len);
}

/* Any text but an empty cell. */
static bool
cell_text(struct parser *p, const struct cell *c, const char **out)
{
	if (c->len == 0) {
		fail(p, c, "empty cell");
		return false;
	}
	*out = cell_dup(p, c);
	return true;
}

/* The index of the cell among words, or -1 after an error. */
static int
cell_word(struct parser *p, const struct cell *c, const char *column,
    const char *const *words)
{
	const char	*list = "";
	int		 i;

	for (i = 0; words[i] != NULL; i++)
		if (cell_is(c, words[i]))
			return i;
	for (i = 0; words[i] != NULL; i++)
		list = wl_arena_printf(p->arena, "%s%s`%s`", list,
		    i == 0 ? "" : ", ", words[i]);
	fail(p, c, "%s `%.*s` is not one of %s", column, (int)c->len, c->s,
	    list);
	return -1;
}

/* The mark and source cells that end every row. */
static bool
cell_cite(struct parser *p, const struct cell *mark, const struct cell *src,
    struct wl_host_cite *out)
{
	static const char *const marks[] = { "-", "INFERRED", "UNCONFIRMED",
		NULL };
	int m = cell_word(p, mark, "mark", marks);

	out->line = p->line;
	if (src->len == 0 || cell_is(src, "-")) {
		fail(p, src, "every row names its source (repository, file, "
		    "commit or tag)");
		return false;
	}
	out->source = cell_dup(p, src);
	out->mark = (enum wl_host_mark)(m < 0 ? 0 : m);
	return m >= 0;
}

static int
gen_named(const struct wl_hosts *h, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < h->gens.n; i++)
		if (strlen(h->gens.v[i].name) == len &&
		    memcmp(h->gens.v[i].name, s, len) == 0)
			return (int)i;
	return -1;
}

/* One generation by name, or -1 after an error. */
static int
cell_gen(struct parser *p, const struct cell *c)
{
	int g = gen_named(p->h, c->s, c->len);

	if (g < 0)
		fail(p, c, "unknown generation `%.*s` (generations are "
		    "declared in [generations], before they are used)",
		    (int)c->len, c->s);
	return g;
}

/* The first ".." in the cell, or NULL. */
static const char *
find_dots(const struct cell *c)
{
	size_t i;

	for (i = 0; i + 1 < c->len; i++)
		if (c->s[i] == '.' && c->s[i + 1] == '.')
			return c->s + i;
	return NULL;
}

/* "G3", "G3..G5", or "G3.." (G3 and every later generation). */
static bool
cell_gens(struct parser *p, const struct cell *c, uint64_t *out)
{
	const char	*dots = find_dots(c);
	struct cell	 lo = *c, hi;
	int		 a, b;

	if (dots != NULL)
		lo.len = (size_t)(dots - c->s);
	if ((a = cell_gen(p, &lo)) < 0)
		return false;
	b = a;
	if (dots != NULL) {
		hi = (struct cell){ dots + 2, c->len - lo.len - 2,
			c->col + (unsigned)lo.len + 2 };
		b = hi.len == 0 ? (int)p->h->gens.n - 1 : cell_gen(p, &hi);
		if (b < 0)
			return false;
		if (b < a) {
			fail(p, c, "generation range `%.*s` runs backwards",
			    (int)c->len, c->s);
			return false;
		}
	}
	*out = (b == 63 ? ~(uint64_t)0 : ((uint64_t)1 << (b + 1)) - 1) &
	    ~(((uint64_t)1 << a) - 1);
	return true;
}

/* The number of leading bytes of the cell that are in set. */
static size_t
cell_span(const struct cell *c, const char *set)
{
	size_t i;

	for (i = 0; i < c->len && strchr(set, c->s[i]) != NULL; i++)
		;
	return i;
}

static int
abi_named(const struct wl_hosts *h, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < h->abis.n; i++)
		if (strlen(h->abis.v[i]) == len &&
		    memcmp(h->abis.v[i], s, len) == 0)
			return (int)i;
	return -1;
}

/* "*", or ABI versions declared by [markers], comma-separated. */
static bool
cell_abis(struct parser *p, const struct cell *c, uint32_t *out)
{
	struct cell	 v = *c;
	const char	*end = c->s + c->len, *comma;
	int		 a;

	*out = 0;
	if (cell_is(c, "*")) {
		*out = ~(uint32_t)0;
		return true;
	}
	for (;;) {
		comma = memchr(v.s, ',', (size_t)(end - v.s));
		v.len = (size_t)((comma != NULL ? comma : end) - v.s);
		if ((a = abi_named(p->h, v.s, v.len)) < 0) {
			fail(p, &v, "unknown ABI version `%.*s` (ABI versions "
			    "are declared by [markers] rows, before they are "
			    "used)", (int)v.len, v.s);
			return false;
		}
		*out |= (uint32_t)1 << a;
		if (comma == NULL)
			return true;
		v.col += (unsigned)v.len + 1;
		v.s = comma + 1;
	}
}

static bool
is_value_type(const char *s, size_t len)
{
	static const char *const types[] = { "i32", "i64", "f32", "f64",
		"v128", "funcref", "externref" };
	size_t i;

	for (i = 0; i < sizeof types / sizeof *types; i++)
		if (strlen(types[i]) == len && memcmp(types[i], s, len) == 0)
			return true;
	return false;
}

/* "(t,t)" from s: the position after it, or NULL. */
static const char *
type_list(const char *s, const char *end)
{
	const char *t;

	if (s == end || *s++ != '(')
		return NULL;
	if (s < end && *s == ')')
		return s + 1;
	for (;;) {
		for (t = s; t < end && *t != ',' && *t != ')'; t++)
			;
		if (t == end || !is_value_type(s, (size_t)(t - s)))
			return NULL;
		s = t + 1;
		if (*t == ')')
			return s;
	}
}

/* A function type as the wasm reader writes it: "(i32,i64)->i32", "()->()". */
static bool
is_signature(const char *s, size_t len)
{
	const char *end = s + len, *t = type_list(s, end), *r;

	if (t == NULL || end - t < 2 || memcmp(t, "->", 2) != 0)
		return false;
	t += 2;
	if (t < end && *t == '(')
		return type_list(t, end) == end;
	for (r = t; r < end && *r != ','; r++)
		;
	return r == end && is_value_type(t, (size_t)(end - t));
}

/* A signature; "any" when any_ok, "memory" or "table" when objects_ok. */
static bool
cell_sig(struct parser *p, const struct cell *c, bool any_ok, bool objects_ok,
    const char **out)
{
	*out = NULL;
	if (any_ok && cell_is(c, "any"))
		return true;
	if (is_signature(c->s, c->len) || (objects_ok && (cell_is(c,
	    "memory") || cell_is(c, "table")))) {
		*out = cell_dup(p, c);
		return true;
	}
	fail(p, c, "`%.*s` is not a function type like (i32,i32)->i32%s",
	    (int)c->len, c->s, any_ok ? " or `any`" : objects_ok ?
	    ", `memory` or `table`" : "");
	return false;
}

/* An export or import name; "*" (any) when any_ok. */
static bool
cell_name(struct parser *p, const struct cell *c, bool any_ok,
    const char **out)
{
	*out = NULL;
	if (any_ok && cell_is(c, "*"))
		return true;
	if (c->len == 0 || memchr(c->s, ' ', c->len) != NULL ||
	    (!any_ok && cell_is(c, "*"))) {
		fail(p, c, "`%.*s` is not a name", (int)c->len, c->s);
		return false;
	}
	*out = cell_dup(p, c);
	return true;
}

static bool
parse_uint(const char *s, size_t len, unsigned long long *out)
{
	char	 buf[24], *end;

	if (len == 0 || len >= sizeof buf || s[0] < '0' || s[0] > '9')
		return false;
	memcpy(buf, s, len);
	buf[len] = '\0';
	errno = 0;
	*out = strtoull(buf, &end, 10);
	return *end == '\0' && errno == 0;
}

/* A number of at most three digits at s; the position after it, or NULL. */
static const char *
release_number(const char *s, const char *end, unsigned *out)
{
	unsigned long long	 v;
	const char		*t;

	for (t = s; t < end && *t >= '0' && *t <= '9'; t++)
		;
	if (!parse_uint(s, (size_t)(t - s), &v) || v > 999)
		return NULL;
	*out = (unsigned)v;
	return t;
}

/* "1.24" or "1.24.3" at s; the position after it, or NULL. */
static const char *
release_version(const char *s, const char *end, unsigned v[3], bool *patch)
{
	*patch = false;
	s = release_number(s, end, &v[0]);
	if (s == NULL || s == end || *s != '.' ||
	    (s = release_number(s + 1, end, &v[1])) == NULL)
		return NULL;
	if (s < end && *s == '.') {
		s = release_number(s + 1, end, &v[2]);
		*patch = s != NULL;	/* v[2] is set only then */
	}
	return s;
}

/*
 * "1.24" (every patch release of 1.24), "1.14.0-1.14.5" (those patch
 * releases) or "1.14.6+" (1.14.6 and every later patch release of 1.14).
 */
static bool
cell_release(struct parser *p, const struct cell *c, struct wl_host_release *r)
{
	const char	*end = c->s + c->len, *s;
	unsigned	 lo[3], hi[3];
	bool		 patch, hi_patch;

	s = release_version(c->s, end, lo, &patch);
	r->patch_lo = patch ? lo[2] : 0;
	r->patch_hi = WL_PATCH_LAST;
	if (s != NULL && patch && s + 1 == end && *s == '+')
		s = end;
	else if (s != NULL && patch && s < end && *s == '-') {
		s = release_version(s + 1, end, hi, &hi_patch);
		if (s != NULL && (!hi_patch || hi[0] != lo[0] ||
		    hi[1] != lo[1] || hi[2] < lo[2])) {
			fail(p, c, "`%.*s` is not a range of patch releases of "
			    "one minor release, low to high", (int)c->len,
			    c->s);
			return false;
		}
		if (s != NULL)
			r->patch_hi = hi[2];
	} else if (s != NULL && patch)
		s = NULL;
	if (s != end) {
		fail(p, c, "`%.*s` is not an Istio release: MAJOR.MINOR, "
		    "MAJOR.MINOR.P-MAJOR.MINOR.Q or MAJOR.MINOR.P+", (int)c->len,
		    c->s);
		return false;
	}
	r->major = lo[0];
	r->minor = lo[1];
	r->name = cell_dup(p, c);
	r->first = patch ? wl_arena_printf(p->arena, "%u.%u.%u", lo[0],
	    lo[1], lo[2]) : r->name;
	r->last = r->patch_hi != WL_PATCH_LAST ? wl_arena_printf(p->arena,
	    "%u.%u.%u", lo[0], lo[1], r->patch_hi) :
	    wl_arena_printf(p->arena, "%u.%u", lo[0], lo[1]);
	return true;
}

/* Splits a line at tabs; returns the number of cells (at most max + 1). */
static size_t
split(const char *line, size_t len, struct cell *cells, size_t max)
{
	size_t		 n = 0;
	const char	*s = line, *end = line + len, *tab;

	for (;;) {
		tab = memchr(s, '\t', (size_t)(end - s));
		cells[n] = (struct cell){ s, (size_t)((tab != NULL ? tab :
		    end) - s), (unsigned)(s - line) + 1 };
		if (++n > max || tab == NULL)
			return n;
		s = tab + 1;
	}
}

static struct wl_host_row *
push_row(struct parser *p, struct wl_host_rows *rows)
{
	return WL_VEC_PUSH(p->arena, rows);
}

/* gen, host, mark, source */
static bool
row_generation(struct parser *p, const struct cell *c)
{
	struct wl_host_gen	g = { NULL, NULL, { 0, NULL, 0 } };
	bool			ok = true;

	if (gen_named(p->h, c[0].s, c[0].len) >= 0) {
		fail(p, &c[0], "generation `%.*s` is declared twice",
		    (int)c[0].len, c[0].s);
		ok = false;
	} else if (c[0].len == 0 || cell_span(&c[0], "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	    "abcdefghijklmnopqrstuvwxyz0123456789_-") < c[0].len) {
		fail(p, &c[0], "a generation name is letters, digits, `_` and "
		    "`-`");
		ok = false;
	} else if (p->h->gens.n == WL_HOSTS_MAX_GENS) {
		fail(p, &c[0], "more than %d generations", WL_HOSTS_MAX_GENS);
		ok = false;
	}
	ok &= cell_text(p, &c[1], &g.host);
	ok &= cell_cite(p, &c[2], &c[3], &g.cite);
	if (ok) {
		g.name = cell_dup(p, &c[0]);
		*WL_VEC_PUSH(p->arena, &p->h->gens) = g;
	}
	return ok;
}

/*
 * Whether r may follow prev: minor releases oldest first, and the rows of one
 * minor release its patch releases from .0 on, each row starting where the
 * one before it ended, the last open-ended; the text of what is wrong, or NULL.
 */
static const char *
release_follows(struct wl_arena *a, const struct wl_host_release *prev,
    const struct wl_host_release *r)
{
	if (r->major < prev->major || (r->major == prev->major &&
	    r->minor < prev->minor))
		return wl_arena_printf(a, "release %s comes after %s: releases "
		    "are listed oldest first", r->name, prev->name);
	if (r->major == prev->major && r->minor == prev->minor) {
		if (prev->patch_hi == WL_PATCH_LAST)
			return wl_arena_printf(a, "release %s is listed "
			    "twice: %s covers it", r->name, prev->name);
		if (r->patch_lo != prev->patch_hi + 1)
			return wl_arena_printf(a, "release %s does not follow "
			    "%s: the next row of %u.%u starts at %u.%u.%u",
			    r->name, prev->name, r->major, r->minor, r->major,
			    r->minor, prev->patch_hi + 1);
		return NULL;
	}
	if (prev->patch_hi != WL_PATCH_LAST)
		return wl_arena_printf(a, "the rows of %u.%u end at %s: the "
		    "last one covers every later patch release (%u.%u.%u+)",
		    prev->major, prev->minor, prev->last, prev->major,
		    prev->minor, prev->patch_hi + 1);
	if (r->patch_lo != 0)
		return wl_arena_printf(a, "the first row of %u.%u starts at "
		    "%u.%u.0, not %s", r->major, r->minor, r->major, r->minor,
		    r->first);
	return NULL;
}

/* Releases come in version order, and never go back a generation. */
static bool
release_in_order(struct parser *p, const struct cell *c,
    const struct wl_host_release *r)
{
	const struct wl_host_release	*prev;
	const char			*why;

	if (p->h->releases.n == 0) {
		if (r->patch_lo == 0)
			return true;
		fail(p, &c[0], "the first row of %u.%u starts at %u.%u.0, "
		    "not %s", r->major, r->minor, r->major, r->minor,
		    r->first);
		return false;
	}
	prev = &p->h->releases.v[p->h->releases.n - 1];
	if ((why = release_follows(p->arena, prev, r)) != NULL) {
		fail(p, &c[0], "%s", why);
		return false;
	}
	if (r->gen < prev->gen) {
		fail(p, &c[1], "generation `%.*s` is older than %s's (%s)",
		    (int)c[1].len, c[1].s, prev->name,
		    p->h->gens.v[prev->gen].name);
		return false;
	}
	return true;
}

/* istio, gen, envoy, confidence, mark, source */
static bool
row_release(struct parser *p, const struct cell *c)
{
	static const char *const confidences[] = { "confirmed", "high",
		"medium-high", "medium", "low", NULL };
	struct wl_host_release	r;
	int			g;
	bool			ok;

	memset(&r, 0, sizeof r);
	ok = cell_release(p, &c[0], &r);
	ok &= (g = cell_gen(p, &c[1])) >= 0;
	ok &= cell_text(p, &c[2], &r.envoy);
	ok &= cell_word(p, &c[3], "confidence", confidences) >= 0;
	ok &= cell_cite(p, &c[4], &c[5], &r.cite);
	if (!ok)
		return false;
	r.gen = (unsigned)g;
	if (!release_in_order(p, c, &r))
		return false;
	r.confidence = cell_dup(p, &c[3]);
	*WL_VEC_PUSH(p->arena, &p->h->releases) = r;
	p->last_release_line = p->line;
	return true;
}

/* The ABI version a marker declares: known, or a new one. */
static bool
marker_abi(struct parser *p, const struct cell *c, uint32_t *out)
{
	int a = abi_named(p->h, c->s, c->len);

	if (a < 0 && (c->len == 0 || cell_span(c, "0123456789.") < c->len)) {
		fail(p, c, "`%.*s` is not an ABI version like 0.2.1",
		    (int)c->len, c->s);
		return false;
	}
	if (a < 0 && p->h->abis.n == WL_HOSTS_MAX_ABIS) {
		fail(p, c, "more than %d ABI versions", WL_HOSTS_MAX_ABIS);
		return false;
	}
	if (a < 0) {
		a = (int)p->h->abis.n;
		*WL_VEC_PUSH(p->arena, &p->h->abis) = cell_dup(p, c);
	}
	*out = (uint32_t)1 << a;
	return true;
}

/* "entry", "fallback" or "after:NAME". */
static bool
cell_calls(struct parser *p, const struct cell *c, struct wl_host_row *r)
{
	static const char *const calls[] = { "entry", "fallback", NULL };
	struct cell name;

	if (c->len > 6 && memcmp(c->s, "after:", 6) == 0) {
		name = (struct cell){ c->s + 6, c->len - 6, c->col + 6 };
		r->calls = WL_CALLS_AFTER;
		return cell_name(p, &name, false, &r->after);
	}
	switch (cell_word(p, c, "calls", calls)) {
	case 0:
		r->calls = WL_CALLS_ENTRY;
		return true;
	case 1:
		r->calls = WL_CALLS_FALLBACK;
		return true;
	}
	return false;
}

/* "yes" or "no". */
static bool
cell_available(struct parser *p, const struct cell *c, struct wl_host_row *r)
{
	static const char *const yesno[] = { "no", "yes", NULL };
	int avail = cell_word(p, c, "available", yesno);

	r->available = avail == 1;
	return avail >= 0;
}

/* One cell of a row of [markers] ... [runtimes], by its column's name. */
static bool
cell_column(struct parser *p, const struct cell *column, const struct cell *c,
    struct wl_host_row *r)
{
	unsigned flags = p->section->flags;

	if (cell_is(column, "hosts"))
		return cell_gens(p, c, &r->gens);
	if (cell_is(column, "abi"))
		return flags & DECLARES_ABI ? marker_abi(p, c, &r->abis) :
		    cell_abis(p, c, &r->abis);
	if (cell_is(column, "name"))
		return cell_name(p, c, flags & WILDCARDS, &r->name);
	if (cell_is(column, "signature"))
		return cell_sig(p, c, flags & SIG_ANY, flags & WILDCARDS,
		    &r->sig);
	if (cell_is(column, "calls"))
		return cell_calls(p, c, r);
	if (cell_is(column, "available"))
		return cell_available(p, c, r);
	return true;	/* module: by push_rows */
}

/* The row once per module of its module cell (imports), else once. */
static bool
push_rows(struct parser *p, const struct cell *modules,
    struct wl_host_row *r, bool ok)
{
	struct wl_host_rows	*rows = (struct wl_host_rows *)(void *)
	    ((char *)p->h + p->section->rows);
	struct cell		 m;
	const char		*end, *comma;

	if (modules == NULL) {
		if (ok)
			*push_row(p, rows) = *r;
		return ok;
	}
	m = *modules;
	end = m.s + m.len;
	for (;;) {
		comma = memchr(m.s, ',', (size_t)(end - m.s));
		m.len = (size_t)((comma != NULL ? comma : end) - m.s);
		ok &= cell_name(p, &m, true, &r->module);
		if (ok)
			*push_row(p, rows) = *r;
		if (comma == NULL)
			return ok;
		m.col += (unsigned)m.len + 1;
		m.s = comma + 1;
	}
}

/* A row of the sections of rows: its header says what each cell is. */
static bool
row_of_rows(struct parser *p, const struct cell *c)
{
	struct cell		 columns[MAX_CELLS + 1];
	const struct cell	*modules = NULL;
	struct wl_host_row	 r = { 0 };
	size_t			 n, i;
	bool			 ok = true;

	n = split(p->section->header, strlen(p->section->header), columns,
	    MAX_CELLS);
	r.abis = ~(uint32_t)0;
	for (i = 0; i + 2 < n; i++) {
		if (cell_is(&columns[i], "module"))
			modules = &c[i];
		ok &= cell_column(p, &columns[i], &c[i], &r);
	}
	ok &= cell_cite(p, &c[n - 2], &c[n - 1], &r.cite);
	return push_rows(p, modules, &r, ok);
}

/* name, value, mark, source */
static bool
row_limit(struct parser *p, const struct cell *c)
{
	static const char *const names[] = { "configmap-bytes", NULL };
	unsigned long long	 v = 0;
	bool			 ok;

	ok = cell_word(p, &c[0], "limit", names) >= 0;
	if (!parse_uint(c[1].s, c[1].len, &v) || v == 0 || v > SIZE_MAX) {
		fail(p, &c[1], "`%.*s` is not a positive number of bytes",
		    (int)c[1].len, c[1].s);
		ok = false;
	}
	ok &= cell_cite(p, &c[2], &c[3], &p->h->configmap_cite);
	if (ok)
		p->h->configmap_bytes = (size_t)v;
	return ok;
}

static const struct section sections[] = {
	{ "generations", "gen\thost\tmark\tsource", row_generation, 0, 0 },
	{ "releases", "istio\tgen\tenvoy\tconfidence\tmark\tsource",
	    row_release, 0, 0 },
	{ "markers", "hosts\tname\tabi\tsignature\tmark\tsource",
	    row_of_rows, offsetof(struct wl_hosts, markers),
	    DECLARES_ABI | SIG_ANY },
	{ "allocators", "hosts\tname\tsignature\tmark\tsource", row_of_rows,
	    offsetof(struct wl_hosts, allocators), 0 },
	{ "starts", "hosts\tname\tsignature\tcalls\tmark\tsource",
	    row_of_rows, offsetof(struct wl_hosts, starts), 0 },
	{ "callbacks", "hosts\tabi\tname\tsignature\tmark\tsource",
	    row_of_rows, offsetof(struct wl_hosts, callbacks), 0 },
	{ "imports", "hosts\tabi\tmodule\tname\tsignature\tmark\tsource",
	    row_of_rows, offsetof(struct wl_hosts, imports), WILDCARDS },
	{ "runtimes", "hosts\tname\tavailable\tmark\tsource", row_of_rows,
	    offsetof(struct wl_hosts, runtimes), 0 },
	{ "limits", "name\tvalue\tmark\tsource", row_limit, 0, 0 },
};
#define NSECTIONS (sizeof sections / sizeof *sections)

static size_t
header_cells(const struct section *s)
{
	size_t		 n = 1;
	const char	*t;

	for (t = s->header; *t != '\0'; t++)
		n += *t == '\t';
	return n;
}

static void
start_section(struct parser *p, const char *line, size_t len)
{
	struct cell	c = { line, len, 1 };
	size_t		i;

	for (i = 0; i < NSECTIONS; i++)
		if (len == strlen(sections[i].name) + 2 &&
		    memcmp(line + 1, sections[i].name, len - 2) == 0)
			break;
	p->section = NULL;
	p->skipping = true;
	if (i == NSECTIONS || line[len - 1] != ']') {
		fail(p, &c, "unknown section `%.*s`", (int)len, line);
		return;
	}
	if (p->seen & (1u << i)) {
		fail(p, &c, "section [%s] appears twice", sections[i].name);
		return;
	}
	p->skipping = false;
	p->seen |= 1u << i;
	p->section = &sections[i];
	p->want_header = true;
}

static void
check_header(struct parser *p, const struct cell *c, size_t n)
{
	struct cell	want[MAX_CELLS + 1];
	size_t		nwant, i;

	p->want_header = false;
	nwant = split(p->section->header, strlen(p->section->header), want,
	    MAX_CELLS);
	for (i = 0; i < nwant; i++)
		if (i >= n || c[i].len != want[i].len ||
		    memcmp(c[i].s, want[i].s, want[i].len) != 0)
			break;
	if (i == nwant && n == nwant)
		return;
	fail(p, &c[i < n ? i : n - 1], "the header of [%s] is `%s` (tab-"
	    "separated)", p->section->name, p->section->header);
}

static void
parse_line(struct parser *p, const char *line, size_t len)
{
	struct cell	c[MAX_CELLS + 1];
	size_t		n, want;

	if (len > 0 && line[len - 1] == '\r')
		len--;
	if (len == 0 || line[0] == '#')
		return;
	if (line[0] == '[') {
		start_section(p, line, len);
		return;
	}
	if (p->section == NULL) {
		c[0] = (struct cell){ line, len, 1 };
		if (!p->skipping)
			fail(p, &c[0], "a row before the first [section]");
		p->skipping = true;
		return;
	}
	n = split(line, len, c, MAX_CELLS);
	if (p->want_header) {
		check_header(p, c, n);
		return;
	}
	want = header_cells(p->section);
	if (n != want) {
		fail(p, &c[n > want ? want : n - 1], "[%s] rows have %zu "
		    "tab-separated cells (%s), this one has %s%zu",
		    p->section->name, want, p->section->header,
		    n > MAX_CELLS ? "more than " : "", n > MAX_CELLS ?
		    (size_t)MAX_CELLS : n);
		return;
	}
	p->section->row(p, c);
}

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The sorted, distinct names of every export some host looks up. */
static void
index_lookups(struct parser *p)
{
	const struct wl_host_rows	*tables[] = { &p->h->markers,
		&p->h->allocators, &p->h->starts, &p->h->callbacks };
	const char			**v;
	size_t				 i, j, n = 0, kept = 0;

	for (i = 0; i < sizeof tables / sizeof *tables; i++)
		n += tables[i]->n;
	v = wl_arena_alloc(p->arena, (n + 1) * sizeof *v);
	for (i = 0, n = 0; i < sizeof tables / sizeof *tables; i++)
		for (j = 0; j < tables[i]->n; j++)
			v[n++] = tables[i]->v[j].name;
	qsort(v, n, sizeof *v, cmp_names);
	for (i = 0; i < n; i++)
		if (kept == 0 || strcmp(v[kept - 1], v[i]) != 0)
			v[kept++] = v[i];
	p->h->lookup_names = v;
	p->h->nlookup_names = kept;
}

bool
wl_hosts_looks_up(const struct wl_hosts *h, const char *name)
{
	return bsearch(&name, h->lookup_names, h->nlookup_names,
	    sizeof *h->lookup_names, cmp_names) != NULL;
}

static void
check_complete(struct parser *p)
{
	struct cell			 c = { "", 0, 1 };
	const struct wl_host_release	*last;

	p->line = 1;
	if (p->h->gens.n == 0)
		fail(p, &c, "the table has no [generations] rows");
	if (p->h->releases.n == 0)
		fail(p, &c, "the table has no [releases] rows");
	else if (p->h->releases.v[p->h->releases.n - 1].patch_hi !=
	    WL_PATCH_LAST) {
		last = &p->h->releases.v[p->h->releases.n - 1];
		p->line = p->last_release_line;
		c.len = strlen(last->name);
		fail(p, &c, "the last row of %u.%u ends at %s: it covers every "
		    "later patch release (%u.%u.%u+)", last->major,
		    last->minor, last->last, last->major, last->minor,
		    last->patch_hi + 1);
	}
}

const struct wl_hosts *
wl_hosts_parse(struct wl_arena *arena, const char *file, const char *text,
    size_t len, struct wl_hosts_errors *errs)
{
	struct parser	 p = { arena, NULL, errs, NULL, false, false, 0, 0, 0 };
	const char	*s = text, *end = text + len, *nl;
	size_t		 before = errs->n;

	p.h = wl_arena_alloc(arena, sizeof *p.h);
	p.h->file = wl_arena_strdup(arena, file);
	while (s < end) {
		nl = memchr(s, '\n', (size_t)(end - s));
		p.line++;
		parse_line(&p, s, (size_t)((nl != NULL ? nl : end) - s));
		s = nl != NULL ? nl + 1 : end;
	}
	check_complete(&p);
	index_lookups(&p);
	return errs->n == before ? p.h : NULL;
}

const struct wl_hosts *
wl_hosts_read(struct wl_arena *arena, const char *path,
    struct wl_hosts_errors *errs, const char **why)
{
	const struct wl_hosts	*h;
	char			*buf;
	size_t			 len = 0;

	*why = NULL;
	buf = wl_read_regular(path, MAX_TABLE_BYTES, "larger than 16 MiB", &len,
	    why);
	if (buf == NULL)
		return NULL;
	h = wl_hosts_parse(arena, path, buf, len, errs);
	free(buf);
	return h;
}
