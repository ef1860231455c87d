/* rule.h - a rule: identity, documentation and a check over the whole fact set. */
#ifndef WASMLINT_RULE_H
#define WASMLINT_RULE_H

#include "wasmlint/diag.h"

struct wl_check;

struct wl_rule {
	const char		*id;		/* "WL2101"; stable, never reused */
	const char		*slug;		/* "proxy-version-mismatch" */
	enum wl_severity	 severity;	/* default */
	const char		*summary;	/* one line */
	const char		*rationale;	/* why it matters */
	const char		*bad;		/* an example that fires */
	const char		*good;		/* the same, fixed */
	const char		*fix;		/* how to fix */
	/*
	 * Runs over every fact of the run; NULL for findings that the loaders
	 * raise themselves (syntax errors, unreadable inputs).
	 */
	void			(*check)(struct wl_check *);
};

/* Every rule, in id order, NULL-terminated. */
extern const struct wl_rule *const wl_rules[];

/* The rule with this id or slug, or NULL. */
const struct wl_rule	*wl_rule_find(const char *id_or_slug);

#endif
