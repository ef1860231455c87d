/* regex.c - compiling and searching proxyVersion regexes with PCRE2 (the only PCRE2 user). */
#define PCRE2_CODE_UNIT_WIDTH 8

#include <stdlib.h>
#include <string.h>

#include <pcre2.h>

#include "regex/regex.h"

/*
 * Options that bring PCRE2 closer to Go's regexp.Compile: $ matches only at
 * the very end unless (?m) is set (Go's $ is \z, not \Z); duplicate group
 * names are allowed, as Go allows them; a subject that is not valid UTF-8
 * simply fails to match instead of making pcre2_match fail.
 */
#define WL_REGEX_OPTIONS	(PCRE2_UTF | PCRE2_DOLLAR_ENDONLY | \
	    PCRE2_DUPNAMES | PCRE2_MATCH_INVALID_UTF)

struct wl_regex {
	pcre2_code		*code;
	pcre2_match_data	*match;	/* reused by every search */
};

static struct wl_regex *
compile_failed(struct wl_regex *re, struct wl_regex_error *err,
    const char *message, size_t offset)
{
	wl_regex_free(re);
	strncpy(err->message, message, sizeof err->message - 1);
	err->message[sizeof err->message - 1] = '\0';
	err->offset = offset;
	return NULL;
}

struct wl_regex *
wl_regex_compile(const char *pattern, size_t len, struct wl_regex_error *err)
{
	struct wl_regex	*re;
	PCRE2_UCHAR	 message[sizeof err->message];
	PCRE2_SIZE	 offset;
	int		 code;

	if ((re = calloc(1, sizeof *re)) == NULL)
		return compile_failed(re, err, "out of memory", 0);
	re->code = pcre2_compile((PCRE2_SPTR)pattern, len, WL_REGEX_OPTIONS,
	    &code, &offset, NULL);
	if (re->code == NULL) {
		pcre2_get_error_message(code, message, sizeof message);
		return compile_failed(re, err, (const char *)message, offset);
	}
	re->match = pcre2_match_data_create(1, NULL);
	if (re->match == NULL)
		return compile_failed(re, err, "out of memory", 0);
	return re;
}

bool
wl_regex_search(const struct wl_regex *re, const char *subject, size_t len)
{
	return pcre2_match(re->code, (PCRE2_SPTR)subject, len, 0, 0,
	    re->match, NULL) >= 0;
}

void
wl_regex_free(struct wl_regex *re)
{
	if (re == NULL)
		return;
	pcre2_match_data_free(re->match);
	pcre2_code_free(re->code);
	free(re);
}
