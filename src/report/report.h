/* report.h - renderers of diagnostics, one per output format; the CLI picks them and owns the streams. */
#ifndef WASMLINT_REPORT_REPORT_H
#define WASMLINT_REPORT_REPORT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "report/source.h"
#include "wasmlint/diag.h"

/* What a renderer may need besides the diagnostics. */
struct wl_report_info {
	const char		*tool_version;
	size_t			 manifests;	/* files read */
	size_t			 modules;
	size_t			 skipped;	/* files of walked directories with other extensions */
	bool			 color;		/* text formats: ANSI colours */
	bool			 show_url;	/* text: a "= see:" line per finding */
	const char		*docs_url;	/* base of the rule pages, or NULL */
	struct wl_source	*source;	/* source lines for snippets */
	const char		*stdin_name;	/* the file name of standard input, which has no URI; NULL when it has one (--stdin-filename) */
	unsigned		 jobs;		/* threads the text output may use (0 or 1: one) */
};

/* Writes n findings in one format. */
typedef void	(*wl_render_fn)(FILE *, const struct wl_diag *, size_t n,
		    const struct wl_report_info *);

struct wl_format {
	const char	*name;		/* as in --format NAME */
	const char	*summary;	/* one line for --help */
	wl_render_fn	 render;
};

/* Every format, NULL-name terminated. */
extern const struct wl_format	wl_formats[];

/* The format called name, or NULL. */
const struct wl_format	*wl_format_find(const char *name);

/*
 * gcc/clang-style text: "FILE:LINE:COL: SEVERITY: MESSAGE [ID slug]", the
 * source line with a caret under the node, "note:" lines for related
 * locations and a "help:" line for the hint.
 */
void	wl_report_text(FILE *, const struct wl_diag *, size_t n,
	    const struct wl_report_info *);

/* "FILE:LINE:COL: SEVERITY: MESSAGE [ID slug]", one line a finding, no colour. */
void	wl_report_concise(FILE *, const struct wl_diag *, size_t n,
	    const struct wl_report_info *);
/* The versioned JSON document of docs/json-format.md. */
void	wl_report_json(FILE *, const struct wl_diag *, size_t n,
	    const struct wl_report_info *);
/* SARIF 2.1.0, one run, every rule in tool.driver.rules (for code scanning). */
void	wl_report_sarif(FILE *, const struct wl_diag *, size_t n,
	    const struct wl_report_info *);
/* GitHub Actions workflow commands: ::error file=…,line=…::message. */
void	wl_report_github(FILE *, const struct wl_diag *, size_t n,
	    const struct wl_report_info *);
/* JUnit XML: a testsuite per file, a failed testcase per finding. */
void	wl_report_junit(FILE *, const struct wl_diag *, size_t n,
	    const struct wl_report_info *);
/* Checkstyle 4.3 XML: a <file> per file, an <error> per finding. */
void	wl_report_checkstyle(FILE *, const struct wl_diag *, size_t n,
	    const struct wl_report_info *);

/* Every rule with its documentation as JSON: {"version":1,"tool":{...},"rules":[...]}; help_uri from docs_url (NULL: none). */
void	wl_report_rules_json(FILE *, const char *tool_version,
	    const char *docs_url);

/* A rule's documentation (rule-doc.c). */
struct wl_rule;

/* Why, a bad and a good example, the fix: as plain text or markdown. */
void	 wl_rule_doc(FILE *, const struct wl_rule *, bool markdown);
/* The rule's page of docs/rules/ in markdown. */
void	 wl_rule_page(FILE *, const struct wl_rule *);
/* base followed by "ID.md" (free it), or NULL when base is NULL or empty. */
char	*wl_rule_url(const char *base, const char *rule_id);

/*
 * Writes what render writes of the n findings, rendering every other chunk
 * of them on a second thread (with a copy of info's source) when
 * info->jobs is 2 or more and there are enough: render must write each
 * finding alone, with nothing before or after (chunked.c).
 */
void	 wl_report_chunked(FILE *, const struct wl_diag *, size_t n,
	    const struct wl_report_info *, wl_render_fn render);

/* Helpers the JSON renderers share (json-util.c). jansson's json_t is struct json_t. */
struct json_t;

/* The spaces a level of JSON output is indented by (jansson's JSON_INDENT). */
#define WL_JSON_INDENT	2

/* Makes jansson allocate with wl_xmalloc, so building a document cannot fail. */
void		 wl_json_begin(void);
/* A JSON string of s (not NULL); bytes that are not UTF-8 become U+FFFD. */
struct json_t	*wl_json_text(const char *s);
/* Writes doc indented by WL_JSON_INDENT, then a newline, and releases it. */
void		 wl_json_write(FILE *, struct json_t *doc);
/* A value to stand in doc where wl_json_write_streamed writes its array (json-stream.c). */
struct json_t	*wl_json_placeholder(void);
/*
 * Writes doc as wl_json_write does, with the array of the n values
 * element(i, ctx) makes where placeholder stands in it: each is made,
 * written and released in turn, so the array is never held whole. The
 * output is the same bytes as wl_json_write's of the doc filled in.
 */
void		 wl_json_write_streamed(FILE *, struct json_t *doc,
		    const struct json_t *placeholder, size_t n,
		    struct json_t *(*element)(size_t i, void *ctx), void *ctx);
/*
 * Decodes the UTF-8 character at s into *cp and returns its length; an
 * invalid or truncated sequence is one byte long and decodes to U+FFFD.
 */
size_t		 wl_utf8_next(const char *s, uint32_t *cp);

/* Helpers the XML renderers share (xml.c). */

/*
 * Writes s escaped for XML 1.0: & < > " ' as entities; in attributes also tab,
 * newline and carriage return as character references (in text only the
 * carriage return); characters XML cannot hold (other controls, U+FFFE,
 * U+FFFF, invalid UTF-8) as U+FFFD.
 */
void	 wl_xml_escape(FILE *, const char *s, bool attr);
/* Pointers to the n diagnostics ordered by file name, stably; free() them. */
const struct wl_diag	**wl_report_by_file(const struct wl_diag *, size_t n);

#endif
