/* sarif.c - SARIF 2.1.0 for GitHub code scanning: one run, every rule, results with fingerprints. */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "report/fingerprint.h"
#include "report/report.h"
#include "util/xmalloc.h"
#include "wasmlint/rule.h"

#define SARIF_SCHEMA "https://docs.oasis-open.org/sarif/sarif/v2.1.0/" \
	"errata01/os/schemas/sarif-schema-2.1.0.json"
#define SARIF_FINGERPRINT "wasmlint/v1"

/* A stream into a malloc'd string, for composing texts. */
struct sarif_buf {
	char	*s;
	size_t	 len;
	FILE	*fp;
};

static FILE *
buf_open(struct sarif_buf *b)
{
	if ((b->fp = open_memstream(&b->s, &b->len)) == NULL) {
		fputs("wasmlint: out of memory\n", stderr);
		abort();
	}
	return b->fp;
}

/* Closes the stream and returns its text as a JSON string. */
static json_t *
buf_json(struct sarif_buf *b)
{
	json_t *v;

	fclose(b->fp);
	v = wl_json_text(b->s);
	free(b->s);
	return v;
}

/* The SARIF level of each severity. */
static const char *const sarif_levels[] = {
	[WL_SEV_INFO] = "note",
	[WL_SEV_WARNING] = "warning",
	[WL_SEV_ERROR] = "error",
};

/*
 * An RFC 3986 URI reference for a path as given: a relative reference for a
 * relative path, file:///... for an absolute one. Every byte but unreserved
 * characters, sub-delims, '@' and '/' is %-encoded (':' too, which would make
 * a first segment read as a scheme); free() it.
 */
static char *
sarif_uri(const char *path)
{
	static const char	 keep[] = "-._~!$&'()*+,;=@/";
	static const char	 hex[] = "0123456789ABCDEF";
	const unsigned char	*p;
	char			*uri, *q;
	bool			 absolute = path[0] == '/';

	uri = wl_xmalloc(strlen(path) * 3 + sizeof "file://");
	q = uri;
	if (absolute) {
		memcpy(q, "file://", 7);
		q += 7;
	}
	for (p = (const unsigned char *)path; *p != '\0'; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr(keep, *p) != NULL) {
			*q++ = (char)*p;
			continue;
		}
		*q++ = '%';
		*q++ = hex[*p >> 4];
		*q++ = hex[*p & 0xf];
	}
	*q = '\0';
	return uri;
}

/* help.text or help.markdown: why, a bad and a good example, the fix. */
static json_t *
sarif_help_text(const struct wl_rule *r, bool markdown)
{
	struct sarif_buf	 b;

	wl_rule_doc(buf_open(&b), r, markdown);
	return buf_json(&b);
}

static json_t *
sarif_message(json_t *text)
{
	json_t *m = json_object();

	json_object_set_new(m, "text", text);
	return m;
}

static json_t *
sarif_rule(const struct wl_rule *r, const char *docs_url)
{
	json_t	*o = json_object(), *help, *conf;
	char	*url = wl_rule_url(docs_url, r->id);

	json_object_set_new(o, "id", wl_json_text(r->id));
	json_object_set_new(o, "name", wl_json_text(r->slug));
	json_object_set_new(o, "shortDescription",
	    sarif_message(wl_json_text(r->summary)));
	json_object_set_new(o, "fullDescription",
	    sarif_message(wl_json_text(r->rationale)));
	help = sarif_message(sarif_help_text(r, false));
	json_object_set_new(help, "markdown", sarif_help_text(r, true));
	json_object_set_new(o, "help", help);
	if (url != NULL)
		json_object_set_new(o, "helpUri", wl_json_text(url));
	free(url);
	conf = json_object();
	json_object_set_new(conf, "level",
	    json_string(sarif_levels[r->severity]));
	json_object_set_new(o, "defaultConfiguration", conf);
	return o;
}

