/* istiod-filters.h - filters istiod itself puts in every listener it builds, under which names per release, and how its patch matching compares a match's name with theirs. */
#ifndef WASMLINT_SCHEMA_ISTIOD_FILTERS_H
#define WASMLINT_SCHEMA_ISTIOD_FILTERS_H

#include <stdbool.h>

/*
 * Stretches of istiod releases that name the filters they build, and
 * compare an EnvoyFilter match's name with them, the same way. A set of
 * them is a bit mask.
 */
enum wl_istiod_era {
	WL_ERA_1_5 = 1,		/* 1.5.0-1.6.x: Envoy's old names, exact compare */
	WL_ERA_1_7_0 = 2,	/* 1.7.0: old names but cors, exact compare */
	WL_ERA_1_7_1 = 4,	/* 1.7.1-1.8.x: canonical names, either name matches */
	WL_ERA_1_9 = 8,		/* 1.9-1.18: as 1.7.1, and validation warns on the old */
	WL_ERA_1_19 = 16,	/* 1.19 on: canonical names, exact compare */
};
#define WL_ERAS_ALL	31u
#define WL_ERAS_OLD	(WL_ERA_1_5 | WL_ERA_1_7_0)

/* The era of istiod 1.minor.patch; WL_ERAS_ALL for releases before 1.5 (not read). */
unsigned	 wl_istiod_era(unsigned long minor, unsigned long patch);
/*
 * Of the eras in mask, those in which a match on name finds a filter istiod
 * builds into every listener or filter chain of apply_to's kind
 * ("HTTP_FILTER": every HTTP connection manager; "NETWORK_FILTER": every
 * HTTP, or every TCP, filter chain) before any EnvoyFilter patch runs.
 */
unsigned	 wl_istiod_finds_built(const char *apply_to, const char *name,
		    unsigned mask);
/* True when name is one of the names of such a filter in some release. */
bool		 wl_istiod_names_built(const char *apply_to, const char *name);
/* The name istiod of era builds the filter called name under, or NULL. */
const char	*wl_istiod_built_name(const char *apply_to, const char *name,
		    unsigned era);
/* "1.5.0-1.7.0", "1.7.1-1.18.x", "1.19 and later": the releases of mask, for messages, into buf. */
const char	*wl_istiod_eras_text(unsigned mask, char *buf, unsigned size);
/* Where that comes from. */
extern const char	*const wl_istiod_filters_source;

#endif
