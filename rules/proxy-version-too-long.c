/* proxy-version-too-long.c - WL2509: a proxyVersion over 1024 characters, which istiod ignores and matches to no proxy. */
#include <string.h>

#include "check/check.h"
#include "model/patch.h"

#define PROXY_VERSION_MAX 1024

static void
check_patch(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p)
{
	size_t n;

	if (!wl_patch_validated(p) || p->proxy_version.s == NULL ||
	    (n = strlen(p->proxy_version.s)) <= PROXY_VERSION_MAX)
		return;
	wl_report(c, &p->proxy_version.loc, &ef->obj, "configPatches[%u]: "
	    "proxyVersion is %zu characters long, over istiod's limit of %d; "
	    "istiod ignores it and the patch matches no proxy", p->index, n,
	    PROXY_VERSION_MAX);
}

static void
check_proxy_version_too_long(struct wl_check *c)
{
	wl_each_patch(c, check_patch);
}

const struct wl_rule wl_rule_proxy_version_too_long = {
	.id = "WL2509",
	.slug = "proxy-version-too-long",
	.severity = WL_SEV_WARNING,
	.summary = "proxyVersion over 1024 characters matches no proxy",
	.rationale =
	    "To bound regex cost, istiod (from the 1.31 development line) "
	    "warns about a `match.proxy.proxyVersion` longer than 1024 "
	    "characters and then matches no proxy with it, so the patch is "
	    "never applied (`istioctl analyze`: IST0133). Older releases "
	    "still compile it. Such patterns usually come from generating an "
	    "alternation of every patch release.",
	.bad = "proxyVersion: ^(1\\.20\\.0|1\\.20\\.1|...)$  # 1500 chars\n",
	.good = "proxyVersion: ^1\\.2[0-3]\\.\n",
	.fix = "Match the release line with a prefix and character classes "
	       "instead of listing releases.",
	.check = check_proxy_version_too_long,
};
