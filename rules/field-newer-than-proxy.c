/* field-newer-than-proxy.c - WL2707: a WasmPlugin, one of its fields or values, or an EnvoyFilter's targetRefs, reaching proxies of an Istio release that does not act on it. */
#include <string.h>

#include "check/check.h"
#include "model/describe.h"
#include "model/version.h"
#include "schema/envoyfilter-api.h"
#include "schema/wasmplugin-api.h"

#define LISTED	3	/* proxies a finding names; the others are counted */

/* A field in use in one resource: where its key is, and whom it reaches. */
struct use {
	const struct wl_field_since	*since;
	const char			*what;		/* "`match`" */
	const char			*instead;	/* the hint's other way: "leave `match` out" */
	const struct wl_floc		*at;
	const struct wl_object		*obj;
	const struct wl_selection	*sel;
	unsigned			 floor;		/* proxies before 1.floor are the resource's own finding */
};

/* The reached proxies older than the field's release. */
struct older {
	struct wl_list_text		 listed;
	const struct wl_workload	*shown[LISTED];
	size_t				 nshown;
	size_t				 n;
	size_t				 gated;		/* of n, before since->proxy_minor */
};

static void
add_older(struct wl_arena *a, const struct use *u, struct older *o,
    const char *version, const struct wl_workload *w)
{
	if (!wl_version_before(version, u->since->minor) ||
	    wl_version_before(version, u->floor))
		return;
	if (wl_version_before(version, u->since->proxy_minor))
		o->gated++;
	if (o->n++ >= LISTED)
		return;
	if (w == NULL) {
		wl_list_text_add(&o->listed, wl_arena_printf(a,
		    "%s (--istio-version)", version));
		return;
	}
	wl_list_text_add(&o->listed, wl_arena_printf(a, "%s (%s, from %s)",
	    version, wl_describe_object(a, &w->obj),
	    wl_version_source_name(w->version.source)));
	o->shown[o->nshown++] = w;
}

/* The reached proxies of known version, else --istio-version when none is reached. */
static void
collect(const struct wl_check *c, const struct use *u, struct older *o)
{
	struct wl_arena	*a = c->sink->arena;
	size_t		 i;

	for (i = 0; i < u->sel->selected.n; i++) {
		const struct wl_workload *w = u->sel->selected.v[i];

		if (w->version.version != NULL)
			add_older(a, u, o, w->version.version, w);
	}
	if (u->sel->selected.n == 0 && c->facts->istio_version != NULL)
		add_older(a, u, o, c->facts->istio_version, NULL);
}

/* Who ignores it, and what a newer istiod would do: the source cannot say which istiod serves them. */
static const char *
consequence(struct wl_arena *a, const struct wl_field_since *s,
    const struct older *o)
{
	const char *newer;

	if (s->reader == WL_READER_AGENT)
		return wl_arena_printf(a, "their istio-agent ignores it, "
		    "whatever istiod's release: %s", s->before);
	if (o->gated == o->n)
		return wl_arena_printf(a, "an istiod of their release ignores "
		    "it: %s; nor would a newer istiod act on it for them: %s",
		    s->before, s->proxy_gate);
	newer = wl_arena_printf(a, "an istiod of 1.%u or newer serving them "
	    "would act on it (wasmlint knows the proxies' release, not "
	    "istiod's)", s->minor);
	if (o->gated > 0)
		newer = wl_arena_printf(a, "%s, but not for the %zu before "
		    "1.%u: %s", newer, o->gated, s->proxy_minor, s->proxy_gate);
	return wl_arena_printf(a, "an istiod of their release ignores it: "
	    "%s; %s", s->before, newer);
}

