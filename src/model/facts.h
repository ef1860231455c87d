/* facts.h - the facts the rules see: EnvoyFilters, workloads, ConfigMaps and wasm modules, each with its location. */
#ifndef WASMLINT_MODEL_FACTS_H
#define WASMLINT_MODEL_FACTS_H

#include <stdbool.h>
#include <stddef.h>

#include "util/arena.h"
#include "model/floc.h"
#include "wasm/module.h"
#include "wasmlint/diag.h"

/* A string taken from a manifest, with where it stands; s is NULL when absent. */
struct wl_str_loc {
	const char	*s;
	struct wl_floc	 loc;
};

/* A key/value pair (label or annotation); loc is the key's, value_loc the value's. */
struct wl_pair {
	const char	*key;
	const char	*value;
	struct wl_floc	 loc;
	struct wl_floc	 value_loc;
};

struct wl_pairs {
	struct wl_pair	*v;
	size_t		 n;
	size_t		 cap;
	bool		 present;	/* the map itself was in the manifest */
	struct wl_floc	 loc;		/* the map's key ("labels:") */
};

/* A google.protobuf.Any field of the wasm filter's config: `configuration`. */
struct wl_wasm_any {
	const char	*path;		/* "config.vm_config.configuration" */
	bool		 set;
	struct wl_floc	 loc;		/* the value */
	const char	*scalar;	/* a string written where the Any's object belongs, or NULL */
	/* A StringValue whose text opens like JSON but is not: why, and where in the file. */
	const char	*json_error;
	struct wl_floc	 json_error_loc;
};

/* The wasm filter's config, from either the TypedStruct or the direct Wasm form. */
struct wl_wasm_config {
	struct wl_str_loc	runtime;
	struct wl_str_loc	filename;
	struct wl_str_loc	vm_id;
	struct wl_str_loc	root_id;
	struct wl_str_loc	url;		/* code.remote.http_uri.uri */
	struct wl_str_loc	sha256;		/* code.remote.sha256 */
	struct wl_wasm_any	configuration;	/* config.configuration */
	struct wl_wasm_any	vm_configuration;	/* config.vm_config.configuration */
};

/* A node that may be absent: set when its key is there with a non-null value; loc is the key's. */
struct wl_present {
	bool		set;
	struct wl_floc	loc;
};

struct wl_proto_message;

/* A key under the wasm filter's typed_config that its protobuf message lacks. */
struct wl_unknown_field {
	const char			*path;		/* "config.vm_config.cod" */
	const char			*key;		/* "cod" */
	const struct wl_proto_message	*message;	/* the message it was sought in */
	struct wl_floc			 loc;		/* of the key */
};

struct wl_ef_object;

/* A key in an EnvoyFilter's spec that the CRD's schema lacks. */
struct wl_unknown_key {
	const char			*path;		/* "configPatches[0].match.listner" */
	const char			*key;		/* "listner" */
	const struct wl_ef_object	*object;	/* the schema object it was sought in */
	struct wl_floc			 loc;		/* of the key */
};

struct wl_patch {
	unsigned		index;
	struct wl_floc		loc;
	bool			null_item;	/* "- null": no patch at all */
	struct wl_str_loc	apply_to;
	struct wl_str_loc	context;
	struct wl_str_loc	proxy_version;
	struct wl_str_loc	operation;
	struct wl_str_loc	filter_class;	/* patch.filterClass */
	struct wl_str_loc	match_filter;	/* listener.filterChain.filter.name */
	struct wl_str_loc	match_subfilter;	/* ...filter.subFilter.name */
	struct wl_str_loc	value_name;	/* patch.value.name */
	struct wl_present	match;
	/* The match's object type, a oneof: at most one should be set. */
	struct wl_present	listener;
	struct wl_present	route_configuration;
	struct wl_present	cluster;
	struct wl_present	waypoint;
	struct wl_str_loc	waypoint_port;	/* waypoint.portNumber */
	struct wl_present	filter;		/* listener.filterChain.filter */
	struct wl_present	subfilter;	/* ...filter.subFilter */
	struct wl_present	patch;
	struct wl_present	value;		/* patch.value */
	bool			value_map;	/* patch.value is a mapping */
	struct wl_present	value_config;	/* patch.value.config, the v2 API's filter config */
	struct wl_present	typed_config;	/* patch.value.typed_config, by either spelling */
	bool			has_port;
	long			port;
	struct wl_floc		port_loc;
	bool			is_wasm;
	/* The Wasm filter message (HTTP or network) typed_config names, or NULL; wasm_type is that type URL. */
	const struct wl_proto_message	*wasm_message;
	struct wl_str_loc	wasm_type;
	struct wl_wasm_config	wasm;
	WL_VEC(struct wl_unknown_field)	unknown_fields;
};

