/* callback-signature.c - WL3107: an export the host looks up (proxy_on_*, allocator, start function) has another signature than it requires. */
#include <string.h>

#include "check/check.h"
#include "hosts/module-host.h"
#include "hosts/target.h"

/* The row by which g looks e up, for the ABI the module speaks on g. */
static const struct wl_host_row *
looked_up(const struct wl_host_view *v, unsigned g,
    const struct wl_wasm_export *e)
{
	return v->abi[g] < 0 ? NULL : wl_host_export_row(v->hosts, g,
	    v->abi[g], e);
}

static bool
matches(const struct wl_host_view *v, unsigned g, const void *arg)
{
	const struct wl_wasm_export	*e = arg;
	const struct wl_host_row	*row = looked_up(v, g, e);

	return row != NULL && strcmp(row->sig, e->sig.text) == 0;
}

static bool
differs(const struct wl_host_view *v, unsigned g, const void *arg)
{
	const struct wl_wasm_export	*e = arg;
	const struct wl_host_row	*row = looked_up(v, g, e);

	return row != NULL && strcmp(row->sig, e->sig.text) != 0;
}

struct subject {
	const struct wl_module_fact	*mf;
	const struct wl_host_view	*v;
	const struct wl_wasm_export	*e;
	uint64_t			 bad;
};

static void
report(struct wl_check *c, const struct wl_target *t, unsigned g,
    const void *arg)
{
	const struct subject		*s = arg;
	const struct wl_wasm_export	*e = s->e;
	const struct wl_hosts		*h = c->facts->hosts;
	struct wl_arena			*a = c->sink->arena;
	struct wl_caveat		 cv = { a, h, "" };
	struct wl_loc			 loc = wl_module_loc(s->mf, e->offset);
	const struct wl_host_row	*row = looked_up(s->v, g, e);
	const char			*who;

	if (t != NULL) {
		wl_caveat_release(&cv, t->release);
		who = wl_target_describe(a, t);
	} else
		who = wl_arena_printf(a, "%s (every release that looks it "
		    "up)", wl_hosts_describe_gens(a, h, s->bad));
	wl_caveat_row(&cv, row, wl_arena_printf(a, "`%s` in %s", e->name,
	    h->gens.v[g].name));
	wl_report_loc(c, &loc, NULL, "exports `%s` (at byte 0x%zx) as %s, but "
	    "for a module of ABI %s %s looks it up as %s and refuses the "
	    "module: \"Bad function signature for: %s\"%s", e->name,
	    e->offset, e->sig.text, h->abis.v[s->v->abi[g]],
	    who, row->sig, e->name, wl_caveat_text(&cv));
}

/* Only the exports some host looks up by name can have a wrong signature. */
static void
check_module(struct wl_check *c, const struct wl_module_fact *mf,
    const struct wl_host_view *v, const struct wl_targets *targets)
{
	struct subject	s = { mf, v, NULL, 0 };
	size_t		i;

	for (i = 0; i < v->nlooked_up; i++) {
		s.e = v->looked_up[i];
		if (s.e->sig.text == NULL)
			continue;
		s.bad = wl_host_gens_where(v, differs, s.e);
		wl_each_failing_target(c, targets, wl_host_gens_where(v,
		    matches, s.e), s.bad, report, &s);
	}
}

static void
check_callback_signature(struct wl_check *c)
{
	wl_each_module_targets(c, check_module);
}

const struct wl_rule wl_rule_callback_signature = {
	.id = "WL3107",
	.slug = "callback-signature",
	.severity = WL_SEV_ERROR,
	.summary = "an export the host calls has another signature than it "
		   "requires",
	.rationale =
	    "Every proxy_on_* callback is optional, but one that is exported "
	    "must have exactly the signature the host looks it up with, or "
	    "the VM fails to load (\"Bad function signature for: ...\"); the "
	    "same holds for the allocator and the start functions. Some "
	    "signatures depend on the ABI the module declares: "
	    "proxy_on_request_headers takes two parameters under ABI 0.1.0 "
	    "and three (end_of_stream) under 0.2.x, so a module that mixes a "
	    "0.2.x marker with 0.1.0-era callbacks never starts.",
	.bad = "(func (export \"proxy_abi_version_0_2_1\"))\n"
	       "(func (export \"proxy_on_request_headers\") "
	       "(param i32 i32) (result i32) ...)\n",
	.good = "(func (export \"proxy_abi_version_0_2_1\"))\n"
		"(func (export \"proxy_on_request_headers\") "
		"(param i32 i32 i32) (result i32) ...)\n",
	.fix = "Export the callback with the signature of the module's ABI, "
	       "or declare the ABI the callbacks were written for.",
	.check = check_callback_signature,
};
