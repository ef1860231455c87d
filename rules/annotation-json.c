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
	    "`sidecar.istio.io/userVolumeMount` as JSON: a list of objects "
	    "with `name`, or an object keyed by volume name. When the JSON "
	    "does not parse, the injector logs `Unable to unmarshal` and "
	    "the volume is never mounted, so Envoy cannot find the plugin "
	    "file. The position points inside the annotation's value.",
	.bad =
	    "sidecar.istio.io/userVolumeMount: "
	    "'[{\"mountPath\":\"/var/local/lib/wasm-filters\" \"name\":\"wasmfilters-dir\"}]'\n",
	.good =
	    "sidecar.istio.io/userVolumeMount: "
	    "'[{\"mountPath\":\"/var/local/lib/wasm-filters\",\"name\":\"wasmfilters-dir\"}]'\n",
	.fix = "Write the annotation as a JSON list of Volume (or VolumeMount) "
	       "objects, each with a `name`.",
	.check = NULL,
};
