/* injector.h - what Istio's sidecar injector adds to a pod (the proxy's own volumes and mounts), and the Kubernetes volume sources. */
#ifndef WASMLINT_SCHEMA_INJECTOR_H
#define WASMLINT_SCHEMA_INJECTOR_H

#include <stdbool.h>
#include <stddef.h>

/* A volume the injector adds to every injected pod, and where istio-proxy mounts it. */
struct wl_proxy_volume {
	const char	*volume;	/* "istio-envoy" */
	const char	*mount_path;	/* "/etc/istio/proxy" */
	const char	*what;		/* "Envoy's bootstrap and SDS socket" */
};

extern const struct wl_proxy_volume	wl_proxy_volumes[];
extern const size_t			wl_nproxy_volumes;
extern const char *const		wl_injector_source;

/* The Kubernetes VolumeSource members (NULL-terminated) and where they are listed. */
extern const char *const		wl_volume_sources[];
extern const char *const		wl_volume_sources_source;

bool	wl_is_volume_source(const char *key);
/* Whether name (NULL: none) is that of the proxy's container, istio-proxy, which the template adds. */
bool	wl_is_proxy_container(const char *name);

#endif
