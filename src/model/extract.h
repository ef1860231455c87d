/* extract.h - turning one YAML document into facts: shared helpers and one entry per kind. */
#ifndef WASMLINT_MODEL_EXTRACT_H
#define WASMLINT_MODEL_EXTRACT_H

#include "diag/sink.h"
#include "model/facts.h"
#include "yaml/node.h"

/* What extracting a document needs: where facts and findings go, and the source text. */
struct wl_extract {
	struct wl_facts	*facts;
	struct wl_sink	*sink;
	const char	*file;	/* in the facts' arena */
	uint32_t	 file_id;	/* file's in facts->files: the file of every floc made */
	const char	*buf;
	size_t		 len;
	/*
	 * Fields are matched as the sidecar injector matches them (JSON in
	 * annotations: wl_node_get_go_field), not exactly as kube-apiserver does.
	 */
	bool		 go_fields;
};

/* The common head of every object: kind, namespace (default "default"), name. */
struct wl_meta {
	struct wl_object	 obj;
	struct wl_floc		 loc;
	const struct wl_node	*metadata;
};

/* Extracts the facts of one document, or of each item of a List (unknown kinds are ignored). */
void	wl_extract_document(struct wl_extract *, const struct wl_node *root);

void	wl_extract_envoyfilter(struct wl_extract *, const struct wl_meta *,
	    const struct wl_node *root);
void	wl_extract_wasmplugin(struct wl_extract *, const struct wl_meta *,
	    const struct wl_node *root);
void	wl_extract_workload(struct wl_extract *, const struct wl_meta *,
	    const struct wl_node *root);
void	wl_extract_configmap(struct wl_extract *, const struct wl_meta *,
	    const struct wl_node *root);
void	wl_extract_namespace(struct wl_extract *, const struct wl_meta *,
	    const struct wl_node *root);
void	wl_extract_service(struct wl_extract *, const struct wl_meta *,
	    const struct wl_node *root);
void	wl_extract_gateway(struct wl_extract *, const struct wl_meta *,
	    const struct wl_node *root);
/* Adds the volume in entry (a Kubernetes Volume object) to w's spec volumes. */
void	wl_extract_spec_volume(struct wl_extract *, struct wl_workload *,
	    const struct wl_node *entry);
/* Adds the volumeMounts of container, an istio-proxy container of the pod spec, to w's proxy mounts. */
void	wl_extract_proxy_mounts(struct wl_extract *, struct wl_workload *,
	    const struct wl_node *container);
/* Records the keys of an EnvoyFilter's spec that its CRD schema lacks. */
void	wl_ex_envoyfilter_unknown_keys(struct wl_extract *,
	    struct wl_envoyfilter *, const struct wl_node *spec);
/* The configuration (a google.protobuf.Any) of map, a PluginConfig or VmConfig, into out; path names it. */
void	wl_ex_wasm_any(struct wl_extract *, const struct wl_node *map,
	    const char *path, struct wl_wasm_any *out);
/*
 * Where the text of the scalar whose value starts at loc begins in the file
 * (past a quote, or on the line after a block scalar's indicator), to map
 * positions in the text into the file; free it with wl_ex_origin_free.
 */
struct wl_yaml_origin	wl_ex_scalar_origin(const struct wl_extract *,
			    const struct wl_floc *);
/* Frees what wl_ex_scalar_origin allocated (the shifts of a quoted scalar). */
void			wl_ex_origin_free(struct wl_yaml_origin *);
/* Sets w->gateway from the pod template's annotations and istio-proxy container (pod_spec). */
void	wl_extract_proxy_type(struct wl_extract *, struct wl_workload *,
	    const struct wl_node *pod_spec);
/* Parses the userVolume and userVolumeMount annotations of a workload. */
void	wl_extract_user_volumes(struct wl_extract *, struct wl_workload *);
/* Forgets the volumes or mounts of w when annotation (deleted by a patch) is userVolume or userVolumeMount. */
void	wl_user_volumes_deleted(struct wl_workload *w, const char *annotation);

