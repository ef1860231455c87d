/* host-table-invalid.c - WL1008: a cell of the --host-table file that cannot be read (raised while loading the table). */
#include "wasmlint/rule.h"

const struct wl_rule wl_rule_host_table_invalid = {
	.id = "WL1008",
	.slug = "host-table-invalid",
	.severity = WL_SEV_ERROR,
	.summary = "host table given with --host-table has a bad cell",
	.rationale =
	    "The host table says what each Istio release's Proxy-Wasm host "
	    "accepts; every version-dependent check reads it. A table with a "
	    "bad cell would make those checks answer for a host that does "
	    "not exist, so every bad cell is reported at its line and "
	    "column, the checks use the built-in table instead, and the run "
	    "exits with status 2, as for an input that cannot be read. The "
	    "format is described in data/README.md.",
	.bad = "[releases]\n"
	       "istio\tgen\tenvoy\tconfidence\tmark\tsource\n"
	       "1.32\tG9\t1.40\tlow\tUNCONFIRMED\tistio/proxy WORKSPACE "
	       "(release-1.32)\n",
	.good = "[generations]\n"
		"...\n"
		"G9\tproxy-wasm-cpp-host 0123abc\t-\tproxy-wasm/proxy-wasm-"
		"cpp-host @0123abc\n"
		"[releases]\n"
		"...\n"
		"1.32\tG9\t1.40\tlow\tUNCONFIRMED\tistio/proxy WORKSPACE "
		"(release-1.32)\n",
	.fix = "Correct the cell the diagnostic points at; start from a copy "
	       "of data/hosts.tsv and keep its headers.",
	.check = NULL,
};
