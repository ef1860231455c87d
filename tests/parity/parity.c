/*
 * parity.c - runs wasmlint over Istio's own test data and checks it row by
 * row against EXPECTED.tsv: every row whose Istio code wasmlint maps is
 * reported by the mapped rule on that object, with a line and column, and
 * nothing at error level is reported on an object Istio accepts.
 * usage: parity ISTIO_TESTDATA_DIR    (exit 77, skipped, when it is absent)
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "wasmlint/wasmlint.h"

#define PREFIX	"shared/reference/istio-testdata/"
#define MAXOBJ	8

/*
 * Istio codes and the rules that stand for them (space-separated: any of
 * them), for objects of kind (any kind when NULL). IST0151 is WL2521 where
 * the order can change the outcome, IST0155 WL2523, and both are WL2524
 * (info) where the order cannot change it. IST0166 is WL2706 for the one
 * kind of its analyzer that wasmlint reads.
 */
static const struct {
	const char	*code;
	const char	*rule;
	const char	*kind;
} mapping[] = {
	{ "IST0107", "WL2601", NULL }, { "IST0108", "WL2602", NULL },
	{ "IST0125", "WL2604", NULL }, { "IST0135", "WL2603", NULL },
	{ "IST0151", "WL2521 WL2524", NULL }, { "IST0152", "WL2522", NULL },
	{ "IST0153", "WL2522", NULL }, { "IST0154", "WL2522", NULL },
	{ "IST0155", "WL2523 WL2524", NULL },
	{ "IST0166", "WL2706", "WasmPlugin" },
};

/* Rows where wasmlint departs from istioctl on purpose, and why. */
static const struct {
	const char	*code;
	const char	*name;
	const char	*why;
} divergences[] = {
	{ "IST0153", "test-auth-3", "diverges on purpose: istiod carries out "
	  "ADD on HTTP_ROUTE (pilot/pkg/networking/core/envoyfilter/"
	  "rc_patch.go patchHTTPRoutes)" },
	{ "IST0154", "test-remove-3", "diverges on purpose: istiod carries out "
	  "REMOVE on HTTP_ROUTE (rc_patch.go patchHTTPRoute); the patch is "
	  "rejected anyway for its listener match (WL2503)" },
};

#define UNKNOWN_MATCH_APP						\
	"not accepted as written: `match.app` is no field of the CRD's "	\
	"schema, which kube-apiserver prunes or, under strict field "	\
	"validation, rejects (WL2513; the row's notes say so)"

/* Objects of "(none)" rows that Istio's validation rejects all the same. */
static const struct {
	const char	*name;
	const char	*why;
} rejected[] = {
	{ "test-remove-4", "not accepted: patch: null, ValidateEnvoyFilter "
	  "says `missing patch` (the row's notes say so)" },
	{ "test-auth-4", UNKNOWN_MATCH_APP },
	{ "test-auth-5", UNKNOWN_MATCH_APP },
};

struct object {
	char	kind[64];
	char	ns[128];	/* "" when the row gives none */
	char	name[128];
};

struct row {
	char		*files[4];
	int		 nfiles;
	char		 code[16];
	struct object	 obj[MAXOBJ];
	int		 nobj;
};

static unsigned npass, nfail, ndiverged, nskipped;

/* Splits s in place at each occurrence of sep; returns the number of parts. */
static int
split(char *s, const char *sep, char **parts, int max)
{
	int n = 0;

	while (n < max) {
		char *at = strstr(s, sep);

		parts[n++] = s;
		if (at == NULL)
			break;
		*at = '\0';
		s = at + strlen(sep);
	}
	return n;
}

/* Removes every "(...)" from s, in place. */
static void
drop_notes(char *s)
{
	char	*out = s;
	int	 depth = 0;

	for (; *s != '\0'; s++) {
		if (*s == '(')
			depth++;
		else if (*s == ')' && depth > 0)
			depth--;
		else if (depth == 0)
			*out++ = *s;
	}
	*out = '\0';
}

/* "Kind ns/name", "Kind name", "ns/name" or "name". */
static void
parse_object(char *text, const char *kind, struct object *o)
{
	char *space, *slash;

	while (*text == ' ')
		text++;
	space = strchr(text, ' ');
	if (space != NULL && space[1] != '\0' && space[1] != ' ') {
		*space = '\0';
		kind = text;
		text = space + 1;
	}
	text[strcspn(text, " ")] = '\0';
	snprintf(o->kind, sizeof o->kind, "%s", kind);
	slash = strchr(text, '/');
	snprintf(o->ns, sizeof o->ns, "%.*s", slash != NULL ?
	    (int)(slash - text) : 0, text);
	snprintf(o->name, sizeof o->name, "%s", slash != NULL ? slash + 1 :
	    text);
}

