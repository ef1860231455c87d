/* annotations.c - the known Istio annotations (generated from istio/api's annotation list, see source) and the injector's value checks. */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "schema/annotations.h"
#include "util/suggest.h"

const char *const wl_annotations_source =
    "istio/api annotation/annotations.yaml, tag v1.30.3 (commit "
    "2e43f07b30b6): name, resources, deprecated";
const char *const wl_annotation_values_source =
    "istio/istio pkg/kube/inject/validate.go (AnnotationValidation)";

/* Sorted by name. */
const struct wl_annotation_def wl_annotations[] = {
	{ "alpha.istio.io/canonical-serviceaccounts", "Service", true },
	{ "alpha.istio.io/kubernetes-serviceaccounts", "Service", true },
	{ "ambient.istio.io/bypass-inbound-capture", "Pod", false },
	{ "ambient.istio.io/dns-capture", "Pod", false },
	{ "ambient.istio.io/redirection", "Pod", false },
	{ "ambient.istio.io/waypoint-inbound-binding", "GatewayClass, Gateway",
	  false },
	{ "galley.istio.io/analyze-suppress", "Any", false },
	{ "gateway.istio.io/controller-version", "Any", false },
	{ "gateway.istio.io/name-override", "Gateway", false },
	{ "gateway.istio.io/service-account", "Gateway", false },
	{ "inject.istio.io/templates", "Pod", false },
	{ "istio.io/autoRegistrationGroup", "WorkloadEntry", false },
	{ "istio.io/connectedAt", "WorkloadEntry", false },
	{ "istio.io/disconnectedAt", "WorkloadEntry", false },
	{ "istio.io/dry-run", "AuthorizationPolicy", false },
	{ "istio.io/reroute-virtual-interfaces", "Pod", false },
	{ "istio.io/rev", "Pod", false },
	{ "istio.io/workloadController", "WorkloadEntry", false },
	{ "kubernetes.io/ingress.class", "Ingress", false },
	{ "networking.istio.io/exportTo", "Service", false },
	{ "networking.istio.io/service-type", "Gateway", false },
	{ "networking.istio.io/traffic-distribution",
	  "Namespace, Service, ServiceEntry", false },
	{ "prometheus.istio.io/merge-metrics", "Pod", false },
	{ "proxy.istio.io/config", "Pod", false },
	{ "proxy.istio.io/overrides", "Pod", false },
	{ "readiness.status.sidecar.istio.io/applicationPorts", "Pod", false },
	{ "readiness.status.sidecar.istio.io/failureThreshold", "Pod", false },
	{ "readiness.status.sidecar.istio.io/initialDelaySeconds", "Pod",
	  false },
	{ "readiness.status.sidecar.istio.io/periodSeconds", "Pod", false },
	{ "sidecar.istio.io/agentLogLevel", "Pod", false },
	{ "sidecar.istio.io/bootstrapOverride", "Pod", false },
	{ "sidecar.istio.io/componentLogLevel", "Pod", false },
	{ "sidecar.istio.io/discoveryAddress", "Pod", true },
	{ "sidecar.istio.io/extraStatTags", "Pod", true },
	{ "sidecar.istio.io/inject", "Pod", true },
	{ "sidecar.istio.io/interceptionMode", "Pod", false },
	{ "sidecar.istio.io/logLevel", "Pod", false },
	{ "sidecar.istio.io/nativeSidecar", "Pod", false },
	{ "sidecar.istio.io/proxyCPU", "Pod", false },
	{ "sidecar.istio.io/proxyCPULimit", "Pod", false },
	{ "sidecar.istio.io/proxyImage", "Pod", false },
	{ "sidecar.istio.io/proxyImageType", "Pod", false },
	{ "sidecar.istio.io/proxyMemory", "Pod", false },
	{ "sidecar.istio.io/proxyMemoryLimit", "Pod", false },
	{ "sidecar.istio.io/rewriteAppHTTPProbers", "Pod", false },
	{ "sidecar.istio.io/statsCompression", "Pod", true },
	{ "sidecar.istio.io/statsEvictionInterval", "Pod", false },
	{ "sidecar.istio.io/statsFlushInterval", "Pod", false },
	{ "sidecar.istio.io/statsHistogramBins", "Pod", false },
	{ "sidecar.istio.io/statsHistogramBuckets", "Pod", false },
	{ "sidecar.istio.io/statsInclusionPrefixes", "Pod", true },
	{ "sidecar.istio.io/statsInclusionRegexps", "Pod", true },
	{ "sidecar.istio.io/statsInclusionSuffixes", "Pod", true },
	{ "sidecar.istio.io/status", "Pod", false },
	{ "sidecar.istio.io/userVolume", "Pod", false },
	{ "sidecar.istio.io/userVolumeMount", "Pod", false },
	{ "status.sidecar.istio.io/port", "Pod", false },
	{ "topology.istio.io/controlPlaneClusters", "Namespace", false },
	{ "traffic.istio.io/nodeSelector", "Service", false },
	{ "traffic.sidecar.istio.io/excludeInboundPorts", "Pod", false },
	{ "traffic.sidecar.istio.io/excludeInterfaces", "Pod", false },
	{ "traffic.sidecar.istio.io/excludeOutboundIPRanges", "Pod", false },
	{ "traffic.sidecar.istio.io/excludeOutboundPorts", "Pod", false },
	{ "traffic.sidecar.istio.io/includeInboundPorts", "Pod", false },
	{ "traffic.sidecar.istio.io/includeOutboundIPRanges", "Pod", false },
	{ "traffic.sidecar.istio.io/includeOutboundPorts", "Pod", false },
	{ "traffic.sidecar.istio.io/kubevirtInterfaces", "Pod", true },
};
const size_t wl_nannotations = sizeof wl_annotations / sizeof *wl_annotations;

