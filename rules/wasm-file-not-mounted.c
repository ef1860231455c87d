/* wasm-file-not-mounted.c - WL2402: the wasm filename lies under no userVolumeMount of a selected workload. */
#include <string.h>

#include "check/check.h"
#include "model/describe.h"
#include "model/extract.h"
#include "model/lookup.h"
#include "model/pod-patch.h"
#include "schema/proxy-image.h"
#include "util/list-text.h"

#define MOUNT_ANNOTATION "sidecar.istio.io/userVolumeMount"

static void
explain_missing_mount(struct wl_check *c, const struct wl_workload *w,
    struct wl_diag *d)
{
	const struct wl_pair	*own;
	const struct wl_floc	*deleted;
	const char		*name = wl_describe_object(c->sink->arena,
	    &w->obj);
	size_t			 i;

	for (i = 0; i < w->mounts.n; i++)
		wl_relate(c, d, &w->mounts.v[i].mount_path.loc,
		    "%s mounts %s here", name, w->mounts.v[i].mount_path.s);
	for (i = 0; i < w->proxy_mounts.n; i++)
		wl_relate(c, d, &w->proxy_mounts.v[i].mount_path.loc,
		    "the istio-proxy container of %s mounts %s here", name,
		    w->proxy_mounts.v[i].mount_path.s);
	if (w->has_mounts) {
		if (w->mounts.n == 0)
			wl_relate(c, d, &w->mounts_loc, "%s: %s "
			    "declares no mount", name, MOUNT_ANNOTATION);
		return;
	}
	own = wl_pairs_find(&w->own_annotations, MOUNT_ANNOTATION);
	if (own != NULL && w->own_annotations.v != w->annotations.v) {
		wl_relate(c, d, &own->loc, "%s sets %s on its own "
		    "metadata, which the sidecar injector never reads", name,
		    MOUNT_ANNOTATION);
		wl_diag_hint(c->sink, d, "move the annotation to "
		    "spec.template.metadata.annotations");
		return;
	}
	if ((deleted = wl_pod_patch_deletion(c->facts, w, MOUNT_ANNOTATION))
	    != NULL) {
		wl_relate(c, d, deleted, "this patch of %s sets %s to null, "
		    "which deletes it", name, MOUNT_ANNOTATION);
		return;
	}
	wl_relate(c, d, &w->loc, "%s has no %s annotation on its "
	    "pod template", name, MOUNT_ANNOTATION);
}

/* Points at the mounts of patches tied to no workload: the one meant may be among them. */
static void
relate_patch_mounts(struct wl_check *c, struct wl_diag *d)
{
	size_t i, j;

	for (i = 0; i < c->facts->pod_patches.n; i++) {
		const struct wl_pod_patch *p = &c->facts->pod_patches.v[i];

		for (j = 0; p->target == NULL && j < p->w.mounts.n; j++) {
			const struct wl_str_loc *mp = &p->w.mounts.v[j].mount_path;

			wl_relate(c, d, &mp->loc, "an annotation "
			    "patch that wasmlint cannot tie to a workload "
			    "mounts %s here", mp->s);
		}
	}
}

/* "a (1.5-1.17), b (1.7-1.17)": what the proxyv2 image ships in its extensions directory. */
static const char *
image_files(struct wl_arena *a)
{
	struct wl_list_text	t = { a, "" };
	size_t			i;

	for (i = 0; i < wl_nimage_files; i++)
		wl_list_text_add(&t, wl_arena_printf(a, "%s (1.%u-1.%u)",
		    wl_image_files[i].path + strlen(WL_PROXY_EXTENSIONS_DIR),
		    wl_image_files[i].first, wl_image_files[i].last));
	return t.text;
}