static void
parse_objects(char *text, struct row *r)
{
	char	*parts[MAXOBJ], kind[64];
	int	 n, i;

	drop_notes(text);
	if (strcmp(text, "-") == 0)
		return;
	snprintf(kind, sizeof kind, "%.*s", (int)strcspn(text, " "), text);
	n = split(text, strstr(text, " / ") != NULL ? " / " : ", ", parts,
	    MAXOBJ);
	for (i = 0; i < n; i++)
		parse_object(parts[i], kind, &r->obj[r->nobj++]);
}

static bool
parse_row(char *line, const char *dir, struct row *r)
{
	char	*col[5], *files[4];
	int	 i, n;

	memset(r, 0, sizeof *r);
	line[strcspn(line, "\n")] = '\0';
	if (split(line, "\t", col, 5) < 4)
		return false;
	n = split(col[0], " + ", files, 4);
	for (i = 0; i < n; i++) {
		char *f = strncmp(files[i], "meshconfig ", 11) == 0 ?
		    files[i] + 11 : files[i];

		if (strncmp(f, PREFIX, strlen(PREFIX)) != 0)
			return false;
		size_t size = strlen(dir) + strlen(f) + 2;

		if ((r->files[r->nfiles] = malloc(size)) == NULL)
			abort();
		snprintf(r->files[r->nfiles++], size, "%s/%s", dir,
		    f + strlen(PREFIX));
	}
	snprintf(r->code, sizeof r->code, "%.*s", (int)strcspn(col[2], " "),
	    col[2]);
	parse_objects(col[3], r);
	return true;
}

/* The rules code maps to, and in *kind the only kind it maps for (or NULL). */
static const char *
mapped_rule(const char *code, const char **kind)
{
	size_t i;

	for (i = 0; i < sizeof mapping / sizeof *mapping; i++)
		if (strcmp(mapping[i].code, code) == 0) {
			*kind = mapping[i].kind;
			return mapping[i].rule;
		}
	return NULL;
}

static bool
same_object(const struct wl_object *o, const struct object *want)
{
	return o->kind != NULL && o->name != NULL &&
	    strcmp(o->kind, want->kind) == 0 &&
	    strcmp(o->name, want->name) == 0 &&
	    (want->ns[0] == '\0' || strcmp(o->ns, want->ns) == 0);
}

static struct wl_run *
run_files(const struct row *r)
{
	struct wl_options	 opts;
	struct wl_run		*run;
	int			 i;

	memset(&opts, 0, sizeof opts);
	run = wl_run_new(&opts);
	for (i = 0; i < r->nfiles; i++)
		wl_run_add_path(run, r->files[i]);
	wl_run_check(run);
	return run;
}

/* True when the space-separated list of rule ids holds id. */
static bool
rule_listed(const char *list, const char *id)
{
	size_t n = strlen(id);

	for (; (list = strstr(list, id)) != NULL; list += n)
		if (list[n] == ' ' || list[n] == '\0')
			return true;
	return false;
}

/* The first finding of rules (or any error when rules is NULL) about o. */
static const struct wl_diag *
find(const struct wl_run *run, const char *rule, const struct object *o)
{
	const struct wl_diag	*d = NULL;
	size_t			 n, i;

	d = wl_run_diags(run, &n);
	for (i = 0; i < n; i++) {
		if (!same_object(&d[i].object, o) || d[i].loc.line == 0)
			continue;
		if (rule != NULL ? rule_listed(rule, d[i].rule_id) :
		    d[i].severity == WL_SEV_ERROR)
			return &d[i];
	}
	return NULL;
}

static const char *
divergence(const char *code, const struct object *o)
{
	size_t i;

	for (i = 0; i < sizeof divergences / sizeof *divergences; i++)
		if (strcmp(divergences[i].code, code) == 0 &&
		    strcmp(divergences[i].name, o->name) == 0)
			return divergences[i].why;
	return NULL;
}

static const char *
rejected_anyway(const struct object *o)
{
	size_t i;

	for (i = 0; i < sizeof rejected / sizeof *rejected; i++)
		if (strcmp(rejected[i].name, o->name) == 0)
			return rejected[i].why;
	return NULL;
}

