/* envoyfilter-api.c - EnvoyFilter enumerations, the operations istiod carries out per object class, deprecated filter names, the release that reads targetRefs; each table cites its source. */
#include <stddef.h>
#include <string.h>

#include "schema/envoyfilter-api.h"

#define API_PROTO							\
	"istio/api networking/v1alpha3/envoy_filter.proto, tag "	\
	"v1.30.3 (commit 2e43f07b30b6); MERGE_AND_REPLACE_LIST from "	\
	"istio/api 28b8d466c (2026-06-10, first in 1.31.0-alpha)"

static const char *const apply_to_values[] = {
	"LISTENER", "FILTER_CHAIN", "NETWORK_FILTER", "HTTP_FILTER",
	"ROUTE_CONFIGURATION", "VIRTUAL_HOST", "HTTP_ROUTE", "CLUSTER",
	"EXTENSION_CONFIG", "BOOTSTRAP", "LISTENER_FILTER", NULL,
};
static const char *const context_values[] = {
	"ANY", "SIDECAR_INBOUND", "SIDECAR_OUTBOUND", "GATEWAY", "WAYPOINT",
	NULL,
};
static const char *const operation_values[] = {
	"MERGE", "ADD", "REMOVE", "INSERT_BEFORE", "INSERT_AFTER",
	"INSERT_FIRST", "REPLACE", "MERGE_AND_REPLACE_LIST", NULL,
};
static const char *const filter_class_values[] = {
	"AUTHN", "AUTHZ", "STATS", NULL,
};

const struct wl_api_enum wl_ef_apply_to = { "applyTo", apply_to_values,
	"INVALID", API_PROTO };
const struct wl_api_enum wl_ef_context = { "context", context_values, NULL,
	API_PROTO };
const struct wl_api_enum wl_ef_operation = { "operation", operation_values,
	"INVALID", API_PROTO };
const struct wl_api_enum wl_ef_filter_class = { "filterClass",
	filter_class_values, "UNSPECIFIED", API_PROTO };

const char *const wl_ef_operation_source =
    "istio/istio pilot/pkg/networking/core/envoyfilter/{listener_patch.go,"
    "rc_patch.go,cluster_patch.go,extension_configuration_patch.go}, "
    "pilot/pkg/networking/core/configgen.go (BOOTSTRAP) and "
    "pilot/pkg/model/envoyfilter.go (INSERT_* turned into ADD)";

/*
 * Per object class, the operations its patch code carries out; "MERGE"
 * stands for MERGE_AND_REPLACE_LIST too. INSERT_* on a class without an
 * insert list becomes ADD before the patch code sees it.
 */
static const struct {
	const char	*apply_to;
	const char	*applied;	/* space-separated */
	bool		 inserts;
} operation_table[] = {
	{ "LISTENER", "ADD REMOVE MERGE", false },
	{ "FILTER_CHAIN", "ADD REMOVE MERGE", false },
	{ "NETWORK_FILTER", "ADD INSERT_BEFORE INSERT_AFTER INSERT_FIRST "
			    "REPLACE REMOVE MERGE", true },
	{ "HTTP_FILTER", "ADD INSERT_BEFORE INSERT_AFTER INSERT_FIRST "
			 "REPLACE REMOVE MERGE", true },
	{ "LISTENER_FILTER", "ADD INSERT_BEFORE INSERT_AFTER INSERT_FIRST "
			     "REPLACE REMOVE", true },
	{ "ROUTE_CONFIGURATION", "MERGE", false },
	{ "VIRTUAL_HOST", "ADD REMOVE MERGE REPLACE", false },
	{ "HTTP_ROUTE", "ADD INSERT_BEFORE INSERT_AFTER INSERT_FIRST REMOVE "
			"MERGE", true },
	{ "CLUSTER", "ADD REMOVE MERGE", false },
	{ "EXTENSION_CONFIG", "ADD", false },
	{ "BOOTSTRAP", "MERGE", false },
};

static int
operation_row(const char *apply_to)
{
	size_t i;

	for (i = 0; i < sizeof operation_table / sizeof *operation_table; i++)
		if (strcmp(operation_table[i].apply_to, apply_to) == 0)
			return (int)i;
	return -1;
}

const char *
wl_ef_operations_applied(const char *apply_to)
{
	int row = operation_row(apply_to);

	return row < 0 ? NULL : operation_table[row].applied;
}

/* True when the space-separated list holds word. */
static bool
list_has(const char *list, const char *word)
{
	size_t n = strlen(word);

	for (; (list = strstr(list, word)) != NULL; list += n)
		if (list[n] == ' ' || list[n] == '\0')
			return true;
	return false;
}

enum wl_ef_effect
wl_ef_operation_effect(const char *apply_to, const char *operation)
{
	int	row = operation_row(apply_to);
	bool	as_add = false;

	if (row < 0 || !wl_api_enum_has(&wl_ef_operation, operation))
		return WL_EF_UNKNOWN;
	if (strcmp(operation, "MERGE_AND_REPLACE_LIST") == 0)
		operation = "MERGE";
	if (strncmp(operation, "INSERT_", 7) == 0 &&
	    !operation_table[row].inserts) {
		operation = "ADD";
		as_add = true;
	}
	if (!list_has(operation_table[row].applied, operation))
		return WL_EF_IGNORED;
	return as_add ? WL_EF_AS_ADD : WL_EF_APPLIED;
}

