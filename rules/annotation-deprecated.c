/* annotation-deprecated.c - WL2603 (IST0135): an Istio annotation that Istio has deprecated. */
#include <string.h>

#include "check/check.h"
#include "schema/annotations.h"
#include "model/annotated.h"
#include "model/extract.h"

#define INJECT "sidecar.istio.io/inject"

static void
check_set(void *arg, const struct wl_annotated *a)
{
	struct wl_check	*c = arg;
	size_t		 i;

	for (i = 0; i < a->annotations->n; i++) {
		const struct wl_pair		*p = &a->annotations->v[i];
		const struct wl_annotation_def	*def;
		bool				 inject;

		if (wl_annotation_ignored(p->key) ||
		    (def = wl_annotation_find(p->key)) == NULL ||
		    !def->deprecated)
			continue;
		inject = strcmp(p->key, INJECT) == 0;
		/* Both the annotation and its replacement label: kept on purpose. */
		if (inject && a->labels != NULL &&
		    wl_pairs_find(a->labels, INJECT) != NULL)
			continue;
		wl_report(c, &p->loc, a->obj, "`%s` is deprecated%s and may "
		    "not work in future Istio versions", p->key, inject ?
		    " in favor of the sidecar.istio.io/inject label" : "");
	}
}

static void
check_annotation_deprecated(struct wl_check *c)
{
	wl_each_annotated(c->facts, check_set, c);
}

const struct wl_rule wl_rule_annotation_deprecated = {
	.id = "WL2603",
	.slug = "annotation-deprecated",
	.severity = WL_SEV_INFO,
	.summary = "Istio annotation is deprecated",
	.rationale =
	    "istio/api marks some annotations deprecated "
	    "(sidecar.istio.io/inject in favour of the label of the same "
	    "name, the statsInclusion* family, discoveryAddress, ...); they "
	    "still work today and may stop in a later release. This is "
	    "`istioctl analyze`'s IST0135 (DeprecatedAnnotation), including "
	    "its exception for the inject annotation next to the inject "
	    "label.",
	.bad = "annotations:\n  sidecar.istio.io/inject: \"false\"\n",
	.good = "labels:\n  sidecar.istio.io/inject: \"false\"\n",
	.fix = "Use the replacement the Istio documentation gives for the "
	       "annotation.",
	.check = check_annotation_deprecated,
};
