/* loaders.h - which EnvoyFilters and WasmPlugins of the manifests given to inspect load the module, and whom they reach. */
#ifndef WASMLINT_INSPECT_LOADERS_H
#define WASMLINT_INSPECT_LOADERS_H

#include "inspect/inspect.h"
#include "model/facts.h"

/* One resource that loads the module. */
struct wl_inspect_loader {
	const char	*kind;		/* "EnvoyFilter", "WasmPlugin" */
	const char	*object;	/* "default/http-headers" */
	struct wl_loc	 at;		/* its url or filename */
	const char	*names;		/* what it loads: the url or filename */
	const char	*bound;		/* "--module", "sha256", "name" */
	const char	*reaches;	/* "Deployment default/app (Istio 1.12.2), ..." or "no workload in the inputs" */
};

/* The loaders of mf once its facts are indexed (wl_bind_modules), their files named from files; sets in->loaders, nloaders and manifests_given. */
void	wl_inspect_loaders(struct wl_inspect *in,
	    const struct wl_module_fact *mf, struct wl_files *files,
	    struct wl_arena *arena);

#endif
