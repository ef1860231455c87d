/* lookup.c - shared queries over the facts: selection, mounts, volumes, ConfigMaps. */
#include <string.h>

#include "model/extract.h"
#include "model/lookup.h"
#include "schema/injector.h"
#include "schema/proxy-image.h"

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
wl_target_ref_is_gateway(const struct wl_target_ref *ref)
{
	return ref->kind.s != NULL && strcmp(ref->kind.s, "Gateway") == 0 &&
	    ref->group.s != NULL &&
	    strcmp(ref->group.s, WL_GATEWAY_API_GROUP) == 0;
}

/*
 * Whether w is a pod of the Gateway ref names: Istio's gateway deployment
 * controller labels them gateway.networking.k8s.io/gateway-name=<name>.
 * A Service, ServiceEntry or GatewayClass reaches the waypoints and
 * gateways serving it, which a manifest does not say: no workload here.
 */
static bool
ref_reaches(const struct wl_target_ref *ref, const struct wl_workload *w)
{
	const struct wl_pair *l;

	if (!wl_target_ref_is_gateway(ref) || ref->name.s == NULL)
		return false;
	l = wl_pairs_find(&w->labels, WL_GATEWAY_NAME_LABEL);
	return l != NULL && l->value != NULL && strcmp(l->value, ref->name.s) == 0;
}

bool
wl_selection_matches(const struct wl_selection *sel,
    const struct wl_workload *w)
{
	size_t i;

	if (sel->refs.n > 0) {
		for (i = 0; i < sel->refs.n; i++)
			if (ref_reaches(&sel->refs.v[i], w))
				return true;
		return false;
	}
	return !sel->has_selector || wl_labels_subset(&sel->labels, &w->labels);
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

const struct wl_container *
wl_proxy_container(const struct wl_workload *w)
{
	size_t i;

	for (i = 0; i < w->containers.n; i++)
		if (wl_is_proxy_container(w->containers.v[i].name.s))
			return &w->containers.v[i];
	return NULL;
}

/* The deepest of n mounts m that holds path, or best. */
static const struct wl_user_mount *
deepest_mount(const struct wl_user_mount *m, size_t n, const char *path,
    const struct wl_user_mount *best)
{
	size_t i;

	for (i = 0; i < n; i++) {
		const char *mp = m[i].mount_path.s;

		if (mp == NULL || wl_path_below(mp, path) == NULL)
			continue;
		if (best == NULL || strlen(mp) > strlen(best->mount_path.s))
			best = &m[i];
	}
	return best;
}

const struct wl_user_mount *
wl_mount_for_path(const struct wl_workload *w, const char *path)
{
	return deepest_mount(w->proxy_mounts.v, w->proxy_mounts.n, path,
	    deepest_mount(w->mounts.v, w->mounts.n, path, NULL));
}

/*
 * Whether the proxy image of w ships file, so it needs no mount: a file of
 * the image's table when w's release has it or w's release is unknown.
 */
static bool
image_ships(const struct wl_workload *w, const char *file)
{
	const struct wl_image_file *img = wl_image_file(file);

	return img != NULL && (w->version.version == NULL ||
	    wl_image_file_in(img, w->version.version));
}

bool
wl_load_needs_mount(const struct wl_load *l, const struct wl_workload *w)
{
	return l->path != NULL && wl_load_reaches(l, w) &&
	    !image_ships(w, l->path) && wl_mount_for_path(w, l->path) == NULL;
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
