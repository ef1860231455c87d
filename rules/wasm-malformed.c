/* wasm-malformed.c - WL1003: a plugin file that is not a readable wasm module (raised by the loader). */
#include "wasmlint/rule.h"

const struct wl_rule wl_rule_wasm_malformed = {
	.id = "WL1003",
	.slug = "wasm-malformed",
	.severity = WL_SEV_ERROR,
	.summary = "plugin is not a readable wasm module",
	.rationale =
	    "Envoy refuses a module it cannot parse (`Failed to load Wasm "
	    "module`) and, with fail_open unset, the listener that carries "
	    "the filter is rejected. A truncated upload, a text file renamed "
	    ".wasm, or a build from the wrong target ends here. The message "
	    "gives the decoder's reason and the byte offset.",
	.bad = "$ head -c 100 http-headers.wasm > broken.wasm\n",
	.good = "$ tinygo build -o http-headers.wasm -scheduler=none "
		"-target=wasi ./main.go\n",
	.fix = "Rebuild the plugin and ship the complete binary.",
	.check = NULL,
};
