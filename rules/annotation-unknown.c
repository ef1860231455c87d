/* annotation-unknown.c - WL2602 (IST0108): an annotation in an Istio domain that Istio does not define. */
#include "check/check.h"
#include "schema/annotations.h"
#include "model/annotated.h"

static void
check_set(void *arg, const struct wl_annotated *a)
{
	struct wl_check	*c = arg;
	size_t		 i;

	for (i = 0; i < a->annotations->n; i++) {
		const struct wl_pair	*p = &a->annotations->v[i];
		const char		*close;
		struct wl_diag		*d;

		if (!wl_annotation_is_istio(p->key) ||
		    wl_annotation_ignored(p->key) ||
		    wl_annotation_find(p->key) != NULL)
			continue;
		d = wl_report(c, &p->loc, a->obj, "`%s` is not an Istio "
		    "annotation; nothing reads it", p->key);
		if ((close = wl_annotation_suggest(p->key)) != NULL)
			wl_diag_hint(c->sink, d, "did you mean `%s`?", close);
	}
}

static void
check_annotation_unknown(struct wl_check *c)
{
	wl_each_annotated(c->facts, check_set, c);
}

const struct wl_rule wl_rule_annotation_unknown = {
	.id = "WL2602",
	.slug = "annotation-unknown",
	.severity = WL_SEV_WARNING,
	.summary = "annotation in an Istio domain that Istio does not define",
	.rationale =
	    "Keys whose domain ends in istio.io belong to Istio, which reads "
	    "only the ones it defines (istio/api annotation/annotations.yaml). "
	    "A misspelt key such as sidecar.istio.io/userVolumeMounts or "
	    "sidecar.istio.io/userMount is silently ignored: the volume is "
	    "never mounted and the plugin never found. This is `istioctl "
	    "analyze`'s IST0108 (UnknownAnnotation), which does not look at "
	    "pod templates; here they are checked too, and the hint offers "
	    "the closest known annotation.",
	.bad = "sidecar.istio.io/userVolumeMounts: '[...]'\n",
	.good = "sidecar.istio.io/userVolumeMount: '[...]'\n",
	.fix = "Spell the annotation as Istio defines it (see the hint), or "
	       "move your own annotations out of the istio.io domains.",
	.check = check_annotation_unknown,
};
