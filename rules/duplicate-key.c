/* duplicate-key.c - WL1009: a mapping with the same key twice, which strict field validation rejects and lax decoding resolves by keeping the last (raised by the loader). */
#include "wasmlint/rule.h"

const struct wl_rule wl_rule_duplicate_key = {
	.id = "WL1009",
	.slug = "duplicate-key",
	.severity = WL_SEV_ERROR,
	.summary = "a mapping has the same key twice",
	.rationale =
	    "YAML requires the keys of a mapping to be unique. Kubernetes "
	    "decodes manifests with sigs.k8s.io/yaml: with strict field "
	    "validation (kube-apiserver's fieldValidation=Strict, which "
	    "`kubectl apply` asks for by default, --validate=strict) the "
	    "object is rejected (kubernetes/apimachinery pkg/runtime/"
	    "serializer/json/json.go, strict decoding through "
	    "YAMLToJSONStrict: `key \"name\" already set in map`; for JSON, "
	    "sigs.k8s.io/json: `duplicate field \"name\"`); without it only "
	    "a warning is returned and the last value silently wins, so the "
	    "first one, which may be the one you meant, is lost. It happens "
	    "most often when files are concatenated without `---` "
	    "(`cat a.yaml b.yaml`): the second object's keys land in the "
	    "first. wasmlint reads such a document as the lax decoder does "
	    "(the last value wins) and points at the later key.",
	.bad =
	    "metadata:\n"
	    "  name: http-headers-wasm\n"
	    "kind: ConfigMap\n"
	    "metadata:\n"
	    "  name: go-httpbin\n",
	.good =
	    "metadata:\n"
	    "  name: http-headers-wasm\n"
	    "---\n"
	    "kind: Deployment\n"
	    "metadata:\n"
	    "  name: go-httpbin\n",
	.fix = "Remove one of the two keys, or, when two objects were joined, "
	       "separate them with a `---` line.",
	.check = NULL,
};
