/* facts.h - the facts the rules see: EnvoyFilters, workloads, ConfigMaps and wasm modules, each with its location. */
#ifndef WASMLINT_MODEL_FACTS_H
#define WASMLINT_MODEL_FACTS_H

#include <stdbool.h>
#include <stddef.h>

#include "util/arena.h"
#include "wasm/module.h"
#include "wasmlint/diag.h"

/* A string taken from a manifest, with where it stands; s is NULL when absent. */
struct wl_str_loc {
	const char	*s;
	struct wl_loc	 loc;
};

/* A key/value pair (label or annotation); loc is the key's, value_loc the value's. */
struct wl_pair {
	const char	*key;
	const char	*value;
	struct wl_loc	 loc;
	struct wl_loc	 value_loc;
};

struct wl_pairs {
	struct wl_pair	*v;
	size_t		 n;
	size_t		 cap;
	bool		 present;	/* the map itself was in the manifest */
	struct wl_loc	 loc;		/* the map's key ("labels:") */
};

/* The wasm filter's config, from either the TypedStruct or the direct Wasm form. */
struct wl_wasm_config {
	struct wl_str_loc	runtime;
	struct wl_str_loc	filename;
	struct wl_str_loc	vm_id;
	struct wl_str_loc	root_id;
};

struct wl_patch {
	unsigned		index;
	struct wl_loc		loc;
	struct wl_str_loc	apply_to;
	struct wl_str_loc	context;
	struct wl_str_loc	proxy_version;
	struct wl_str_loc	operation;
	struct wl_str_loc	match_filter;	/* listener.filterChain.filter.name */
	struct wl_str_loc	match_subfilter;	/* ...filter.subFilter.name */
	struct wl_str_loc	value_name;	/* patch.value.name */
	bool			has_port;
	long			port;
	struct wl_loc		port_loc;
	bool			is_wasm;
	struct wl_wasm_config	wasm;
};

struct wl_envoyfilter {
	struct wl_object	obj;
	struct wl_loc		loc;		/* metadata.name, or the document */
	bool			has_selector;
	struct wl_pairs		selector;	/* workloadSelector.labels */
	struct wl_loc		selector_loc;	/* workloadSelector */
	WL_VEC(struct wl_patch)	patches;
};

/* One entry of sidecar.istio.io/userVolume, or of the pod spec's volumes. */
struct wl_user_volume {
	struct wl_str_loc	name;
	struct wl_loc		loc;		/* the entry */
	bool			has_source;	/* configMap, secret, emptyDir, ... */
	struct wl_str_loc	configmap;	/* configMap.name */
	struct wl_pairs		items;		/* configMap.items: key -> path */
};

/* One entry of sidecar.istio.io/userVolumeMount. */
struct wl_user_mount {
	struct wl_str_loc	name;
	struct wl_str_loc	mount_path;
	struct wl_loc		loc;
};

struct wl_container {
	struct wl_str_loc	name;
	struct wl_str_loc	image;
	WL_VEC(long)		ports;
};

/* Where a workload's sidecar version came from. */
enum wl_version_source {
	WL_VERSION_UNKNOWN,
	WL_VERSION_OPTION,		/* --istio-version */
	WL_VERSION_PROXY_IMAGE,		/* sidecar.istio.io/proxyImage tag */
	WL_VERSION_CONTAINER,		/* an istio-proxy container's image tag */
};

struct wl_version {
	enum wl_version_source	 source;
	const char		*version;	/* "1.12.2"; NULL when unknown */
	struct wl_loc		 loc;		/* of the image or annotation value */
	const char		*why_unknown;	/* when unknown: what was tried */
};

struct wl_workload {
	struct wl_object		obj;
	struct wl_loc			loc;
	struct wl_pairs			labels;		/* pod template labels */
	struct wl_pairs			own_labels;	/* the object's own metadata.labels */
	struct wl_pairs			annotations;	/* pod template annotations */
	struct wl_pairs			own_annotations;
	bool				has_volumes;	/* userVolume annotation parsed */
	struct wl_loc			volumes_loc;
	WL_VEC(struct wl_user_volume)	volumes;
	bool				has_mounts;	/* userVolumeMount annotation parsed */
	struct wl_loc			mounts_loc;
	WL_VEC(struct wl_user_mount)	mounts;
	WL_VEC(struct wl_user_volume)	spec_volumes;	/* the pod spec's own volumes */
	WL_VEC(struct wl_container)	containers;
	struct wl_version		version;
};

struct wl_configmap_key {
	const char	*name;
	size_t		 size;		/* decoded bytes */
	bool		 binary;	/* from binaryData */
	struct wl_loc	 loc;
};

struct wl_configmap {
	struct wl_object			obj;
	struct wl_loc				loc;
	WL_VEC(struct wl_configmap_key)		keys;
};

/* A wasm module given on the command line. */
struct wl_module_fact {
	const char		*path;
	const char		*base_name;
	struct wl_wasm_module	 m;
	bool			 malformed;
};

enum wl_suppression_scope {
	WL_SUPPRESS_LINE,	/* findings starting on line */
	WL_SUPPRESS_FILE,	/* every finding in file */
	WL_SUPPRESS_OBJECT,	/* findings about object (annotation) */
};

/*
 * A suppression: "# wasmlint disable-line=WL2101 -- reason",
 * "# wasmlint disable-next-line=...", "# wasmlint disable-file[=...]", or the
 * object annotation "wasmlint.io/ignore: WL2101,WL2301". rules holds ids or
 * slugs as written; none means every rule.
 */
struct wl_suppression {
	enum wl_suppression_scope	 scope;
	const char			*file;
	unsigned			 line;
	struct wl_object		 object;
	const char			**rules;
	size_t				 nrules;
	const char			*reason;
	struct wl_loc			 loc;	/* of the comment or annotation */
	bool				 used;
};

/* Everything one run has read. Strings and arrays live in arena. */
struct wl_facts {
	struct wl_arena				*arena;
	WL_VEC(struct wl_envoyfilter)		envoyfilters;
	WL_VEC(struct wl_workload)		workloads;
	WL_VEC(struct wl_configmap)		configmaps;
	WL_VEC(struct wl_module_fact)		modules;
	WL_VEC(struct wl_suppression)		suppressions;
	/* Built by wl_facts_index once everything is read. */
	const struct wl_workload		**by_namespace;
	const struct wl_configmap		**configmaps_sorted;
	const char				*root_namespace;
	const char				*istio_version;	/* option, or NULL */
	size_t					 nmanifests;
};

#endif
