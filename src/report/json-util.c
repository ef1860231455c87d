/* json-util.c - jansson set-up and safe strings, shared by the JSON and SARIF renderers. */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "report/report.h"
#include "util/xmalloc.h"

void
wl_json_begin(void)
{
	json_set_alloc_funcs(wl_xmalloc, free);
}

size_t
wl_utf8_next(const char *s, uint32_t *cp)
{
	static const uint32_t	 least[] = { 0, 0, 0x80, 0x800, 0x10000 };
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 len, i;
	uint32_t		 c;

	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	if (u[0] >= 0xc2 && u[0] <= 0xdf) {
		len = 2;
		c = u[0] & 0x1f;
	} else if (u[0] >= 0xe0 && u[0] <= 0xef) {
		len = 3;
		c = u[0] & 0x0f;
	} else if (u[0] >= 0xf0 && u[0] <= 0xf4) {
		len = 4;
		c = u[0] & 0x07;
	} else
		goto invalid;
	for (i = 1; i < len; i++) {
		if ((u[i] & 0xc0) != 0x80)	/* also stops at the NUL */
			goto invalid;
		c = c << 6 | (u[i] & 0x3f);
	}
	if (c < least[len] || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		goto invalid;
	*cp = c;
	return len;
invalid:
	*cp = 0xfffd;
	return 1;
}

/* s with every invalid UTF-8 sequence replaced by U+FFFD; free() it. */
static char *
json_repair(const char *s)
{
	char	*out = wl_xmalloc(strlen(s) * 3 + 1), *p = out;
	size_t	 len;
	uint32_t cp;

	while (*s != '\0') {
		len = wl_utf8_next(s, &cp);
		if (cp == 0xfffd && len == 1) {
			memcpy(p, "\xef\xbf\xbd", 3);
			p += 3;
		} else {
			memcpy(p, s, len);
			p += len;
		}
		s += len;
	}
	*p = '\0';
	return out;
}

json_t *
wl_json_text(const char *s)
{
	json_t	*v;
	char	*fixed;

	if ((v = json_string(s)) != NULL)
		return v;
	fixed = json_repair(s);
	v = json_string(fixed);
	free(fixed);
	return v;
}

void
wl_json_write(FILE *out, json_t *doc)
{
	json_dumpf(doc, out, JSON_INDENT(WL_JSON_INDENT));
	fputc('\n', out);
	json_decref(doc);
}

/* {"kind","namespace","name"} with the fields the object has, or NULL. */
