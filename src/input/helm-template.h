/* helm-template.h - recognising a raw Helm template among the files read: a file below a chart's templates/ directory. */
#ifndef WASMLINT_INPUT_HELM_TEMPLATE_H
#define WASMLINT_INPUT_HELM_TEMPLATE_H

#include <stdbool.h>
#include <stddef.h>

#include "model/facts.h"

/*
 * Whether path lies below DIR/templates/ for a directory DIR (a prefix of
 * path, or the working directory for a relative path starting with
 * templates/) that holds a regular file Chart.yaml: then it is a Helm
 * template, which helm renders before anything reads it as YAML. Such a
 * file (buf, len bytes) is recorded in f->helm_templates, at its first
 * `{{`, and must not be read as manifests.
 */
bool	wl_helm_template_take(struct wl_facts *f, const char *path,
	    const char *buf, size_t len);

#endif
