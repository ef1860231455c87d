/* gates.h - whether two proxyVersion gates can match the same proxy version. */
#ifndef WASMLINT_MODEL_GATES_H
#define WASMLINT_MODEL_GATES_H

#include <stdbool.h>
#include <stddef.h>

enum wl_gates {
	WL_GATES_DISJOINT,	/* no version matches both */
	WL_GATES_SHARED,	/* a version matches both: the witness */
	WL_GATES_UNDECIDED,	/* neither shown */
};

/*
 * Compares the proxyVersion regexes a and b as istiod matches them (Go's
 * MatchString, an unanchored search). DISJOINT when both are anchored and
 * neither literal prefix starts the other; SHARED, with the version in
 * witness, when an Istio version MAJOR.MINOR.PATCH (1.0.0 to 1.49.29)
 * matches both; UNDECIDED otherwise, and when either does not compile.
 */
/*
 * The literal text every match of an anchored proxyVersion regex starts
 * with (`^1\.8.*` -> "1.8"), into buf; false when the pattern is not
 * anchored or holds an alternation, so that no prefix is certain.
 */
bool		wl_gate_literal_prefix(const char *re, char *buf, size_t size);
enum wl_gates	wl_gates_compare(const char *a, const char *b, char *witness,
		    size_t size);

#endif
