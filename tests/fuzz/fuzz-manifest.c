/* fuzz-manifest.c - fuzz target: manifest bytes through loading, extraction, every rule and every report, beside a valid plugin. */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct wl_fuzz_input in[] = {
		{ "fuzz.yaml", data, size },
		{ WL_FUZZ_PLUGIN_NAME, wl_fuzz_plugin, wl_fuzz_plugin_size },
	};

	wl_fuzz_check(in, sizeof in / sizeof *in, false);
	return 0;
}