static json_t *
sarif_tool(const struct wl_report_info *info)
{
	const struct wl_rule *const	*r;
	json_t				*tool, *driver, *rules;

	char				*index = wl_rule_url(info->docs_url,
					    "README");

	driver = json_object();
	json_object_set_new(driver, "name", json_string("wasmlint"));
	if (info->tool_version != NULL)
		json_object_set_new(driver, "version",
		    wl_json_text(info->tool_version));
	if (index != NULL)
		json_object_set_new(driver, "informationUri",
		    wl_json_text(index));
	free(index);
	rules = json_array();
	for (r = wl_rules; *r != NULL; r++)
		json_array_append_new(rules, sarif_rule(*r, info->docs_url));
	json_object_set_new(driver, "rules", rules);
	tool = json_object();
	json_object_set_new(tool, "driver", driver);
	return tool;
}

/*
 * The region of loc: start, the end when it is not before the start (a wasm
 * finding's 1:1-1:1 is an empty region at the start), the byte offset.
 */
static json_t *
sarif_region(const struct wl_loc *loc)
{
	json_t	*reg = json_object();
	bool	 has_end;

	json_object_set_new(reg, "startLine", json_integer(loc->line));
	json_object_set_new(reg, "startColumn", json_integer(loc->col));
	has_end = loc->end_line > loc->line || (loc->end_line == loc->line &&
	    loc->end_col >= loc->col);
	if (has_end) {
		json_object_set_new(reg, "endLine",
		    json_integer(loc->end_line));
		json_object_set_new(reg, "endColumn",
		    json_integer(loc->end_col));
	}
	if (loc->offset != WL_NO_OFFSET)
		json_object_set_new(reg, "byteOffset",
		    json_integer((json_int_t)loc->offset));
	return reg;
}

/* Standard input has no URI: its findings point at run.artifacts[0], which describes it. */
#define SARIF_STDIN_ARTIFACT	0

static bool
sarif_is_stdin(const struct wl_loc *loc, const struct wl_report_info *info)
{
	return info->stdin_name != NULL &&
	    strcmp(loc->file, info->stdin_name) == 0;
}

static json_t *
sarif_physical(const struct wl_loc *loc, const struct wl_report_info *info)
{
	json_t	*phys = json_object(), *art = json_object();
	char	*uri;

	if (sarif_is_stdin(loc, info)) {
		json_object_set_new(art, "index",
		    json_integer(SARIF_STDIN_ARTIFACT));
	} else {
		uri = sarif_uri(loc->file);
		json_object_set_new(art, "uri", json_string(uri));
		free(uri);
	}
	json_object_set_new(phys, "artifactLocation", art);
	json_object_set_new(phys, "region", sarif_region(loc));
	return phys;
}

/* [{name, kind, fullyQualifiedName "Kind/ns/name"}] for the object, or NULL. */
static json_t *
sarif_logical(const struct wl_object *o)
{
	const char		*parts[3] = { o->kind, o->ns, o->name };
	struct sarif_buf	 b;
	json_t			*l;
	FILE			*fp;
	int			 i, nparts = 0;

	if (o->kind == NULL && o->ns == NULL && o->name == NULL)
		return NULL;
	l = json_object();
	if (o->name != NULL)
		json_object_set_new(l, "name", wl_json_text(o->name));
	if (o->kind != NULL)
		json_object_set_new(l, "kind", wl_json_text(o->kind));
	fp = buf_open(&b);
	for (i = 0; i < 3; i++)
		if (parts[i] != NULL)
			fprintf(fp, "%s%s", nparts++ > 0 ? "/" : "", parts[i]);
	json_object_set_new(l, "fullyQualifiedName", buf_json(&b));
	return json_pack("[o]", l);
}

static json_t *
sarif_location(const struct wl_diag *d, const struct wl_report_info *info)
{
	json_t *loc = json_object(), *logical;

	json_object_set_new(loc, "physicalLocation",
	    sarif_physical(&d->loc, info));
	if ((logical = sarif_logical(&d->object)) != NULL)
		json_object_set_new(loc, "logicalLocations", logical);
	return loc;
}

