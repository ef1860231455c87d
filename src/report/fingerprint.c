/* fingerprint.c - hashing a finding's identity (not its position) into a stable hex id. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <xxhash.h>

#include "report/fingerprint.h"
#include "util/xmalloc.h"

#define FIELDS 6

/*
 * Each field is a presence byte, then the string and its NUL, so that no two
 * field lists give the same bytes ("ab","c" and "a","bc"; NULL and "").
 */
static size_t
fingerprint_put(unsigned char *buf, const char *s)
{
	size_t len;

	if (s == NULL) {
		if (buf != NULL)
			buf[0] = 0;
		return 1;
	}
	len = strlen(s) + 1;
	if (buf != NULL) {
		buf[0] = 1;
		memcpy(buf + 1, s, len);
	}
	return 1 + len;
}

void
wl_fingerprint(const struct wl_diag *d, char buf[WL_FINGERPRINT_LEN + 1])
{
	const char	*fields[FIELDS] = { d->rule_id, d->loc.file,
		d->object.kind, d->object.ns, d->object.name, d->message };
	unsigned char	*bytes;
	size_t		 len = 0, i;
	XXH64_hash_t	 h;

	for (i = 0; i < FIELDS; i++)
		len += fingerprint_put(NULL, fields[i]);
	bytes = wl_xmalloc(len);
	len = 0;
	for (i = 0; i < FIELDS; i++)
		len += fingerprint_put(bytes + len, fields[i]);
	h = XXH64(bytes, len, 0);
	free(bytes);
	snprintf(buf, WL_FINGERPRINT_LEN + 1, "%016" PRIx64, (uint64_t)h);
}
