/* version.c - resolving the sidecar's Istio version from options, annotations and images. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "model/extract.h"
#include "model/lookup.h"
#include "model/version.h"

#define PROXY_IMAGE_ANNOTATION	"sidecar.istio.io/proxyImage"

/* Image variants the injector appends to the tag (proxyImageType). */
static const char *const tag_variants[] = { "-distroless", "-debug" };

const char *
wl_image_version(struct wl_arena *a, const char *image)
{
	const char	*end = strchr(image, '@');
	const char	*tag;
	size_t		 len, i, vlen;

	if (end == NULL)
		end = image + strlen(image);
	for (tag = end; tag > image && tag[-1] != ':' && tag[-1] != '/'; tag--)
		;
	if (tag == image || tag[-1] != ':')
		return NULL;
	len = (size_t)(end - tag);
	if (len == 0 || !isdigit((unsigned char)tag[0]))
		return NULL;
	for (i = 0; i < sizeof tag_variants / sizeof *tag_variants; i++) {
		vlen = strlen(tag_variants[i]);
		if (len > vlen && strncmp(tag + len - vlen, tag_variants[i],
		    vlen) == 0)
			len -= vlen;
	}
	return wl_arena_strndup(a, tag, len);
}

bool
wl_version_parse(const char *v, struct wl_version_num *out)
{
	char *end;

	if (!isdigit((unsigned char)v[0]))
		return false;
	out->major = strtoul(v, &end, 10);
	if (*end != '.' || !isdigit((unsigned char)end[1]))
		return false;
	out->minor = strtoul(end + 1, &end, 10);
	out->has_patch = *end == '.' && isdigit((unsigned char)end[1]);
	out->patch = 0;
	if (out->has_patch)
		out->patch = strtoul(end + 1, &end, 10);
	return *end == '\0' || *end == '.' || *end == '-' || *end == '+';
}

bool
wl_version_before(const char *v, unsigned minor)
{
	struct wl_version_num n;

	if (v == NULL || !wl_version_parse(v, &n))
		return false;
	return n.major < 1 || (n.major == 1 && n.minor < minor);
}

const char *
wl_version_source_name(enum wl_version_source source)
{
	switch (source) {
	case WL_VERSION_OPTION:
		return "--istio-version";
	case WL_VERSION_PROXY_IMAGE:
		return PROXY_IMAGE_ANNOTATION;
	case WL_VERSION_CONTAINER:
		return "the istio-proxy container image";
	case WL_VERSION_UNKNOWN:
		break;
	}
	return "unknown";
}

static bool
version_from_image(struct wl_facts *f, struct wl_version *v,
    enum wl_version_source source, const char *image,
    const struct wl_floc *loc)
{
	v->version = wl_image_version(f->arena, image);
	v->loc = *loc;
	if (v->version == NULL) {
		v->why_unknown = wl_arena_printf(f->arena,
		    "the tag of `%s` is not a version", image);
		return false;
	}
	v->source = source;
	return true;
}

void
wl_resolve_version(struct wl_facts *f, struct wl_workload *w)
{
	const struct wl_pair		*image;
	const struct wl_container	*proxy;

	w->version.loc.offset = WL_FLOC_NO_OFFSET;
	if (f->istio_version != NULL) {
		w->version.source = WL_VERSION_OPTION;
		w->version.version = f->istio_version;
		return;
	}
	image = wl_pairs_find(&w->annotations, PROXY_IMAGE_ANNOTATION);
	if (image != NULL && image->value != NULL &&
	    strchr(image->value, '/') != NULL &&
	    version_from_image(f, &w->version, WL_VERSION_PROXY_IMAGE,
	    image->value, &image->value_loc))
		return;
	proxy = wl_proxy_container(w);
	if (proxy != NULL && proxy->image.s != NULL &&
	    version_from_image(f, &w->version, WL_VERSION_CONTAINER,
	    proxy->image.s, &proxy->image.loc))
		return;
	if (w->version.why_unknown == NULL)
		w->version.why_unknown = "no --istio-version, no "
		    PROXY_IMAGE_ANNOTATION " with a registry path, and no "
		    "istio-proxy container in the pod spec";
}
