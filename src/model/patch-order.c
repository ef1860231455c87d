/* patch-order.c - does a relative patch find its anchor whatever the EnvoyFilter order: no anchor, an anchor istiod builds, or an INSERT_* istiod turns into ADD. */
#include <stdlib.h>
#include <string.h>

#include "schema/envoyfilter-api.h"
#include "schema/istiod-filters.h"
#include "model/meet.h"
#include "model/patch.h"
#include "model/patch-istiod.h"
#include "model/patch-order.h"

/*
 * istio/istio pilot/pkg/networking/core/envoyfilter/listener_patch.go at
 * 1.29.6 (commit 7019d6d3608e): hasHTTPFilterMatch is false without a
 * subFilter and hasNetworkFilterMatch without a filter; then INSERT_BEFORE
 * prepends ("insert before without a filter match is same as insert in the
 * beginning"), INSERT_AFTER appends, REPLACE and REMOVE do nothing.
 */
const char *
wl_patch_anchor(const struct wl_patch *p)
{
	if (wl_str_is(&p->apply_to, "HTTP_FILTER"))
		return p->subfilter.set ? (p->match_subfilter.s != NULL ?
		    p->match_subfilter.s : "") : NULL;
	if (wl_str_is(&p->apply_to, "NETWORK_FILTER"))
		return p->filter.set ? (p->match_filter.s != NULL ?
		    p->match_filter.s : "") : NULL;
	return NULL;
}

static bool
undoes(const struct wl_patch *q, const char *apply_to, const char *anchor)
{
	const char *qa;

	if (!wl_str_is(&q->apply_to, apply_to))
		return false;
	/* A REPLACE by a filter of the same name leaves the anchor in place. */
	if (!wl_str_is(&q->operation, "REMOVE") &&
	    (!wl_str_is(&q->operation, "REPLACE") ||
	    wl_str_is(&q->value_name, anchor)))
		return false;
	qa = wl_patch_anchor(q);
	if (qa == NULL)
		return false;
	/* Either name of a filter istiod builds finds it from 1.7.1 to 1.18. */
	return strcmp(qa, anchor) == 0 || (wl_istiod_names_built(apply_to,
	    qa) && strcmp(wl_istiod_built_name(apply_to, qa, WL_ERA_1_7_1),
	    wl_istiod_built_name(apply_to, anchor, WL_ERA_1_7_1)) == 0);
}

/* A patch other than p that removes the filter anchor, or replaces it by another name, where it may meet p. */
static const struct wl_patch *
find_undo(const struct wl_facts *f, const struct wl_envoyfilter *ef_p,
    const struct wl_patch *p, const char *anchor,
    const struct wl_envoyfilter **owner)
{
	const struct wl_envoyfilter	*ef;
	struct wl_meet			 m;
	size_t				 j;

	/* Only a REMOVE or a REPLACE undoes an anchor. */
	for (wl_meet_start(&m, f, &f->envoyfilters_removing, ef_p);
	    (ef = wl_meet_next(&m)) != NULL;) {
		for (j = 0; j < ef->patches.n; j++) {
			const struct wl_patch *q = &ef->patches.v[j];

			if (q != p && undoes(q, p->apply_to.s, anchor)) {
				*owner = ef;
				return q;
			}
		}
	}
	return NULL;
}

enum wl_order
wl_patch_order(const struct wl_facts *f, const struct wl_envoyfilter *ef,
    const struct wl_patch *p, const struct wl_patch **undo,
    const struct wl_envoyfilter **undo_owner)
{
	const char	*anchor;
	unsigned	 eras, found;

	*undo = NULL;
	*undo_owner = NULL;
	if (p->operation.s == NULL || p->apply_to.s == NULL)
		return WL_ORDER_ABSOLUTE;
	if (strncmp(p->operation.s, "INSERT_", 7) == 0 &&
	    wl_ef_operation_effect(p->apply_to.s, p->operation.s) ==
	    WL_EF_AS_ADD)
		return WL_ORDER_AS_ADD;
	if (!wl_patch_is_relative(p))
		return WL_ORDER_ABSOLUTE;
	if (!wl_str_is(&p->apply_to, "HTTP_FILTER") &&
	    !wl_str_is(&p->apply_to, "NETWORK_FILTER"))
		return WL_ORDER_DEPENDS;	/* routes, listener filters, virtual hosts: anchors not modelled */
	anchor = wl_patch_anchor(p);
	if (anchor == NULL)
		return WL_ORDER_NO_ANCHOR;
	if (!wl_istiod_names_built(p->apply_to.s, anchor))
		return WL_ORDER_DEPENDS;
	/*
	 * Compared as the istiod releases that may apply p compare it
	 * (schema/istiod-filters.c). Where some find the filter and the
	 * others none of that name, no order changes the outcome; but where
	 * the gate or the sidecar version says which releases those are
	 * and one of them finds nothing, that is worth saying.
	 */
	eras = wl_patch_istiod_eras(f, ef, p);
	found = wl_istiod_finds_built(p->apply_to.s, anchor, eras);
	if (found == 0 || (found != eras && eras != WL_ERAS_ALL))
		return WL_ORDER_MISNAMED;
	*undo = find_undo(f, ef, p, anchor, undo_owner);
	return *undo != NULL ? WL_ORDER_DEPENDS : WL_ORDER_BUILT;
}

