/* check.c - what rules use to walk the facts and report findings. */
#include <stdarg.h>
#include <string.h>

#include "check/check.h"

static struct wl_diag *
check_vreport(struct wl_check *c, const struct wl_loc *loc,
    const struct wl_object *obj, const char *fmt, va_list ap)
{
	struct wl_diag *d = wl_sink_vadd(c->sink, c->rule, loc, fmt, ap);

	if (obj != NULL)
		d->object = *obj;
	return d;
}

struct wl_diag *
wl_report(struct wl_check *c, const struct wl_floc *at,
    const struct wl_object *obj, const char *fmt, ...)
{
	struct wl_loc	 loc = wl_floc_loc(c->facts->files, at);
	struct wl_diag	*d;
	va_list		 ap;

	va_start(ap, fmt);
	d = check_vreport(c, &loc, obj, fmt, ap);
	va_end(ap);
	return d;
}

struct wl_diag *
wl_report_loc(struct wl_check *c, const struct wl_loc *loc,
    const struct wl_object *obj, const char *fmt, ...)
{
	struct wl_diag	*d;
	va_list		 ap;

	va_start(ap, fmt);
	d = check_vreport(c, loc, obj, fmt, ap);
	va_end(ap);
	return d;
}

void
wl_relate(struct wl_check *c, struct wl_diag *d, const struct wl_floc *at,
    const char *fmt, ...)
{
	struct wl_loc	loc = wl_floc_loc(c->facts->files, at);
	va_list		ap;

	va_start(ap, fmt);
	wl_diag_vrelate(c->sink, d, &loc, fmt, ap);
	va_end(ap);
}

struct wl_loc
wl_check_loc(const struct wl_check *c, const struct wl_floc *at)
{
	return wl_floc_loc(c->facts->files, at);
}

void
wl_each_patch(struct wl_check *c, void (*fn)(struct wl_check *,
    const struct wl_envoyfilter *, const struct wl_patch *))
{
	size_t i, j;

	for (i = 0; i < c->facts->envoyfilters.n; i++) {
		const struct wl_envoyfilter *ef = &c->facts->envoyfilters.v[i];

		for (j = 0; j < ef->patches.n; j++)
			fn(c, ef, &ef->patches.v[j]);
	}
}

void
wl_each_wasm_any(struct wl_check *c, void (*fn)(struct wl_check *,
    const struct wl_envoyfilter *, const struct wl_patch *,
    const struct wl_wasm_any *))
{
	size_t i, j;

	for (i = 0; i < c->facts->envoyfilters.n; i++) {
		const struct wl_envoyfilter *ef = &c->facts->envoyfilters.v[i];

		for (j = 0; j < ef->patches.n; j++) {
			fn(c, ef, &ef->patches.v[j],
			    &ef->patches.v[j].wasm.configuration);
			fn(c, ef, &ef->patches.v[j],
			    &ef->patches.v[j].wasm.vm_configuration);
		}
	}
}

void
wl_each_selection(struct wl_check *c, void (*fn)(struct wl_check *,
    const struct wl_object *, const struct wl_selection *))
{
	const struct wl_facts	*f = c->facts;
	size_t			 i;

	for (i = 0; i < f->envoyfilters.n; i++)
		fn(c, &f->envoyfilters.v[i].obj, &f->envoyfilters.v[i].sel);
	for (i = 0; i < f->wasmplugins.n; i++)
		fn(c, &f->wasmplugins.v[i].obj, &f->wasmplugins.v[i].sel);
}

void
wl_each_load(struct wl_check *c,
    void (*fn)(struct wl_check *, const struct wl_load *))
{
	size_t i;

	for (i = 0; i < c->facts->loads.n; i++)
		fn(c, &c->facts->loads.v[i]);
}

void
wl_each_module(struct wl_check *c,
    void (*fn)(struct wl_check *, const struct wl_module_fact *))
{
	size_t i;

	for (i = 0; i < c->facts->modules.n; i++)
		if (!c->facts->modules.v[i].malformed &&
		    c->facts->modules.v[i].checked)
			fn(c, &c->facts->modules.v[i]);
}

struct wl_loc
wl_module_loc(const struct wl_module_fact *m, size_t offset)
{
	struct wl_loc loc = { m->path, 1, 1, 1, 1, offset };

	if (m->origin == WL_MODULE_CONFIGMAP)
		return m->at;	/* no line of the manifest holds the byte */
	return loc;
}

const struct wl_wasm_export *
wl_module_export(const struct wl_wasm_module *m, const char *name,
    enum wl_wasm_kind kind)
{
	size_t i;

	for (i = 0; i < m->nexports; i++)
		if (m->exports[i].kind == kind &&
		    strcmp(m->exports[i].name, name) == 0)
			return &m->exports[i];
	return NULL;
}
