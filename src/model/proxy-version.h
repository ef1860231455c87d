/* proxy-version.h - a proxyVersion pattern compiled the way Istio treats it. */
#ifndef WASMLINT_MODEL_PROXY_VERSION_H
#define WASMLINT_MODEL_PROXY_VERSION_H

#include "model/facts.h"
#include "regex/regex.h"

/*
 * Compiles pattern when Go's RE2 (which istiod validates with) accepts it;
 * NULL with err filled otherwise. Free with wl_regex_free.
 */
struct wl_regex	*wl_proxy_version_compile(const char *pattern,
		    struct wl_regex_error *err);

/*
 * The location of the len bytes at offset in the pattern pv holds, when
 * the scalar sits on one line (plain or quoted); else the scalar's.
 */
struct wl_floc	 wl_proxy_version_loc(const struct wl_str_loc *pv,
		    size_t offset, size_t len);

#endif
