/* severity.c - severities: the severity key's overrides, the failure-threshold key, and the queries for both. */
#include <string.h>

#include "config/config-impl.h"

static const char *const cfg_severity_names[] = { "info", "warning",
	"error", "none" };

/* The index of s in cfg_severity_names[0..n), or -1. */
static int
cfg_severity_index(const char *s, int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (strcmp(s, cfg_severity_names[i]) == 0)
			return i;
	return -1;
}

void
wl_cfg_load_severity(struct cfg_load *l, const struct wl_node *v)
{
	struct cfg_severity	 ov;
	const struct wl_node	*val;
	const char		*s;
	size_t			 i;
	int			 sev;

	if (!wl_cfg_expect(l, v, WL_NODE_MAP, "`severity`",
	    "a mapping of rule to severity"))
		return;
	for (i = 0; i < v->n; i++) {
		val = v->items[2 * i + 1];
		if (!wl_cfg_selector(l, v->items[2 * i],
		    "each key of `severity`", &ov.sel))
			continue;
		if ((s = wl_cfg_string(l, val, "a severity")) == NULL)
			continue;
		if ((sev = cfg_severity_index(s, 3)) < 0) {
			wl_cfg_error(l, val, "unknown severity `%s`; expected "
			    "error, warning or info", s);
			continue;
		}
		ov.sev = (enum wl_severity)sev;
		*WL_VEC_PUSH(l->cfg->arena, &l->cfg->severity) = ov;
	}
}

void
wl_cfg_load_threshold(struct cfg_load *l, const struct wl_node *v)
{
	const char	*s = wl_cfg_string(l, v, "`failure-threshold`");
	int		 t;

	if (s == NULL)
		return;
	if ((t = cfg_severity_index(s, 4)) < 0) {
		wl_cfg_error(l, v, "unknown failure threshold `%s`; expected "
		    "error, warning, info or none", s);
		return;
	}
	l->cfg->threshold = t;
	l->cfg->threshold_set = true;
}

enum wl_severity
wl_config_severity(const struct wl_config *cfg, const struct wl_rule *rule)
{
	enum wl_severity	sev = rule->severity;
	size_t			i, best = 0, m;

	for (i = 0; cfg != NULL && i < cfg->severity.n; i++) {
		m = wl_cfg_selector_match(&cfg->severity.v[i].sel, rule);
		if (m > 0 && m >= best) {
			best = m;
			sev = cfg->severity.v[i].sev;
		}
	}
	return sev;
}

bool
wl_config_failure_threshold(const struct wl_config *cfg, int *threshold)
{
	if (cfg == NULL || !cfg->threshold_set)
		return false;
	*threshold = cfg->threshold;
	return true;
}
