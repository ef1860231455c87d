/* envoyfilter-fields.c - the properties of every object in the EnvoyFilter CRD's spec schema. */
#include <stddef.h>
#include <string.h>

#include "schema/envoyfilter-fields.h"
#include "util/suggest.h"

/*
 * Read from the EnvoyFilter v1alpha3 openAPIV3Schema of istio/istio
 * manifests/charts/base/files/crd-all.gen.yaml, tag 1.29.6 (commit
 * 7019d6d3608e): a structural schema whose only x-kubernetes-preserve-
 * unknown-fields below spec is patch.value (status aside). Tag 1.11.4's
 * manifests/charts/base/crds/crd-all.gen.yaml has the same shape (without
 * waypoint and targetRefs).
 */
const char *const wl_ef_fields_source =
    "istio/istio manifests/charts/base/files/crd-all.gen.yaml, tag 1.29.6 "
    "(commit 7019d6d3608e), EnvoyFilter v1alpha3 openAPIV3Schema";

#define END { NULL, NULL }

static const struct wl_ef_field sub_filter_fields[] = { { "name", NULL }, END };
static const struct wl_ef_object listener_sub_filter = {
	"spec.configPatches[].match.listener.filterChain.filter.subFilter",
	sub_filter_fields };
static const struct wl_ef_object waypoint_sub_filter = {
	"spec.configPatches[].match.waypoint.filter.subFilter",
	sub_filter_fields };

static const struct wl_ef_field listener_filter_fields[] = {
	{ "name", NULL }, { "subFilter", &listener_sub_filter }, END };
static const struct wl_ef_object listener_filter = {
	"spec.configPatches[].match.listener.filterChain.filter",
	listener_filter_fields };

static const struct wl_ef_field filter_chain_fields[] = {
	{ "applicationProtocols", NULL }, { "destinationPort", NULL },
	{ "filter", &listener_filter }, { "name", NULL }, { "sni", NULL },
	{ "transportProtocol", NULL }, END };
static const struct wl_ef_object filter_chain = {
	"spec.configPatches[].match.listener.filterChain",
	filter_chain_fields };

static const struct wl_ef_field listener_fields[] = {
	{ "filterChain", &filter_chain }, { "listenerFilter", NULL },
	{ "name", NULL }, { "portName", NULL }, { "portNumber", NULL }, END };
static const struct wl_ef_object listener = {
	"spec.configPatches[].match.listener", listener_fields };

static const struct wl_ef_field route_fields[] = {
	{ "action", NULL }, { "name", NULL }, END };
static const struct wl_ef_object vhost_route = {
	"spec.configPatches[].match.routeConfiguration.vhost.route",
	route_fields };

static const struct wl_ef_field vhost_fields[] = {
	{ "domainName", NULL }, { "name", NULL }, { "route", &vhost_route },
	END };
static const struct wl_ef_object vhost = {
	"spec.configPatches[].match.routeConfiguration.vhost", vhost_fields };

static const struct wl_ef_field route_configuration_fields[] = {
	{ "gateway", NULL }, { "name", NULL }, { "portName", NULL },
	{ "portNumber", NULL }, { "vhost", &vhost }, END };
static const struct wl_ef_object route_configuration = {
	"spec.configPatches[].match.routeConfiguration",
	route_configuration_fields };

static const struct wl_ef_field cluster_fields[] = {
	{ "name", NULL }, { "portNumber", NULL }, { "service", NULL },
	{ "subset", NULL }, END };
static const struct wl_ef_object cluster = {
	"spec.configPatches[].match.cluster", cluster_fields };

static const struct wl_ef_field waypoint_filter_fields[] = {
	{ "name", NULL }, { "subFilter", &waypoint_sub_filter }, END };
static const struct wl_ef_object waypoint_filter = {
	"spec.configPatches[].match.waypoint.filter", waypoint_filter_fields };

static const struct wl_ef_field waypoint_route_fields[] = {
	{ "name", NULL }, END };
static const struct wl_ef_object waypoint_route = {
	"spec.configPatches[].match.waypoint.route", waypoint_route_fields };

static const struct wl_ef_field waypoint_fields[] = {
	{ "filter", &waypoint_filter }, { "portNumber", NULL },
	{ "route", &waypoint_route }, END };
static const struct wl_ef_object waypoint = {
	"spec.configPatches[].match.waypoint", waypoint_fields };

/* proxy.metadata is a map of any keys. */
static const struct wl_ef_field proxy_fields[] = {
	{ "metadata", NULL }, { "proxyVersion", NULL }, END };
static const struct wl_ef_object proxy = {
	"spec.configPatches[].match.proxy", proxy_fields };

static const struct wl_ef_field match_fields[] = {
	{ "cluster", &cluster }, { "context", NULL }, { "listener", &listener },
	{ "proxy", &proxy }, { "routeConfiguration", &route_configuration },
	{ "waypoint", &waypoint }, END };
static const struct wl_ef_object match = {
	"spec.configPatches[].match", match_fields };

/* patch.value keeps any key (x-kubernetes-preserve-unknown-fields). */
static const struct wl_ef_field patch_fields[] = {
	{ "filterClass", NULL }, { "operation", NULL }, { "value", NULL },
	END };
static const struct wl_ef_object patch = {
	"spec.configPatches[].patch", patch_fields };

static const struct wl_ef_field config_patch_fields[] = {
	{ "applyTo", NULL }, { "match", &match }, { "patch", &patch }, END };
static const struct wl_ef_object config_patch = {
	"spec.configPatches[]", config_patch_fields };

static const struct wl_ef_field target_ref_fields[] = {
	{ "group", NULL }, { "kind", NULL }, { "name", NULL },
	{ "namespace", NULL }, END };
static const struct wl_ef_object target_ref = {
	"spec.targetRefs[]", target_ref_fields };

/* workloadSelector.labels is a map of any keys. */
static const struct wl_ef_field selector_fields[] = {
	{ "labels", NULL }, END };
static const struct wl_ef_object selector = {
	"spec.workloadSelector", selector_fields };

static const struct wl_ef_field spec_fields[] = {
	{ "configPatches", &config_patch }, { "priority", NULL },
	{ "targetRefs", &target_ref }, { "workloadSelector", &selector }, END };
const struct wl_ef_object wl_ef_spec = { "spec", spec_fields };

const struct wl_ef_field *
wl_ef_field(const struct wl_ef_object *o, const char *key)
{
	const struct wl_ef_field *f;

	for (f = o->fields; f->name != NULL; f++)
		if (strcmp(f->name, key) == 0)
			return f;
	return NULL;
}

const char *
wl_ef_suggest(const struct wl_ef_object *o, const char *key)
{
	const struct wl_ef_field	*f;
	struct wl_suggest		 s;

	wl_suggest_init(&s, key);
	for (f = o->fields; f->name != NULL; f++)
		wl_suggest_try(&s, f->name);
	return s.best;
}