/* One targetRef (or entry of targetRefs): a Gateway API PolicyTargetReference. */
struct wl_target_ref {
	struct wl_floc		loc;		/* the entry */
	struct wl_str_loc	group;
	struct wl_str_loc	kind;
	struct wl_str_loc	name;
	struct wl_str_loc	ns;		/* must be unset */
};

struct wl_workload;
struct wl_envoyfilter;
struct wl_wasmplugin;

/* Workloads a resource reaches or selects, in namespace order (the index's). */
struct wl_reach {
	const struct wl_workload *const	*v;
	size_t				 n;
};

/* Selections that select one workload: EnvoyFilters' then WasmPlugins', in input order. */
struct wl_selectors {
	const struct wl_selection *const	*v;
	size_t					 n;
};

/*
 * Which proxies a resource (EnvoyFilter, WasmPlugin) applies to: the
 * workloads of its namespace (every namespace from the root namespace)
 * whose pod labels hold every selector label, or those its targetRefs name.
 */
struct wl_selection {
	const char			*ns;		/* the resource's namespace */
	struct wl_floc			 owner_loc;	/* the resource's metadata.name */
	const char			*key;		/* "workloadSelector", "selector" */
	const char			*labels_key;	/* "labels", "matchLabels" */
	bool				 has_selector;
	struct wl_pairs			 labels;	/* workloadSelector.labels, selector.matchLabels */
	struct wl_floc			 loc;		/* workloadSelector, selector */
	struct wl_present		 target_refs;	/* targetRefs, or targetRef */
	const char			*refs_key;	/* which of the two */
	WL_VEC(struct wl_target_ref)	 refs;
	/* Set by wl_facts_index (model/reach.c): */
	const struct wl_envoyfilter	*envoyfilter;	/* the owner, or */
	const struct wl_wasmplugin	*plugin;
	/* The workloads of ns, or every workload from the root namespace without targetRefs. */
	struct wl_reach			 scope;
	/* Those of scope that wl_selection_matches takes: what istiod applies the resource to. */
	struct wl_reach			 selected;
	/* When a selector selects none of scope: the workloads of other namespaces it would. */
	struct wl_reach			 elsewhere;
};

struct wl_envoyfilter {
	struct wl_object	obj;
	struct wl_floc		loc;		/* metadata.name, or the document */
	struct wl_selection	sel;
	struct wl_present	priority;
	long			priority_value;	/* 0 when unset */
	WL_VEC(struct wl_patch)	patches;
	WL_VEC(struct wl_unknown_key)	unknown_keys;
};

/* A 32-bit integer field (priority): set when present and valid. */
struct wl_int32 {
	struct wl_present	present;
	bool			valid;
	long			value;		/* 0 when unset or invalid */
};

/* One entry of a WasmPlugin's vmConfig.env. */
struct wl_wasm_env {
	struct wl_floc		loc;		/* the entry */
	bool			null_item;
	struct wl_str_loc	name;
	struct wl_str_loc	value_from;	/* INLINE (default), HOST */
	struct wl_str_loc	value;
};

/* One port of a WasmPlugin's match[].ports; number as written. */
struct wl_wasm_port {
	struct wl_floc		loc;		/* the entry */
	bool			null_item;
	struct wl_str_loc	number;
};

/* One entry of a WasmPlugin's match: a traffic selector. */
struct wl_wasm_match {
	struct wl_floc			loc;	/* the entry */
	bool				null_item;
	struct wl_str_loc		mode;
	WL_VEC(struct wl_wasm_port)	ports;
};

