/* wasmplugin-api.h - the WasmPlugin API: its CRD enumerations, and the Istio release from which the resource and each field are acted on. */
#ifndef WASMLINT_SCHEMA_WASMPLUGIN_API_H
#define WASMLINT_SCHEMA_WASMPLUGIN_API_H

#include "schema/api-enum.h"
#include "schema/field-since.h"

extern const struct wl_api_enum	wl_wp_phase;
extern const struct wl_api_enum	wl_wp_type;
extern const struct wl_api_enum	wl_wp_fail_strategy;
extern const struct wl_api_enum	wl_wp_pull_policy;
extern const struct wl_api_enum	wl_wp_match_mode;
extern const struct wl_api_enum	wl_wp_value_from;

/* The resource itself (field "WasmPlugin"), then its fields, oldest first. */
extern const struct wl_field_since	wl_wp_kind_since;
extern const struct wl_field_since	wl_wp_since[];
extern const unsigned			wl_wp_nsince;

#endif
