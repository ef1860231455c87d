/* sink.h - where loaders and rules append diagnostics; owned by the run's arena. */
#ifndef WASMLINT_DIAG_SINK_H
#define WASMLINT_DIAG_SINK_H

#include <stdarg.h>

#include "util/arena.h"
#include "wasmlint/diag.h"
#include "wasmlint/rule.h"

struct wl_intern;

struct wl_sink {
	struct wl_arena		*arena;
	/* Where diags grows when not in arena: a fragment's own (input/fragment.h); NULL in the run's sink. */
	struct wl_arena		*lists;
	WL_VEC(struct wl_diag)	 diags;
	/*
	 * When set (the run's sink): one copy of each distinct message, hint
	 * and related message, as a rule says the same of many patches.
	 */
	struct wl_intern	*texts;
};

/*
 * Appends a diagnostic of rule at loc with the rule's default severity and
 * returns it, so the caller can add related locations, a hint or the object.
 * The pointer is valid until the next wl_sink_add.
 */
struct wl_diag	*wl_sink_add(struct wl_sink *, const struct wl_rule *,
		    const struct wl_loc *, const char *fmt, ...)
		    __attribute__((format(printf, 4, 5)));
struct wl_diag	*wl_sink_vadd(struct wl_sink *, const struct wl_rule *,
		    const struct wl_loc *, const char *fmt, va_list)
		    __attribute__((format(printf, 4, 0)));
/* The same, naming the rule by id (for loaders, which know no rule objects). */
struct wl_diag	*wl_sink_add_id(struct wl_sink *, const char *id,
		    const struct wl_loc *, const char *fmt, ...)
		    __attribute__((format(printf, 4, 5)));
void		 wl_diag_relate(struct wl_sink *, struct wl_diag *,
		    const struct wl_loc *, const char *fmt, ...)
		    __attribute__((format(printf, 4, 5)));
void		 wl_diag_vrelate(struct wl_sink *, struct wl_diag *,
		    const struct wl_loc *, const char *fmt, va_list)
		    __attribute__((format(printf, 4, 0)));
void		 wl_diag_hint(struct wl_sink *, struct wl_diag *,
		    const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Appends the diagnostics of from to s, in their order (what they point to stays where it is). */
void		 wl_sink_append(struct wl_sink *s, const struct wl_sink *from);
/* Sorts by file, line, column, rule id and message, and drops exact repeats. */
void		 wl_sink_sort(struct wl_sink *);

#endif
