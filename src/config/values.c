/* values.c - the config's plain settings: the version key, istio-version and root-namespace, their shapes and their queries. */
#include <ctype.h>
#include <string.h>

#include "config/config-impl.h"

void
wl_cfg_load_version(struct cfg_load *l, const struct wl_node *v)
{
	const char *s = v->str;

	if (v->type != WL_NODE_SCALAR) {
		wl_cfg_error(l, v, "`version` must be an integer, not %s",
		    wl_cfg_a(v));
		return;
	}
	if (v->style != WL_STYLE_PLAIN || strspn(s, "0123456789") !=
	    strlen(s)) {
		wl_cfg_error(l, v, "`version` must be an integer, not `%s`", s);
		return;
	}
	if (strcmp(s, "1") != 0)
		wl_cfg_error(l, v, "unsupported config version %s; this "
		    "wasmlint reads version 1", s);
}

/* 1.11, 1.11.4 or 1.12.0-beta.1. */
bool
wl_config_version_shaped(const char *s)
{
	int parts = 0;

	for (;;) {
		if (!isdigit((unsigned char)*s))
			return false;
		s += strspn(s, "0123456789");
		parts++;
		if (*s != '.')
			break;
		s++;
	}
	if (*s == '-')
		s++;
	else if (*s != '\0')
		return false;
	return parts >= 2 && parts <= 3 &&
	    strspn(s, "abcdefghijklmnopqrstuvwxyz"
		      "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.") == strlen(s) &&
	    (s[-1] != '-' || *s != '\0');
}

void
wl_cfg_load_istio_version(struct cfg_load *l, const struct wl_node *v)
{
	const char *s = wl_cfg_string(l, v, "`istio-version`");

	if (s == NULL)
		return;
	if (!wl_config_version_shaped(s)) {
		wl_cfg_error(l, v, "`istio-version` must be %s, not `%s`",
		    WL_CONFIG_VERSION_SHAPE, s);
		return;
	}
	l->cfg->istio_version = wl_arena_strdup(l->cfg->arena, s);
}

bool
wl_config_namespace_shaped(const char *s)
{
	size_t n = strlen(s);

	return n > 0 && n <= 63 &&
	    strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789-") == n &&
	    s[0] != '-' && s[n - 1] != '-';
}

void
wl_cfg_load_root_namespace(struct cfg_load *l, const struct wl_node *v)
{
	const char *s = wl_cfg_string(l, v, "`root-namespace`");

	if (s == NULL)
		return;
	if (!wl_config_namespace_shaped(s)) {
		wl_cfg_error(l, v, "`root-namespace` must be %s, not `%s`",
		    WL_CONFIG_NAMESPACE_SHAPE, s);
		return;
	}
	l->cfg->root_namespace = wl_arena_strdup(l->cfg->arena, s);
}

const char *
wl_config_istio_version(const struct wl_config *cfg)
{
	return cfg != NULL ? cfg->istio_version : NULL;
}

const char *
wl_config_root_namespace(const struct wl_config *cfg)
{
	return cfg != NULL ? cfg->root_namespace : NULL;
}
