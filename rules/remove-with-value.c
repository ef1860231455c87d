/* remove-with-value.c - WL2511: a REMOVE patch that carries a value, which istiod ignores. */
#include "check/check.h"
#include "model/patch.h"

static void
check_patch(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p)
{
	if (!wl_patch_validated(p) || !wl_str_is(&p->operation, "REMOVE") ||
	    !p->value.set)
		return;
	wl_report(c, &p->value.loc, &ef->obj, "configPatches[%u]: operation "
	    "REMOVE ignores `value`; the object removed is the one the match "
	    "selects%s", p->index, p->value_name.s != NULL ?
	    ", not the one value.name names" : "");
}

static void
check_remove_with_value(struct wl_check *c)
{
	wl_each_patch(c, check_patch);
}

const struct wl_rule wl_rule_remove_with_value = {
	.id = "WL2511",
	.slug = "remove-with-value",
	.severity = WL_SEV_WARNING,
	.summary = "REMOVE patch carries a value, which is ignored",
	.rationale =
	    "REMOVE deletes whatever the match selects; istiod never reads "
	    "patch.value for it, and its validation says nothing. A value "
	    "with a filter name suggests the author expected REMOVE to "
	    "delete that filter: with a broad match it deletes every object "
	    "the match reaches instead.",
	.bad =
	    "- applyTo: HTTP_FILTER\n"
	    "  match:\n"
	    "    listener: {portNumber: 8080}\n"
	    "  patch:\n"
	    "    operation: REMOVE\n"
	    "    value:\n"
	    "      name: envoy.filters.http.wasm\n",
	.good =
	    "- applyTo: HTTP_FILTER\n"
	    "  match:\n"
	    "    listener:\n"
	    "      portNumber: 8080\n"
	    "      filterChain:\n"
	    "        filter:\n"
	    "          name: envoy.filters.network.http_connection_manager\n"
	    "          subFilter: {name: envoy.filters.http.wasm}\n"
	    "  patch:\n"
	    "    operation: REMOVE\n",
	.fix = "Drop `value`, and say what to remove in the match "
	       "(subFilter.name for an HTTP filter).",
	.check = check_remove_with_value,
};
