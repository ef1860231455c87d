/*
 * wasmplugin-invalid.c - WL2701: a WasmPlugin that istiod's
 * ValidateWasmPlugin or the CRD's schema rejects: url, sha256, targetRef(s),
 * imagePullSecret, pluginName, vmConfig.env and match ports. The messages
 * are istiod's (istio/istio pkg/config/validation/validation.go, tag 1.30.3,
 * lines 3334-3474 and 1326-1400).
 */
#include <stdlib.h>
#include <string.h>

#include "check/check.h"
#include "model/describe.h"
#include "model/plugin-url.h"

#define REJECTS "istiod rejects the WasmPlugin"

/* The targetRef kinds istiod accepts (validation.go allowedTargetRefs). */
static const struct {
	const char	*group;		/* canonical: "" is core */
	const char	*kind;
} allowed_refs[] = {
	{ "", "Service" },
	{ "networking.istio.io", "ServiceEntry" },
	{ "gateway.networking.k8s.io", "Gateway" },
	{ "gateway.networking.k8s.io", "GatewayClass" },
};

#define ALLOWED_TEXT							\
	"[core/v1/Service networking.istio.io/v1/ServiceEntry "		\
	"gateway.networking.k8s.io/v1/Gateway "				\
	"gateway.networking.k8s.io/v1/GatewayClass]"

static bool
ref_allowed(const struct wl_target_ref *r)
{
	const char	*group = r->group.s != NULL ? r->group.s : "";
	size_t		 i;

	if (strcmp(group, "core") == 0)
		group = "";
	for (i = 0; i < sizeof allowed_refs / sizeof *allowed_refs; i++)
		if (strcmp(allowed_refs[i].group, group) == 0 &&
		    r->kind.s != NULL && strcmp(allowed_refs[i].kind,
		    r->kind.s) == 0)
			return true;
	return false;
}

/* The group when the kind is one istiod knows, else the kind. */
static const struct wl_floc *
at_wrong_part(const struct wl_target_ref *r)
{
	size_t i;

	for (i = 0; i < sizeof allowed_refs / sizeof *allowed_refs; i++)
		if (r->kind.s != NULL && r->group.s != NULL &&
		    strcmp(allowed_refs[i].kind, r->kind.s) == 0)
			return &r->group.loc;
	return r->kind.s != NULL ? &r->kind.loc : &r->loc;
}

static void
check_refs(struct wl_check *c, const struct wl_wasmplugin *wp)
{
	const struct wl_selection	*sel = &wp->sel;
	size_t				 i;

	if (wp->target_ref.set && strcmp(sel->refs_key, "targetRefs") == 0)
		wl_report(c, &wp->target_ref.loc, &wp->obj, "spec sets both "
		    "targetRef and targetRefs; " REJECTS " (only one of "
		    "targetRefs or workloadSelector can be set)");
	for (i = 0; i < sel->refs.n; i++) {
		const struct wl_target_ref *r = &sel->refs.v[i];

		if (r->name.s == NULL || *r->name.s == '\0')
			wl_report(c, r->name.s != NULL ? &r->name.loc : &r->loc,
			    &wp->obj, "%s names no target; " REJECTS
			    " (targetRef name must be set)", sel->refs_key);
		if (r->ns.s != NULL && *r->ns.s != '\0')
			wl_report(c, &r->ns.loc, &wp->obj, "%s sets namespace "
			    "`%s`; " REJECTS " (targetRef namespace must not "
			    "be set; cross namespace referencing is not "
			    "supported)", sel->refs_key, r->ns.s);
		if (!ref_allowed(r))
			wl_report(c, at_wrong_part(r), &wp->obj, "%s points at "
			    "a kind istiod does not attach to; " REJECTS
			    " (targetRef must be to one of " ALLOWED_TEXT
			    " but was %s/%s)", sel->refs_key,
			    r->group.s != NULL ? r->group.s : "",
			    r->kind.s != NULL ? r->kind.s : "");
	}
}

