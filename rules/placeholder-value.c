/* placeholder-value.c - WL2518: a placeholder of an example or template (${...}, {{ }}, <your-...>, /path/to/) left in a value that matters. */
#include <string.h>

#include "check/check.h"
#include "model/placeholder.h"

/* True for a file under a templates/ directory: a raw Helm chart, whose {{ }} another check reports. */
static bool
in_templates(const char *file)
{
	return file != NULL && (strncmp(file, "templates/", 10) == 0 ||
	    strstr(file, "/templates/") != NULL);
}

static void
check_value(struct wl_check *c, const struct wl_object *obj,
    const char *what, const char *value, const struct wl_floc *loc,
    enum wl_placeholder_field field)
{
	struct wl_placeholder	ph;
	struct wl_diag		*d;

	if (value == NULL || !wl_placeholder_find(value, field,
	    !in_templates(wl_files_name(c->facts->files, loc->file)), &ph))
		return;
	d = wl_report(c, loc, obj, "%s `%s` holds %s, `%.*s`: nothing fills "
	    "it in after this point, so the value is used as written",
	    what, value, ph.shape, (int)ph.len, value + ph.at);
	wl_diag_hint(c->sink, d, "put the real value in (or render the "
	    "template) before applying");
}

static void
check_labels(struct wl_check *c, const struct wl_object *obj,
    const struct wl_pairs *labels)
{
	size_t i;

	for (i = 0; i < labels->n; i++) {
		check_value(c, obj, "selector label", labels->v[i].key,
		    &labels->v[i].loc, WL_PLACEHOLDER_NAME);
		check_value(c, obj, "selector label value", labels->v[i].value,
		    &labels->v[i].value_loc, WL_PLACEHOLDER_NAME);
	}
}

static void
check_envoyfilter(struct wl_check *c, const struct wl_envoyfilter *ef)
{
	size_t i;

	check_labels(c, &ef->obj, &ef->sel.labels);
	for (i = 0; i < ef->patches.n; i++) {
		const struct wl_patch *p = &ef->patches.v[i];

		check_value(c, &ef->obj, "proxyVersion", p->proxy_version.s,
		    &p->proxy_version.loc, WL_PLACEHOLDER_REGEX);
		check_value(c, &ef->obj, "wasm filename", p->wasm.filename.s,
		    &p->wasm.filename.loc, WL_PLACEHOLDER_PATH);
		check_value(c, &ef->obj, "wasm remote uri", p->wasm.url.s,
		    &p->wasm.url.loc, WL_PLACEHOLDER_PATH);
	}
}

static void
check_wasmplugin(struct wl_check *c, const struct wl_wasmplugin *wp)
{
	check_labels(c, &wp->obj, &wp->sel.labels);
	check_value(c, &wp->obj, "url", wp->url.s, &wp->url.loc,
	    WL_PLACEHOLDER_PATH);
}

static void
check_volumes(struct wl_check *c, const struct wl_object *obj,
    const struct wl_user_volume *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		check_value(c, obj, "volume's ConfigMap name", v[i].configmap.s,
		    &v[i].configmap.loc, WL_PLACEHOLDER_NAME);
}

static void
check_workload(struct wl_check *c, const struct wl_workload *w)
{
	size_t i;

	check_volumes(c, &w->obj, w->volumes.v, w->volumes.n);
	check_volumes(c, &w->obj, w->spec_volumes.v, w->spec_volumes.n);
	for (i = 0; i < w->mounts.n; i++)
		check_value(c, &w->obj, "userVolumeMount mountPath",
		    w->mounts.v[i].mount_path.s, &w->mounts.v[i].mount_path.loc,
		    WL_PLACEHOLDER_PATH);
}

static void
check_placeholder_value(struct wl_check *c)
{
	const struct wl_facts	*f = c->facts;
	size_t			 i;

	for (i = 0; i < f->envoyfilters.n; i++)
		check_envoyfilter(c, &f->envoyfilters.v[i]);
	for (i = 0; i < f->wasmplugins.n; i++)
		check_wasmplugin(c, &f->wasmplugins.v[i]);
	for (i = 0; i < f->workloads.n; i++)
		check_workload(c, &f->workloads.v[i]);
	for (i = 0; i < f->configmaps.n; i++)
		check_value(c, &f->configmaps.v[i].obj, "ConfigMap name",
		    f->configmaps.v[i].obj.name, &f->configmaps.v[i].loc,
		    WL_PLACEHOLDER_NAME);
}

const struct wl_rule wl_rule_placeholder_value = {
	.id = "WL2518",
	.slug = "placeholder-value",
	.severity = WL_SEV_WARNING,
	.summary = "placeholder of an example or template left in a value",
	.rationale =
	    "Examples and templates mark what the user must fill in: "
	    "`${WASM_DIR}` for envsubst, `{{ .Values.x }}` for Helm or Go "
	    "templates, `<your-namespace>` and `your-app-label` in docs, "
	    "`/path/to/` in sample paths, and a laptop's `/Users/<name>/` "
	    "where a plugin was built. Kubernetes, istiod and Envoy take "
	    "such a value literally: a selector label that no pod has "
	    "selects nothing, a filename or mount path that no sidecar has "
	    "fails the listener, an unrendered URL cannot be fetched. The "
	    "check looks only at values that decide what loads where "
	    "(EnvoyFilter selector labels, proxyVersion, wasm filename and "
	    "remote uri; WasmPlugin url and selector; userVolume ConfigMap "
	    "names and userVolumeMount paths; ConfigMap names), and only for "
	    "those exact shapes; `{{ }}` in files under a templates/ "
	    "directory (a raw Helm chart) is left to the chart check.",
	.bad =
	    "workloadSelector:\n"
	    "  labels:\n"
	    "    app: your-app-label\n"
	    "...\n"
	    "filename: /path/to/your/plugin.wasm\n",
	.good =
	    "workloadSelector:\n"
	    "  labels:\n"
	    "    app: go-httpbin\n"
	    "...\n"
	    "filename: /var/local/lib/wasm-filters/http-headers.wasm\n",
	.fix = "Fill in the real value, or render the template (helm "
	       "template, envsubst, kustomize) and check its output.",
	.check = check_placeholder_value,
};
