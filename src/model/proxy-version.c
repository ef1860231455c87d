/* proxy-version.c - proxyVersion patterns: refused unless RE2 accepts them, then compiled for matching. */
#include <string.h>

#include "model/proxy-version.h"

struct wl_regex *
wl_proxy_version_compile(const char *pattern, struct wl_regex_error *err)
{
	size_t len = strlen(pattern);

	if (!wl_regex_check_re2(pattern, len, err))
		return NULL;
	return wl_regex_compile(pattern, len, err);
}
