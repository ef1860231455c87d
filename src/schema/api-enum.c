/* api-enum.c - membership and wording of CRD enumerations. */
#include <string.h>

#include "schema/api-enum.h"
#include "util/list-text.h"

bool
wl_api_enum_has(const struct wl_api_enum *e, const char *value)
{
	const char *const *v;

	if (e->unset != NULL && strcmp(value, e->unset) == 0)
		return true;
	for (v = e->values; *v != NULL; v++)
		if (strcmp(*v, value) == 0)
			return true;
	return false;
}

const char *
wl_api_enum_values_text(struct wl_arena *a, const struct wl_api_enum *e)
{
	struct wl_list_text	 l = { a, "" };
	const char *const	*v;

	for (v = e->values; *v != NULL; v++)
		wl_list_text_add(&l, *v);
	return l.text;
}
