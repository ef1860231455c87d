/* fuzz-check.c - one run over fuzzed inputs as `wasmlint check` makes it: load, extract, every rule, every report. */
#include <stdlib.h>

#include "fuzz.h"
#include "report/report.h"
#include "wasmlint/wasmlint.h"

FILE *
wl_fuzz_null(void)
{
	static FILE *null;

	if (null == NULL && (null = fopen("/dev/null", "w")) == NULL)
		abort();
	return null;
}

void
wl_fuzz_check(const struct wl_fuzz_input *in, size_t n, bool validate)
{
	struct wl_options	 opts = { .validate = validate };
	struct wl_report_info	 info = { .tool_version = "fuzz",
		.color = true };
	const struct wl_format	*f;
	const struct wl_diag	*d;
	struct wl_run		*run = wl_run_new(&opts);
	size_t			 i, nd;

	info.source = wl_source_new();
	for (i = 0; i < n; i++) {
		wl_source_preload(info.source, in[i].name, in[i].data,
		    in[i].size);
		wl_run_add_buffer(run, in[i].name, in[i].data, in[i].size);
	}
	wl_run_check(run);
	d = wl_run_diags(run, &nd);
	wl_run_counts(run, &info.manifests, &info.modules);
	for (f = wl_formats; f->name != NULL; f++)
		f->render(wl_fuzz_null(), d, nd, &info);
	wl_source_free(info.source);
	wl_run_free(run);
}
