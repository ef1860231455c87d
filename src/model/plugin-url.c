/*
 * plugin-url.c - reading a WasmPlugin url the way istiod does: Go's
 * url.getScheme (net/url/url.go) for the scheme, strings.TrimPrefix
 * "file://" for a local module (istio/istio pilot/pkg/model/extensions.go
 * buildDataSource, tag 1.30.3).
 */
#include <ctype.h>
#include <string.h>

#include "model/plugin-url.h"
#include "util/arena.h"

#define FILE_PREFIX "file://"

const char *
wl_plugin_url_scheme(struct wl_arena *a, const char *url)
{
	size_t	i;
	char	*s;

	for (i = 0; url[i] != '\0'; i++) {
		unsigned char ch = (unsigned char)url[i];

		if (isalpha(ch))
			continue;
		if (i > 0 && (isdigit(ch) || ch == '+' || ch == '-' ||
		    ch == '.'))
			continue;
		if (ch != ':')
			return "";
		if (i == 0)
			return NULL;
		s = wl_arena_strndup(a, url, i);
		for (i = 0; s[i] != '\0'; i++)
			s[i] = (char)tolower((unsigned char)s[i]);
		return s;
	}
	return "";
}

const char *
wl_plugin_url_file(const char *url)
{
	if (strncmp(url, FILE_PREFIX, strlen(FILE_PREFIX)) != 0)
		return NULL;
	return url + strlen(FILE_PREFIX);
}

const char *
wl_plugin_url_tag(const char *url)
{
	const char *ref = strstr(url, "://"), *slash, *colon;

	ref = ref != NULL ? ref + 3 : url;
	if (strchr(ref, '@') != NULL)
		return NULL;
	slash = strrchr(ref, '/');
	colon = strrchr(slash != NULL ? slash : ref, ':');
	if (colon == NULL || colon[1] == '\0')
		return NULL;
	return colon + 1;
}
