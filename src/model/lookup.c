/* lookup.c - shared queries over the facts: selection, mounts, volumes, ConfigMaps. */
#include <string.h>

#include "model/extract.h"
#include "model/lookup.h"

bool
wl_labels_subset(const struct wl_pairs *selector, const struct wl_pairs *labels)
{
	size_t i;

	for (i = 0; i < selector->n; i++) {
		const struct wl_pair *l = wl_pairs_find(labels,
		    selector->v[i].key);

		if (l == NULL || l->value == NULL ||
		    selector->v[i].value == NULL ||
		    strcmp(l->value, selector->v[i].value) != 0)
			return false;
	}
	return true;
}

bool
wl_filter_in_scope(const struct wl_facts *f, const struct wl_envoyfilter *ef,
    const struct wl_workload *w)
{
	return strcmp(ef->obj.ns, w->obj.ns) == 0 ||
	    strcmp(ef->obj.ns, f->root_namespace) == 0;
}

bool
wl_selector_matches(const struct wl_envoyfilter *ef,
    const struct wl_workload *w)
{
	return !ef->has_selector || wl_labels_subset(&ef->selector, &w->labels);
}

bool
wl_filter_selects(const struct wl_facts *f, const struct wl_envoyfilter *ef,
    const struct wl_workload *w)
{
	return wl_filter_in_scope(f, ef, w) && wl_selector_matches(ef, w);
}

/* True when path has a ".." segment. */
static bool
has_parent_segment(const char *path)
{
	const char *p;

	for (p = path; (p = strstr(p, "..")) != NULL; p += 2)
		if ((p == path || p[-1] == '/') && (p[2] == '\0' || p[2] == '/'))
			return true;
	return false;
}

const char *
wl_path_below(const char *dir, const char *file)
{
	size_t		 n = strlen(dir);
	const char	*rest;

	while (n > 1 && dir[n - 1] == '/')
		n--;
	if (strncmp(dir, file, n) != 0)
		return NULL;
	if (n == 1 && dir[0] == '/')
		rest = file + 1;
	else if (file[n] == '/')
		rest = file + n + 1;
	else
		return NULL;
	if (*rest == '\0' || has_parent_segment(rest))
		return NULL;
	return rest;
}

bool
wl_path_same(const char *a, const char *b)
{
	size_t n = strlen(a), m = strlen(b);

	while (n > 1 && a[n - 1] == '/')
		n--;
	while (m > 1 && b[m - 1] == '/')
		m--;
	return n == m && strncmp(a, b, n) == 0;
}

const struct wl_user_mount *
wl_mount_for_path(const struct wl_workload *w, const char *path)
{
	const struct wl_user_mount	*best = NULL;
	size_t				 i;

	for (i = 0; i < w->mounts.n; i++) {
		const char *mp = w->mounts.v[i].mount_path.s;

		if (mp == NULL || wl_path_below(mp, path) == NULL)
			continue;
		if (best == NULL || strlen(mp) > strlen(best->mount_path.s))
			best = &w->mounts.v[i];
	}
	return best;
}

const struct wl_user_volume *
wl_volume_named(const struct wl_workload *w, const char *name)
{
	size_t i;

	for (i = w->volumes.n; i-- > 0;)
		if (strcmp(w->volumes.v[i].name.s, name) == 0)
			return &w->volumes.v[i];
	for (i = w->spec_volumes.n; i-- > 0;)
		if (strcmp(w->spec_volumes.v[i].name.s, name) == 0)
			return &w->spec_volumes.v[i];
	return NULL;
}
