/*
 * fuzz-proxy-version.c - fuzz target: a proxyVersion pattern through the
 * RE2 dialect check and PCRE2 (matched against several sidecar versions),
 * then as the proxyVersion of an EnvoyFilter beside a 1.11 sidecar, so the
 * proxyVersion rules run on it. The first byte picks the YAML quoting.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "model/proxy-version.h"

static const char *const versions[] = {
	"1.11.4", "1.8.0", "1.80.1", "1.11.0-distroless", "1.2", "",
};

static const char workload[] =
    "apiVersion: v1\n"
    "kind: Pod\n"
    "metadata: {name: app, labels: {app: app}}\n"
    "spec:\n"
    "  containers:\n"
    "  - {name: istio-proxy, image: docker.io/istio/proxyv2:1.11.4}\n"
    "---\n"
    "apiVersion: networking.istio.io/v1alpha3\n"
    "kind: EnvoyFilter\n"
    "metadata: {name: gated}\n"
    "spec:\n"
    "  workloadSelector: {labels: {app: app}}\n"
    "  configPatches:\n"
    "  - applyTo: HTTP_FILTER\n"
    "    match:\n"
    "      context: SIDECAR_INBOUND\n"
    "      proxy:\n"
    "        proxyVersion: ";
static const char patch[] =
    "\n"
    "    patch:\n"
    "      operation: INSERT_FIRST\n"
    "      value: {name: example.filter}\n";

static void
envoyfilter(FILE *fp, const uint8_t *pattern, size_t size,
    enum wl_fuzz_style style)
{
	fputs(workload, fp);
	wl_fuzz_yaml_scalar(fp, pattern, size, style, 10);
	fputs(patch, fp);
}

static void
match(const uint8_t *data, size_t size)
{
	struct wl_regex_error	 err;
	struct wl_regex		*re;
	char			*pattern = malloc(size + 1);
	size_t			 i;

	if (pattern == NULL)
		abort();
	memcpy(pattern, data, size);
	pattern[size] = '\0';
	wl_regex_check_re2(pattern, size, &err);
	if ((re = wl_proxy_version_compile(pattern, &err)) != NULL) {
		for (i = 0; i < sizeof versions / sizeof *versions; i++)
			wl_regex_search(re, versions[i], strlen(versions[i]));
		wl_regex_free(re);
	}
	free(pattern);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t	len;
	char	*doc = wl_fuzz_document(data, size, &len, envoyfilter);

	if (size > 0)
		match(data + 1, size - 1);
	if (doc != NULL) {
		const struct wl_fuzz_input in[] = { { "fuzz.yaml", doc, len } };

		wl_fuzz_check(in, 1, false);
	}
	free(doc);
	return 0;
}
