/*
 * test-fragment.c - files taken into fragments, as reader threads take them,
 * and merged give the run the same facts and findings, in the same order,
 * as files taken into the run's facts directly.
 */
#include "test-util.h"

#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag/sink.h"
#include "input/load.h"
#include "model/facts-append.h"
#include "model/facts.h"
#include "model/floc.h"
#include "util/intern.h"

/* Every kind of fact loading makes, and findings of the loader and extraction. */
static const char objects[] =
    "# wasmlint disable-next-line=WL2101 -- the patch is for 1.12\n"
    "apiVersion: apps/v1\n"
    "kind: Deployment\n"
    "metadata:\n"
    "  name: web\n"
    "  namespace: shop\n"
    "  annotations:\n"
    "    wasmlint.io/ignore: WL2301\n"
    "spec:\n"
    "  template:\n"
    "    metadata:\n"
    "      labels: {app: web}\n"
    "    spec:\n"
    "      containers: [{name: web, image: web:1}]\n"
    "---\n"
    "apiVersion: v1\n"
    "kind: ConfigMap\n"
    "metadata: {name: plugin, namespace: shop}\n"
    "binaryData:\n"
    "  plugin.wasm: AGFzbQEAAAA=\n"
    "---\n"
    "apiVersion: v1\n"
    "kind: Namespace\n"
    "metadata: {name: shop, labels: {istio-injection: enabled}}\n"
    "---\n"
    "apiVersion: v1\n"
    "kind: Service\n"
    "metadata: {name: web, namespace: shop}\n"
    "spec: {selector: {app: web}, ports: [{port: 80}]}\n"
    "---\n"
    "apiVersion: gateway.networking.k8s.io/v1\n"
    "kind: Gateway\n"
    "metadata: {name: edge, namespace: shop}\n"
    "spec: {gatewayClassName: istio}\n"
    "---\n"
    "apiVersion: extensions.istio.io/v1alpha1\n"
    "kind: WasmPlugin\n"
    "metadata: {name: auth, namespace: shop}\n"
    "spec: {url: oci://example.com/auth:1, priority: many}\n";

/* A second file: a duplicate key, an unknown suppression, a syntax error. */
static const char filter[] =
    "apiVersion: networking.istio.io/v1alpha3\n"
    "kind: EnvoyFilter\n"
    "metadata:\n"
    "  name: headers\n"
    "  namespace: shop # wasmlint enable-line\n"
    "  name: headers2\n"
    "spec:\n"
    "  workloadSelector: {labels: {app: web}}\n"
    "---\n"
    "a: [b\n";

/* Annotation patches: a kustomize one of web, and a kind-less kubectl one. */
static const char patches[] =
    "apiVersion: apps/v1\n"
    "kind: Deployment\n"
    "metadata: {name: web, namespace: shop}\n"
    "spec:\n"
    "  template:\n"
    "    metadata:\n"
    "      annotations:\n"
    "        sidecar.istio.io/userVolumeMount: '[{\"name\":\"wasm\",\"mountPath\":\"/w\"}]'\n"
    "---\n"
    "spec:\n"
    "  template:\n"
    "    metadata:\n"
    "      annotations:\n"
    "        sidecar.istio.io/userVolume: '[{\"name\":\"wasm\",\"configMap\":{\"name\":\"plugin\"}}]'\n"
    "        proxy.istio.io/config: '{}'\n";

/* Writes text as the file name below dir; returns its path. */
static char *
write_file(const char *dir, const char *name, const char *text)
{
	char	*path = malloc(strlen(dir) + strlen(name) + 2);
	FILE	*fp;

	assert_non_null(path);
	sprintf(path, "%s/%s", dir, name);
	fp = fopen(path, "w");
	assert_non_null(fp);
	assert_int_equal(fputs(text, fp) >= 0, 1);
	assert_int_equal(fclose(fp), 0);
	return path;
}

/* Facts and findings of a run, in its own arena. */
struct side {
	struct wl_facts	facts;
	struct wl_sink	sink;
};

static void
side_init(struct side *s, struct wl_arena *a)
{
	memset(s, 0, sizeof *s);
	s->facts.arena = a;
	s->facts.files = wl_files_new(a);
	s->facts.root_namespace = "istio-system";
	s->sink.arena = a;
}

static void
assert_same_diags(const struct wl_sink *a, const struct wl_sink *b)
{
	size_t i;

	assert_int_equal(a->diags.n, b->diags.n);
	for (i = 0; i < a->diags.n; i++) {
		const struct wl_diag *x = &a->diags.v[i], *y = &b->diags.v[i];

		assert_string_equal(x->rule_id, y->rule_id);
		assert_string_equal(x->message, y->message);
		assert_string_equal(x->loc.file, y->loc.file);
		assert_int_equal(x->loc.line, y->loc.line);
		assert_int_equal(x->loc.col, y->loc.col);
		assert_int_equal(x->nrelated, y->nrelated);
	}
}

static bool
has_rule(const struct wl_sink *s, const char *id)
{
	size_t i;

	for (i = 0; i < s->diags.n; i++)
		if (strcmp(s->diags.v[i].rule_id, id) == 0)
			return true;
	return false;
}

/* A fact's location on each side names the same file, line and column. */
static void
assert_same_floc(const struct wl_facts *a, const struct wl_floc *x,
    const struct wl_facts *b, const struct wl_floc *y)
{
	struct wl_loc lx = wl_floc_loc(a->files, x), ly = wl_floc_loc(b->files, y);

	assert_non_null(lx.file);
	assert_string_equal(lx.file, ly.file);
	assert_int_equal(lx.line, ly.line);
	assert_int_equal(lx.col, ly.col);
}

