/* wasm-remote-sha256-invalid.c - WL2516: a remote Wasm module's sha256 that is not 64 lower-case hex digits, which no download can match. */
#include <string.h>

#include "check/check.h"

/* The index of the first character of s that is no lower-case hex digit, or -1. */
static long
first_non_hex(const char *s)
{
	size_t n = strspn(s, "0123456789abcdef");

	return s[n] == '\0' ? -1 : (long)n;
}

static void
check_patch(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p)
{
	const char	*sum = p->wasm.sha256.s;
	size_t		 len;
	long		 bad;

	if (sum == NULL)
		return;
	len = strlen(sum);
	bad = first_non_hex(sum);
	if (len == 64 && bad < 0)
		return;
	if (bad >= 0)
		wl_report(c, &p->wasm.sha256.loc, &ef->obj, "configPatches[%u]: "
		    "remote.sha256 `%s` has `%c` at character %ld, but Envoy "
		    "compares it with the lower-case hex SHA-256 of the "
		    "download, so the module never matches and the filter "
		    "fails to load", p->index, sum, sum[bad], bad + 1);
	else
		wl_report(c, &p->wasm.sha256.loc, &ef->obj, "configPatches[%u]: "
		    "remote.sha256 `%s` has %zu characters, but a SHA-256 in "
		    "hex has 64, so the download never matches and the filter "
		    "fails to load", p->index, sum, len);
}

static void
check_wasm_remote_sha256_invalid(struct wl_check *c)
{
	wl_each_patch(c, check_patch);
}

const struct wl_rule wl_rule_wasm_remote_sha256_invalid = {
	.id = "WL2517",
	.slug = "wasm-remote-sha256-invalid",
	.severity = WL_SEV_ERROR,
	.summary = "remote module's sha256 is not 64 lower-case hex digits",
	.rationale =
	    "A remote module (vm_config.code.remote) is fetched from "
	    "http_uri and accepted only when the hex SHA-256 of the body "
	    "equals remote.sha256 as a string (envoyproxy/envoy "
	    "source/common/config/remote_data_fetcher.cc, commit "
	    "01f8613d0f74: `content_hash_ != Hex::encode(...)` fails with "
	    "InvalidData; Hex::encode writes lower-case digits). So a sum "
	    "in upper case, with a `sha256:` prefix, or cut short never "
	    "matches: the fetch fails on every try and the filter has no "
	    "code.",
	.bad =
	    "remote:\n"
	    "  http_uri:\n"
	    "    uri: https://storage.example.com/http-headers.wasm\n"
	    "    cluster: wasm-storage\n"
	    "    timeout: 10s\n"
	    "  sha256: sha256:9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08\n",
	.good =
	    "remote:\n"
	    "  http_uri:\n"
	    "    uri: https://storage.example.com/http-headers.wasm\n"
	    "    cluster: wasm-storage\n"
	    "    timeout: 10s\n"
	    "  sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n",
	.fix = "Write the output of `sha256sum plugin.wasm`: 64 lower-case "
	       "hex digits, nothing else.",
	.check = check_wasm_remote_sha256_invalid,
};
