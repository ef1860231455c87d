/* patch-istiod.c - the istiod releases a configPatch may meet: a proxy's version bounds its istiod's, and the gate and the sidecars bound the proxy's. */
#include <string.h>

#include "schema/istiod-filters.h"
#include "model/gates.h"
#include "model/patch-istiod.h"
#include "model/version.h"

#define MINORS	50	/* 1.0 to 1.49, as model/gates.c */
_Static_assert(MINORS <= 100, "minor_text writes two digits");

/*
 * The eras of the istiod releases that may serve a proxy of 1.minor with
 * patch release 0 among its possible ones (first): "The Istio control plane
 * can be one version ahead of the data plane. However, the data plane
 * cannot be ahead of control plane" (istio.io docs/releases/
 * supported-releases, as published for Istio 1.17), so istiod is of the
 * same release or a later one of 1.minor and 1.minor+1.
 */
static unsigned
serving(unsigned long minor, bool first)
{
	unsigned eras = wl_istiod_era(minor + 1, 0) | wl_istiod_era(minor + 1, 1);

	if (first)
		eras |= wl_istiod_era(minor, 0);
	return eras | wl_istiod_era(minor, 1);
}

/* "1.MINOR." into buf (MINOR below 100), its length returned; by hand, as gate_eras asks fifty times per patch. */
static size_t
minor_text(char buf[8], unsigned long minor)
{
	size_t n = 0;

	buf[n++] = '1';
	buf[n++] = '.';
	if (minor >= 10)
		buf[n++] = (char)('0' + minor / 10);
	buf[n++] = (char)('0' + minor % 10);
	buf[n++] = '.';
	buf[n] = '\0';
	return n;
}

/* The eras serving a proxy that an anchored gate with this literal prefix matches; WL_ERAS_ALL without one. */
static unsigned
gate_eras(const char *gate)
{
	char		 prefix[64], text[8];
	unsigned	 eras = 0;
	size_t		 np, nm;
	unsigned long	 m;

	if (gate == NULL || *gate == '\0' ||
	    !wl_gate_literal_prefix(gate, prefix, sizeof prefix))
		return WL_ERAS_ALL;
	np = strlen(prefix);
	for (m = 0; m < MINORS; m++) {
		nm = minor_text(text, m);
		if (np <= nm) {
			if (strncmp(prefix, text, np) == 0)
				eras |= serving(m, true);
		} else if (strncmp(prefix, text, nm) == 0)
			/* The prefix names the patch release's first digit. */
			eras |= serving(m, prefix[nm] == '0');
	}
	return eras;
}

/* The eras serving the sidecars p reaches, when every one's version is known; WL_ERAS_ALL otherwise. */
static unsigned
sidecar_eras(const struct wl_facts *f, const struct wl_envoyfilter *ef)
{
	struct wl_version_num	 v;
	unsigned		 eras = 0;
	size_t			 i;

	if (f->istio_version != NULL)
		return wl_version_parse(f->istio_version, &v) ?
		    serving(v.minor, !v.has_patch || v.patch == 0) :
		    WL_ERAS_ALL;
	if (ef->sel.selected.n == 0)
		return WL_ERAS_ALL;
	for (i = 0; i < ef->sel.selected.n; i++) {
		const char *version = ef->sel.selected.v[i]->version.version;

		if (version == NULL || !wl_version_parse(version, &v))
			return WL_ERAS_ALL;
		eras |= serving(v.minor, !v.has_patch || v.patch == 0);
	}
	return eras;
}

unsigned
wl_patch_istiod_eras(const struct wl_facts *f, const struct wl_envoyfilter *ef,
    const struct wl_patch *p)
{
	unsigned gate = gate_eras(p->proxy_version.s);
	unsigned both = gate & sidecar_eras(f, ef);

	/* A gate that matches none of the sidecars: the gate says more. */
	return both != 0 ? both : gate;
}
