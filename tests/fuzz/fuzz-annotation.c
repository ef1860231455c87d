/*
 * fuzz-annotation.c - fuzz target: the JSON of the userVolume and
 * userVolumeMount annotations. The first byte picks how the value is quoted
 * in the Deployment (single, double, literal block: each maps locations
 * differently); the rest is the value of both annotations, beside an
 * EnvoyFilter whose filename the mounts must hold.
 */
#include <stdlib.h>

#include "fuzz.h"

static const char head[] =
    "apiVersion: apps/v1\n"
    "kind: Deployment\n"
    "metadata: {name: app}\n"
    "spec:\n"
    "  template:\n"
    "    metadata:\n"
    "      labels: {app: app}\n"
    "      annotations:\n";
static const char envoyfilter[] =
    "    spec:\n"
    "      containers:\n"
    "      - {name: app, image: registry.example.com/app:1.0.0}\n"
    "---\n"
    "apiVersion: v1\n"
    "kind: ConfigMap\n"
    "metadata: {name: wasm}\n"
    "binaryData: {" WL_FUZZ_PLUGIN_NAME ": AGFzbQEAAAA=}\n"
    "---\n"
    "apiVersion: networking.istio.io/v1alpha3\n"
    "kind: EnvoyFilter\n"
    "metadata: {name: plugin}\n"
    "spec:\n"
    "  workloadSelector: {labels: {app: app}}\n"
    "  configPatches:\n"
    "  - applyTo: HTTP_FILTER\n"
    "    match: {context: SIDECAR_INBOUND}\n"
    "    patch:\n"
    "      operation: INSERT_FIRST\n"
    "      value:\n"
    "        name: envoy.filters.http.wasm\n"
    "        typed_config:\n"
    "          \"@type\": type.googleapis.com/envoy.extensions.filters.http"
    ".wasm.v3.Wasm\n"
    "          config:\n"
    "            vm_config:\n"
    "              runtime: envoy.wasm.runtime.v8\n"
    "              code: {local: {filename: /var/local/lib/wasm-filters/"
    WL_FUZZ_PLUGIN_NAME "}}\n";

static void
deployment(FILE *fp, const uint8_t *value, size_t size,
    enum wl_fuzz_style style)
{
	fputs(head, fp);
	fputs("        sidecar.istio.io/userVolume: ", fp);
	wl_fuzz_yaml_scalar(fp, value, size, style, 10);
	fputs("\n        sidecar.istio.io/userVolumeMount: ", fp);
	wl_fuzz_yaml_scalar(fp, value, size, style, 10);
	fputc('\n', fp);
	fputs(envoyfilter, fp);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t	len;
	char	*doc = wl_fuzz_document(data, size, &len, deployment);

	if (doc != NULL) {
		const struct wl_fuzz_input in[] = { { "fuzz.yaml", doc, len } };

		wl_fuzz_check(in, 1, false);
	}
	free(doc);
	return 0;
}