static void
check_url(struct wl_check *c, const struct wl_wasmplugin *wp)
{
	const char *scheme;

	if (wp->url.s == NULL || *wp->url.s == '\0') {
		wl_report(c, wp->url.s != NULL ? &wp->url.loc :
		    wp->spec.loc.line != 0 ? &wp->spec.loc : &wp->loc,
		    &wp->obj, "spec has no url; " REJECTS " (url field needs "
		    "to be set) and the API server too (spec.url: Required "
		    "value)");
		return;
	}
	scheme = wl_plugin_url_scheme(c->sink->arena, wp->url.s);
	/* ":..." fails, then istiod retries as "http://:...", which may pass. */
	if (scheme != NULL && *scheme != '\0' && strcmp(scheme, "file") != 0 &&
	    strcmp(scheme, "http") != 0 && strcmp(scheme, "https") != 0 &&
	    strcmp(scheme, "oci") != 0) {
		struct wl_diag *d = wl_report(c, &wp->url.loc, &wp->obj,
		    "url `%s` has scheme `%s`; " REJECTS " (url contains "
		    "unsupported scheme: %s); the schemes are file, http, "
		    "https and oci (none means oci)", wp->url.s, scheme,
		    scheme);

		/* "registry:5000/x": a host and port read as a scheme. */
		if (strchr(scheme, '.') != NULL ||
		    strspn(wp->url.s + strlen(scheme) + 1, "0123456789") > 0)
			wl_diag_hint(c->sink, d, "an image reference with a "
			    "port needs the scheme: `oci://%s`", wp->url.s);
	}
}

static void
check_sha256(struct wl_check *c, const struct wl_wasmplugin *wp)
{
	const char *sha = wp->sha256.s;

	if (sha == NULL || *sha == '\0')
		return;
	if (strlen(sha) != 64)
		wl_report(c, &wp->sha256.loc, &wp->obj, "sha256 `%s` has %zu "
		    "characters; " REJECTS " (sha256 field must be 64 "
		    "characters long)", sha, strlen(sha));
	else if (strspn(sha, "0123456789abcdef") != 64)
		wl_report(c, &wp->sha256.loc, &wp->obj, "sha256 `%s` is not "
		    "lower-case hex; " REJECTS " (sha256 field must match "
		    "[a-f0-9]{64} pattern)", sha);
}

/* imagePullSecret and pluginName: istiod's upper bounds, the CRD's lower ones. */
static void
check_length(struct wl_check *c, const struct wl_wasmplugin *wp,
    const struct wl_str_loc *v, const char *field, size_t max,
    const char *istiod_text)
{
	if (v->s == NULL)
		return;
	if (strlen(v->s) > max)
		wl_report(c, &v->loc, &wp->obj, "%s has %zu characters; "
		    REJECTS " (%s)", field, strlen(v->s), istiod_text);
	else if (*v->s == '\0')
		wl_report(c, &v->loc, &wp->obj, "%s is empty; the API server "
		    "rejects the WasmPlugin (spec.%s should be at least 1 "
		    "chars long); istiod alone would accept it", field, field);
}

/* vmConfig.env: istiod stops at the first problem, so does this. */
static void
check_env(struct wl_check *c, const struct wl_wasmplugin *wp)
{
	size_t i, j;

	for (i = 0; i < wp->env.n; i++) {
		const struct wl_wasm_env *e = &wp->env.v[i];

		if (e->null_item)
			continue;
		if (e->name.s == NULL || *e->name.s == '\0') {
			wl_report(c, e->name.s != NULL ? &e->name.loc : &e->loc,
			    &wp->obj, "vmConfig.env[%zu] has no name; " REJECTS
			    " (spec.vmConfig.env invalid)", i);
			return;
		}
		if (strlen(e->name.s) > 256) {
			wl_report(c, &e->name.loc, &wp->obj, "vmConfig.env[%zu] "
			    "name has %zu characters; " REJECTS " (env.name "
			    "field must be less than 255 characters long)", i,
			    strlen(e->name.s));
			return;
		}
		for (j = 0; j < i; j++) {
			const struct wl_wasm_env *prev = &wp->env.v[j];
			struct wl_diag		 *d;

			if (prev->null_item || prev->name.s == NULL ||
			    strcmp(prev->name.s, e->name.s) != 0)
				continue;
			d = wl_report(c, &e->name.loc, &wp->obj, "vmConfig.env "
			    "sets `%s` twice; " REJECTS " (duplicate env)",
			    e->name.s);
			wl_relate(c, d, &prev->name.loc,
			    "`%s` is first set here", e->name.s);
			return;
		}
		if (e->value_from.s != NULL &&
		    strcmp(e->value_from.s, "INLINE") != 0 &&
		    e->value.s != NULL && *e->value.s != '\0') {
			wl_report(c, &e->value.loc, &wp->obj, "vmConfig.env "
			    "`%s` takes its value from the %s and sets one too; "
			    REJECTS " (value may only be set when valueFrom is "
			    "INLINE)", e->name.s, e->value_from.s);
			return;
		}
	}
}

