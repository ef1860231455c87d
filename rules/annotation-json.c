/* annotation-json.c - WL1002: a userVolume or userVolumeMount annotation that is not the JSON the injector reads (raised by the loader). */
#include "wasmlint/rule.h"

const struct wl_rule wl_rule_annotation_json = {
	.id = "WL1002",
	.slug = "annotation-json",
	.severity = WL_SEV_ERROR,
	.summary = "userVolume/userVolumeMount annotation is not valid JSON "
		   "of the accepted shape",
	.rationale =
	    "The sidecar injector decodes `sidecar.istio.io/userVolume` and "
	    "`sidecar.istio.io/userVolumeMount` with Go's encoding/json "
	    "(istio/istio pkg/kube/inject/template.go, fromJSON): a list of "
	    "objects with `name`, or an object keyed by volume name. That is "
	    "strict JSON: a trailing comma, an unquoted key, single quotes or "
	    "a comment, all of which YAML flow style (and so kubectl) "
	    "accepts, make it log `Unable to unmarshal`, and the injection "
	    "template then fails, so the pod gets no sidecar and no volume. "
	    "The message is Go's own, at its position inside the annotation's "
	    "value. Field names, on the other hand, match whatever their "
	    "case (`configmap`, `MountPath`): the injector decodes the "
	    "rendered pod with encoding/json (webhook.go, applyOverlayYAML).",
	.bad =
	    "sidecar.istio.io/userVolumeMount: "
	    "'[{\"mountPath\":\"/var/local/lib/wasm-filters\" \"name\":\"wasmfilters-dir\"}]'\n",
	.good =
	    "sidecar.istio.io/userVolumeMount: "
	    "'[{\"mountPath\":\"/var/local/lib/wasm-filters\",\"name\":\"wasmfilters-dir\"}]'\n",
	.fix = "Write the annotation as strict JSON (double quotes around "
	       "every key and string, no trailing commas, no comments): a list "
	       "of Volume (or VolumeMount) objects, each with a `name`.",
	.check = NULL,
};
