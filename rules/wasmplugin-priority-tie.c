/* wasmplugin-priority-tie.c - WL2705: two WasmPlugins of one namespace with the same priority in one phase reach a workload, so their order follows creation time. */
#include <string.h>

#include "check/check.h"
#include "check/load-pairs.h"
#include "model/describe.h"

#define SORT_SOURCE							\
	"istio/istio pilot/pkg/model/push_context.go: initWasmPlugins "	\
	"(sortConfigByCreationTime) and WasmPlugins (sort.SliceStable by "\
	"priority), tags 1.12.0 to 1.29.0; sortByPriority over "	\
	"TrafficExtensions at 1.30.0"

static const char *
key(struct wl_check *c, const struct wl_load *l)
{
	const struct wl_wasmplugin *wp = l->plugin;

	if (wp == NULL || !wp->priority.valid)
		return NULL;
	/* HTTP and NETWORK plugins go to different filter chains. */
	return wl_arena_printf(c->sink->arena, "%s\x1f%s\x1f%s\x1f%ld",
	    wp->obj.ns != NULL ? wp->obj.ns : "", wp->phase.s != NULL ?
	    wp->phase.s : "", wp->type.s != NULL &&
	    strcmp(wp->type.s, "NETWORK") == 0 ? "n" : "h",
	    wp->priority.value);
}

static void
report(struct wl_check *c, const struct wl_load_pair *p)
{
	struct wl_arena			*a = c->sink->arena;
	const struct wl_wasmplugin	*x = p->a->plugin, *y = p->b->plugin;
	struct wl_diag			*d;

	if (!wl_loads_share_traffic(p->a, p->b))
		return;
	d = wl_report(c, &y->priority.present.loc, &y->obj, "WasmPlugins %s "
	    "and %s both have priority %ld in phase %s and both reach %s%s: "
	    "istiod orders a phase's plugins by priority with a stable sort "
	    "over creation time (" SORT_SOURCE "), so which of them runs "
	    "first depends on which was created first (then on the names), "
	    "not on the manifests", x->obj.name, y->obj.name,
	    y->priority.value, y->phase.s != NULL ? y->phase.s : "(unset)",
	    wl_describe_object(a, &p->w->obj), p->shared > 1 ?
	    wl_arena_printf(a, " and %zu other workloads", p->shared - 1) :
	    "");
	wl_relate(c, d, &x->priority.present.loc, "%s has "
	    "priority %ld here", wl_describe_object(a, &x->obj),
	    x->priority.value);
	wl_diag_hint(c->sink, d, "give the plugin that must run first the "
	    "higher priority");
}

static void
check_wasmplugin_priority_tie(struct wl_check *c)
{
	wl_each_load_pair(c, key, report);
}

const struct wl_rule wl_rule_wasmplugin_priority_tie = {
	.id = "WL2705",
	.slug = "wasmplugin-priority-tie",
	.severity = WL_SEV_WARNING,
	.summary = "two WasmPlugins with the same priority in one phase reach "
		   "a workload",
	.rationale =
	    "Within a phase istiod puts a proxy's WasmPlugins in priority "
	    "order, highest first, with a stable sort over a list it sorted "
	    "by creation time, then name, and in which the proxy's own "
	    "namespace comes before the root namespace (" SORT_SOURCE "). Two "
	    "plugins of one namespace with the same priority therefore run in "
	    "the order they were created, which a fresh cluster, a restore "
	    "or a re-apply can change; that matters whenever one plugin reads "
	    "what the other writes (an auth plugin and one that sets the "
	    "header it checks). A set priority is a statement of order, so a "
	    "tie is reported; plugins without priority are left alone, and "
	    "plugins of different namespaces, phases, types or traffic do "
	    "not tie.",
	.bad = "name: set-user\nspec:\n  phase: AUTHN\n  priority: 10\n---\n"
	       "name: check-user\nspec:\n  phase: AUTHN\n  priority: 10\n",
	.good = "name: set-user\nspec:\n  phase: AUTHN\n  priority: 20\n---\n"
		"name: check-user\nspec:\n  phase: AUTHN\n  priority: 10\n",
	.fix = "Give each WasmPlugin of a phase its own priority, higher for "
	       "the one that must run first.",
	.check = check_wasmplugin_priority_tie,
};
