/* proxy-version.c - proxyVersion patterns: refused unless RE2 accepts them, then compiled for matching; where a byte of one is in the file. */
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

struct wl_floc
wl_proxy_version_loc(const struct wl_str_loc *pv, size_t offset, size_t n)
{
	struct wl_floc	loc = pv->loc;
	size_t		len = strlen(pv->s);
	unsigned	quote;

	if (loc.line != loc.end_line || loc.end_col < loc.col || offset >= len)
		return loc;
	quote = (size_t)(loc.end_col - loc.col) > len;
	loc.col += quote + (unsigned)offset;
	loc.end_col = loc.col + (unsigned)(n > 0 ? n : 1);
	return loc;
}
