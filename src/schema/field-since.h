/* field-since.h - the Istio release from which a resource, a field or one value of it is acted on, by which component, and what older releases do instead. */
#ifndef WASMLINT_SCHEMA_FIELD_SINCE_H
#define WASMLINT_SCHEMA_FIELD_SINCE_H

/* Who acts on the field: istiod alone, or istio-agent in the proxy's image. */
enum wl_field_reader {
	WL_READER_ISTIOD,	/* istiod translates it into the proxy's config */
	WL_READER_AGENT,	/* istiod passes it on; the proxy's istio-agent acts on it */
};

struct wl_field_since {
	const char		*field;		/* "failStrategy"; the kind for the resource itself */
	const char		*value;		/* "FAIL_RELOAD", or NULL for any use of the field */
	unsigned		 minor;		/* first Istio 1.minor that acts on it */
	enum wl_field_reader	 reader;
	const char		*before;	/* what a release before it does instead ("it ...") */
	/* Proxies before 1.proxy_minor never get it, whatever istiod's release (0: none), and why. */
	unsigned		 proxy_minor;
	const char		*proxy_gate;
	const char		*source;	/* repo, file, tag, commit */
};

#endif
