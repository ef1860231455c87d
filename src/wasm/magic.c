/* magic.c - recognises a wasm binary by its first four bytes, without wabt. */
#include <string.h>

#include "wasm/module.h"

bool
wl_wasm_has_magic(const void *data, size_t size)
{
	return size >= 4 && memcmp(data, "\0asm", 4) == 0;
}
