/* diag.h - the diagnostic model every rule produces and every reporter renders. */
#ifndef WASMLINT_DIAG_H
#define WASMLINT_DIAG_H

#include <stddef.h>

/* Ordered so that a larger value is more severe. */
enum wl_severity {
	WL_SEV_INFO,
	WL_SEV_WARNING,
	WL_SEV_ERROR,
};

/*
 * Where a finding is: 1-based line and column of the start and end of the
 * node, and the byte offset of its start in the file (WL_NO_OFFSET when
 * there is none). Findings about a wasm module are at line 1, column 1,
 * with the offset of the byte they concern.
 */
#define WL_NO_OFFSET ((size_t)-1)

struct wl_loc {
	const char	*file;
	unsigned	 line;
	unsigned	 col;
	unsigned	 end_line;
	unsigned	 end_col;
	size_t		 offset;
};

/* A second place the finding compares with ("sidecar version from here"). */
struct wl_related {
	struct wl_loc	 loc;
	const char	*message;
};

/* The Kubernetes object a finding is about; fields may be NULL. */
struct wl_object {
	const char	*kind;
	const char	*ns;
	const char	*name;
};

struct wl_diag {
	const char		*rule_id;	/* "WL2101" */
	const char		*rule_slug;	/* "proxy-version-mismatch" */
	enum wl_severity	 severity;
	const char		*message;
	struct wl_loc		 loc;
	struct wl_related	*related;
	size_t			 nrelated;
	const char		*hint;		/* how to fix, or NULL */
	struct wl_object	 object;
};

/* "error", "warning", "info". */
const char	*wl_severity_name(enum wl_severity);

#endif
