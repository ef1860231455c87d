/* helm-template-unrendered.c - WL1010: files of a Helm chart's templates/ were given raw; one info per chart says to render them and pipe the result in. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check/check.h"
#include "util/xmalloc.h"

/* By chart, then file, then line: the first template of each chart leads its run. */
static int
by_chart_then_place(const void *a, const void *b)
{
	const struct wl_helm_template *x = *(const struct wl_helm_template *const *)a;
	const struct wl_helm_template *y = *(const struct wl_helm_template *const *)b;
	int c;

	if ((c = strcmp(x->chart, y->chart)) != 0)
		return c;
	if ((c = strcmp(x->at.file, y->at.file)) != 0)
		return c;
	return x->at.line < y->at.line ? -1 : x->at.line > y->at.line;
}

static void
report_chart(struct wl_check *c, const struct wl_helm_template *first,
    size_t nfiles)
{
	bool		 here = strcmp(first->chart, ".") == 0;
	const char	*chart = here ? "" : first->chart, *slash = here ? "" : "/";

	char		 count[48];
	struct wl_diag	*d;

	if (nfiles == 1)
		snprintf(count, sizeof count, "the file given there was not");
	else
		snprintf(count, sizeof count, "none of the %zu files given "
		    "there was", nfiles);
	d = wl_report_loc(c, &first->at, NULL, "Helm template given unrendered: "
	    "%s%stemplates/ holds the templates of the chart %s%sChart.yaml, "
	    "which helm renders before they are YAML; %s checked", chart,
	    slash, chart, slash, count);
	wl_diag_hint(c->sink, d, "run `helm template %s | wasmlint check -`: "
	    "each finding is then reported at the template its `# Source:` "
	    "comment names", first->chart);
}

static void
check_helm_template_unrendered(struct wl_check *c)
{
	const struct wl_facts		 *f = c->facts;
	const struct wl_helm_template	**v;
	size_t				  i, start;

	if (f->helm_templates.n == 0)
		return;
	v = wl_xmalloc(f->helm_templates.n * sizeof *v);
	for (i = 0; i < f->helm_templates.n; i++)
		v[i] = &f->helm_templates.v[i];
	qsort(v, f->helm_templates.n, sizeof *v, by_chart_then_place);
	for (start = 0, i = 1; i <= f->helm_templates.n; i++)
		if (i == f->helm_templates.n ||
		    strcmp(v[i]->chart, v[start]->chart) != 0) {
			report_chart(c, v[start], i - start);
			start = i;
		}
	free(v);
}

const struct wl_rule wl_rule_helm_template_unrendered = {
	.id = "WL1010",
	.slug = "helm-template-unrendered",
	.severity = WL_SEV_INFO,
	.summary = "files of a Helm chart's templates/ are given unrendered",
	.rationale =
	    "Every file below a chart's templates/ directory is a Go "
	    "text/template that helm renders before the result is read as "
	    "YAML (helm/helm pkg/engine/engine.go, v3.x); until then "
	    "`{{ .Values.x }}` is not YAML, or is YAML that says something "
	    "else. Checking such files raw would give syntax errors for "
	    "valid charts, and checking only the files that happen to parse "
	    "would compare an EnvoyFilter with half of its workloads. So "
	    "wasmlint reads none of a chart's templates and says so once per "
	    "chart. `helm template` prints each rendered manifest after a "
	    "`# Source: chart/templates/x.yaml` comment (pkg/action/"
	    "action.go, renderResources), and wasmlint reads that stream on "
	    "standard input reporting each finding at the template it came "
	    "from.",
	.bad = "$ wasmlint check chart/\n",
	.good = "$ helm template chart | wasmlint check -\n",
	.fix = "Render the chart and check the output: `helm template CHART "
	       "[-f values.yaml] | wasmlint check -`. The lines of a finding "
	       "are those of the rendered manifest (the file `helm template "
	       "--output-dir` writes), not of the template.",
	.check = check_helm_template_unrendered,
};
