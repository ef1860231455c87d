/* wasm-file-not-mounted.c - WL2402: the wasm filename lies under no userVolumeMount of a selected workload. */
#include "check/check.h"
#include "model/describe.h"
#include "model/extract.h"
#include "model/lookup.h"

#define MOUNT_ANNOTATION "sidecar.istio.io/userVolumeMount"

static void
explain_missing_mount(struct wl_check *c, const struct wl_workload *w,
    struct wl_diag *d)
{
	const struct wl_pair	*own;
	const char		*name = wl_describe_object(c->sink->arena,
	    &w->obj);
	size_t			 i;

	for (i = 0; i < w->mounts.n; i++)
		wl_diag_relate(c->sink, d, &w->mounts.v[i].mount_path.loc,
		    "%s mounts %s here", name, w->mounts.v[i].mount_path.s);
	if (w->has_mounts) {
		if (w->mounts.n == 0)
			wl_diag_relate(c->sink, d, &w->mounts_loc, "%s: %s "
			    "declares no mount", name, MOUNT_ANNOTATION);
		return;
	}
	own = wl_pairs_find(&w->own_annotations, MOUNT_ANNOTATION);
	if (own != NULL && w->own_annotations.v != w->annotations.v) {
		wl_diag_relate(c->sink, d, &own->loc, "%s sets %s on its own "
		    "metadata, which the sidecar injector never reads", name,
		    MOUNT_ANNOTATION);
		wl_diag_hint(c->sink, d, "move the annotation to "
		    "spec.template.metadata.annotations");
		return;
	}
	wl_diag_relate(c->sink, d, &w->loc, "%s has no %s annotation on its "
	    "pod template", name, MOUNT_ANNOTATION);
}

static void
check_load(struct wl_check *c, const struct wl_load *l)
{
	const char		*file = l->file.s;
	size_t			 i;

	if (file == NULL || file[0] != '/')
		return;
	for (i = 0; i < l->sel->selected.n; i++) {
		const struct wl_workload	*w = l->sel->selected.v[i];
		struct wl_diag			*d;

		if (!wl_load_reaches(l, w) ||
		    wl_mount_for_path(w, file) != NULL)
			continue;
		d = wl_report(c, &l->file.loc, l->owner,
		    "`%s` is under no %s mountPath of %s: the sidecar has no "
		    "such file and Envoy %s", file, MOUNT_ANNOTATION,
		    wl_describe_object(c->sink->arena, &w->obj),
		    l->plugin != NULL ? "cannot load the plugin" :
		    "rejects the listener");
		explain_missing_mount(c, w, d);
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
	    "pod-template annotation sidecar.istio.io/userVolumeMount. When "
	    "`vm_config.code.local.filename` lies outside every mountPath (a "
	    "typo in the directory, a mount that was renamed, or annotations "
	    "put on the Deployment's own metadata where the injector never "
	    "looks), Envoy finds no file and rejects the listener at run "
	    "time. Each selected workload is checked.",
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
