/* injector.c - the proxy's own volumes from Istio's injection template, and Kubernetes' volume source names, each with its source. */
#include <string.h>
#include <strings.h>

#include "schema/injector.h"

const char *const wl_injector_source =
    "istio/istio manifests/charts/istio-control/istio-discovery/files/"
    "injection-template.yaml (volumes and istio-proxy volumeMounts; "
    "istiod-ca-cert with the default pilotCertProvider istiod, istio-token "
    "with the default jwtPolicy third-party-jwt)";

const struct wl_proxy_volume wl_proxy_volumes[] = {
	{ "istio-envoy", "/etc/istio/proxy", "Envoy's bootstrap and SDS socket" },
	{ "istio-data", "/var/lib/istio/data", "the proxy's data directory" },
	{ "istio-podinfo", "/etc/istio/pod", "the pod's labels and annotations" },
	{ "istio-token", "/var/run/secrets/tokens", "the istiod token" },
	{ "istiod-ca-cert", "/var/run/secrets/istio", "the mesh root certificate" },
};
const size_t wl_nproxy_volumes = sizeof wl_proxy_volumes /
    sizeof *wl_proxy_volumes;

const char *const wl_volume_sources_source =
    "kubernetes/api core/v1/types.go, VolumeSource (protobuf fields 1-30)";

const char *const wl_volume_sources[] = {
	"hostPath", "emptyDir", "gcePersistentDisk", "awsElasticBlockStore",
	"gitRepo", "secret", "nfs", "iscsi", "glusterfs",
	"persistentVolumeClaim", "rbd", "flexVolume", "cinder", "cephfs",
	"flocker", "downwardAPI", "fc", "azureFile", "configMap",
	"vsphereVolume", "quobyte", "azureDisk", "photonPersistentDisk",
	"portworxVolume", "scaleIO", "projected", "storageos", "csi",
	"ephemeral", "image", NULL,
};

/*
 * The injector decodes userVolume entries with encoding/json, which matches
 * field names whatever their case (model/user-volumes.c), so "configmap" is
 * configMap.
 */
bool
wl_is_volume_source(const char *key)
{
	const char *const *s;

	for (s = wl_volume_sources; *s != NULL; s++)
		if (strcasecmp(*s, key) == 0)
			return true;
	return false;
}

bool
wl_is_proxy_container(const char *name)
{
	return name != NULL && strcmp(name, "istio-proxy") == 0;
}
