/*
 * abi.c - the Proxy-Wasm host's export table: ABI markers and allocators.
 * Every row cites the host source it was read from (proxy-wasm-cpp-host
 * "CH", istio/envoy's in-tree host "IE"); see
 * shared/reference/proxy-wasm-abi.md sections 2 and 3.
 */
#include <string.h>

#include "knowledge/abi.h"

const struct wl_abi_export wl_abi_markers[] = {
	{ "proxy_abi_version_0_1_0", "ABI 0.1.0",
	    "proxy-wasm/proxy-wasm-cpp-host src/bytecode_util.cc @52a0291; "
	    "istio/envoy source/extensions/common/wasm/wasm.cc @bc117b4" },
	{ "proxy_abi_version_0_2_0", "ABI 0.2.0",
	    "proxy-wasm/proxy-wasm-cpp-host src/v8/v8.cc @e73c498 "
	    "(Istio 1.7 pin 51e2013); src/bytecode_util.cc @52a0291" },
	{ "proxy_abi_version_0_2_1", "ABI 0.2.1",
	    "proxy-wasm/proxy-wasm-cpp-host @d1e7040 (Istio 1.8 pin "
	    "a044a3a); src/bytecode_util.cc @52a0291" },
};
const size_t wl_abi_nmarkers = sizeof wl_abi_markers / sizeof *wl_abi_markers;

const struct wl_abi_export wl_abi_allocators[] = {
	{ "malloc", "allocator",
	    "proxy-wasm/proxy-wasm-cpp-host src/wasm.cc getFunctions "
	    "@51e2013 and later" },
	{ "proxy_on_memory_allocate", "allocator",
	    "proxy-wasm/proxy-wasm-cpp-host src/wasm.cc getFunctions "
	    "@7bd429d (Istio 1.8 and later)" },
};
const size_t wl_abi_nallocators =
    sizeof wl_abi_allocators / sizeof *wl_abi_allocators;

const struct wl_abi_export *
wl_abi_find(const struct wl_abi_export *table, size_t n, const char *name)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(table[i].name, name) == 0)
			return &table[i];
	return NULL;
}