/* A port number istiod takes: a whole number from 1 to 65535. */
static bool
port_ok(const char *s)
{
	size_t	n = strspn(s, "0123456789");
	long	port = n <= 5 ? strtol(s, NULL, 10) : 0;

	return *s != '\0' && s[n] == '\0' && port >= 1 && port <= 65535;
}

static void
check_match(struct wl_check *c, const struct wl_wasmplugin *wp)
{
	size_t i, j;

	for (i = 0; i < wp->match.n; i++) {
		const struct wl_wasm_match *m = &wp->match.v[i];

		if (m->null_item) {
			wl_report(c, &m->loc, &wp->obj, "match[%zu] is null; "
			    REJECTS " (spec.Match[%zu] is nil)", i, i);
			return;
		}
		for (j = 0; j < m->ports.n; j++) {
			const struct wl_wasm_port *p = &m->ports.v[j];

			if (p->null_item) {
				wl_report(c, &p->loc, &wp->obj, "match[%zu]."
				    "ports[%zu] is null; " REJECTS " (spec."
				    "Match[%zu].Ports[%zu] is nil)", i, j, i, j);
				return;
			}
			if (p->number.s != NULL && port_ok(p->number.s))
				continue;
			wl_report(c, p->number.s != NULL ? &p->number.loc :
			    &p->loc, &wp->obj, "match[%zu].ports[%zu] %s; "
			    REJECTS " (spec.Match[%zu].Ports[%zu] is out of "
			    "range: %s)", i, j, p->number.s != NULL ?
			    wl_arena_printf(c->sink->arena, "number `%s` is "
			    "not a port from 1 to 65535", p->number.s) :
			    "has no number", i, j,
			    p->number.s != NULL ? p->number.s : "0");
			return;
		}
	}
}

static void
check_wasmplugin_invalid(struct wl_check *c)
{
	size_t i;

	for (i = 0; i < c->facts->wasmplugins.n; i++) {
		const struct wl_wasmplugin *wp = &c->facts->wasmplugins.v[i];

		check_refs(c, wp);
		check_url(c, wp);
		check_sha256(c, wp);
		check_length(c, wp, &wp->image_pull_secret, "imagePullSecret",
		    253, "imagePullSecret field must be less than 253 "
		    "characters long");
		check_length(c, wp, &wp->plugin_name, "pluginName", 256,
		    "pluginName field must be less than 255 characters long");
		check_env(c, wp);
		check_match(c, wp);
	}
}

const struct wl_rule wl_rule_wasmplugin_invalid = {
	.id = "WL2701",
	.slug = "wasmplugin-invalid",
	.severity = WL_SEV_ERROR,
	.summary = "WasmPlugin that istiod or the API server rejects",
	.rationale =
	    "istiod's ValidateWasmPlugin (istio/istio pkg/config/validation/"
	    "validation.go, tag 1.30.3) and the WasmPlugin CRD's schema "
	    "(manifests/charts/base/files/crd-all.gen.yaml) refuse: a missing "
	    "url or one whose scheme is not file, http, https or oci (none "
	    "means oci; `registry:5000/x` has the scheme `registry`); a "
	    "sha256 that is not 64 lower-case hex characters; a targetRef "
	    "without a name, with a namespace, or to a kind other than "
	    "Service, ServiceEntry, Gateway or GatewayClass; both targetRef "
	    "and targetRefs; an imagePullSecret over 253 or a pluginName over "
	    "256 characters (or empty, for the API server); a vmConfig.env "
	    "entry without a name, a duplicate name, or a value with "
	    "valueFrom HOST; a null match or port, or a port outside 1 to "
	    "65535. `kubectl apply` fails, or, where only the webhook "
	    "checks, `istioctl analyze` reports IST0106. The message quotes "
	    "istiod's own text in parentheses.",
	.bad =
	    "spec:\n"
	    "  url: ftp://example.com/filter.wasm\n"
	    "  sha256: not-a-sha\n",
	.good =
	    "spec:\n"
	    "  url: oci://ghcr.io/example/filter:v1.0.0\n"
	    "  sha256: 93d0c8d3e6a2b7e4b7f2c5b2f2f8a4b5c3e1d0f9a8b7c6d5e4f3a2b1"
	    "c0d9e8f7\n",
	.fix = "Correct the field as the message says; `sha256sum` prints the "
	       "digest in the form istiod wants.",
	.check = check_wasmplugin_invalid,
};
