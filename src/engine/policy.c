/* policy.c - the configuration applied to a run's findings: select, ignore and per-file-ignores drop them, severity sets theirs, and entries that dropped nothing are reported. */
#include "engine/policy.h"

/* Keeps the findings from first on that cfg keeps, at the configured severity; marks the entries that drop the others in uses. */
static void
policy_filter(const struct wl_config *cfg, struct wl_config_uses *uses,
    struct wl_sink *sink, size_t first)
{
	size_t i, kept = first;

	for (i = first; i < sink->diags.n; i++) {
		struct wl_diag		*d = &sink->diags.v[i];
		const struct wl_rule	*r = wl_rule_find(d->rule_id);

		if (!wl_config_keeps(cfg, r, d->loc.file, uses))
			continue;
		d->severity = wl_config_severity(cfg, r);
		sink->diags.v[kept++] = *d;
	}
	sink->diags.n = kept;
}

/* WL1007 for each `ignore` and per-file-ignores entry that dropped no finding. */
static void
policy_report_unused(const struct wl_config_uses *uses, struct wl_sink *sink)
{
	const struct wl_config_entry	*e;
	struct wl_loc			 loc;
	size_t				 i = 0;

	while ((e = wl_config_next_unused(uses, &i)) != NULL) {
		loc = e->loc;
		loc.file = wl_arena_strdup(sink->arena, loc.file);
		if (e->glob == NULL)
			wl_sink_add_id(sink, "WL1007", &loc, "`ignore` entry "
			    "`%s` covers no finding", e->rule);
		else
			wl_sink_add_id(sink, "WL1007", &loc, "per-file-ignores "
			    "`%s`: `%s` covers no finding", e->glob, e->rule);
	}
}

void
wl_apply_policy(const struct wl_config *cfg, struct wl_sink *sink,
    bool report_unused)
{
	struct wl_config_uses	*uses;
	size_t			 n;

	if (cfg == NULL)
		return;
	uses = report_unused ? wl_config_uses_new(sink->arena, cfg) : NULL;
	policy_filter(cfg, uses, sink, 0);
	if (uses == NULL)
		return;
	n = sink->diags.n;
	policy_report_unused(uses, sink);
	/* These findings too obey ignore, per-file-ignores and severity. */
	policy_filter(cfg, NULL, sink, n);
}
