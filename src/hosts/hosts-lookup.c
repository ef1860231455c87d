/* hosts-lookup.c - questions to the host table: the generation of a version, the releases of generations, matching rows. */
#include <string.h>

#include "hosts/hosts.h"
#include "model/version.h"
#include "util/list-text.h"

static int
cmp_minor(const struct wl_version_num *v, const struct wl_host_release *r)
{
	if (v->major != r->major)
		return v->major < r->major ? -1 : 1;
	if (v->minor != r->minor)
		return v->minor < r->minor ? -1 : 1;
	return 0;
}

/* The row of v's minor release that covers its patch (the last without one). */
static const struct wl_host_release *
release_of(const struct wl_hosts *h, const struct wl_version_num *v)
{
	const struct wl_host_release *found = NULL;
	size_t i;

	for (i = 0; i < h->releases.n; i++) {
		const struct wl_host_release *r = &h->releases.v[i];

		if (cmp_minor(v, r) != 0)
			continue;
		found = r;
		if (v->has_patch && v->patch >= r->patch_lo &&
		    v->patch <= r->patch_hi)
			return r;
	}
	return found;
}

int
wl_hosts_gen_for(const struct wl_hosts *h, const char *version,
    const struct wl_host_release **rel, enum wl_host_fit *fit)
{
	struct wl_version_num v;

	*rel = NULL;
	*fit = WL_FIT_NOT_VERSION;
	if (version == NULL || !wl_version_parse(version, &v))
		return -1;
	*fit = WL_FIT_ABSENT;
	if ((*rel = release_of(h, &v)) != NULL) {
		*fit = WL_FIT_LISTED;
		return (int)(*rel)->gen;
	}
	if (cmp_minor(&v, &h->releases.v[h->releases.n - 1]) < 0)
		return -1;
	*fit = WL_FIT_NEWER;
	return (int)h->gens.n - 1;
}

const struct wl_host_release *
wl_hosts_first_release(const struct wl_hosts *h, uint64_t gens)
{
	size_t i;

	for (i = 0; i < h->releases.n; i++)
		if (gens >> h->releases.v[i].gen & 1)
			return &h->releases.v[i];
	return NULL;
}

unsigned
wl_gens_newest(uint64_t gens)
{
	unsigned g = 63;

	while (g > 0 && !(gens >> g & 1))
		g--;
	return g;
}

uint64_t
wl_hosts_all_gens(const struct wl_hosts *h)
{
	return h->gens.n == 64 ? ~(uint64_t)0 :
	    ((uint64_t)1 << h->gens.n) - 1;
}

/* Appends the run of releases [first, last] to text. */
static const char *
add_range(struct wl_arena *a, const struct wl_hosts *h, const char *text,
    size_t first, size_t last, bool later)
{
	const char *sep = *text == '\0' ? "Istio " : ", ";

	if (later)
		return wl_arena_printf(a, "%s%s%s and later", text, sep,
		    h->releases.v[first].first);
	if (first == last)	/* "1.24", "1.14.6+"; "1.8.0" for 1.8.0-1.8.0 */
		return wl_arena_printf(a, "%s%s%s", text, sep,
		    h->releases.v[first].patch_lo == h->releases.v[first].patch_hi ?
		    h->releases.v[first].first : h->releases.v[first].name);
	return wl_arena_printf(a, "%s%s%s-%s", text, sep,
	    h->releases.v[first].first, h->releases.v[last].last);
}

const char *
wl_hosts_describe_gens(struct wl_arena *a, const struct wl_hosts *h,
    uint64_t gens)
{
	const char	*text = "";
	size_t		 i, first = 0, n = h->releases.n;
	bool		 in = false, newest = gens >> (h->gens.n - 1) & 1;

	for (i = 0; i <= n; i++) {
		bool here = i < n && (gens >> h->releases.v[i].gen & 1);

		if (here && !in)
			first = i;
		else if (!here && in)
			text = add_range(a, h, text, first, i - 1,
			    i == n && newest);
		in = here;
	}
	return *text != '\0' ? text : "no release in the host table";
}

const struct wl_host_row *
wl_host_rows_find(const struct wl_host_rows *rows, int g, int abi,
    const char *module, const char *name)
{
	size_t i;

	for (i = 0; i < rows->n; i++) {
		const struct wl_host_row *r = &rows->v[i];

		if ((g >= 0 && !(r->gens >> g & 1)) ||
		    (abi >= 0 && !(r->abis >> abi & 1)) ||
		    (module != NULL && r->module != NULL &&
			strcmp(r->module, module) != 0) ||
		    (r->name != NULL && strcmp(r->name, name) != 0))
			continue;
		return r;
	}
	return NULL;
}

int
wl_host_row_abi(const struct wl_host_row *r)
{
	int a;

	for (a = 0; a < WL_HOSTS_MAX_ABIS; a++)
		if (r->abis >> a & 1)
			return a;
	return WL_ABI_ANY;
}

/* True when a row before r in rows has r's name and one of gens. */
static bool
named_before(const struct wl_host_rows *rows, const struct wl_host_row *r,
    uint64_t gens)
{
	const struct wl_host_row *q;

	for (q = rows->v; q < r; q++)
		if ((q->gens & gens) != 0 && q->name != NULL &&
		    strcmp(q->name, r->name) == 0)
			return true;
	return false;
}

const char *
wl_host_rows_names(struct wl_arena *a, const struct wl_host_rows *rows,
    uint64_t gens)
{
	struct wl_list_text	l = { a, "" };
	size_t			i;

	for (i = 0; i < rows->n; i++) {
		const struct wl_host_row *r = &rows->v[i];

		if ((r->gens & gens) != 0 && r->name != NULL &&
		    !named_before(rows, r, gens))
			wl_list_text_add(&l, wl_arena_printf(a, "`%s`",
			    r->name));
	}
	return l.text;
}

const char *
wl_hosts_abi_names(struct wl_arena *a, const struct wl_hosts *h,
    uint32_t abis)
{
	struct wl_list_text	l = { a, "" };
	size_t			i;

	for (i = 0; i < h->abis.n; i++)
		if (abis >> i & 1)
			wl_list_text_add(&l, h->abis.v[i]);
	return l.text;
}
