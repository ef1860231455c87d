/* annotated.c - walking every set of annotations: objects' own metadata, pod templates, and patches of them. */
#include <string.h>

#include "model/annotated.h"

static void
each_workload(const struct wl_workload *w,
    void (*fn)(void *, const struct wl_annotated *), void *arg)
{
	struct wl_annotated a = { &w->obj, w->obj.kind, &w->own_annotations,
		&w->own_labels, false, w };

	fn(arg, &a);
	if (strcmp(w->obj.kind, "Pod") == 0)
		return;		/* a Pod is its own template */
	a.kind = "Pod";
	a.annotations = &w->annotations;
	a.labels = &w->labels;
	a.pod_template = true;
	fn(arg, &a);
}

void
wl_each_annotated(const struct wl_facts *f,
    void (*fn)(void *, const struct wl_annotated *), void *arg)
{
	size_t i;

	for (i = 0; i < f->workloads.n; i++)
		each_workload(&f->workloads.v[i], fn, arg);
	for (i = 0; i < f->pod_patches.n; i++) {
		const struct wl_pod_patch	*p = &f->pod_patches.v[i];
		struct wl_annotated		 a = { &p->w.obj, "Pod",
			&p->w.annotations, &p->w.labels, true, NULL };

		if (p->target == NULL)	/* else read as the target's */
			fn(arg, &a);
	}
	for (i = 0; i < f->namespaces.n; i++) {
		const struct wl_namespace	*n = &f->namespaces.v[i];
		struct wl_annotated		 a = { &n->obj, n->obj.kind,
			&n->annotations, &n->labels, false, NULL };

		fn(arg, &a);
	}
	for (i = 0; i < f->services.n; i++) {
		const struct wl_service	*s = &f->services.v[i];
		struct wl_annotated	 a = { &s->obj, s->obj.kind,
			&s->annotations, NULL, false, NULL };

		fn(arg, &a);
	}
}
