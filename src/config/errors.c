/* errors.c - a config's problems, each at its line and column, and the type checks of nodes that report them. */
#include <stdarg.h>
#include <string.h>

#include "config/config-impl.h"

static void cfg_verror(struct cfg_load *, unsigned, unsigned, const char *,
    va_list) __attribute__((format(printf, 4, 0)));

/* Records a problem at line:col (0:0 for the whole file). */
static void
cfg_verror(struct cfg_load *l, unsigned line, unsigned col, const char *fmt,
    va_list ap)
{
	struct wl_config_errors	*e = l->errs;
	struct wl_config_error	*err;

	if (e->arena == NULL)
		e->arena = wl_arena_new();
	wl_vec_reserve(e->arena, (void **)&e->v, &e->cap, e->n, sizeof *e->v);
	err = &e->v[e->n++];
	err->file = wl_arena_strdup(e->arena, l->file);
	err->line = line;
	err->col = col;
	err->message = wl_arena_vprintf(e->arena, fmt, ap);
}

/* Records a problem at node n (NULL: the whole file). */
void
wl_cfg_error(struct cfg_load *l, const struct wl_node *n, const char *fmt,
    ...)
{
	va_list ap;

	va_start(ap, fmt);
	cfg_verror(l, n != NULL ? n->start.line : 0,
	    n != NULL ? n->start.col : 0, fmt, ap);
	va_end(ap);
}

void
wl_cfg_error_at(struct cfg_load *l, struct wl_mark at, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	cfg_verror(l, at.line, at.col, fmt, ap);
	va_end(ap);
}

void
wl_config_errors_free(struct wl_config_errors *e)
{
	if (e == NULL)
		return;
	wl_arena_free(e->arena);
	memset(e, 0, sizeof *e);
}

/* "a mapping", "a string", "null": what n is, for "..., not %s". */
const char *
wl_cfg_a(const struct wl_node *n)
{
	if (wl_node_is_null(n))
		return "null";
	switch (n->type) {
	case WL_NODE_MAP:
		return "a mapping";
	case WL_NODE_SEQ:
		return "a sequence";
	default:
		return "a string";
	}
}

/* The text of a non-null scalar, or NULL after an error "<what>, not ...". */
const char *
wl_cfg_string(struct cfg_load *l, const struct wl_node *n, const char *what)
{
	if (n->type != WL_NODE_SCALAR || wl_node_is_null(n)) {
		wl_cfg_error(l, n, "%s must be a string, not %s", what,
		    wl_cfg_a(n));
		return NULL;
	}
	return n->str;
}

/* True if n is of type; else an error "<what> must be <kind>, not ...". */
bool
wl_cfg_expect(struct cfg_load *l, const struct wl_node *n,
    enum wl_node_type type, const char *what, const char *kind)
{
	if (n->type == type && !wl_node_is_null(n))
		return true;
	wl_cfg_error(l, n, "%s must be %s, not %s", what, kind, wl_cfg_a(n));
	return false;
}
