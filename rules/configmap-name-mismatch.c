/* configmap-name-mismatch.c - WL2406: a userVolume names a ConfigMap the inputs lack, while they hold one of that namespace with that name plus a kustomize hash suffix, or a close name. */
#include <string.h>

#include "check/check.h"
#include "model/describe.h"
#include "model/index.h"
#include "util/list-text.h"
#include "util/suggest.h"

/*
 * kustomize's hash suffix: HashTransformer renames a generated ConfigMap
 * "%s-%s" (name, hash), and the hash is the first 10 hex digits of a
 * SHA-256 with 0, 1, 3, a, e turned into g, h, k, m, t, so it is 10
 * characters of this alphabet (kubernetes-sigs/kustomize, kustomize/v5.8.1:
 * api/internal/builtins/HashTransformer.go, api/hasher/hasher.go encode).
 */
#define WL_KUSTOMIZE_HASH_LEN		10
#define WL_KUSTOMIZE_HASH_ALPHABET	"2456789bcdfghkmt"

/* Whether name is base, a dash and a kustomize hash. */
static bool
is_hashed_name(const char *name, const char *base)
{
	size_t n = strlen(base);

	return strncmp(name, base, n) == 0 && name[n] == '-' &&
	    strlen(name + n + 1) == WL_KUSTOMIZE_HASH_LEN &&
	    strspn(name + n + 1, WL_KUSTOMIZE_HASH_ALPHABET) ==
		WL_KUSTOMIZE_HASH_LEN;
}

static const char *
configmap_names(struct wl_arena *a, struct wl_configmap_range r)
{
	struct wl_list_text	l = { a, "" };
	size_t			i;

	for (i = 0; i < r.n; i++)
		if (r.v[i]->obj.name != NULL)
			wl_list_text_add(&l, r.v[i]->obj.name);
	return l.text;
}

static void
report_hashed(struct wl_check *c, const struct wl_workload *w,
    const struct wl_user_volume *v, const struct wl_configmap *cm)
{
	struct wl_diag *d;

	d = wl_report(c, &v->configmap.loc, &w->obj,
	    "userVolume `%s` of %s mounts ConfigMap `%s`, which is not among "
	    "the inputs, but `%s` is: `%s` with a kustomize hash suffix, the "
	    "output of a configMapGenerator; kustomize renames references in "
	    "the fields it knows, not inside the sidecar.istio.io/userVolume "
	    "annotation, so the sidecar mounts a ConfigMap that does not exist",
	    v->name.s, wl_describe_object(c->sink->arena, &w->obj),
	    v->configmap.s, cm->obj.name, v->configmap.s);
	wl_relate(c, d, &cm->loc, "ConfigMap %s is defined here",
	    cm->obj.name);
	wl_diag_hint(c->sink, d, "in kustomization.yaml, set "
	    "`generatorOptions: {disableNameSuffixHash: true}` (or "
	    "`options.disableNameSuffixHash` on this generator), or declare the "
	    "volume in spec.template.spec.volumes, whose configMap.name "
	    "kustomize rewrites, and keep only the userVolumeMount");
}

static void
report_close(struct wl_check *c, const struct wl_workload *w,
    const struct wl_user_volume *v, struct wl_configmap_range in_ns,
    const char *close)
{
	struct wl_diag *d;

	d = wl_report(c, &v->configmap.loc, &w->obj,
	    "userVolume `%s` of %s mounts ConfigMap `%s`, which is not among "
	    "the inputs; they hold ConfigMaps of namespace %s (%s), and the "
	    "pod does not start without it", v->name.s,
	    wl_describe_object(c->sink->arena, &w->obj), v->configmap.s,
	    w->obj.ns, configmap_names(c->sink->arena, in_ns));
	wl_diag_hint(c->sink, d, "did you mean `%s`?", close);
}

static void
check_volume(struct wl_check *c, const struct wl_workload *w,
    const struct wl_user_volume *v)
{
	struct wl_configmap_range	in_ns;
	struct wl_suggest		s;
	size_t				i;

	if (v->configmap.s == NULL ||
	    wl_configmap_named(c->facts, w->obj.ns, v->configmap.s) != NULL)
		return;
	in_ns = wl_configmaps_in(c->facts, w->obj.ns);
	wl_suggest_init(&s, v->configmap.s);
	for (i = 0; i < in_ns.n; i++) {
		const struct wl_configmap *cm = in_ns.v[i];

		if (cm->obj.name == NULL)
			continue;
		if (is_hashed_name(cm->obj.name, v->configmap.s)) {
			report_hashed(c, w, v, cm);
			return;
		}
		wl_suggest_try(&s, cm->obj.name);
	}
	if (s.best != NULL)
		report_close(c, w, v, in_ns, s.best);
}

static void
check_configmap_name_mismatch(struct wl_check *c)
{
	const struct wl_facts	*f = c->facts;
	size_t			 i, j;

	for (i = 0; i < f->workloads.n; i++)
		for (j = 0; j < f->workloads.v[i].volumes.n; j++)
			check_volume(c, &f->workloads.v[i],
			    &f->workloads.v[i].volumes.v[j]);
}

const struct wl_rule wl_rule_configmap_name_mismatch = {
	.id = "WL2406",
	.slug = "configmap-name-mismatch",
	.severity = WL_SEV_WARNING,
	.summary = "userVolume names a ConfigMap the inputs lack, beside one "
		   "with a kustomize hash suffix or a close name",
	.rationale =
	    "A ConfigMap volume whose ConfigMap does not exist keeps the pod "
	    "in ContainerCreating. The ConfigMap of a Wasm plugin is often made "
	    "by `kubectl create configmap --from-file` outside the manifests, "
	    "so a missing one is not reported by itself; it is when the inputs "
	    "hold ConfigMaps of the namespace and one of them is evidently the "
	    "one meant. A configMapGenerator names its ConfigMap NAME-HASH (a "
	    "dash and 10 characters of 2456789bcdfghkmt: kubernetes-sigs/"
	    "kustomize, kustomize/v5.8.1, api/internal/builtins/"
	    "HashTransformer.go and api/hasher/hasher.go) and rewrites the "
	    "references listed in its nameReference configuration "
	    "(api/internal/konfig/builtinpluginconsts/namereference.go: for a "
	    "ConfigMap, fields such as spec/template/spec/volumes/configMap/name, "
	    "and no sidecar.istio.io annotation), so the name inside the "
	    "userVolume JSON keeps the generator's NAME. Otherwise a name "
	    "within a typo's distance of one in the namespace is reported with "
	    "it. A warning: the ConfigMap may still be created another way.",
	.bad =
	    "# kustomize build output: the generator made http-headers-wasm-97gt286kkf\n"
	    "sidecar.istio.io/userVolume: "
	    "'[{\"name\":\"wasmfilters-dir\",\"configMap\":{\"name\":\"http-headers-wasm\"}}]'\n",
	.good =
	    "# kustomization.yaml\n"
	    "generatorOptions:\n"
	    "  disableNameSuffixHash: true\n"
	    "configMapGenerator:\n"
	    "- name: http-headers-wasm\n"
	    "  files: [http-headers.wasm]\n",
	.fix = "For a generated ConfigMap, set generatorOptions."
	       "disableNameSuffixHash (or options.disableNameSuffixHash on the "
	       "generator), or declare the volume in spec.template.spec.volumes "
	       "(a name reference kustomize rewrites) and keep only "
	       "sidecar.istio.io/userVolumeMount; otherwise name the ConfigMap "
	       "as it is defined.",
	.check = check_configmap_name_mismatch,
};
