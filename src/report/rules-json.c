/* rules-json.c - the rule table as JSON, for `wasmlint rules --format json`. */
#include <stdlib.h>

#include <jansson.h>

#include "report/report.h"
#include "wasmlint/rule.h"

static json_t *
rule_json(const struct wl_rule *r, const char *docs_url)
{
	json_t	*o = json_object();
	char	*url = wl_rule_url(docs_url, r->id);

	json_object_set_new(o, "id", wl_json_text(r->id));
	json_object_set_new(o, "slug", wl_json_text(r->slug));
	json_object_set_new(o, "severity",
	    wl_json_text(wl_severity_name(r->severity)));
	json_object_set_new(o, "summary", wl_json_text(r->summary));
	json_object_set_new(o, "rationale", wl_json_text(r->rationale));
	json_object_set_new(o, "bad", wl_json_text(r->bad));
	json_object_set_new(o, "good", wl_json_text(r->good));
	json_object_set_new(o, "fix", wl_json_text(r->fix));
	if (url != NULL)
		json_object_set_new(o, "help_uri", wl_json_text(url));
	free(url);
	return o;
}

void
wl_report_rules_json(FILE *out, const char *tool_version,
    const char *docs_url)
{
	const struct wl_rule *const	*r;
	json_t				*doc, *rules;

	wl_json_begin();
	doc = json_object();
	rules = json_array();
	json_object_set_new(doc, "version", json_integer(1));
	json_object_set_new(doc, "tool", json_pack("{s:s, s:s}", "name",
	    "wasmlint", "version", tool_version));
	for (r = wl_rules; *r != NULL; r++)
		json_array_append_new(rules, rule_json(*r, docs_url));
	json_object_set_new(doc, "rules", rules);
	wl_json_write(out, doc);
}