/*
 * istio/istio pkg/config/analysis/analyzers/envoyfilter/envoyfilter.go at
 * 1.29.6 (commit 7019d6d3608e), analyzeEnvoyFilterPatch: the operations it
 * passes to relativeOperationMsg.
 */
bool
wl_patch_istioctl_relative(const struct wl_patch *p)
{
	const char *to = p->apply_to.s, *op = p->operation.s;

	if (op == NULL || to == NULL)
		return false;
	if (strcmp(op, "INSERT_BEFORE") == 0 || strcmp(op, "INSERT_AFTER") == 0)
		return true;
	if (strcmp(op, "REPLACE") == 0)
		return strcmp(to, "HTTP_FILTER") == 0 ||
		    strcmp(to, "NETWORK_FILTER") == 0 ||
		    strcmp(to, "VIRTUAL_HOST") == 0;
	if (strcmp(op, "REMOVE") == 0)
		return strcmp(to, "ROUTE_CONFIGURATION") != 0 &&
		    strcmp(to, "HTTP_ROUTE") != 0;
	return false;
}

/*
 * The name istioctl files a patch under (analyzeEnvoyFilterPatch, as
 * above): value.name when patch.value is a mapping that has it, the
 * matched filterChain filter's name when it is a mapping without it, else
 * "" (no value, or one that is not a mapping). It compares the protobuf
 * text of value.name, which equal strings give equally.
 */
static const char *
istioctl_name(const struct wl_patch *p)
{
	if (!p->value_map)
		return "";
	if (p->value_name.s != NULL)
		return p->value_name.s;
	return p->match_filter.s != NULL ? p->match_filter.s : "";
}

/* A patch istioctl looks at: its name, its place in the walk, its gate. */
struct named_patch {
	const char	*name;
	size_t		 ordinal;
	bool		 gated;
};

static int
by_name_then_ordinal(const void *a, const void *b)
{
	const struct named_patch *x = a, *y = b;
	int c = strcmp(x->name, y->name);

	if (c != 0)
		return c;
	return x->ordinal < y->ordinal ? -1 : x->ordinal > y->ordinal;
}

/*
 * Analyze and analyzeEnvoyFilterPatch (as above): one list of names over
 * every EnvoyFilter, to which each patch with a non-empty proxyVersion adds
 * its name after being looked at, whatever its namespace, gate or
 * operation; an EnvoyFilter's patches stop at the first without `patch`.
 * relativeOperationMsg reports IST0155 when the patch's name is in the
 * list. istioctl walks its store's order; the inputs' order stands for it.
 * Sorting the patches by name, then by place, finds every patch's earlier
 * namesakes at once: O(patches log patches) for the run.
 */
const char **
wl_patch_istioctl_codes(struct wl_arena *a, const struct wl_facts *f)
{
	struct named_patch	*named;
	const char		**code;
	size_t			 total = 0, n = 0, i, j, ordinal = 0;

	for (i = 0; i < f->envoyfilters.n; i++)
		total += f->envoyfilters.v[i].patches.n;
	code = wl_arena_alloc(a, (total + 1) * sizeof *code);
	named = wl_arena_alloc(a, (total + 1) * sizeof *named);
	for (i = 0; i < f->envoyfilters.n; i++) {
		const struct wl_envoyfilter *ef = &f->envoyfilters.v[i];
		bool stopped = false;

		for (j = 0; j < ef->patches.n; j++, ordinal++) {
			const struct wl_patch *q = &ef->patches.v[j];

			code[ordinal] = NULL;	/* istioctl stopped before q */
			if (stopped)
				continue;
			/* istioctl looks at q, and stops there without
			 * filing its name when q has no `patch` */
			stopped = q->null_item || !q->patch.set;
			named[n++] = (struct named_patch){ istioctl_name(q),
			    ordinal, !stopped && q->proxy_version.s != NULL &&
			    *q->proxy_version.s != '\0' };
		}
	}
	qsort(named, n, sizeof *named, by_name_then_ordinal);
	for (i = 0; i < n; i = j) {
		bool earlier_gated = false;

		for (j = i; j < n && strcmp(named[j].name, named[i].name) == 0;
		    j++) {
			code[named[j].ordinal] = earlier_gated ? "IST0155" :
			    "IST0151";
			earlier_gated = earlier_gated || named[j].gated;
		}
	}
	return code;
}