static int
def_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct wl_annotation_def *)elem)->name);
}

const struct wl_annotation_def *
wl_annotation_find(const char *name)
{
	return bsearch(name, wl_annotations, wl_nannotations,
	    sizeof *wl_annotations, def_cmp);
}

bool
wl_annotation_applies(const struct wl_annotation_def *d, const char *kind)
{
	const char	*p = d->resources;
	size_t		 n = strlen(kind);

	if (strcmp(p, "Any") == 0)
		return true;
	for (; (p = strstr(p, kind)) != NULL; p += n)
		if ((p == d->resources || p[-1] == ' ') &&
		    (p[n] == ',' || p[n] == '\0'))
			return true;
	return false;
}

bool
wl_annotation_is_istio(const char *key)
{
	const char	*slash = strchr(key, '/');
	size_t		 n;

	if (strcmp(key, "kubernetes.io/ingress.class") == 0)
		return true;
	n = slash != NULL ? (size_t)(slash - key) : strlen(key);
	return n >= 8 && strncmp(key + n - 8, "istio.io", 8) == 0;
}

bool
wl_annotation_ignored(const char *key)
{
	return strcmp(key, "sidecar.istio.io/status") == 0 ||
	    strcmp(key, "gateway.istio.io/controller-version") == 0 ||
	    strcmp(key, "istio.io/rev") == 0;
}

const char *
wl_annotation_suggest(const char *key)
{
	struct wl_suggest	s;
	size_t			i;

	wl_suggest_init(&s, key);
	for (i = 0; i < wl_nannotations; i++)
		wl_suggest_try(&s, wl_annotations[i].name);
	return s.best;
}

/* Go's strconv.ParseUint(s, 10, bits): digits only, no sign or space. */
static bool
parse_uint(const char *s, size_t n, unsigned bits)
{
	unsigned long long	v = 0, max = bits == 64 ? ~0ULL :
	    (1ULL << bits) - 1;
	size_t			i;

	if (n == 0)
		return false;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		v = v * 10 + (unsigned)(s[i] - '0');
		if (v > max)
			return false;
	}
	return true;
}

/* The item [s, e) without Go's strings.TrimSpace blanks. */
static void
trim(const char **s, const char **e)
{
	while (*s < *e && strchr(" \t\n\r\v\f", **s) != NULL)
		(*s)++;
	while (*e > *s && strchr(" \t\n\r\v\f", (*e)[-1]) != NULL)
		(*e)--;
}

/* Go's netip.ParsePrefix: an address, "/", a prefix length in range; no blanks. */
static bool
parse_prefix(const char *s, size_t n)
{
	char		 addr[64];
	unsigned char	 buf[16];
	const char	*slash = memchr(s, '/', n);
	size_t		 an;
	bool		 v6;

	if (slash == NULL || (an = (size_t)(slash - s)) >= sizeof addr)
		return false;
	memcpy(addr, s, an);
	addr[an] = '\0';
	v6 = strchr(addr, ':') != NULL;
	if (inet_pton(v6 ? AF_INET6 : AF_INET, addr, buf) != 1)
		return false;
	n -= an + 1;
	if (n > 3 || (n > 1 && slash[1] == '0') || !parse_uint(slash + 1, n, 8))
		return false;
	return atoi(slash + 1) <= (v6 ? 128 : 32);
}