/*
 * Every list loading fills has as many entries on both sides, and some;
 * those located by a packed location are at the same places.
 */
static void
assert_same_lists(const struct wl_facts *a, const struct wl_facts *b)
{
	size_t i;

#define SAME(list)                                                             \
	do {                                                                   \
		assert_int_equal(a->list.n, b->list.n);                        \
		assert_true(a->list.n > 0);                                    \
	} while (0)
#define SAME_AT(list, at)                                                      \
	do {                                                                   \
		SAME(list);                                                    \
		for (i = 0; i < a->list.n; i++)                                \
			assert_same_floc(a, &a->list.v[i].at, b,               \
			    &b->list.v[i].at);                                 \
	} while (0)
	SAME_AT(envoyfilters, loc);
	SAME_AT(wasmplugins, loc);
	SAME_AT(workloads, loc);
	SAME_AT(pod_patches, w.loc);
	SAME_AT(configmaps, loc);
	SAME_AT(namespaces, loc);
	SAME_AT(services, loc);
	SAME_AT(gateways, loc);
	SAME(modules);
	SAME(suppressions);
	SAME(helm_templates);
#undef SAME_AT
#undef SAME
	assert_int_equal(a->nmanifests, b->nmanifests);
	for (i = 0; i < a->pod_patches.n; i++) {
		const struct wl_pod_patch *x = &a->pod_patches.v[i];
		const struct wl_pod_patch *y = &b->pod_patches.v[i];

		assert_int_equal(x->kindless, y->kindless);
		assert_string_equal(x->w.obj.kind, y->w.obj.kind);
		assert_int_equal(x->w.annotations.n, y->w.annotations.n);
		assert_int_equal(x->w.mounts.n, y->w.mounts.n);
		assert_int_equal(x->w.volumes.n, y->w.volumes.n);
	}
}

static void
test_fragments_merge_as_direct(void **state)
{
	struct wl_arena		*a = *state, *reader = wl_arena_new();
	char			 dir[] = "/tmp/wl-fragment-XXXXXX";
	char			*paths[5], chart[64], templates[80];
	struct side		 direct, merged;
	struct wl_facts		 base;
	struct wl_loaded	 l;
	size_t			 i;

	assert_non_null(mkdtemp(dir));
	snprintf(chart, sizeof chart, "%s/chart", dir);
	snprintf(templates, sizeof templates, "%s/templates", chart);
	assert_int_equal(mkdir(chart, 0700), 0);
	assert_int_equal(mkdir(templates, 0700), 0);
	paths[0] = write_file(dir, "objects.yaml", objects);
	paths[1] = write_file(dir, "filter.yaml", filter);
	paths[2] = write_file(chart, "Chart.yaml", "name: chart\n");
	paths[3] = write_file(templates, "cm.yaml", "name: {{ .Values.x }}\n");
	paths[4] = write_file(dir, "patches.yaml", patches);
	side_init(&direct, a);
	side_init(&merged, a);
	base = wl_facts_apart(&merged.facts, reader, wl_intern_new(reader),
	    NULL);
	for (i = 0; i < 6; i++) {
		const char *path = i < 5 ? paths[i] : "/nonexistent/x.yaml";

		assert_int_equal(wl_load_file(&direct.facts, &direct.sink,
		    path, WL_MODULE_FOUND), i < 5 ? 0 : -1);
		wl_load_read(&l, path, true);
		wl_load_extract(&l, path, WL_MODULE_FOUND, &base);
		assert_non_null(l.fragment);
		assert_int_equal(wl_load_take(&merged.facts, &merged.sink, path,
		    WL_MODULE_FOUND, &l), i < 5 ? 0 : -1);
	}
	assert_same_lists(&direct.facts, &merged.facts);
	assert_same_diags(&direct.sink, &merged.sink);
	assert_true(has_rule(&merged.sink, "WL1001"));	/* syntax */
	assert_true(has_rule(&merged.sink, "WL1004"));	/* unreadable */
	assert_true(has_rule(&merged.sink, "WL1005"));	/* priority: many */
	assert_true(has_rule(&merged.sink, "WL1006"));	/* enable-line */
	assert_true(has_rule(&merged.sink, "WL1009"));	/* name twice */
	/* One reader's fragments share its strings: "shop" of both files is one copy. */
	assert_ptr_equal(merged.facts.workloads.v[0].obj.ns,
	    merged.facts.envoyfilters.v[0].obj.ns);
	assert_ptr_not_equal(direct.facts.workloads.v[0].obj.ns,
	    merged.facts.workloads.v[0].obj.ns);
	/* The patches file's two: web's, and the kind-less one, with its two annotations. */
	assert_int_equal(merged.facts.pod_patches.n, 2);
	assert_false(merged.facts.pod_patches.v[0].kindless);
	assert_int_equal(merged.facts.pod_patches.v[0].w.mounts.n, 1);
	assert_true(merged.facts.pod_patches.v[1].kindless);
	assert_int_equal(merged.facts.pod_patches.v[1].w.annotations.n, 2);
	assert_int_equal(merged.facts.pod_patches.v[1].w.volumes.n, 1);
	for (i = 5; i-- > 0;) {
		assert_int_equal(unlink(paths[i]), 0);
		free(paths[i]);
	}
	assert_int_equal(rmdir(templates), 0);
	assert_int_equal(rmdir(chart), 0);
	assert_int_equal(rmdir(dir), 0);
	wl_arena_free(reader);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_fragments_merge_as_direct,
		    wl_test_arena_new, wl_test_arena_free),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
