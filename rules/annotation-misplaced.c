/* annotation-misplaced.c - WL2601 (IST0107): an Istio annotation on an object kind it does not apply to, such as a Deployment's own metadata. */
#include <string.h>

#include "check/check.h"
#include "schema/annotations.h"
#include "model/annotated.h"
#include "model/describe.h"

/* Relates the wasm files that EnvoyFilters selecting w expect below a mount this annotation was meant to make. */
static void
relate_wasm_files(struct wl_check *c, const struct wl_workload *w,
    const char *key, struct wl_diag *d)
{
	size_t i, j;

	if (strcmp(key, "sidecar.istio.io/userVolume") != 0 &&
	    strcmp(key, "sidecar.istio.io/userVolumeMount") != 0)
		return;
	for (i = 0; i < w->selected_by.n; i++) {
		const struct wl_envoyfilter *ef = w->selected_by.v[i]->envoyfilter;

		if (ef == NULL)
			continue;	/* a WasmPlugin's */
		for (j = 0; j < ef->patches.n; j++)
			if (ef->patches.v[j].wasm.filename.s != NULL)
				wl_relate(c, d,
				    &ef->patches.v[j].wasm.filename.loc,
				    "%s loads the plugin from here, which this "
				    "annotation was meant to mount",
				    wl_describe_object(c->sink->arena,
				    &ef->obj));
	}
}

static void
check_pair(struct wl_check *c, const struct wl_annotated *a,
    const struct wl_pair *p)
{
	const struct wl_annotation_def	*def;
	struct wl_diag			*d;
	const char			*what;

	if (!wl_annotation_is_istio(p->key) || wl_annotation_ignored(p->key) ||
	    (def = wl_annotation_find(p->key)) == NULL ||
	    wl_annotation_applies(def, a->kind))
		return;
	what = wl_describe_object(c->sink->arena, a->obj);
	if (a->workload != NULL && !a->pod_template &&
	    wl_annotation_applies(def, "Pod")) {
		d = wl_report(c, &p->loc, a->obj, "`%s` can only be applied "
		    "to Pod: %s sets it on its own metadata, which the sidecar "
		    "injector never reads", p->key, what);
		wl_diag_hint(c->sink, d, "move the annotation to "
		    "spec.template.metadata.annotations");
		relate_wasm_files(c, a->workload, p->key, d);
		return;
	}
	wl_report(c, &p->loc, a->obj, "`%s` can only be applied to %s, not "
	    "to %s; nothing reads it there", p->key, def->resources,
	    a->pod_template ? wl_arena_printf(c->sink->arena, "the pod "
	    "template of %s", what) : what);
}

static void
check_set(void *arg, const struct wl_annotated *a)
{
	size_t i;

	for (i = 0; i < a->annotations->n; i++)
		check_pair(arg, a, &a->annotations->v[i]);
}

static void
check_annotation_misplaced(struct wl_check *c)
{
	wl_each_annotated(c->facts, check_set, c);
}

const struct wl_rule wl_rule_annotation_misplaced = {
	.id = "WL2601",
	.slug = "annotation-misplaced",
	.severity = WL_SEV_WARNING,
	.summary = "Istio annotation on an object kind it does not apply to",
	.rationale =
	    "Each Istio annotation is read from one kind of object (istio/api "
	    "annotation/annotations.yaml). The sidecar injector reads pod "
	    "annotations only: on a Deployment's own metadata "
	    "sidecar.istio.io/userVolume, userVolumeMount or proxyImage do "
	    "nothing, so the plugin is never mounted (WL2402 then reports the "
	    "wasm filename). This is `istioctl analyze`'s IST0107 "
	    "(MisplacedAnnotation), which looks at Namespaces, Services, Pods "
	    "and Deployments only, and not at all when analyzing files since "
	    "Istio 1.19; here every workload kind and pod template is "
	    "checked.",
	.bad =
	    "kind: Deployment\n"
	    "metadata:\n"
	    "  annotations:\n"
	    "    sidecar.istio.io/userVolumeMount: '[...]'\n",
	.good =
	    "kind: Deployment\n"
	    "spec:\n"
	    "  template:\n"
	    "    metadata:\n"
	    "      annotations:\n"
	    "        sidecar.istio.io/userVolumeMount: '[...]'\n",
	.fix = "Move the annotation to the object kind the message names; for "
	       "pod annotations, to spec.template.metadata.annotations.",
	.check = check_annotation_misplaced,
};
