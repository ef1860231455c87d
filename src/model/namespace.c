/* namespace.c - Namespace facts: labels (istio-injection) and annotations. */
#include "model/extract.h"

void
wl_extract_namespace(struct wl_extract *ex, const struct wl_meta *meta,
    const struct wl_node *root)
{
	struct wl_namespace *n;

	(void)root;
	n = WL_FACTS_PUSH(ex->facts, namespaces);
	n->obj = meta->obj;
	n->loc = meta->loc;
	wl_ex_pairs(ex, meta->metadata, "labels", &n->labels);
	wl_ex_pairs(ex, meta->metadata, "annotations", &n->annotations);
}
