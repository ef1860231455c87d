/*
 * wasmplugin-api.c - WasmPlugin enumerations from the CRD, and the release
 * from which istiod or istio-agent acts on the resource and on each field,
 * with what older releases do instead; every row cites its source.
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

#define ISTIO "istio/istio "
#define EXT ISTIO "pilot/pkg/model/extensions.go"
/*
 * Without targetRef(s), istiod matches by selector alone, and no selector is
 * every proxy: EXT MatchListener, tag 1.19.0; istio/api
 * extensions/v1alpha1/wasm.proto, tag 1.22.0, from fe48267f8633 ("older
 * control planes ... misinterpreting the policy as namespace-wide").
 */
#define BY_SELECTOR							\
	"it selects by `selector` alone, and without one applies "	\
	"the plugin to every proxy of its namespace (of every namespace "	\
	"from the root namespace)"
#define FAIL_CLOSED							\
	"it configures the plugin fail-closed, so a module that cannot be "	\
	"fetched or started stops the traffic it filters"

/* The `before` texts' sources are in the comment above each row. */
const struct wl_field_since wl_wp_kind_since = {
	"WasmPlugin", NULL, 12, WL_READER_ISTIOD,
	"it has no WasmPlugin type and loads nothing for it", 0, NULL,
	ISTIO "pilot/pkg/networking/core/v1alpha3/extension/wasmplugin.go, "
	"tag 1.12.0 (commit 016bc46f4a5e), from e153ef4782f8 (#33374)",
};

/* The first istio/istio release tag that acts on each field, oldest first. */
const struct wl_field_since wl_wp_since[] = {
	/* Before: ISTIO pkg/wasm/cache.go Get, tag 1.13.9 (cache key: url, sha256). */
	{ "imagePullPolicy", NULL, 14, WL_READER_AGENT,
	  "it keeps a module once fetched for its url and sha256", 0, NULL,
	  EXT " and pkg/wasm/convert.go, tag 1.14.0 (commit 3aa487bb6ec8), "
	  "from 4e8f2367086 (#38745)" },
	/* Before: ISTIO pkg/wasm/cache.go, tag 1.13.9: "TODO: support imagePullSecret". */
	{ "imagePullSecret", NULL, 14, WL_READER_AGENT,
	  "it pulls images without credentials, which a private registry "
	  "refuses", 0, NULL,
	  EXT " and pkg/wasm/convert.go, tag 1.14.0, from e9dcadbb3e87 "
	  "(#37161)" },
	/* Before: EXT, tag 1.13.9, sets no environment_variables. */
	{ "vmConfig", NULL, 14, WL_READER_ISTIOD,
	  "it gives the VM none of vmConfig.env", 0, NULL,
	  EXT ", tag 1.14.0, from ffb9329cd361 (#37227)" },
	/* Before: ISTIO pilot/pkg/networking/core/v1alpha3/listener_builder.go, tag 1.15.7: every HTTP connection manager gets the proxy's WasmPlugins. */
	{ "match", NULL, 16, WL_READER_ISTIOD,
	  "it reads no traffic selector and puts the plugin into every HTTP "
	  "connection manager of the proxies it selects", 0, NULL,
	  EXT ", tag 1.16.0, from 498ece36368e (#40862)" },
	/* Before: EXT, tag 1.18.7, sets no fail_open. */
	{ "failStrategy", "FAIL_OPEN", 19, WL_READER_ISTIOD,
	  FAIL_CLOSED, 0, NULL,
	  EXT ", tag 1.19.0, from 82c6704f8512 (#45258)" },
	/* Before: EXT, tag 1.19.0, builds HTTP filters only; so type: HTTP is what older releases build anyway. */
	{ "type", "NETWORK", 20, WL_READER_ISTIOD,
	  "it builds every WasmPlugin as an HTTP filter", 0, NULL,
	  EXT ", tag 1.20.0, from ddeb613f1582 (#46514)" },
	{ "targetRef", NULL, 20, WL_READER_ISTIOD,
	  BY_SELECTOR, 0, NULL,
	  ISTIO "pilot/pkg/model/policyattachment.go, tag 1.20.0, from "
	  "57792db25c4b (#46983)" },
	{ "targetRefs", NULL, 22, WL_READER_ISTIOD,
	  BY_SELECTOR, 0, NULL,
	  ISTIO "pilot/pkg/model/policyattachment.go, tag 1.22.0, from "
	  "81a350c1c942 (#50439)" },
	/*
	 * Before: istio/api extensions/v1alpha1/wasm.proto gains FAIL_RELOAD in
	 * 5e743e9aa (#3471), first in 1.27.0; EXT, tags 1.19.0 to 1.26.0, sets
	 * fail_open only for FAIL_OPEN and (1.25, 1.26) failure_policy only for
	 * FAIL_OPEN and FAIL_CLOSE. Gate:
	 * EXT, tag 1.27.0 (commit 7359d8be2504), sets failure_policy only when
	 * proxy.VersionGreaterOrEqual 1.25, else fail_open = FAIL_OPEN alone.
	 */
	{ "failStrategy", "FAIL_RELOAD", 27, WL_READER_ISTIOD,
	  "its API has no FAIL_RELOAD (istio/api added it in 1.27.0), so "
	  "its CRD refuses the value, and its istiod configures anything but "
	  "FAIL_OPEN fail-closed", 25, "istiod gives proxies before 1.25 only the "
	  "fail_open flag, which is closed but for FAIL_OPEN",
	  EXT ", tag 1.27.0, from 6345c258088c (#55604)" },
};
const unsigned wl_wp_nsince = sizeof wl_wp_since / sizeof wl_wp_since[0];
