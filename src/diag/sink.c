/* sink.c - appending, annotating and ordering diagnostics. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag/sink.h"
#include "util/intern.h"

/* Longest message kept: values quoted from hostile inputs can be megabytes. */
#define SINK_MAX_MESSAGE 1000

/* msg, cut at a character boundary with "..." when longer than the limit. */
static const char *
sink_bounded(struct wl_arena *a, char *msg)
{
	size_t n = strlen(msg);

	if (n <= SINK_MAX_MESSAGE)
		return msg;
	n = SINK_MAX_MESSAGE;
	while (n > 0 && ((unsigned char)msg[n] & 0xc0) == 0x80)
		n--;
	return wl_arena_printf(a, "%.*s...", (int)n, msg);
}

/* The text fmt makes (a message bounded), kept once in s->texts when it has one. */
static const char *
__attribute__((format(printf, 2, 0)))
sink_text(struct wl_sink *s, const char *fmt, va_list ap, bool message)
{
	char	 buf[SINK_MAX_MESSAGE + 1], *made;
	va_list	 aq;
	int	 n = -1;

	if (s->texts != NULL) {
		va_copy(aq, ap);
		n = vsnprintf(buf, sizeof buf, fmt, aq);
		va_end(aq);
	}
	if (n >= 0 && (size_t)n < sizeof buf)
		return wl_intern_text(s->texts, buf, (size_t)n);
	made = wl_arena_vprintf(s->arena, fmt, ap);
	return message ? sink_bounded(s->arena, made) : made;
}

struct wl_diag *
wl_sink_vadd(struct wl_sink *s, const struct wl_rule *rule,
    const struct wl_loc *loc, const char *fmt, va_list ap)
{
	struct wl_diag *d = WL_VEC_PUSH(s->lists != NULL ? s->lists : s->arena,
	    &s->diags);

	d->rule_id = rule->id;
	d->rule_slug = rule->slug;
	d->severity = rule->severity;
	d->loc = *loc;
	d->message = sink_text(s, fmt, ap, true);
	return d;
}

struct wl_diag *
wl_sink_add(struct wl_sink *s, const struct wl_rule *rule,
    const struct wl_loc *loc, const char *fmt, ...)
{
	struct wl_diag	*d;
	va_list		 ap;

	va_start(ap, fmt);
	d = wl_sink_vadd(s, rule, loc, fmt, ap);
	va_end(ap);
	return d;
}

struct wl_diag *
wl_sink_add_id(struct wl_sink *s, const char *id, const struct wl_loc *loc,
    const char *fmt, ...)
{
	const struct wl_rule	*rule = wl_rule_find(id);
	struct wl_diag		*d;
	va_list			 ap;

	if (rule == NULL)
		abort();	/* a loader names a rule the table lacks */
	va_start(ap, fmt);
	d = wl_sink_vadd(s, rule, loc, fmt, ap);
	va_end(ap);
	return d;
}

void
wl_diag_vrelate(struct wl_sink *s, struct wl_diag *d, const struct wl_loc *loc,
    const char *fmt, va_list ap)
{
	struct wl_related *r;

	d->related = wl_arena_grow(s->arena, d->related,
	    d->nrelated * sizeof *r, (d->nrelated + 1) * sizeof *r);
	r = &d->related[d->nrelated++];
	r->loc = *loc;
	r->message = sink_text(s, fmt, ap, false);
}

void
wl_diag_relate(struct wl_sink *s, struct wl_diag *d, const struct wl_loc *loc,
    const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	wl_diag_vrelate(s, d, loc, fmt, ap);
	va_end(ap);
}

void
wl_diag_hint(struct wl_sink *s, struct wl_diag *d, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	d->hint = sink_text(s, fmt, ap, false);
	va_end(ap);
}

void
wl_sink_append(struct wl_sink *s, const struct wl_sink *from)
{
	WL_VEC_APPEND(s->lists != NULL ? s->lists : s->arena, &s->diags,
	    &from->diags);
}

static int
sink_cmp_str(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return (a != NULL) - (b != NULL);
	return strcmp(a, b);
}

static int
sink_cmp_uint(unsigned a, unsigned b)
{
	return (a > b) - (a < b);
}

static int
sink_cmp(const void *pa, const void *pb)
{
	const struct wl_diag	*a = pa, *b = pb;
	int			 c;

	if ((c = sink_cmp_str(a->loc.file, b->loc.file)) != 0)
		return c;
	if ((c = sink_cmp_uint(a->loc.line, b->loc.line)) != 0)
		return c;
	if ((c = sink_cmp_uint(a->loc.col, b->loc.col)) != 0)
		return c;
	if ((c = strcmp(a->rule_id, b->rule_id)) != 0)
		return c;
	return strcmp(a->message, b->message);
}

void
wl_sink_sort(struct wl_sink *s)
{
	size_t i, kept = 0;

	if (s->diags.n == 0)
		return;
	qsort(s->diags.v, s->diags.n, sizeof *s->diags.v, sink_cmp);
	for (i = 0; i < s->diags.n; i++) {
		if (kept > 0 && sink_cmp(&s->diags.v[kept - 1],
		    &s->diags.v[i]) == 0)
			continue;
		s->diags.v[kept++] = s->diags.v[i];
	}
	s->diags.n = kept;
}
