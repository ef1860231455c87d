/* proxy-version-regex.c - WL2102: a proxyVersion that Go's RE2, which istiod uses, does not accept. */
#include "check/check.h"
#include "model/proxy-version.h"

static void
check_patch(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p)
{
	const struct wl_str_loc	*pv = &p->proxy_version;
	struct wl_regex_error	 err;
	struct wl_regex		*re;
	struct wl_floc		 loc;

	if (pv->s == NULL)
		return;
	if ((re = wl_proxy_version_compile(pv->s, &err)) != NULL) {
		wl_regex_free(re);
		return;
	}
	loc = wl_proxy_version_loc(pv, err.offset, 1);
	wl_report(c, &loc, &ef->obj,
	    "proxyVersion `%s` is not a valid Go (RE2) regular expression: "
	    "%s; istiod rejects the EnvoyFilter", pv->s, err.message);
}

static void
check_proxy_version_regex(struct wl_check *c)
{
	wl_each_patch(c, check_patch);
}

const struct wl_rule wl_rule_proxy_version_regex = {
	.id = "WL2102",
	.slug = "proxy-version-regex",
	.severity = WL_SEV_ERROR,
	.summary = "proxyVersion is not a valid Go RE2 regular expression",
	.rationale =
	    "istiod compiles `match.proxy.proxyVersion` with Go's regexp "
	    "package (RE2 syntax) and its validation webhook rejects the "
	    "EnvoyFilter when that fails. RE2 lacks backreferences, "
	    "lookaround, atomic groups, possessive quantifiers and "
	    "recursion, which PCRE-style testers accept, so a pattern that "
	    "looks right in a regex playground is refused at apply time. "
	    "The position points at the offending construct.",
	.bad =
	    "match:\n"
	    "  proxy:\n"
	    "    proxyVersion: ^1\\.(?!10)1\\d.*\n",
	.good =
	    "match:\n"
	    "  proxy:\n"
	    "    proxyVersion: ^1\\.1[1-9].*\n",
	.fix = "Rewrite the pattern with RE2 constructs only: character "
	       "classes and alternation instead of lookaround.",
	.check = check_proxy_version_regex,
};
