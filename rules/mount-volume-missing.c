/* mount-volume-missing.c - WL2403: a userVolumeMount naming a volume that neither userVolume nor the pod spec defines. */
#include "check/check.h"
#include "model/describe.h"
#include "model/lookup.h"

static const char *
volume_names(struct wl_arena *a, const struct wl_workload *w)
{
	struct wl_list_text	l = { a, "" };
	size_t			i;

	for (i = 0; i < w->volumes.n; i++)
		wl_list_text_add(&l, w->volumes.v[i].name.s);
	for (i = 0; i < w->spec_volumes.n; i++)
		wl_list_text_add(&l, w->spec_volumes.v[i].name.s);
	return *l.text != '\0' ? l.text : "none";
}

static void
check_mount_volume_missing(struct wl_check *c)
{
	const struct wl_facts	*f = c->facts;
	size_t			 i, j;

	for (i = 0; i < f->workloads.n; i++) {
		const struct wl_workload *w = &f->workloads.v[i];

		for (j = 0; j < w->mounts.n; j++) {
			const struct wl_user_mount	*m = &w->mounts.v[j];
			struct wl_diag			*d;

			if (wl_volume_named(w, m->name.s) != NULL)
				continue;
			d = wl_report(c, &m->name.loc, &w->obj,
			    "userVolumeMount names volume `%s`, which is not "
			    "defined (volumes: %s); the API server rejects "
			    "the injected pod", m->name.s,
			    volume_names(c->sink->arena, w));
			if (w->has_volumes)
				wl_relate(c, d, &w->volumes_loc,
				    "sidecar.istio.io/userVolume is here");
		}
	}
}

const struct wl_rule wl_rule_mount_volume_missing = {
	.id = "WL2403",
	.slug = "mount-volume-missing",
	.severity = WL_SEV_ERROR,
	.summary = "userVolumeMount names a volume that is not defined",
	.rationale =
	    "The injector appends each sidecar.istio.io/userVolumeMount "
	    "entry to the istio-proxy container and each "
	    "sidecar.istio.io/userVolume entry to the pod's volumes. A mount "
	    "whose `name` matches no volume (in the annotation or the pod "
	    "spec) makes the pod invalid: the ReplicaSet cannot create it "
	    "and the rollout stalls.",
	.bad =
	    "sidecar.istio.io/userVolume: "
	    "'[{\"name\":\"wasmfilters\",\"configMap\":{\"name\":\"http-headers-wasm\"}}]'\n"
	    "sidecar.istio.io/userVolumeMount: "
	    "'[{\"mountPath\":\"/var/local/lib/wasm-filters\",\"name\":\"wasmfilters-dir\"}]'\n",
	.good =
	    "sidecar.istio.io/userVolume: "
	    "'[{\"name\":\"wasmfilters-dir\",\"configMap\":{\"name\":\"http-headers-wasm\"}}]'\n"
	    "sidecar.istio.io/userVolumeMount: "
	    "'[{\"mountPath\":\"/var/local/lib/wasm-filters\",\"name\":\"wasmfilters-dir\"}]'\n",
	.fix = "Use the same name in the mount and in the volume.",
	.check = check_mount_volume_missing,
};
