/* reach.h - every selection's reach, computed once per run from the workloads sorted by namespace. */
#ifndef WASMLINT_MODEL_REACH_H
#define WASMLINT_MODEL_REACH_H

#include "model/facts.h"

/*
 * Sets scope and selected of every EnvoyFilter's and WasmPlugin's selection,
 * and selected_by of every workload; f->by_namespace must be sorted.
 */
void	wl_facts_reach(struct wl_facts *f);

#endif
