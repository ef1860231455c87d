/* abi-marker-several.c - WL3101: the module exports several ABI markers; the host takes the first it accepts, in export order. */
#include "check/check.h"
#include "hosts/module-host.h"
#include "model/describe.h"
#include "hosts/target.h"

/* True when the host of g takes marker e. */
static bool
takes(const struct wl_host_view *v, unsigned g, const void *e)
{
	const struct wl_host_row *row;

	return wl_host_marker(v, g, &row) == e;
}

/* "`b` on Istio 1.8 and later, `a` on Istio 1.7". */
static const char *
winners(struct wl_arena *a, const struct wl_host_view *v)
{
	struct wl_list_text	l = { a, "" };
	uint64_t		gens;
	size_t			i;

	for (i = 0; i < v->nmarkers; i++)
		if ((gens = wl_host_gens_where(v, takes, v->markers[i])) != 0)
			wl_list_text_add(&l, wl_arena_printf(a, "`%s` on %s",
			    v->markers[i]->name, wl_hosts_describe_gens(a,
			    v->hosts, gens)));
	return l.text;
}

static void
check_module(struct wl_check *c, const struct wl_module_fact *mf,
    const struct wl_host_view *v, const struct wl_targets *targets)
{
	const struct wl_hosts		*h = c->facts->hosts;
	struct wl_arena			*a = c->sink->arena;
	const struct wl_host_row	*row;
	const struct wl_wasm_export	*e;
	const char			*names = wl_host_marker_names(a, v);
	size_t				 i;
	struct wl_loc			 loc;

	if (v->nmarkers < 2)
		return;
	if (targets->n == 0) {
		loc = wl_module_loc(mf, mf->m.export_section_offset);
		wl_report_loc(c, &loc, NULL, "exports %zu ABI version markers "
		    "(%s); each host takes the first it accepts in export "
		    "order: %s", v->nmarkers, names, winners(a, v));
		return;
	}
	for (i = 0; i < targets->n; i++) {
		const struct wl_target	*t = &targets->v[i];
		struct wl_caveat	 cv = { a, h, "" };

		if ((e = wl_host_marker(v, (unsigned)t->gen, &row)) == NULL)
			continue;	/* abi-marker-unsupported */
		wl_caveat_release(&cv, t->release);
		loc = wl_module_loc(mf, e->offset);
		wl_report_loc(c, &loc, NULL, "exports %zu ABI version markers "
		    "(%s); %s takes the first it accepts in export order, "
		    "`%s` (ABI %s, at byte 0x%zx), and ignores the others%s",
		    v->nmarkers, names, wl_target_describe(a, t), e->name,
		    h->abis.v[wl_host_row_abi(row)], e->offset,
		    wl_caveat_text(&cv));
	}
}

static void
check_abi_marker_several(struct wl_check *c)
{
	wl_each_module_targets(c, check_module);
}

const struct wl_rule wl_rule_abi_marker_several = {
	.id = "WL3101",
	.slug = "abi-marker-several",
	.severity = WL_SEV_WARNING,
	.summary = "module exports several ABI version markers; the host "
		   "takes the first it accepts",
	.rationale =
	    "A module declares its Proxy-Wasm ABI by exporting a function "
	    "named proxy_abi_version_<x>_<y>_<z>. With several, the host "
	    "takes the first one it accepts in export order and ignores the "
	    "rest, so which ABI the module speaks, and with it which "
	    "callback signatures and host functions apply, depends on the "
	    "Istio release: a module exporting 0_2_1 then 0_2_0 speaks 0.2.1 "
	    "on Istio 1.8 and later but 0.2.0 on Istio 1.7. This usually "
	    "comes from linking two SDK versions, or an SDK and a hand-"
	    "written marker.",
	.bad = "(module (func (export \"proxy_abi_version_0_2_1\")) "
	       "(func (export \"proxy_abi_version_0_2_0\")) ...)\n",
	.good = "(module (func (export \"proxy_abi_version_0_2_1\")) ...)\n",
	.fix = "Export exactly one marker: the ABI your SDK implements.",
	.check = check_abi_marker_several,
};