/* A WasmPlugin (extensions.istio.io/v1alpha1): the module, its options, and whom it reaches. */
struct wl_wasmplugin {
	struct wl_object		obj;
	struct wl_floc			loc;		/* metadata.name, or the document */
	struct wl_present		spec;
	struct wl_selection		sel;		/* selector.matchLabels, targetRef(s) */
	struct wl_present		target_ref;	/* the singular targetRef */
	struct wl_str_loc		url;
	struct wl_str_loc		sha256;
	struct wl_str_loc		image_pull_policy;
	struct wl_present		image_pull_policy_key;
	struct wl_str_loc		image_pull_secret;
	struct wl_present		image_pull_secret_key;
	struct wl_str_loc		plugin_name;
	struct wl_present		plugin_config;
	struct wl_str_loc		phase;
	struct wl_int32			priority;
	struct wl_str_loc		fail_strategy;
	struct wl_present		fail_strategy_key;
	struct wl_str_loc		type;
	struct wl_present		type_key;
	struct wl_present		match_key;	/* match: */
	WL_VEC(struct wl_wasm_match)	match;
	struct wl_present		vm_config;
	WL_VEC(struct wl_wasm_env)	env;
	struct wl_str_loc		verification_key;
};

/* How wl_bind_modules chose a load's module. */
enum wl_module_bound {
	WL_BOUND_NONE,
	WL_BOUND_OPTION,	/* --module URL=FILE, or the config's modules: */
	WL_BOUND_SHA256,	/* the module's SHA-256 is the load's sha256 */
	WL_BOUND_NAME,		/* the module's name is the base name of the file or url */
};

struct wl_module_fact;

/*
 * A wasm module one resource loads into the proxies it selects: a wasm
 * configPatch of an EnvoyFilter, or a WasmPlugin. Made by wl_facts_index.
 */
struct wl_load {
	const struct wl_object		*owner;
	const struct wl_selection	*sel;
	const struct wl_envoyfilter	*envoyfilter;	/* NULL for a WasmPlugin */
	const struct wl_patch		*patch;		/* with envoyfilter */
	const struct wl_wasmplugin	*plugin;	/* NULL for an EnvoyFilter */
	/* The file Envoy opens: filename, or a file:// url's path; s NULL for a remote module. */
	struct wl_str_loc		 file;
	const char			*field;		/* how the manifest names file */
	/* file as Envoy opens it: file.s if absolute, else below Envoy's working directory /. */
	const char			*path;
	struct wl_str_loc		 url;		/* WasmPlugin url, or code.remote's uri */
	struct wl_str_loc		 sha256;	/* WasmPlugin sha256, or code.remote's */
	/* Set by wl_bind_modules: the module that stands for what this loads, and why. */
	const struct wl_module_fact	*module;
	enum wl_module_bound		 bound;
};

/* One entry of sidecar.istio.io/userVolume, or of the pod spec's volumes. */
struct wl_user_volume {
	struct wl_str_loc	name;
	struct wl_floc		loc;		/* the entry */
	bool			has_source;	/* configMap, secret, emptyDir, ... */
	struct wl_str_loc	configmap;	/* configMap.name */
	struct wl_pairs		items;		/* configMap.items: key -> path */
	struct wl_pairs		fields;		/* the entry's keys but name (no values) */
};

/* One entry of sidecar.istio.io/userVolumeMount, or of the istio-proxy container's volumeMounts. */
struct wl_user_mount {
	struct wl_str_loc	name;
	struct wl_str_loc	mount_path;
	struct wl_floc		loc;
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
	struct wl_floc		 loc;		/* of the image or annotation value */
	const char		*why_unknown;	/* when unknown: what was tried */
};

