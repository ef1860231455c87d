/* json.c - the versioned JSON document (docs/json-format.md). */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "report/fingerprint.h"
#include "report/report.h"
#include "util/xmalloc.h"

#define JSON_FORMAT_VERSION 1

static json_t *
json_object_of(const struct wl_object *o)
{
	json_t *obj;

	if (o->kind == NULL && o->ns == NULL && o->name == NULL)
		return NULL;
	obj = json_object();
	if (o->kind != NULL)
		json_object_set_new(obj, "kind", wl_json_text(o->kind));
	if (o->ns != NULL)
		json_object_set_new(obj, "namespace", wl_json_text(o->ns));
	if (o->name != NULL)
		json_object_set_new(obj, "name", wl_json_text(o->name));
	return obj;
}

static json_t *
json_related(const struct wl_diag *d)
{
	json_t	*arr = json_array(), *r;
	size_t	 i;

	for (i = 0; i < d->nrelated; i++) {
		const struct wl_related *rel = &d->related[i];

		r = json_object();
		json_object_set_new(r, "file", wl_json_text(rel->loc.file));
		json_object_set_new(r, "line", json_integer(rel->loc.line));
		json_object_set_new(r, "column", json_integer(rel->loc.col));
		json_object_set_new(r, "message", wl_json_text(rel->message));
		json_array_append_new(arr, r);
	}
	return arr;
}

static json_t *
json_finding(const struct wl_diag *d, const char *docs_url)
{
	json_t	*f = json_object(), *obj;
	char	 fp[WL_FINGERPRINT_LEN + 1];
	char	*url = wl_rule_url(docs_url, d->rule_id);

	json_object_set_new(f, "rule", wl_json_text(d->rule_id));
	json_object_set_new(f, "slug", wl_json_text(d->rule_slug));
	json_object_set_new(f, "severity",
	    json_string(wl_severity_name(d->severity)));
	json_object_set_new(f, "message", wl_json_text(d->message));
	json_object_set_new(f, "file", wl_json_text(d->loc.file));
	json_object_set_new(f, "line", json_integer(d->loc.line));
	json_object_set_new(f, "column", json_integer(d->loc.col));
	json_object_set_new(f, "end_line", json_integer(d->loc.end_line));
	json_object_set_new(f, "end_column", json_integer(d->loc.end_col));
	if (d->loc.offset != WL_NO_OFFSET)
		json_object_set_new(f, "byte_offset",
		    json_integer((json_int_t)d->loc.offset));
	if ((obj = json_object_of(&d->object)) != NULL)
		json_object_set_new(f, "object", obj);
	json_object_set_new(f, "related", json_related(d));
	if (d->hint != NULL)
		json_object_set_new(f, "help", wl_json_text(d->hint));
	if (url != NULL)
		json_object_set_new(f, "help_uri", wl_json_text(url));
	free(url);
	wl_fingerprint(d, fp);
	json_object_set_new(f, "fingerprint", json_string(fp));
	return f;
}

static json_t *
json_summary(const struct wl_diag *d, size_t n,
    const struct wl_report_info *info)
{
	json_int_t	 count[3] = { 0, 0, 0 };
	json_t		*s = json_object();
	size_t		 i;

	for (i = 0; i < n; i++)
		count[d[i].severity]++;
	json_object_set_new(s, "manifests",
	    json_integer((json_int_t)info->manifests));
	json_object_set_new(s, "modules",
	    json_integer((json_int_t)info->modules));
	json_object_set_new(s, "skipped",
	    json_integer((json_int_t)info->skipped));
	json_object_set_new(s, "errors", json_integer(count[WL_SEV_ERROR]));
	json_object_set_new(s, "warnings",
	    json_integer(count[WL_SEV_WARNING]));
	json_object_set_new(s, "infos", json_integer(count[WL_SEV_INFO]));
	return s;
}

/* The findings, made one at a time as they are written. */
struct json_findings {
	const struct wl_diag	*diags;
	const char		*docs_url;
};

static json_t *
json_finding_at(size_t i, void *ctx)
{
	const struct json_findings *f = ctx;

	return json_finding(&f->diags[i], f->docs_url);
}

void
wl_report_json(FILE *out, const struct wl_diag *diags, size_t n,
    const struct wl_report_info *info)
{
	struct json_findings	 each = { diags, info->docs_url };
	json_t			*doc, *tool, *findings;

	wl_json_begin();
	doc = json_object();
	json_object_set_new(doc, "version", json_integer(JSON_FORMAT_VERSION));
	tool = json_object();
	json_object_set_new(tool, "name", json_string("wasmlint"));
	if (info->tool_version != NULL)
		json_object_set_new(tool, "version",
		    wl_json_text(info->tool_version));
	json_object_set_new(doc, "tool", tool);
	findings = wl_json_placeholder();
	json_object_set_new(doc, "findings", findings);
	json_object_set_new(doc, "summary", json_summary(diags, n, info));
	wl_json_write_streamed(out, doc, findings, n, json_finding_at, &each);
}
