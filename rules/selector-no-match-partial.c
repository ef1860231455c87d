/* selector-no-match-partial.c - WL2303: a selector that matches no workload of the inputs, none of which looks like the one it means: the inputs may hold only part of the namespace. */
#include <string.h>

#include "check/check.h"
#include "model/describe.h"
#include "model/lookup.h"
#include "model/near-miss.h"
#include "util/list-text.h"

/* The workloads listed by name in the finding; more are counted. */
#define LISTED	3

/* "Deployment default/redis, ... and 4 more": the workloads read in sel's reach. */
static const char *
workloads_read(struct wl_arena *a, const struct wl_selection *sel)
{
	struct wl_list_text	t = { a, "" };
	size_t			i;

	for (i = 0; i < sel->scope.n && i < LISTED; i++)
		wl_list_text_add(&t, wl_describe_object(a,
		    &sel->scope.v[i]->obj));
	if (sel->scope.n > LISTED)
		return wl_arena_printf(a, "%s and %zu more", t.text,
		    sel->scope.n - LISTED);
	return t.text;
}

static void
check_selection(struct wl_check *c, const struct wl_object *obj,
    const struct wl_selection *sel)
{
	struct wl_arena		*a = c->sink->arena;
	struct wl_near_miss	 nm;
	struct wl_diag		*d;
	size_t			 n = sel->scope.n;

	if (!wl_selection_unmatched(c->facts, sel) || sel->elsewhere.n > 0 ||
	    wl_selection_near_miss(sel, &nm))
		return;		/* WL2301 when a workload looks meant */
	d = wl_report(c, &sel->labels.loc, obj,
	    "%s %s matches none of the %zu workload%s read in %s (%s), and "
	    "none of them looks like the one it means: the selected workload "
	    "may be in files not given; the %s's plugin mount and sidecar "
	    "version are not checked", sel->key,
	    wl_describe_pairs(a, &sel->labels), n, n == 1 ? "" : "s",
	    strcmp(sel->ns, c->facts->root_namespace) == 0 ?
	    "any namespace" : wl_arena_printf(a, "namespace %s", sel->ns),
	    workloads_read(a, sel), obj->kind);
	wl_diag_hint(c->sink, d, "pass the manifests of the workload it "
	    "selects (or the whole directory); if it is none of the inputs, "
	    "check the selector's labels against its pod template");
}

static void
check_selector_no_match_partial(struct wl_check *c)
{
	wl_each_selection(c, check_selection);
}

const struct wl_rule wl_rule_selector_no_match_partial = {
	.id = "WL2303",
	.slug = "selector-no-match-partial",
	.severity = WL_SEV_WARNING,
	.summary = "selector matches no workload of the inputs, none of "
		   "which looks meant",
	.rationale =
	    "The inputs of a run are often part of a namespace: the changed "
	    "files of a commit, or one application's directory beside a "
	    "shared Deployment. A selector that matches none of the "
	    "workloads read may select one in a file that was not given, or "
	    "be wrong. wasmlint calls it an error (WL2301) only when a "
	    "workload of the inputs looks like the one meant (its own "
	    "metadata labels match, its name is a selector value, its pod "
	    "labels are a single typo away, or it is in another namespace "
	    "and would be selected there); otherwise it is this "
	    "warning, naming the workloads it compared with, and the mount "
	    "and version checks of the resource did not run.",
	.bad =
	    "# inputs: envoyfilter.yaml (workloadSelector app: reviews) and\n"
	    "# redis.yaml (app: redis); reviews is in another directory\n"
	    "$ wasmlint check envoyfilter.yaml redis.yaml\n",
	.good = "$ wasmlint check envoyfilter.yaml redis.yaml reviews/\n",
	.fix = "Pass the selected workload's manifests too; if it is not "
	       "among them either, correct the selector's labels.",
	.check = check_selector_no_match_partial,
};
