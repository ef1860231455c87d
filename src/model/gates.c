/* gates.c - comparing two proxyVersion gates: disjoint by their literal prefixes, shared by a version both match, or undecided. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "model/gates.h"
#include "model/proxy-version.h"

#define GATE_MINORS	50	/* 1.0 to 1.49: every Istio release so far, and room */
#define GATE_PATCHES	30

bool
wl_gate_literal_prefix(const char *re, char *buf, size_t size)
{
	size_t n = 0;

	if (re[0] != '^' || strchr(re, '|') != NULL)
		return false;
	for (re++; *re != '\0' && n + 1 < size; re++) {
		char ch = *re;

		if (ch == '\\' && re[1] == '.')
			ch = *++re;
		else if (strchr("\\.*+?()[]{}$", ch) != NULL)
			break;
		if (re[1] == '*' || re[1] == '?' || re[1] == '{')
			break;		/* the char is optional or repeated */
		buf[n++] = ch;
	}
	buf[n] = '\0';
	return true;
}

/*
 * True when no version can match both gates: both anchored, and neither
 * literal prefix starts the other (Istio's telemetry manifests gate on
 * `^1\.8.*` and `^1\.9.*`).
 */
static bool
prefixes_disjoint(const char *a, const char *b)
{
	char pa[64], pb[64];
	size_t n;

	if (!wl_gate_literal_prefix(a, pa, sizeof pa) ||
	    !wl_gate_literal_prefix(b, pb, sizeof pb))
		return false;
	n = strlen(pa) < strlen(pb) ? strlen(pa) : strlen(pb);
	return strncmp(pa, pb, n) != 0;
}

/* The first version 1.MINOR.PATCH both regexes find, into witness. */
static bool
shared_version(const struct wl_regex *ra, const struct wl_regex *rb,
    char *witness, size_t size)
{
	char	v[16];
	int	minor, patch, n;

	for (minor = 0; minor < GATE_MINORS; minor++)
		for (patch = 0; patch < GATE_PATCHES; patch++) {
			n = snprintf(v, sizeof v, "1.%d.%d", minor, patch);
			if (wl_regex_search(ra, v, (size_t)n) &&
			    wl_regex_search(rb, v, (size_t)n)) {
				snprintf(witness, size, "%s", v);
				return true;
			}
		}
	return false;
}

enum wl_gates
wl_gates_compare(const char *a, const char *b, char *witness, size_t size)
{
	struct wl_regex_error	 err;
	struct wl_regex		*ra, *rb;
	bool			 shared = false;

	if (prefixes_disjoint(a, b))
		return WL_GATES_DISJOINT;
	ra = wl_proxy_version_compile(a, &err);
	rb = ra != NULL ? wl_proxy_version_compile(b, &err) : NULL;
	if (rb != NULL)
		shared = shared_version(ra, rb, witness, size);
	wl_regex_free(rb);
	wl_regex_free(ra);
	return shared ? WL_GATES_SHARED : WL_GATES_UNDECIDED;
}