struct wl_workload {
	struct wl_object		obj;
	struct wl_floc			loc;
	struct wl_pairs			labels;		/* pod template labels */
	struct wl_pairs			own_labels;	/* the object's own metadata.labels */
	struct wl_pairs			annotations;	/* pod template annotations */
	struct wl_pairs			own_annotations;
	bool				has_volumes;	/* userVolume annotation parsed */
	struct wl_floc			volumes_loc;
	WL_VEC(struct wl_user_volume)	volumes;
	bool				has_mounts;	/* userVolumeMount annotation parsed */
	struct wl_floc			mounts_loc;
	WL_VEC(struct wl_user_mount)	mounts;
	WL_VEC(struct wl_user_volume)	spec_volumes;	/* the pod spec's own volumes */
	/* volumeMounts of an istio-proxy container of the pod spec (model/user-volumes.c says why they count). */
	WL_VEC(struct wl_user_mount)	proxy_mounts;
	WL_VEC(struct wl_container)	containers;
	struct wl_version		version;
	/* The proxy runs as a gateway (istiod's router), not a sidecar; gateway_loc says why (model/proxy-type.c). */
	bool				gateway;
	struct wl_floc			gateway_loc;
	struct wl_selectors		selected_by;	/* set by wl_facts_index: whose selected holds it */
};

/* An annotation a patch sets to null, which a strategic merge deletes; loc is its key's. */
struct wl_deleted_annotation {
	const char	*key;
	struct wl_floc	 loc;
};

/*
 * A patch of a pod template's annotations that a script or kustomize merges
 * into a workload (model/pod-patch.c): a kind-less `kubectl patch
 * --patch-file` document, or a strategic-merge patch naming a workload kind
 * and name but no containers. w holds its annotations, volumes and mounts,
 * at the patch's nodes; w.obj.kind is "patch" for a kind-less one.
 */
struct wl_pod_patch {
	struct wl_workload		 w;	/* its annotations: those it sets */
	bool				 kindless;
	WL_VEC(struct wl_deleted_annotation)	 deleted;
	/* Set by wl_merge_pod_patches: the workload of the inputs it was merged into. */
	const struct wl_workload	*target;
};

struct wl_configmap_key {
	const char	*name;
	size_t		 size;		/* decoded bytes */
	bool		 binary;	/* from binaryData */
	struct wl_floc	 loc;
};

struct wl_configmap {
	struct wl_object			obj;
	struct wl_floc				loc;
	WL_VEC(struct wl_configmap_key)		keys;
};

/* A Namespace: the labels and annotations injection and annotation checks read. */
struct wl_namespace {
	struct wl_object	obj;		/* name is the namespace */
	struct wl_floc		loc;
	struct wl_pairs		labels;
	struct wl_pairs		annotations;
};

/* One port of a Service; target_port is a number or a container port's name. */
struct wl_service_port {
	long			port;
	struct wl_str_loc	target_port;
};

/* A Kubernetes Gateway (gateway.networking.k8s.io); Istio's controller makes its pods. */
struct wl_gateway {
	struct wl_object	obj;		/* first: index.c sorts by it */
	struct wl_floc		loc;		/* metadata.name, or the document */
	struct wl_str_loc	class_name;	/* spec.gatewayClassName */
};

struct wl_service {
	struct wl_object		obj;
	struct wl_floc			loc;
	struct wl_pairs			annotations;
	struct wl_pairs			selector;	/* spec.selector */
	WL_VEC(struct wl_service_port)	ports;
};

/* Where a module came from: named by the user, or found in what was read. */
enum wl_module_origin {
	WL_MODULE_GIVEN,	/* a .wasm path on the command line, or --module */
	WL_MODULE_FOUND,	/* a .wasm file in a directory that was walked */
	WL_MODULE_CONFIGMAP,	/* a ConfigMap's binaryData entry holding wasm */
};

/* A wasm module: read from a file, or decoded from a ConfigMap's binaryData. */
struct wl_module_fact {
	const char		*path;		/* the file (for a ConfigMap: its manifest) */
	const char		*base_name;	/* file name, or the binaryData key */
	enum wl_module_origin	 origin;
	struct wl_loc		 at;		/* the binaryData key; file 1:1 otherwise */
	struct wl_object	 configmap;	/* WL_MODULE_CONFIGMAP: whose entry */
	/*
	 * Lower-case hex, once sum is WL_SUM_DONE: a module in memory is hashed
	 * as it is read, a file only when a load's sha256 is compared with it
	 * (wl_module_sha256), as reading every byte is most of a big module's time.
	 */
	char			 sha256[65];
	enum { WL_SUM_LATER, WL_SUM_DONE, WL_SUM_FAILED } sum;
	struct wl_wasm_module	 m;
	bool			 malformed;
	/* Set by wl_bind_modules: the loads it stands for; a found module no load binds is not checked. */
	WL_VEC(const struct wl_load *)	loaded_by;
	bool			 checked;
};

