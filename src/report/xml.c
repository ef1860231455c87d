/* xml.c - XML escaping and per-file grouping, shared by the JUnit and Checkstyle renderers. */
#include <stdlib.h>
#include <string.h>

#include "report/report.h"
#include "util/xmalloc.h"

void
wl_xml_escape(FILE *out, const char *s, bool attr)
{
	uint32_t	cp;
	size_t		len;

	for (; *s != '\0'; s += len) {
		len = wl_utf8_next(s, &cp);
		switch (cp) {
		case '&':
			fputs("&amp;", out);
			continue;
		case '<':
			fputs("&lt;", out);
			continue;
		case '>':
			fputs("&gt;", out);
			continue;
		case '"':
			fputs("&quot;", out);
			continue;
		case '\'':
			fputs("&apos;", out);
			continue;
		case '\r':
			fputs("&#13;", out);
			continue;
		case '\t':
		case '\n':
			if (attr)
				fprintf(out, "&#%u;", (unsigned)cp);
			else
				fputc((int)cp, out);
			continue;
		default:
			break;
		}
		if (cp < 0x20 || cp == 0xfffe || cp == 0xffff ||
		    (cp == 0xfffd && len == 1))
			fputs("\xef\xbf\xbd", out);	/* U+FFFD */
		else
			fwrite(s, 1, len, out);
	}
}

static int
by_file_cmp(const void *pa, const void *pb)
{
	const struct wl_diag	*a = *(const struct wl_diag *const *)pa;
	const struct wl_diag	*b = *(const struct wl_diag *const *)pb;
	int			 c = strcmp(a->loc.file, b->loc.file);

	if (c != 0)
		return c;
	return (a > b) - (a < b);	/* same array: keeps the order */
}

const struct wl_diag **
wl_report_by_file(const struct wl_diag *diags, size_t n)
{
	const struct wl_diag	**order = wl_xcalloc(n, sizeof *order);
	size_t			  i;

	for (i = 0; i < n; i++)
		order[i] = &diags[i];
	qsort(order, n, sizeof *order, by_file_cmp);
	return order;
}
