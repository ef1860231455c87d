/*
 * wasmplugin-api.c - WasmPlugin enumerations from the CRD and the release
 * from which istiod acts on each field; every row cites its source.
 */
#include <stddef.h>

#include "schema/wasmplugin-api.h"

#define CRD								\
	"istio/istio manifests/charts/base/files/crd-all.gen.yaml, tag "\
	"1.30.3 (commit 56df41f63e51), WasmPlugin schema"

static const char *const phase_values[] = {
	"AUTHN", "AUTHZ", "STATS", NULL,
};
static const char *const type_values[] = {
	"HTTP", "NETWORK", NULL,
};
static const char *const fail_strategy_values[] = {
	"FAIL_CLOSE", "FAIL_OPEN", "FAIL_RELOAD", NULL,
};
static const char *const pull_policy_values[] = {
	"IfNotPresent", "Always", NULL,
};
static const char *const match_mode_values[] = {
	"CLIENT", "SERVER", "CLIENT_AND_SERVER", NULL,
};
static const char *const value_from_values[] = {
	"INLINE", "HOST", NULL,
};

const struct wl_api_enum wl_wp_phase = { "phase", phase_values,
	"UNSPECIFIED_PHASE", CRD " lines 462-472" };
const struct wl_api_enum wl_wp_type = { "type", type_values,
	"UNSPECIFIED_PLUGIN_TYPE", CRD " lines 574-583" };
const struct wl_api_enum wl_wp_fail_strategy = { "failStrategy",
	fail_strategy_values, NULL, CRD " lines 403-412" };
const struct wl_api_enum wl_wp_pull_policy = { "imagePullPolicy",
	pull_policy_values, "UNSPECIFIED_POLICY", CRD " lines 413-422" };
const struct wl_api_enum wl_wp_match_mode = { "match.mode",
	match_mode_values, "UNDEFINED", CRD " lines 433-443" };
const struct wl_api_enum wl_wp_value_from = { "vmConfig.env.valueFrom",
	value_from_values, NULL, CRD " lines 595-633" };

/* First istio/istio release tag whose pilot (or agent) reads the field. */
const struct wl_wp_since wl_wp_since[] = {
	{ "imagePullPolicy", NULL, 14, "istio/istio pilot/pkg/model/"
	  "extensions.go, tag 1.14.0 (commit 3aa487bb6ec8), from 4e8f2367086" },
	{ "imagePullSecret", NULL, 14, "istio/istio pilot/pkg/model/"
	  "extensions.go, tag 1.14.0, from e9dcadbb3e87 (#37161)" },
	{ "vmConfig", NULL, 14, "istio/istio pilot/pkg/model/extensions.go, "
	  "tag 1.14.0, from ffb9329cd361 (#37227)" },
	{ "match", NULL, 16, "istio/istio pilot/pkg/model/extensions.go, tag "
	  "1.16.0, from 498ece36368e (#40862)" },
	{ "failStrategy", "FAIL_OPEN", 19, "istio/istio pilot/pkg/model/"
	  "extensions.go, tag 1.19.0, from 82c6704f8512 (#45258)" },
	{ "type", NULL, 20, "istio/istio pilot/pkg/model/extensions.go, tag "
	  "1.20.0, from ddeb613f1582 (#46514)" },
	{ "targetRef", NULL, 20, "istio/istio pilot/pkg/model/"
	  "policyattachment.go, tag 1.20.0, from 57792db25c4b (#46983)" },
	{ "targetRefs", NULL, 22, "istio/istio pilot/pkg/model/"
	  "policyattachment.go, tag 1.22.0, from 81a350c1c942 (#50439)" },
	{ "failStrategy", "FAIL_RELOAD", 27, "istio/istio pilot/pkg/model/"
	  "extensions.go, tag 1.27.0, from 6345c258088c (#55604)" },
};
const unsigned wl_wp_nsince = sizeof wl_wp_since / sizeof wl_wp_since[0];
