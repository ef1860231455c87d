/* volume-duplicate.c - WL2612: two volumes of a pod with one name, or two sidecar mounts at one path. */
#include <string.h>

#include "check/check.h"
#include "schema/injector.h"
#include "model/describe.h"
#include "model/lookup.h"

/* The earlier volume of w named like volumes[k] (userVolume first, then the pod spec), or NULL. */
static const struct wl_user_volume *
earlier_volume(const struct wl_workload *w, size_t k)
{
	const struct wl_user_volume	*v = &w->volumes.v[k];
	size_t				 i;

	for (i = 0; i < k; i++)
		if (strcmp(w->volumes.v[i].name.s, v->name.s) == 0)
			return &w->volumes.v[i];
	for (i = 0; i < w->spec_volumes.n; i++)
		if (strcmp(w->spec_volumes.v[i].name.s, v->name.s) == 0)
			return &w->spec_volumes.v[i];
	return NULL;
}

static void
check_volumes(struct wl_check *c, const struct wl_workload *w,
    const char *name)
{
	size_t i, j;

	for (i = 0; i < w->volumes.n; i++) {
		const struct wl_user_volume	*v = &w->volumes.v[i], *e;
		struct wl_diag			*d;

		for (j = 0; j < wl_nproxy_volumes; j++)
			if (strcmp(v->name.s, wl_proxy_volumes[j].volume) == 0)
				wl_report(c, &v->name.loc, &w->obj, "userVolume "
				    "`%s` of %s has the name of the volume the "
				    "injector adds for %s; Kubernetes refuses "
				    "the pod (duplicate volume name)", v->name.s,
				    name, wl_proxy_volumes[j].what);
		if ((e = earlier_volume(w, i)) == NULL)
			continue;
		d = wl_report(c, &v->name.loc, &w->obj, "volume name `%s` is "
		    "used twice in %s; Kubernetes refuses the pod (duplicate "
		    "volume name)", v->name.s, name);
		wl_relate(c, d, &e->name.loc, "`%s` is defined here "
		    "too", v->name.s);
	}
}

static void
check_mounts(struct wl_check *c, const struct wl_workload *w,
    const char *name)
{
	size_t i, j;

	for (i = 0; i < w->mounts.n; i++) {
		const struct wl_user_mount *m = &w->mounts.v[i];

		for (j = 0; j < i && m->mount_path.s != NULL; j++) {
			const struct wl_user_mount *e = &w->mounts.v[j];
			struct wl_diag		   *d;

			if (e->mount_path.s == NULL ||
			    !wl_path_same(e->mount_path.s, m->mount_path.s))
				continue;
			d = wl_report(c, &m->mount_path.loc, &w->obj,
			    "mountPath `%s` of %s is used by two "
			    "userVolumeMount entries (`%s` and `%s`); "
			    "Kubernetes refuses the pod (mountPath must be "
			    "unique)", m->mount_path.s, name, e->name.s,
			    m->name.s);
			wl_relate(c, d, &e->mount_path.loc,
			    "first mounted here");
			break;
		}
	}
}

static void
check_volume_duplicate(struct wl_check *c)
{
	const struct wl_facts	*f = c->facts;
	size_t			 i;

	for (i = 0; i < f->workloads.n; i++) {
		const struct wl_workload	*w = &f->workloads.v[i];
		const char			*name = wl_describe_object(
		    c->sink->arena, &w->obj);

		check_volumes(c, w, name);
		check_mounts(c, w, name);
	}
}

const struct wl_rule wl_rule_volume_duplicate = {
	.id = "WL2612",
	.slug = "volume-duplicate",
	.severity = WL_SEV_ERROR,
	.summary = "two volumes with one name, or two sidecar mounts at one "
		   "path",
	.rationale =
	    "The injector appends the userVolume entries to the pod's "
	    "volumes, after its own (istio-envoy, istio-data, istio-podinfo, "
	    "istio-token, istiod-ca-cert), and the userVolumeMount entries to "
	    "istio-proxy's mounts. Kubernetes requires volume names unique in "
	    "a pod and mount paths unique in a container, and refuses the "
	    "pod otherwise, after admission: the ReplicaSet reports it, not "
	    "kubectl apply. Two mounts of one volume at different paths are "
	    "fine and not reported.",
	.bad = "sidecar.istio.io/userVolume: '[{\"name\":\"istio-data\","
	       "\"configMap\":{\"name\":\"wasm\"}}]'\n",
	.good = "sidecar.istio.io/userVolume: '[{\"name\":\"wasm-filters\","
		"\"configMap\":{\"name\":\"wasm\"}}]'\n",
	.fix = "Give every volume its own name, not one of the injector's, "
	       "and every mount its own path.",
	.check = check_volume_duplicate,
};