/* --module URL=FILE or the config's modules: the module standing for url. */
struct wl_module_binding {
	const char			*url;
	const struct wl_module_fact	*module;	/* set once every input is read */
	size_t				 index;		/* in facts->modules */
	bool				 used;		/* some load has url */
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

struct wl_hosts;

/* Everything one run has read. Strings and arrays live in arena. */
/* A file below a Helm chart's templates/ directory: read, but a template, not manifests. */
struct wl_helm_template {
	const char	*chart;		/* the chart's directory as the path names it, or "." */
	struct wl_loc	 at;		/* its first `{{`, else 1:1 */
};

struct wl_intern;

/* Some of the EnvoyFilters, in input order and by namespace (then input order). */
struct wl_anchors;

struct wl_ef_set {
	const struct wl_envoyfilter	**v;
	const struct wl_envoyfilter	**by_ns;
	size_t				  n;
};

/*
 * The lists loading fills, file by file: declared from this table, which
 * wl_facts_append walks too, so a list added here is taken from every
 * reader thread's fragments (model/facts-append.c). A list a later stage
 * fills (module_bindings, loads) is declared outside it.
 */
#define WL_FACTS_LOADED(X)                                                     \
	X(struct wl_envoyfilter, envoyfilters)                                 \
	X(struct wl_wasmplugin, wasmplugins)                                   \
	X(struct wl_workload, workloads)                                       \
	X(struct wl_pod_patch, pod_patches)                                    \
	X(struct wl_configmap, configmaps)                                     \
	X(struct wl_namespace, namespaces)                                     \
	X(struct wl_service, services)                                         \
	X(struct wl_gateway, gateways)                                         \
	X(struct wl_module_fact, modules)                                      \
	X(struct wl_suppression, suppressions)                                 \
	X(struct wl_helm_template, helm_templates)

struct wl_facts {
	struct wl_arena				*arena;
	/* The files that facts' locations name by id (model/floc.h). */
	struct wl_files				*files;
	/*
	 * Where the lists loading fills (WL_FACTS_LOADED) grow when not in
	 * arena: a fragment's own, dropped once appended to the run's
	 * (model/facts-append.h); NULL for the run's facts.
	 */
	struct wl_arena				*lists;
	/* One copy of each short string extracted, in arena: made by the first wl_ex_strndup. */
	struct wl_intern			*strings;
#define WL_FACTS_LIST_FIELD(type, name) WL_VEC(type) name;
	WL_FACTS_LOADED(WL_FACTS_LIST_FIELD)
#undef WL_FACTS_LIST_FIELD
	WL_VEC(struct wl_module_binding)	module_bindings;
	/* Built by wl_facts_index once everything is read. */
	WL_VEC(struct wl_load)			 loads;
	const struct wl_workload		**by_namespace;
	const struct wl_configmap		**configmaps_sorted;
	const struct wl_service			**services_sorted;	/* by namespace */
	const struct wl_gateway			**gateways_sorted;	/* by namespace, name */
	/* By namespace (model/meet.c): every EnvoyFilter, and those with a REMOVE or REPLACE patch. */
	struct wl_ef_set			 envoyfilters_all;
	struct wl_ef_set			 envoyfilters_removing;
	/* Each named patch's versioned anchor (model/anchor.c). */
	const struct wl_anchors			*anchors;
	const char				*root_namespace;
	const char				*istio_version;	/* option, or NULL */
	const struct wl_hosts			*hosts;		/* the host table */
	bool					 validate;	/* validate modules fully */
	size_t					 nmanifests;
};

/* A new zeroed element of one of the lists loading fills (see wl_facts.lists). */
#define WL_FACTS_PUSH(f, list)                                                 \
	WL_VEC_PUSH((f)->lists != NULL ? (f)->lists : (f)->arena, &(f)->list)

#endif