/* Says why file, which the proxy image shipped in other releases or never, is absent for w. */
static void
explain_image(struct wl_check *c, const struct wl_load *l,
    const struct wl_workload *w, const struct wl_image_file *img,
    struct wl_diag *d)
{
	if (img != NULL) {
		const char *why = wl_arena_printf(c->sink->arena, "the "
		    "proxyv2 image of Istio %s does not ship %s; Istio "
		    "1.%u-1.%u copy it there (pilot/docker/Dockerfile.proxyv2)",
		    w->version.version, l->path, img->first, img->last);

		if (w->version.source == WL_VERSION_OPTION)
			wl_diag_hint(c->sink, d, "%s", why);
		else
			wl_relate(c, d, &w->version.loc, "%s", why);
		return;
	}
	if (wl_path_below(WL_PROXY_EXTENSIONS_DIR, l->path) != NULL)
		wl_diag_hint(c->sink, d, "the proxyv2 image's %s holds only "
		    "Istio's own plugins: %s", WL_PROXY_EXTENSIONS_DIR,
		    image_files(c->sink->arena));
}

static void
check_load(struct wl_check *c, const struct wl_load *l)
{
	const char			*file = l->path;
	const struct wl_image_file	*img;
	const struct wl_pod_patch	*by;
	size_t				 i;

	if (file == NULL)
		return;
	img = wl_image_file(file);
	for (i = 0; i < l->sel->selected.n; i++) {
		const struct wl_workload	*w = l->sel->selected.v[i];
		struct wl_diag			*d;

		/* A patch tied to no workload mounting it: WL2407's warning. */
		if (!wl_load_needs_mount(l, w) ||
		    wl_pod_patch_mount_for_path(c->facts, file, &by) != NULL)
			continue;
		d = wl_report(c, &l->file.loc, l->owner,
		    "`%s`%s is under no %s mountPath of %s%s: %s has no such "
		    "file and Envoy %s", file, file != l->file.s ?
		    " (the relative path as Envoy opens it, from its working "
		    "directory /)" : "", MOUNT_ANNOTATION,
		    wl_describe_object(c->sink->arena, &w->obj),
		    w->proxy_mounts.n > 0 ? " nor of its istio-proxy "
		    "container's volumeMounts" : "",
		    w->gateway ? "the gateway's proxy" : "the sidecar",
		    l->plugin != NULL ? "cannot load the plugin" :
		    "rejects the listener");
		explain_missing_mount(c, w, d);
		relate_patch_mounts(c, d);
		explain_image(c, l, w, img, d);
	}
}

static void
check_wasm_file_not_mounted(struct wl_check *c)
{
	wl_each_load(c, check_load);
}

const struct wl_rule wl_rule_wasm_file_not_mounted = {
	.id = "WL2402",
	.slug = "wasm-file-not-mounted",
	.severity = WL_SEV_ERROR,
	.summary = "wasm filename is not under a userVolumeMount of the "
		   "selected workload",
	.rationale =
	    "The plugin reaches the istio-proxy container only through the "
	    "pod-template annotation sidecar.istio.io/userVolumeMount, or "
	    "the volumeMounts of an istio-proxy container in the pod spec "
	    "(a gateway chart's Deployment; merged by the injector from 1.9). "
	    "When "
	    "`vm_config.code.local.filename` lies outside every mountPath (a "
	    "typo in the directory, a mount that was renamed, or annotations "
	    "put on the Deployment's own metadata where the injector never "
	    "looks), Envoy finds no file and rejects the listener at run "
	    "time. Each selected workload is checked. A file the proxyv2 "
	    "image itself ships needs no mount: Istio 1.5-1.17 copy their "
	    "telemetry plugins (stats-filter.wasm, "
	    "metadata-exchange-filter.wasm, and from 1.7 their "
	    ".compiled.wasm) into /etc/istio/extensions/ "
	    "(istio/istio pilot/docker/Dockerfile.proxyv2: 1.5.0 lines 57-58 "
	    "through 1.6.14, the .compiled.wasm too from 1.7.0 lines 51-54 "
	    "through 1.17.8 lines 44-47; 1.18.0 dropped them), so such a "
	    "filename is reported only when the sidecar's known release "
	    "does not ship it.",
	.bad =
	    "# pod template: userVolumeMount "
	    "'[{\"mountPath\":\"/var/local/lib/wasm-filters\",...}]'\n"
	    "filename: /var/lib/wasm-filters/http-headers.wasm\n",
	.good = "filename: /var/local/lib/wasm-filters/http-headers.wasm\n",
	.fix = "Make the filename start with a mountPath of the workload's "
	       "sidecar.istio.io/userVolumeMount, set on "
	       "spec.template.metadata.annotations.",
	.check = check_wasm_file_not_mounted,
};
