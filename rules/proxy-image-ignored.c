/* proxy-image-ignored.c - WL2614: a sidecar.istio.io/proxyImage without a `/`, which the injector ignores. */
#include <string.h>

#include "check/check.h"
#include "model/describe.h"
#include "model/extract.h"

#define PROXY_IMAGE "sidecar.istio.io/proxyImage"

static void
check_proxy_image_ignored(struct wl_check *c)
{
	const struct wl_facts	*f = c->facts;
	size_t			 i;

	for (i = 0; i < f->workloads.n; i++) {
		const struct wl_workload	*w = &f->workloads.v[i];
		const struct wl_pair		*a;
		struct wl_diag			*d;

		a = wl_pairs_find(&w->annotations, PROXY_IMAGE);
		if (a == NULL || a->value == NULL || strchr(a->value, '/'))
			continue;
		d = wl_report(c, &a->value_loc, &w->obj, "%s `%s` of %s has no "
		    "`/`, so the injector ignores it and runs its own "
		    "hub/proxyv2:tag image; the sidecar version is not the one "
		    "written here", PROXY_IMAGE, a->value,
		    wl_describe_object(c->sink->arena, &w->obj));
		wl_diag_hint(c->sink, d, "give the full image reference, e.g. "
		    "docker.io/istio/%s", a->value);
	}
}

const struct wl_rule wl_rule_proxy_image_ignored = {
	.id = "WL2614",
	.slug = "proxy-image-ignored",
	.severity = WL_SEV_WARNING,
	.summary = "sidecar.istio.io/proxyImage without a `/` is ignored",
	.rationale =
	    "Istio's injection template uses the proxyImage annotation only "
	    "when its value contains a `/` (a registry path); otherwise it "
	    "falls back to the mesh's own hub, image and tag. A short value "
	    "such as `proxyv2:1.12.2` is silently dropped, so the sidecar "
	    "runs another release than the one the manifest names, and the "
	    "proxyVersion and ABI checks that rely on that release do not "
	    "hold. wasmlint then does not take the sidecar version from it.",
	.bad = "sidecar.istio.io/proxyImage: proxyv2:1.12.2\n",
	.good = "sidecar.istio.io/proxyImage: docker.io/istio/proxyv2:1.12.2\n",
	.fix = "Write the full image reference with its registry path.",
	.check = check_proxy_image_ignored,
};