static json_t *
sarif_related(const struct wl_diag *d, const struct wl_report_info *info)
{
	json_t	*arr = json_array(), *loc;
	size_t	 i;

	for (i = 0; i < d->nrelated; i++) {
		loc = json_object();
		json_object_set_new(loc, "id", json_integer((json_int_t)i));
		json_object_set_new(loc, "physicalLocation",
		    sarif_physical(&d->related[i].loc, info));
		json_object_set_new(loc, "message",
		    sarif_message(wl_json_text(d->related[i].message)));
		json_array_append_new(arr, loc);
	}
	return arr;
}

/* The rule's index in tool.driver.rules (wl_rules), or -1. */
static int
sarif_rule_index(const char *id)
{
	int i;

	for (i = 0; wl_rules[i] != NULL; i++)
		if (strcmp(wl_rules[i]->id, id) == 0)
			return i;
	return -1;
}

static json_t *
sarif_result(const struct wl_diag *d, const struct wl_report_info *info)
{
	json_t	*res = json_object(), *fps;
	char	 fp[WL_FINGERPRINT_LEN + 1];
	int	 index = sarif_rule_index(d->rule_id);

	json_object_set_new(res, "ruleId", wl_json_text(d->rule_id));
	if (index >= 0)
		json_object_set_new(res, "ruleIndex", json_integer(index));
	json_object_set_new(res, "level",
	    json_string(sarif_levels[d->severity]));
	json_object_set_new(res, "message",
	    sarif_message(wl_json_text(d->message)));
	json_object_set_new(res, "locations",
	    json_pack("[o]", sarif_location(d, info)));
	if (d->nrelated > 0)
		json_object_set_new(res, "relatedLocations",
		    sarif_related(d, info));
	wl_fingerprint(d, fp);
	fps = json_object();
	json_object_set_new(fps, SARIF_FINGERPRINT, json_string(fp));
	json_object_set_new(res, "partialFingerprints", fps);
	if (d->hint != NULL)
		json_object_set_new(res, "properties",
		    json_pack("{s:o}", "help", wl_json_text(d->hint)));
	return res;
}

/* Whether a finding or a related location is on standard input. */
static bool
sarif_reads_stdin(const struct wl_diag *diags, size_t n,
    const struct wl_report_info *info)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		if (sarif_is_stdin(&diags[i].loc, info))
			return true;
		for (j = 0; j < diags[i].nrelated; j++)
			if (sarif_is_stdin(&diags[i].related[j].loc, info))
				return true;
	}
	return false;
}

/* run.artifacts: standard input, described, as it has no location. */
static json_t *
sarif_stdin_artifacts(void)
{
	json_t *art = json_object();

	json_object_set_new(art, "description",
	    sarif_message(json_string("standard input")));
	json_object_set_new(art, "roles", json_pack("[s]", "analysisTarget"));
	return json_pack("[o]", art);
}

/* The results, made one at a time as they are written. */
struct sarif_results {
	const struct wl_diag		*diags;
	const struct wl_report_info	*info;
};

static json_t *
sarif_result_at(size_t i, void *ctx)
{
	const struct sarif_results *r = ctx;

	return sarif_result(&r->diags[i], r->info);
}

void
wl_report_sarif(FILE *out, const struct wl_diag *diags, size_t n,
    const struct wl_report_info *info)
{
	struct sarif_results	 each = { diags, info };
	json_t			*doc, *run, *results;

	wl_json_begin();
	run = json_object();
	json_object_set_new(run, "tool", sarif_tool(info));
	json_object_set_new(run, "columnKind", json_string("unicodeCodePoints"));
	results = wl_json_placeholder();
	json_object_set_new(run, "results", results);
	if (sarif_reads_stdin(diags, n, info))
		json_object_set_new(run, "artifacts", sarif_stdin_artifacts());
	doc = json_object();
	json_object_set_new(doc, "$schema", json_string(SARIF_SCHEMA));
	json_object_set_new(doc, "version", json_string("2.1.0"));
	json_object_set_new(doc, "runs", json_pack("[o]", run));
	wl_json_write_streamed(out, doc, results, n, sarif_result_at, &each);
}
