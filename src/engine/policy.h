/* policy.h - the configuration's rule selection and severities, applied to a run's findings. */
#ifndef WASMLINT_ENGINE_POLICY_H
#define WASMLINT_ENGINE_POLICY_H

#include <stdbool.h>

#include "config/config.h"
#include "diag/sink.h"

/*
 * Drops the findings of rules the configuration disables (for their file)
 * and gives the rest the configured severity. With report_unused, then adds
 * a WL1007 finding, at the config file's line and column, for each `ignore`
 * entry and each per-file-ignores rule that dropped none of them; these too
 * are filtered. A NULL config keeps all.
 */
void	wl_apply_policy(const struct wl_config *, struct wl_sink *,
	    bool report_unused);

#endif
