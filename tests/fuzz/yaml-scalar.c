/* yaml-scalar.c - writing fuzzed bytes into a manifest as one YAML scalar, so the bytes reach a parser behind the YAML one. */
#include <stdlib.h>

#include "fuzz.h"

static void
write_double(FILE *fp, const uint8_t *data, size_t size)
{
	size_t i;

	fputc('"', fp);
	for (i = 0; i < size; i++) {
		if (data[i] == '"' || data[i] == '\\')
			fprintf(fp, "\\%c", data[i]);
		else if (data[i] < 0x20 || data[i] == 0x7f)
			fprintf(fp, "\\x%02x", data[i]);
		else
			fputc(data[i], fp);
	}
	fputc('"', fp);
}

static void
write_single(FILE *fp, const uint8_t *data, size_t size)
{
	size_t i;

	fputc('\'', fp);
	for (i = 0; i < size; i++) {
		if (data[i] == '\'')
			fputc('\'', fp);
		fputc(data[i], fp);
	}
	fputc('\'', fp);
}

static void
write_literal(FILE *fp, const uint8_t *data, size_t size, unsigned indent)
{
	size_t i;

	fprintf(fp, "|\n%*s", (int)indent, "");
	for (i = 0; i < size; i++) {
		fputc(data[i], fp);
		if (data[i] == '\n' || data[i] == '\r')
			fprintf(fp, "%*s", (int)indent, "");
	}
}

void
wl_fuzz_yaml_scalar(FILE *fp, const uint8_t *data, size_t size,
    enum wl_fuzz_style style, unsigned indent)
{
	switch (style) {
	case WL_FUZZ_SINGLE:
		write_single(fp, data, size);
		break;
	case WL_FUZZ_DOUBLE:
		write_double(fp, data, size);
		break;
	default:
		write_literal(fp, data, size, indent);
		break;
	}
}

char *
wl_fuzz_document(const uint8_t *data, size_t size, size_t *len,
    void (*fn)(FILE *, const uint8_t *, size_t, enum wl_fuzz_style))
{
	char	*buf = NULL;
	FILE	*fp;

	if (size == 0)
		return NULL;
	if ((fp = open_memstream(&buf, len)) == NULL)
		abort();
	fn(fp, data + 1, size - 1, (enum wl_fuzz_style)(data[0] %
	    WL_FUZZ_NSTYLES));
	if (fclose(fp) != 0)
		abort();
	return buf;
}