/* The n bytes at s copied into the facts, one copy per distinct short string (util/intern.h). */
const char		*wl_ex_strndup(struct wl_extract *, const char *s,
			    size_t n);
/* The location of a node in the document's file, as facts keep it. */
struct wl_floc		 wl_ex_loc(const struct wl_extract *,
			    const struct wl_node *);
/* The same as a finding's location. */
struct wl_loc		 wl_ex_diag_loc(const struct wl_extract *,
			    const struct wl_node *);
/* A location of the document's file as facts keep it, and back. */
struct wl_floc		 wl_ex_pack(const struct wl_extract *,
			    const struct wl_loc *);
struct wl_loc		 wl_ex_unpack(const struct wl_extract *,
			    const struct wl_floc *);
/* A finding of the loader rule id (wl_sink_add_id) at a fact's location. */
struct wl_diag		*wl_ex_report(struct wl_extract *, const char *id,
			    const struct wl_floc *, const char *fmt, ...)
			    __attribute__((format(printf, 4, 5)));
/*
 * The value of key in map when it has the wanted type; NULL when absent or
 * null; a wrong type is reported (WL1005) and gives NULL.
 */
const struct wl_node	*wl_ex_map(struct wl_extract *, const struct wl_node *,
			    const char *key);
const struct wl_node	*wl_ex_seq(struct wl_extract *, const struct wl_node *,
			    const char *key);
/* A scalar value copied into the facts, with its location; s stays NULL when absent. */
struct wl_str_loc	 wl_ex_str(struct wl_extract *, const struct wl_node *,
			    const char *key);
/*
 * The port number at key (1 to 65535) in *port, and its location in *loc
 * (may be NULL); false when absent or, reported as WL1005, not a port.
 */
bool			 wl_ex_port(struct wl_extract *, const struct wl_node *,
			    const char *key, long *port, struct wl_floc *loc);
/*
 * A step of the key path a walk is at, kept on the walk's stack (each step
 * names the one above it), so that the text of a path is only made for
 * what is kept: a key under up, or, with key NULL, entry index of up.
 */
struct wl_key_path {
	const struct wl_key_path	*up;
	const char			*key;
	size_t				 index;
};
/*
 * The text of a path ("a.b[2].c"; "" for NULL) copied into the facts'
 * arena: keys live in the document, which is freed after extraction.
 */
const char		*wl_ex_path_text(struct wl_extract *,
			    const struct wl_key_path *);
/* Whether key is in map with a non-null value, and where the key is. */
struct wl_present	 wl_ex_present(const struct wl_extract *,
			    const struct wl_node *map, const char *key);
/*
 * The selector at spec's key (labels at its labels_key) into sel, for the
 * resource meta heads; sel->has_selector tells whether it was there.
 */
void			 wl_ex_selection(struct wl_extract *,
			    struct wl_selection *sel, const struct wl_meta *meta,
			    const struct wl_node *spec, const char *key,
			    const char *labels_key);
/* The targetRefs list at spec's key, appended to sel->refs. */
void			 wl_ex_target_refs(struct wl_extract *,
			    struct wl_selection *sel,
			    const struct wl_node *spec, const char *key);
/* The single targetRef at spec's key, appended to sel->refs. */
void			 wl_ex_target_ref(struct wl_extract *,
			    struct wl_selection *sel,
			    const struct wl_node *spec, const char *key);
/* An int32 at key; present but not an int32 is reported (WL1005). */
struct wl_int32		 wl_ex_int32(struct wl_extract *,
			    const struct wl_node *map, const char *key);
/* A map of string to string (labels, annotations) copied into the facts. */
void			 wl_ex_pairs(struct wl_extract *, const struct wl_node *,
			    const char *key, struct wl_pairs *);
/* The value of key in pairs, or NULL. */
const struct wl_pair	*wl_pairs_find(const struct wl_pairs *,
			    const char *key);

#endif
