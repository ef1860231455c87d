/* fuzz.h - what the fuzz targets share: the libFuzzer entry point, a checked run over inputs, YAML quoting. */
#ifndef WASMLINT_TESTS_FUZZ_H
#define WASMLINT_TESTS_FUZZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Each target defines it; libFuzzer, or seeds.c in the normal build, calls it. */
int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* One input of a run: a manifest stream or a module, shown as name. */
struct wl_fuzz_input {
	const char	*name;
	const void	*data;
	size_t		 size;
};

/*
 * Checks the inputs as `wasmlint check` does (with --validate when validate
 * is set), then renders the findings in every report format.
 */
void	wl_fuzz_check(const struct wl_fuzz_input *, size_t n, bool validate);

/* A stream that discards what is written: the reports' destination. */
FILE	*wl_fuzz_null(void);

/* How wl_fuzz_yaml_scalar writes a value. */
enum wl_fuzz_style {
	WL_FUZZ_SINGLE,		/* 'value', quotes doubled */
	WL_FUZZ_DOUBLE,		/* "value", with backslash escapes */
	WL_FUZZ_LITERAL,	/* |, each line indented */
	WL_FUZZ_NSTYLES,
};

/*
 * Writes size bytes of data to fp as one YAML scalar in style; a literal
 * block's lines are indented by indent spaces.
 */
void	wl_fuzz_yaml_scalar(FILE *fp, const uint8_t *data, size_t size,
	    enum wl_fuzz_style style, unsigned indent);

/*
 * The document made by fn(fp, data, size, style): a malloc'd buffer of *len
 * bytes, the style taken from the first byte and data from the rest. NULL
 * for an empty input.
 */
char	*wl_fuzz_document(const uint8_t *data, size_t size, size_t *len,
	    void (*fn)(FILE *, const uint8_t *, size_t, enum wl_fuzz_style));

/* The plugin every target's EnvoyFilter loads (plugin.wat, embedded by the build). */
extern const char	wl_fuzz_plugin[];
extern const size_t	wl_fuzz_plugin_size;
#define WL_FUZZ_PLUGIN_NAME	"http-headers.wasm"

#endif