static void
check_use(struct wl_check *c, const struct use *u)
{
	struct wl_arena			*a = c->sink->arena;
	struct older			 o = { { a, "" }, { NULL }, 0, 0, 0 };
	const struct wl_field_since	*s = u->since;
	struct wl_diag			*d;
	size_t				 i;

	collect(c, u, &o);
	if (o.n == 0)
		return;
	/* The list last: a message over the sink's bound loses only its end. */
	d = wl_report(c, u->at, u->obj, "%s is acted on by %s from Istio 1.%u "
	    "on (%s), and %s reaches proxies of older releases; %s; proxies "
	    "compared: %s%s", u->what, s->reader == WL_READER_AGENT ?
	    "istio-agent, in the proxy's image," : "istiod", s->minor,
	    s->source, wl_describe_object(a, u->obj), consequence(a, s, &o),
	    o.listed.text, o.n > LISTED ?
	    wl_arena_printf(a, ", and %zu more", o.n - LISTED) : "");
	for (i = 0; i < o.nshown; i++)
		if (o.shown[i]->version.source != WL_VERSION_OPTION)
			wl_relate(c, d, &o.shown[i]->version.loc,
			    "sidecar version %s from %s",
			    o.shown[i]->version.version,
			    wl_version_source_name(o.shown[i]->version.source));
	wl_diag_hint(c->sink, d, "upgrade these proxies%s to 1.%u or newer, "
	    "or %s while older ones remain",
	    s->reader == WL_READER_AGENT ? "" : " and istiod", s->minor,
	    u->instead);
}

/* The key of a scalar field whose value is value (any, when NULL) and none of the empty ones. */
static const struct wl_present *
scalar_key(const struct wl_present *key, const struct wl_str_loc *v,
    const char *value, const char *empty)
{
	if (v->s == NULL || *v->s == '\0' ||
	    (empty != NULL && strcmp(v->s, empty) == 0) ||
	    (value != NULL && strcmp(v->s, value) != 0))
		return NULL;
	return key;
}

/* The key of the row's field when wp uses it in a way an older release would not act on, else NULL. */
static const struct wl_present *
wp_field_key(const struct wl_wasmplugin *wp, const struct wl_field_since *s)
{
	const char *f = s->field;

	if (strcmp(f, "imagePullPolicy") == 0)
		return scalar_key(&wp->image_pull_policy_key,
		    &wp->image_pull_policy, s->value, "UNSPECIFIED_POLICY");
	if (strcmp(f, "imagePullSecret") == 0)
		return scalar_key(&wp->image_pull_secret_key,
		    &wp->image_pull_secret, s->value, NULL);
	if (strcmp(f, "failStrategy") == 0)
		return scalar_key(&wp->fail_strategy_key, &wp->fail_strategy,
		    s->value, NULL);
	if (strcmp(f, "type") == 0)
		return scalar_key(&wp->type_key, &wp->type, s->value, NULL);
	if (strcmp(f, "vmConfig") == 0)
		return wp->env.n > 0 ? &wp->vm_config : NULL;
	if (strcmp(f, "match") == 0)
		return wp->match.n > 0 ? &wp->match_key : NULL;
	if (strcmp(f, "targetRef") == 0)
		return wp->target_ref.set ? &wp->target_ref : NULL;
	if (strcmp(f, "targetRefs") == 0)
		return wp->sel.target_refs.set &&
		    strcmp(wp->sel.refs_key, "targetRefs") == 0 ?
		    &wp->sel.target_refs : NULL;
	return NULL;
}

static void
check_wasmplugin(struct wl_check *c, const struct wl_wasmplugin *wp)
{
	struct use	 u = { &wl_wp_kind_since, "`WasmPlugin` (extensions.istio."
	    "io)", "load the module with an EnvoyFilter for them", &wp->loc,
	    &wp->obj, &wp->sel, 0 };
	unsigned	 i;

	check_use(c, &u);
	u.floor = wl_wp_kind_since.minor;
	for (i = 0; i < wl_wp_nsince; i++) {
		const struct wl_field_since	*s = &wl_wp_since[i];
		const struct wl_present		*key = wp_field_key(wp, s);

		if (key == NULL)
			continue;
		u.since = s;
		u.at = &key->loc;
		u.what = s->value != NULL ? wl_arena_printf(c->sink->arena,
		    "`%s: %s`", s->field, s->value) :
		    wl_arena_printf(c->sink->arena, "`%s`", s->field);
		u.instead = wl_arena_printf(c->sink->arena, "leave %s out",
		    u.what);
		check_use(c, &u);
	}
}

