/* arena.h - bump allocator that owns a run's (or a document's) strings and facts. */
#ifndef WASMLINT_UTIL_ARENA_H
#define WASMLINT_UTIL_ARENA_H

#include <stdarg.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct wl_arena;

/* A new empty arena; never NULL (aborts on exhaustion). */
struct wl_arena	*wl_arena_new(void);
/* A new empty arena that parent frees with itself (for a thread's own arena within a run's). */
struct wl_arena	*wl_arena_new_within(struct wl_arena *parent);
/* Runs deferred cleanups in reverse order, then releases every chunk. NULL is allowed. */
void		 wl_arena_free(struct wl_arena *);
/* Zeroed, suitably aligned memory that lives as long as the arena. */
void		*wl_arena_alloc(struct wl_arena *, size_t);
/*
 * The block old (allocated with old_size bytes) grown to new_size, the new
 * bytes zeroed: large blocks are reallocated in place, small ones copied
 * (the old copy is left to the arena).
 */
void		*wl_arena_grow(struct wl_arena *, void *, size_t old_size,
		    size_t new_size);
char		*wl_arena_strndup(struct wl_arena *, const char *, size_t);
char		*wl_arena_strdup(struct wl_arena *, const char *);
char		*wl_arena_printf(struct wl_arena *, const char *, ...)
		    __attribute__((format(printf, 2, 3)));
char		*wl_arena_vprintf(struct wl_arena *, const char *, va_list)
		    __attribute__((format(printf, 2, 0)));
/* Calls fn(ptr) when the arena is freed (for foreign objects). */
void		 wl_arena_defer(struct wl_arena *, void (*fn)(void *), void *);
/* Bytes obtained from the system so far (for benchmarks and limits). */
size_t		 wl_arena_size(const struct wl_arena *);

/*
 * A growable array in an arena: WL_VEC(struct foo) v; then
 * struct foo *f = WL_VEC_PUSH(arena, &v); the new element is zeroed.
 */
#define WL_VEC(type)                                                           \
	struct {                                                               \
		type  *v;                                                      \
		size_t n;                                                      \
		size_t cap;                                                    \
	}

#define WL_VEC_PUSH(arena, vec)                                                \
	(wl_vec_reserve((arena), (void **)&(vec)->v, &(vec)->cap, (vec)->n,    \
	     sizeof *(vec)->v),                                                \
	    &(vec)->v[(vec)->n++])

/* Makes room for element n and zeroes it. */
void	wl_vec_reserve(struct wl_arena *, void **, size_t *cap, size_t n,
	    size_t elem);

/* Makes room for count elements at once, when the count is known up front. */
#define WL_VEC_RESERVE(arena, vec, count)                                      \
	wl_vec_reserve_exact((arena), (void **)&(vec)->v, &(vec)->cap,         \
	    (count), sizeof *(vec)->v)

void	wl_vec_reserve_exact(struct wl_arena *, void **, size_t *cap,
	    size_t count, size_t elem);

/* Appends the elements of vector from to vec (of the same type), growing vec geometrically. */
#define WL_VEC_APPEND(arena, vec, from)                                        \
	wl_vec_append((arena), (void **)&(vec)->v, &(vec)->cap, &(vec)->n,     \
	    (from)->v, (from)->n, sizeof *(vec)->v)

void	wl_vec_append(struct wl_arena *, void **, size_t *cap, size_t *n,
	    const void *src, size_t count, size_t elem);

#ifdef __cplusplus
}
#endif

#endif
