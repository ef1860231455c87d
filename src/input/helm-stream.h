/* helm-stream.h - a `helm template` stream split into the rendered output of each template file its `# Source:` comments name. */
#ifndef WASMLINT_INPUT_HELM_STREAM_H
#define WASMLINT_INPUT_HELM_STREAM_H

#include <stddef.h>

/*
 * What one template file rendered: the manifests whose `# Source:` comment
 * names it, each with its "---" and "# Source:" lines, in stream order. That
 * is the file `helm template --output-dir DIR` writes at DIR/PATH, so a
 * finding's line is a line of that rendered file (for a template of one
 * manifest: of its document, from its "---"), not of the template.
 */
struct wl_helm_part {
	char	*name;	/* the `# Source:` path, e.g. chart/templates/x.yaml */
	char	*text;
	size_t	 len;
};

/*
 * `helm template` prints each manifest as "---", "# Source: PATH", then the
 * manifest. A stream whose first document begins so is split by those
 * headers: *parts gets one part per PATH, in order of first appearance, and
 * *rest (malloc'd, *rest_len bytes) what precedes the first header when it
 * holds more than blank lines and `---`, else NULL. Returns the number of
 * parts: 0 (*parts and *rest NULL) for a stream helm did not print.
 */
size_t	wl_helm_split(const char *buf, size_t len, struct wl_helm_part **parts,
	    char **rest, size_t *rest_len);
void	wl_helm_parts_free(struct wl_helm_part *, size_t n);

#endif
