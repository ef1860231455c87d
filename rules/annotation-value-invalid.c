/* annotation-value-invalid.c - WL2604 (IST0125): a pod annotation value the sidecar injector refuses. */
#include "check/check.h"
#include "schema/annotations.h"
#include "model/annotated.h"

static void
check_set(void *arg, const struct wl_annotated *a)
{
	struct wl_check	*c = arg;
	char		 why[160];
	size_t		 i;

	for (i = 0; i < a->annotations->n; i++) {
		const struct wl_pair		*p = &a->annotations->v[i];
		const struct wl_annotation_def	*def;

		if (p->value == NULL ||
		    (def = wl_annotation_find(p->key)) == NULL ||
		    !wl_annotation_applies(def, a->kind) ||
		    wl_annotation_value_ok(p->key, p->value, why, sizeof why))
			continue;
		wl_report(c, &p->value_loc, a->obj, "`%s: %s`: %s; the sidecar "
		    "injector refuses the pod (invalid value for annotation)",
		    p->key, p->value, why);
	}
}

static void
check_annotation_value_invalid(struct wl_check *c)
{
	wl_each_annotated(c->facts, check_set, c);
}

const struct wl_rule wl_rule_annotation_value_invalid = {
	.id = "WL2604",
	.slug = "annotation-value-invalid",
	.severity = WL_SEV_ERROR,
	.summary = "pod annotation value the sidecar injector refuses",
	.rationale =
	    "Before injecting, the sidecar injector checks the values of "
	    "some pod annotations (istio/istio pkg/kube/inject/validate.go): "
	    "interceptionMode, the readiness probe numbers, the status port, "
	    "the traffic include/exclude port and CIDR lists, "
	    "prometheus.istio.io/merge-metrics. A value it cannot parse makes "
	    "the webhook refuse the pod, so the workload's pods are not "
	    "created. `istioctl analyze` reports this as IST0125 "
	    "(InvalidAnnotation, a warning) on Pods only; here pod templates "
	    "are checked as well.",
	.bad = "readiness.status.sidecar.istio.io/initialDelaySeconds: 10s\n",
	.good =
	    "readiness.status.sidecar.istio.io/initialDelaySeconds: \"10\"\n",
	.fix = "Write the value in the form the message gives (plain numbers, "
	       "comma-separated lists without blanks around CIDRs).",
	.check = check_annotation_value_invalid,
};
