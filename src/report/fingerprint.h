/* fingerprint.h - a stable id of a finding that survives line shifts, for SARIF, JSON and baselines. */
#ifndef WASMLINT_REPORT_FINGERPRINT_H
#define WASMLINT_REPORT_FINGERPRINT_H

#include "wasmlint/diag.h"

/* Hex digits in a fingerprint, without the NUL. */
#define WL_FINGERPRINT_LEN 16

/*
 * Writes the finding's fingerprint into buf: 16 lowercase hex digits of the
 * XXH64 (seed 0) of its rule id, file, object kind, namespace and name, and
 * message. The line and column are left out, so the id survives edits above
 * the finding; a changed message, path or object gives a new id. Version 1
 * of the scheme ("wasmlint/v1" in SARIF); a change to the recipe needs a new
 * version.
 */
void	wl_fingerprint(const struct wl_diag *,
	    char buf[WL_FINGERPRINT_LEN + 1]);

#endif
