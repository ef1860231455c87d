/* module-binding.h - which module stands for what each load loads. */
#ifndef WASMLINT_MODEL_MODULE_BINDING_H
#define WASMLINT_MODEL_MODULE_BINDING_H

#include "diag/sink.h"
#include "model/facts.h"

/*
 * Sets every load's module and how it was chosen, every module's loaded_by
 * and checked, and every binding's module and used; called by
 * wl_facts_index once the loads are listed. A load takes, in this order:
 * the module bound to its url (--module URL=FILE, the config's modules:);
 * else, among the modules the user named and then among those found in the
 * inputs, the first whose SHA-256 is the load's sha256, else the first named
 * as the load's file (or its https url's last segment). A module file is
 * hashed only to be compared with a load's sha256 (sink: WL1004 when it
 * cannot be read again).
 */
void		 wl_bind_modules(struct wl_facts *, struct wl_sink *);
/* The name a module must have to stand for l by name: its file's base name, or a .wasm url's last path segment; NULL if none. */
const char	*wl_load_module_name(struct wl_arena *, const struct wl_load *l);

#endif
