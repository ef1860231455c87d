/* patch-order.h - whether a relative configPatch's outcome depends on the order istiod applies EnvoyFilters in. */
#ifndef WASMLINT_MODEL_PATCH_ORDER_H
#define WASMLINT_MODEL_PATCH_ORDER_H

#include "model/facts.h"

enum wl_order {
	WL_ORDER_DEPENDS,	/* its anchor is a filter some patch may add, remove or replace */
	WL_ORDER_NO_ANCHOR,	/* no filter named: a fixed place (first, last) or nothing to do */
	WL_ORDER_BUILT,		/* the anchor is a filter istiod builds into every listener */
	WL_ORDER_MISNAMED,	/* another name of such a filter, one a release p is known to meet does not match */
	WL_ORDER_AS_ADD,	/* an INSERT_* that istiod turns into ADD */
	WL_ORDER_ABSOLUTE,	/* not a relative operation at all */
};

/*
 * How p's outcome depends on patch order. For WL_ORDER_DEPENDS on a filter
 * istiod builds, *undo (and *undo_owner) is the patch of the inputs, in an
 * EnvoyFilter that can reach the same proxies, that removes or replaces
 * it; otherwise *undo is NULL.
 */
enum wl_order	 wl_patch_order(const struct wl_facts *,
		    const struct wl_envoyfilter *ef, const struct wl_patch *p,
		    const struct wl_patch **undo,
		    const struct wl_envoyfilter **undo_owner);
/*
 * The filter name an HTTP_FILTER or NETWORK_FILTER patch is placed or acts
 * relative to (its subFilter's or filter's name, "" when that has none), or
 * NULL when its match names no such filter or p is of another applyTo.
 */
const char	*wl_patch_anchor(const struct wl_patch *);
/*
 * True where `istioctl analyze` reports IST0151 or IST0155 on a patch of an
 * EnvoyFilter without priority: INSERT_BEFORE or INSERT_AFTER on any
 * applyTo, REPLACE on HTTP_FILTER, NETWORK_FILTER and VIRTUAL_HOST, REMOVE
 * on all but ROUTE_CONFIGURATION and HTTP_ROUTE.
 */
bool		 wl_patch_istioctl_relative(const struct wl_patch *);
/*
 * The code `istioctl analyze` gives each patch of the run, indexed by its
 * place when every EnvoyFilter's patches are walked in input order:
 * "IST0155" when an earlier patch of the inputs has a proxyVersion and the
 * same istioctl instance name, else "IST0151"; NULL when istioctl never
 * looks at the patch (an earlier patch of its EnvoyFilter has no `patch`).
 * Allocated in the arena.
 */
const char	**wl_patch_istioctl_codes(struct wl_arena *,
		    const struct wl_facts *);

#endif