/* The comma-separated list [s, e) whose every item passes ok; empty is fine. */
static bool
list_ok(const char *s, const char *e, bool trimmed,
    bool (*ok)(const char *, size_t), char *buf, size_t size,
    const char *what)
{
	const char *end;

	if (s == e)
		return true;
	for (;; s = end + 1) {
		const char *is = s, *ie;

		end = memchr(s, ',', (size_t)(e - s));
		if (end == NULL)
			end = e;
		ie = end;
		if (trimmed)
			trim(&is, &ie);
		if (!ok(is, (size_t)(ie - is))) {
			snprintf(buf, size, "`%.*s` is not a %s",
			    (int)(end - s), s, what);
			return false;
		}
		if (end == e)
			return true;
	}
}

static bool
port_ok(const char *s, size_t n)
{
	return parse_uint(s, n, 16);
}

static bool
uint32_ok(const char *s, size_t n)
{
	return parse_uint(s, n, 32);
}

static bool
value_in(const char *value, const char *const *set)
{
	for (; *set != NULL; set++)
		if (strcmp(value, *set) == 0)
			return true;
	return false;
}

enum value_kind { V_MODE, V_PORT, V_UINT32, V_CIDRS, V_PORTS, V_BOOL };

static const struct {
	const char	*key;
	enum value_kind	 kind;
	bool		 star;	/* "*" also accepted */
} value_checks[] = {
	{ "prometheus.istio.io/merge-metrics", V_BOOL, false },
	{ "readiness.status.sidecar.istio.io/failureThreshold", V_UINT32,
	  false },
	{ "readiness.status.sidecar.istio.io/initialDelaySeconds", V_UINT32,
	  false },
	{ "readiness.status.sidecar.istio.io/periodSeconds", V_UINT32, false },
	{ "sidecar.istio.io/interceptionMode", V_MODE, false },
	{ "status.sidecar.istio.io/port", V_PORT, false },
	{ "traffic.sidecar.istio.io/excludeInboundPorts", V_PORTS, false },
	{ "traffic.sidecar.istio.io/excludeOutboundIPRanges", V_CIDRS, false },
	{ "traffic.sidecar.istio.io/excludeOutboundPorts", V_PORTS, false },
	{ "traffic.sidecar.istio.io/includeInboundPorts", V_PORTS, true },
	{ "traffic.sidecar.istio.io/includeOutboundIPRanges", V_CIDRS, true },
};

static bool
check_value(enum value_kind kind, const char *value, char *buf, size_t size)
{
	static const char *const modes[] = { "REDIRECT", "TPROXY", "NONE",
		NULL };
	static const char *const bools[] = { "1", "t", "T", "TRUE", "true",
		"True", "0", "f", "F", "FALSE", "false", "False", NULL };
	const char *s = value, *e = value + strlen(value);

	switch (kind) {
	case V_MODE:
		snprintf(buf, size, "not one of REDIRECT, TPROXY, NONE");
		return value_in(value, modes);
	case V_BOOL:
		snprintf(buf, size, "not a boolean (true, false, 1, 0, t, f)");
		return value_in(value, bools);
	case V_UINT32:
		snprintf(buf, size, "not an unsigned 32-bit integer");
		return uint32_ok(value, strlen(value));
	case V_PORT:
		trim(&s, &e);
		snprintf(buf, size, "not a port number (0-65535)");
		return port_ok(s, (size_t)(e - s));
	case V_PORTS:
		trim(&s, &e);
		return list_ok(s, e, true, port_ok, buf, size,
		    "port number (0-65535)");
	case V_CIDRS:
		return list_ok(s, e, false, parse_prefix, buf, size,
		    "CIDR range (address/length)");
	}
	return true;
}

bool
wl_annotation_value_ok(const char *key, const char *value, char *buf,
    size_t size)
{
	size_t i;

	for (i = 0; i < sizeof value_checks / sizeof *value_checks; i++) {
		if (strcmp(value_checks[i].key, key) != 0)
			continue;
		if (value_checks[i].star && strcmp(value, "*") == 0)
			return true;
		return check_value(value_checks[i].kind, value, buf, size);
	}
	return true;
}
