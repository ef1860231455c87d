/* mount-shadows-proxy.c - WL2613: a userVolumeMount at a path where istio-proxy already mounts one of its own volumes. */
#include "check/check.h"
#include "schema/injector.h"
#include "model/describe.h"
#include "model/lookup.h"

static void
check_mount_shadows_proxy(struct wl_check *c)
{
	const struct wl_facts	*f = c->facts;
	size_t			 i, j, k;

	for (i = 0; i < f->workloads.n; i++) {
		const struct wl_workload *w = &f->workloads.v[i];

		for (j = 0; j < w->mounts.n; j++) {
			const struct wl_str_loc *mp = &w->mounts.v[j].mount_path;

			for (k = 0; mp->s != NULL && k < wl_nproxy_volumes; k++)
				if (wl_path_same(mp->s,
				    wl_proxy_volumes[k].mount_path))
					wl_report(c, &mp->loc, &w->obj,
					    "mountPath `%s` of %s is where "
					    "istio-proxy mounts its own volume "
					    "%s (%s); Kubernetes refuses the pod "
					    "(mountPath must be unique)", mp->s,
					    wl_describe_object(c->sink->arena,
					    &w->obj), wl_proxy_volumes[k].volume,
					    wl_proxy_volumes[k].what);
		}
	}
}

const struct wl_rule wl_rule_mount_shadows_proxy = {
	.id = "WL2613",
	.slug = "mount-shadows-proxy",
	.severity = WL_SEV_ERROR,
	.summary = "userVolumeMount at one of the proxy's own mount paths",
	.rationale =
	    "istio-proxy already mounts /etc/istio/proxy (Envoy's bootstrap "
	    "and SDS socket), /var/lib/istio/data, /etc/istio/pod, and by "
	    "default /var/run/secrets/tokens and /var/run/secrets/istio "
	    "(Istio's injection template). A userVolumeMount at one of these "
	    "paths, a tempting home for a plugin, gives the container two "
	    "mounts at one path, and Kubernetes refuses the pod; were it "
	    "accepted, the plugin's volume would hide the files the proxy "
	    "needs.",
	.bad = "sidecar.istio.io/userVolumeMount: "
	       "'[{\"name\":\"wasm\",\"mountPath\":\"/etc/istio/proxy\"}]'\n",
	.good = "sidecar.istio.io/userVolumeMount: "
		"'[{\"name\":\"wasm\",\"mountPath\":\"/var/local/lib/wasm-filters\"}]'\n",
	.fix = "Mount the plugin at a directory of its own, such as "
	       "/var/local/lib/wasm-filters, and point the filename there.",
	.check = check_mount_shadows_proxy,
};