static void
check_envoyfilter(struct wl_check *c, const struct wl_envoyfilter *ef)
{
	struct use u = { &wl_ef_target_refs_since, "`targetRefs`",
	    "select them by workloadSelector", &ef->sel.target_refs.loc,
	    &ef->obj, &ef->sel, 0 };

	if (ef->sel.target_refs.set)
		check_use(c, &u);
}

static void
check_field_newer_than_proxy(struct wl_check *c)
{
	size_t i;

	for (i = 0; i < c->facts->wasmplugins.n; i++)
		check_wasmplugin(c, &c->facts->wasmplugins.v[i]);
	for (i = 0; i < c->facts->envoyfilters.n; i++)
		check_envoyfilter(c, &c->facts->envoyfilters.v[i]);
}

const struct wl_rule wl_rule_field_newer_than_proxy = {
	.id = "WL2707",
	.slug = "field-newer-than-proxy",
	.severity = WL_SEV_WARNING,
	.summary = "WasmPlugin, WasmPlugin field or EnvoyFilter targetRefs "
		   "newer than the Istio release of the proxies it reaches",
	.rationale =
	    "istiod translates WasmPlugin from Istio 1.12 on (istio/istio "
	    "e153ef4782f8) and most of its fields only later: vmConfig 1.14, "
	    "match 1.16, failStrategy FAIL_OPEN 1.19, type NETWORK and "
	    "targetRef 1.20, targetRefs 1.22, FAIL_RELOAD 1.27 and only for "
	    "1.25+ proxies (pilot/pkg/model/extensions.go at those tags). An "
	    "older istiod ignores the field silently: the plugin runs on "
	    "traffic match excludes, fails closed, loads as HTTP (so type HTTP "
	    "is no finding), or applies to the whole namespace (istio/api "
	    "extensions/v1alpha1/wasm.proto, 1.22.0). imagePullPolicy and "
	    "imagePullSecret are read by istio-agent in the proxy image from "
	    "1.14 on (pkg/wasm/convert.go). istiod matches an EnvoyFilter's "
	    "targetRefs from 1.27 on (001621b0aed6). The release compared is the "
	    "proxies' (proxyImage, the istio-proxy image, --istio-version); "
	    "istiod's is unknown and may be newer mid-upgrade, hence a warning "
	    "that says so.",
	.bad =
	    "# pod template: sidecar.istio.io/proxyImage: "
	    "docker.io/istio/proxyv2:1.13.9\n"
	    "apiVersion: extensions.istio.io/v1alpha1\n"
	    "kind: WasmPlugin\n"
	    "spec:\n"
	    "  selector:\n"
	    "    matchLabels: {app: legacy}\n"
	    "  url: oci://ghcr.io/example/http-headers:v1.2.0\n"
	    "  failStrategy: FAIL_OPEN\n"
	    "  match:\n"
	    "  - mode: SERVER\n",
	.good =
	    "# pod template: sidecar.istio.io/proxyImage: "
	    "docker.io/istio/proxyv2:1.19.3\n"
	    "# and istiod 1.19: the same WasmPlugin, every field acted on\n",
	.fix = "Upgrade the proxies (and istiod) to the release the finding "
	       "names, or leave the field out until they are; for targetRefs "
	       "during an upgrade, pin the resource to a new revision with the "
	       "istio.io/rev label, as istio/api's wasm.proto advises.",
	.check = check_field_newer_than_proxy,
};
