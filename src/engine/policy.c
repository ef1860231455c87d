/* policy.c - filtering findings by the configuration's select, ignore, per-file-ignores and severity. */
#include "engine/policy.h"

void
wl_apply_policy(const struct wl_config *cfg, struct wl_sink *sink)
{
	size_t i, kept = 0;

	if (cfg == NULL)
		return;
	for (i = 0; i < sink->diags.n; i++) {
		struct wl_diag		*d = &sink->diags.v[i];
		const struct wl_rule	*r = wl_rule_find(d->rule_id);

		if (!wl_config_rule_enabled(cfg, r, d->loc.file))
			continue;
		d->severity = wl_config_severity(cfg, r);
		sink->diags.v[kept++] = *d;
	}
	sink->diags.n = kept;
}
