/* patch-example.h - the HTTP_FILTER INSERT_BEFORE patch the relative-patch rules show in their documentation. */
#ifndef WASMLINT_RULES_PATCH_EXAMPLE_H
#define WASMLINT_RULES_PATCH_EXAMPLE_H

/* configPatches with one INSERT_BEFORE the HTTP filter named anchor (a string literal). */
#define WL_EXAMPLE_INSERT_BEFORE(anchor)				\
	"  configPatches:\n"						\
	"  - applyTo: HTTP_FILTER\n"					\
	"    match:\n"							\
	"      listener:\n"						\
	"        filterChain:\n"						\
	"          filter:\n"						\
	"            name: envoy.filters.network.http_connection_manager\n" \
	"            subFilter: {name: " anchor "}\n"			\
	"    patch:\n"							\
	"      operation: INSERT_BEFORE\n"

#endif
