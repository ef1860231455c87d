/* volume-no-source.c - WL2611: a userVolume entry with no volume source, which Kubernetes turns into an empty emptyDir. */
#include "check/check.h"
#include "schema/injector.h"
#include "model/describe.h"
#include "util/suggest.h"

static void
check_volume(struct wl_check *c, const struct wl_workload *w,
    const struct wl_user_volume *v)
{
	const char	*close = NULL;
	struct wl_diag	*d;
	size_t		 i;

	for (i = 0; i < v->fields.n; i++) {
		if (wl_is_volume_source(v->fields.v[i].key))
			return;
		if (close == NULL)
			close = wl_suggest_among(v->fields.v[i].key,
			    wl_volume_sources);
	}
	d = wl_report(c, &v->name.loc, &w->obj, "userVolume `%s` of %s has "
	    "no volume source (configMap, secret, emptyDir, ...): Kubernetes "
	    "makes it an empty emptyDir, so whatever is mounted from it holds "
	    "no files", v->name.s, wl_describe_object(c->sink->arena, &w->obj));
	if (close != NULL)
		wl_diag_hint(c->sink, d, "did you mean `%s`?", close);
}

static void
check_volume_no_source(struct wl_check *c)
{
	const struct wl_facts	*f = c->facts;
	size_t			 i, j;

	for (i = 0; i < f->workloads.n; i++)
		for (j = 0; j < f->workloads.v[i].volumes.n; j++)
			check_volume(c, &f->workloads.v[i],
			    &f->workloads.v[i].volumes.v[j]);
}

const struct wl_rule wl_rule_volume_no_source = {
	.id = "WL2611",
	.slug = "volume-no-source",
	.severity = WL_SEV_ERROR,
	.summary = "userVolume entry has no volume source",
	.rationale =
	    "A Kubernetes volume takes its contents from exactly one source "
	    "(configMap, secret, persistentVolumeClaim, ...; kubernetes/api "
	    "core/v1 VolumeSource). A userVolume entry with none, or whose "
	    "source key is misspelt (the injector decodes it with Go's "
	    "encoding/json, which drops unknown keys but matches known ones "
	    "whatever their case, so `configmap` is configMap), is "
	    "defaulted to an empty emptyDir: the pod starts, the mount "
	    "exists, and the plugin file is not there, so Envoy rejects the "
	    "listener. Neither istioctl nor the injector checks it.",
	.bad = "sidecar.istio.io/userVolume: '[{\"name\":\"wasm\","
	       "\"comfigMap\":{\"name\":\"http-headers-wasm\"}}]'\n",
	.good = "sidecar.istio.io/userVolume: '[{\"name\":\"wasm\","
		"\"configMap\":{\"name\":\"http-headers-wasm\"}}]'\n",
	.fix = "Give the volume its source, spelt as Kubernetes does (see the "
	       "hint): usually configMap with the ConfigMap holding the plugin.",
	.check = check_volume_no_source,
};
