/* wasm-file-mounted-by-patch.c - WL2407: the wasm filename lies under no mount of a selected workload, only under one of an annotation patch that names no workload of the inputs. */
#include <string.h>

#include "check/check.h"
#include "model/describe.h"
#include "model/lookup.h"
#include "model/pod-patch.h"

/* Why the patch by cannot be tied to a workload. */
static const char *
untied_why(struct wl_arena *a, const struct wl_pod_patch *by)
{
	if (by->kindless)
		return "a `kubectl patch --patch-file` document names no kind or "
		    "name: the command line names the workload it patches";
	return wl_arena_printf(a, "it patches %s, which is not among the "
	    "inputs", wl_describe_object(a, &by->w.obj));
}

static void
check_load(struct wl_check *c, const struct wl_load *l)
{
	struct wl_arena			*a = c->sink->arena;
	const struct wl_pod_patch	*by;
	const struct wl_user_mount	*m;
	size_t				 i;

	for (i = 0; i < l->sel->selected.n; i++) {
		const struct wl_workload	*w = l->sel->selected.v[i];
		struct wl_diag			*d;

		if (!wl_load_needs_mount(l, w) ||
		    (m = wl_pod_patch_mount_for_path(c->facts, l->path,
		    &by)) == NULL)
			continue;
		d = wl_report(c, &l->file.loc, l->owner, "`%s` is under no "
		    "mountPath of %s; only the annotation patch at %s:%u:%u "
		    "mounts it, which wasmlint cannot tie to a workload (%s): "
		    "if the patch is not applied to %s, Envoy %s", l->path,
		    wl_describe_object(a, &w->obj),
		    wl_files_name(c->facts->files, m->mount_path.loc.file),
		    m->mount_path.loc.line, m->mount_path.loc.col,
		    untied_why(a, by), wl_describe_object(a, &w->obj),
		    l->plugin != NULL ? "cannot load the plugin" :
		    "rejects the listener");
		wl_relate(c, d, &m->mount_path.loc, "the patch "
		    "mounts %s here", m->mount_path.s);
		wl_diag_hint(c->sink, d, "make sure the script or kustomization "
		    "applies this patch to %s, or put the annotations on its "
		    "pod template", wl_describe_object(a, &w->obj));
	}
}

static void
check_wasm_file_mounted_by_patch(struct wl_check *c)
{
	wl_each_load(c, check_load);
}

const struct wl_rule wl_rule_wasm_file_mounted_by_patch = {
	.id = "WL2407",
	.slug = "wasm-file-mounted-by-patch",
	.severity = WL_SEV_WARNING,
	.summary = "wasm filename is mounted only by an annotation patch "
		   "that names no workload of the inputs",
	.rationale =
	    "Teams often keep the sidecar.istio.io/userVolume and "
	    "userVolumeMount annotations in a patch that a script or "
	    "kustomize merges into the Deployment: a `kubectl patch "
	    "--patch-file` document with only "
	    "spec.template.metadata.annotations (kubectl applies it as a "
	    "strategic merge patch: kubernetes/kubernetes "
	    "staging/src/k8s.io/kubectl/pkg/cmd/patch/patch.go at 040f689d), "
	    "or a kustomize patch with a workload's kind and name but no "
	    "containers. A patch naming a workload of the inputs is merged "
	    "into it, its annotations winning (kubernetes/apimachinery "
	    "strategicpatch/patch.go mergeMap at 6e531d37), and WL2402 checks "
	    "the result. A kind-less patch names no target, and a named "
	    "target may be in files not given, so when the plugin's file is "
	    "mounted only by such a patch the mount is likely but not proven: "
	    "a warning, not WL2402's error.",
	.bad =
	    "# wasm-patch.yaml, for kubectl patch deployment web --patch-file\n"
	    "spec:\n"
	    "  template:\n"
	    "    metadata:\n"
	    "      annotations:\n"
	    "        sidecar.istio.io/userVolumeMount: "
	    "'[{\"name\":\"wasm\",\"mountPath\":\"/var/local/wasm\"}]'\n",
	.good =
	    "# a kustomize patch naming the workload it is merged into\n"
	    "apiVersion: apps/v1\n"
	    "kind: Deployment\n"
	    "metadata:\n"
	    "  name: web\n"
	    "spec: {template: {metadata: {annotations: {...the same...}}}}\n",
	.fix = "Pass the patched workload's manifest with a patch that names "
	       "its kind and name (a kustomize strategic-merge patch), or put "
	       "the annotations on the workload's pod template; check that "
	       "the script applies the patch to the selected workload.",
	.check = check_wasm_file_mounted_by_patch,
};