static void
line_out(const char *verdict, const char *code, const struct object *o,
    const char *what)
{
	printf("%s %-8s %s %s%s%s: %s\n", verdict, code, o->kind, o->ns,
	    o->ns[0] != '\0' ? "/" : "", o->name, what);
}

static void
result(bool ok, const char *code, const struct object *o, const char *what)
{
	line_out(ok ? "PASS" : "FAIL", code, o, what);
	if (ok)
		npass++;
	else
		nfail++;
}

static void
skip(const char *code, const struct object *o, const char *what,
    unsigned *count)
{
	line_out("SKIP", code, o, what);
	(*count)++;
}

static void
where(char *buf, size_t size, const struct wl_diag *d)
{
	snprintf(buf, size, "%s %s at %s:%u:%u", d->rule_id, d->rule_slug,
	    strrchr(d->loc.file, '/') != NULL ? strrchr(d->loc.file, '/') + 1 :
	    d->loc.file, d->loc.line, d->loc.col);
}

static void
check_object(const struct wl_run *run, const struct row *r,
    const struct object *o)
{
	const char		*kind = NULL, *why;
	const char		*rule = mapped_rule(r->code, &kind);
	const struct wl_diag	*d;
	char			 text[512];

	if (rule != NULL && kind != NULL && strcmp(o->kind, kind) != 0) {
		snprintf(text, sizeof text, "mapped for a %s only: wasmlint "
		    "reads no %s", kind, o->kind);
		skip(r->code, o, text, &nskipped);
	} else if (rule != NULL && (why = divergence(r->code, o)) != NULL) {
		skip(r->code, o, why, &ndiverged);
	} else if (rule != NULL) {
		if ((d = find(run, rule, o)) != NULL)
			where(text, sizeof text, d);
		else
			snprintf(text, sizeof text, "no %s finding", rule);
		result(d != NULL, r->code, o, text);
	} else if (strcmp(r->code, "REJECT") == 0) {
		if ((d = find(run, NULL, o)) != NULL) {
			where(text, sizeof text, d);
			result(true, r->code, o, text);
		} else if (strcmp(o->kind, "EnvoyFilter") != 0) {
			skip(r->code, o, "not an EnvoyFilter: not mapped",
			    &nskipped);
		} else {
			result(false, r->code, o, "no error reported");
		}
	} else if (strcmp(r->code, "(none)") == 0 ||
	    strcmp(r->code, "ACCEPT") == 0) {
		if ((why = rejected_anyway(o)) != NULL) {
			skip(r->code, o, why, &nskipped);
			return;
		}
		if ((d = find(run, NULL, o)) != NULL)
			where(text, sizeof text, d);
		result(d == NULL, r->code, o, d != NULL ? text :
		    "accepted, and no error reported");
	} else {
		skip(r->code, o, "code not mapped", &nskipped);
	}
}

int
main(int argc, char **argv)
{
	char		 path[1024], line[4096];
	struct stat	 st;
	FILE		*fp;

	if (argc != 2) {
		fprintf(stderr, "usage: parity ISTIO_TESTDATA_DIR\n");
		return 2;
	}
	snprintf(path, sizeof path, "%s/EXPECTED.tsv", argv[1]);
	if (stat(path, &st) != 0 || (fp = fopen(path, "r")) == NULL) {
		printf("skipped: no %s\n", path);
		return 77;
	}
	while (fgets(line, sizeof line, fp) != NULL) {
		struct row	 r;
		struct wl_run	*run;
		int		 i;

		if (strncmp(line, PREFIX, strlen(PREFIX)) != 0 ||
		    !parse_row(line, argv[1], &r)) {
			if (strncmp(line, "file\t", 5) != 0) {
				printf("SKIP %.*s: no input file\n",
				    (int)strcspn(line, "\t"), line);
				nskipped++;
			}
			continue;
		}
		run = run_files(&r);
		for (i = 0; i < r.nobj; i++)
			check_object(run, &r, &r.obj[i]);
		wl_run_free(run);
		for (i = 0; i < r.nfiles; i++)
			free(r.files[i]);
	}
	fclose(fp);
	printf("%u passed, %u failed\n", npass, nfail);
	printf("(%u diverging on purpose, %u not mapped or not applicable)\n",
	    ndiverged, nskipped);
	return nfail == 0 ? 0 : 1;
}