const char *
wl_ef_match_class(const char *apply_to)
{
	static const struct {
		const char	*apply_to;
		const char	*match;
	} classes[] = {
		{ "LISTENER", "listener" },
		{ "FILTER_CHAIN", "listener" },
		{ "NETWORK_FILTER", "listener" },
		{ "HTTP_FILTER", "listener" },
		{ "ROUTE_CONFIGURATION", "routeConfiguration" },
		{ "VIRTUAL_HOST", "routeConfiguration" },
		{ "HTTP_ROUTE", "routeConfiguration" },
		{ "CLUSTER", "cluster" },
	};
	size_t i;

	for (i = 0; i < sizeof classes / sizeof *classes; i++)
		if (strcmp(classes[i].apply_to, apply_to) == 0)
			return classes[i].match;
	return NULL;
}

const char *const wl_ef_deprecated_source =
    "istio/istio pkg/config/xds/filter_types.go (DeprecatedFilterNames), "
    "names from envoyproxy/go-control-plane pkg/wellknown";

static const struct {
	const char	*old;
	const char	*current;
	bool		 http;
} deprecated_filters[] = {
	{ "envoy.buffer", "envoy.filters.http.buffer", true },
	{ "envoy.cors", "envoy.filters.http.cors", true },
	{ "envoy.csrf", "envoy.filters.http.csrf", true },
	{ "envoy.http_dynamo_filter", "envoy.filters.http.dynamo", true },
	{ "envoy.ext_authz", "envoy.filters.http.ext_authz", true },
	{ "envoy.fault", "envoy.filters.http.fault", true },
	{ "envoy.grpc_http1_bridge", "envoy.filters.http.grpc_http1_bridge",
	  true },
	{ "envoy.grpc_json_transcoder",
	  "envoy.filters.http.grpc_json_transcoder", true },
	{ "envoy.grpc_web", "envoy.filters.http.grpc_web", true },
	{ "envoy.gzip", "envoy.filters.http.gzip", true },
	{ "envoy.health_check", "envoy.filters.http.health_check", true },
	{ "envoy.ip_tagging", "envoy.filters.http.ip_tagging", true },
	{ "envoy.lua", "envoy.filters.http.lua", true },
	{ "envoy.rate_limit", "envoy.filters.http.ratelimit", true },
	{ "envoy.router", "envoy.filters.http.router", true },
	{ "envoy.squash", "envoy.filters.http.squash", true },
	{ "envoy.listener.http_inspector",
	  "envoy.filters.listener.http_inspector", false },
	{ "envoy.listener.original_dst", "envoy.filters.listener.original_dst",
	  false },
	{ "envoy.listener.original_src", "envoy.filters.listener.original_src",
	  false },
	{ "envoy.listener.proxy_protocol",
	  "envoy.filters.listener.proxy_protocol", false },
	{ "envoy.listener.tls_inspector",
	  "envoy.filters.listener.tls_inspector", false },
	{ "envoy.client_ssl_auth", "envoy.filters.network.client_ssl_auth",
	  false },
	{ "envoy.ext_authz", "envoy.filters.network.ext_authz", false },
	{ "envoy.http_connection_manager",
	  "envoy.filters.network.http_connection_manager", false },
	{ "envoy.mongo_proxy", "envoy.filters.network.mongo_proxy", false },
	{ "envoy.ratelimit", "envoy.filters.network.ratelimit", false },
	{ "envoy.redis_proxy", "envoy.filters.network.redis_proxy", false },
	{ "envoy.tcp_proxy", "envoy.filters.network.tcp_proxy", false },
};

const char *
wl_ef_deprecated_filter(const char *name, bool http)
{
	const char	*any = NULL;
	size_t		 i;

	for (i = 0; i < sizeof deprecated_filters / sizeof *deprecated_filters;
	    i++) {
		if (strcmp(deprecated_filters[i].old, name) != 0)
			continue;
		if (deprecated_filters[i].http == http)
			return deprecated_filters[i].current;
		any = deprecated_filters[i].current;
	}
	return any;
}

bool
wl_ef_is_hcm(const char *name)
{
	return strcmp(name, "envoy.filters.network.http_connection_manager") ==
	    0 || strcmp(name, "envoy.http_connection_manager") == 0;
}

/*
 * istio/api added the field in 1.22 (networking/v1alpha3/envoy_filter.proto,
 * 2410bbc01dfc, #3160), but istiod matched EnvoyFilters by workloadSelector
 * alone until 1.27: pilot/pkg/model/push_context.go getMatchedEnvoyFilters,
 * tag 1.26.0 (commit c2e9871f340c).
 */
const struct wl_field_since wl_ef_target_refs_since = {
	"targetRefs", NULL, 27, WL_READER_ISTIOD,
	"it matches an EnvoyFilter by workloadSelector alone, and without one "
	"patches every proxy of its namespace (of every namespace from the "
	"root namespace)", 0, NULL,
	"istio/istio pilot/pkg/model/push_context.go and envoyfilter.go, tag "
	"1.27.0, from 001621b0aed6 (#56476)",
};
