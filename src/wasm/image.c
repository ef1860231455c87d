/* image.c - a module file read section by section into an image wabt walks as it would walk the file, without reading function bodies, data segments or custom sections it skips. */
#define _DEFAULT_SOURCE	/* MAP_ANONYMOUS, MAP_NORESERVE, beside the project's POSIX 2008 */
#include <sys/mman.h>

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/file.h"
#include "util/xmalloc.h"
#include "wasm/image.h"

#ifndef MAP_NORESERVE
#define MAP_NORESERVE	0
#endif

/* Bytes read ahead while scanning the headers of sections, bodies and segments. */
#define WINDOW	65536

#define SHRANK	"the file shrank while it was read"

/*
 * What wabt 1.0.32 reads with wl_wasm_read's options, function bodies
 * skipped and debug names not read (WebAssembly/wabt, src/binary-reader.cc,
 * tag 1.0.32: ReadModule, ReadSections, ReadCustomSection, ReadCodeSection,
 * ReadDataSection): the magic and version; each section's id and size;
 * every byte of the sections other than custom, code and data; a custom
 * section's name; the code section's body count and each body's size and
 * local declarations; each data segment's flags, memory index, offset
 * expression and size, not its bytes. (wabt parses a few custom sections
 * further, dylink, reloc.*, linking and the like, but what it finds there
 * reaches wl_wasm_read only as warnings, which it drops: their contents
 * are left out too.)
 *
 * Code section headers are spread over the whole section, one per function,
 * so copying them would make the section resident. When a scan of them
 * finds every body one wabt skips without a message, the image holds a code
 * section of the same count and length made of empty bodies, the last one
 * reaching to the section's end: wabt walks it to the same end with the same
 * callbacks that wl_wasm_read uses (a body's bounds, nothing of its
 * content). Whatever the scans do not recognise is copied as it is, so wabt
 * meets the file's own bytes and says of them what it says of the file.
 */

struct src {
	int			 fd;
	size_t			 size;
	unsigned char		*win;		/* read-ahead window */
	size_t			 win_at;
	size_t			 win_len;
	const char		*why;		/* a read error */
	struct wl_wasm_image	*img;
};

/* The file's byte at off, through the window; false past end or on a read error. */
static bool
byte_at(struct src *s, size_t off, size_t end, unsigned char *b)
{
	size_t want;

	if (off >= end || off >= s->size || s->why != NULL)
		return false;
	if (off < s->win_at || off - s->win_at >= s->win_len) {
		want = s->size - off < WINDOW ? s->size - off : WINDOW;
		s->win_at = off;
		s->win_len = wl_pread_full(s->fd, s->win, want, off, &s->why);
		if (s->win_len < want && s->why == NULL)
			s->why = SHRANK;
		if (s->why != NULL)
			return false;
	}
	*b = s->win[off - s->win_at];
	return true;
}

/* A u32 LEB128 at *off ending before end, where wabt's ReadU32Leb128 accepts it; advances *off. */
static bool
leb_u32(struct src *s, size_t *off, size_t end, uint32_t *v)
{
	unsigned char	b;
	uint32_t	x = 0;
	unsigned	i;

	for (i = 0; i < 5; i++) {
		if (!byte_at(s, *off + i, end, &b) || (i == 4 && (b & 0xf0)))
			return false;
		x |= (uint32_t)(b & 0x7f) << (7 * i);
		if ((b & 0x80) == 0) {
			*off += i + 1;
			*v = x;
			return true;
		}
	}
	return false;
}

/* Steps over a LEB128 of at most max bytes at *off. */
static bool
leb_skip(struct src *s, size_t *off, size_t end, unsigned max)
{
	unsigned char	b;
	unsigned	i;

	for (i = 0; i < max; i++) {
		if (!byte_at(s, *off + i, end, &b))
			return false;
		if ((b & 0x80) == 0) {
			*off += i + 1;
			return true;
		}
	}
	return false;
}

/* Reads the file's bytes [off, off + len) into the image at the same offsets. */
static void
copy(struct src *s, size_t off, size_t len)
{
	size_t got;

	if (s->why != NULL || off >= s->size)
		return;
	if (len > s->size - off)
		len = s->size - off;
	got = wl_pread_full(s->fd, s->img->data + off, len, off, &s->why);
	if (got < len && s->why == NULL)
		s->why = SHRANK;
	s->img->copied += got;
}

static void
custom(struct src *s, size_t p, size_t end)
{
	size_t		q = p;
	uint32_t	n;

	if (!leb_u32(s, &q, end, &n) || n > end - q) {
		copy(s, p, end - p);
		return;
	}
	copy(s, p, q + n - p);
}

/* The local types wabt's IsConcreteType takes with every feature on, as one-byte codes. */
static bool
concrete(unsigned char t)
{
	return t == 0x7f || t == 0x7e || t == 0x7d || t == 0x7c ||
	    t == 0x7b || t == 0x70 || t == 0x6f;
}

/* Whether the body at *off is one wabt steps over without a message; advances *off past it. */
static bool
body_ok(struct src *s, size_t *off, size_t end)
{
	size_t		q = *off, body_end;
	uint32_t	size, ndecls, n, i;
	uint64_t	total = 0;
	unsigned char	t;

	if (!leb_u32(s, &q, end, &size) || size > end - q)
		return false;
	body_end = q + size;
	if (!leb_u32(s, &q, body_end, &ndecls))
		return false;
	for (i = 0; i < ndecls; i++) {
		if (!leb_u32(s, &q, body_end, &n) ||
		    !byte_at(s, q++, body_end, &t) || !concrete(t) ||
		    (total += n) >= UINT32_MAX)
			return false;
	}
	*off = body_end;
	return true;
}

/* Writes v as a five-byte LEB128 (padded, as wabt reads it). */
static void
put_leb5(unsigned char *d, uint32_t v)
{
	int i;

	for (i = 0; i < 4; i++)
		d[i] = (unsigned char)(((v >> (7 * i)) & 0x7f) | 0x80);
	d[4] = (unsigned char)(v >> 28);
}

/*
 * The code section [p, end) as count empty bodies, when every real one is
 * well formed; false (nothing written) otherwise. Each real body takes at
 * least two bytes (its size and local count), so the empty ones fit with at
 * least two bytes left for the last.
 */
static bool
fake_code(struct src *s, size_t p, size_t end)
{
	size_t		 q = p, head, rem;
	uint32_t	 count, i;
	unsigned char	*d;

	if (!leb_u32(s, &q, end, &count) || count == 0)
		return false;
	head = q;
	for (i = 0; i < count; i++)
		if (!body_ok(s, &q, end))
			return false;
	if (q != end)
		return false;
	copy(s, p, head - p);
	d = s->img->data + head;
	rem = end - head - 2 * ((size_t)count - 1);
	for (i = 0; i + 1 < count; i++) {
		*d++ = 1;	/* size 1: the local count */
		*d++ = 0;	/* no locals */
	}
	if (rem <= 128) {
		d[0] = (unsigned char)(rem - 1);
		d[1] = 0;
	} else {
		put_leb5(d, (uint32_t)(rem - 5));
		d[5] = 0;
	}
	s->img->copied += 2 * ((size_t)count - 1) + 6;
	return true;
}

/* Copies a data segment's header and steps over its bytes; false when it is not of a form this knows. */
static bool
segment(struct src *s, size_t *off, size_t end)
{
	size_t		q = *off;
	uint32_t	flags, v;
	unsigned char	op;

	if (!leb_u32(s, &q, end, &flags) || flags > 2)
		return false;
	if (flags == 2 && !leb_u32(s, &q, end, &v))
		return false;
	if (flags != 1) {
		/* i32.const, i64.const or global.get, then end */
		if (!byte_at(s, q++, end, &op) || (op != 0x41 && op != 0x42 &&
		    op != 0x23) || !leb_skip(s, &q, end, op == 0x42 ? 10 : 5) ||
		    !byte_at(s, q++, end, &op) || op != 0x0b)
			return false;
	}
	if (!leb_u32(s, &q, end, &v) || v > end - q)
		return false;
	copy(s, *off, q - *off);
	*off = q + v;
	return true;
}

static void
data(struct src *s, size_t p, size_t end)
{
	size_t		q = p;
	uint32_t	count, i;

	if (!leb_u32(s, &q, end, &count)) {
		copy(s, p, end - p);
		return;
	}
	copy(s, p, q - p);
	for (i = 0; i < count; i++)
		if (!segment(s, &q, end))
			break;
	copy(s, q, end - q);	/* what is not understood, or left over */
}

static void
section(struct src *s, unsigned char id, size_t p, size_t end)
{
	if (id == 0)
		custom(s, p, end);
	else if (id == 10) {
		if (!fake_code(s, p, end))
			copy(s, p, end - p);
	} else if (id == 11)
		data(s, p, end);
	else
		copy(s, p, end - p);
}

static void
walk(struct src *s)
{
	size_t		pos = 8, p;
	uint32_t	len;
	unsigned char	id;

	copy(s, 0, 8);
	if (s->size < 8 || memcmp(s->img->data, "\0asm\1\0\0\0", 8) != 0)
		return;	/* wabt stops at the magic or the version */
	while (pos < s->size && s->why == NULL) {
		p = pos + 1;
		if (!byte_at(s, pos, s->size, &id) ||
		    !leb_u32(s, &p, s->size, &len) || len > s->size - p) {
			copy(s, pos, 6);	/* the id and a size wabt refuses */
			return;
		}
		copy(s, pos, p - pos);
		section(s, id, p, p + len);
		pos = p + len;
	}
}

int
wl_wasm_image_read(int fd, size_t size, bool whole,
    struct wl_wasm_image *img, const char **why)
{
	struct src s = { fd, size, NULL, 0, 0, NULL, img };

	*img = (struct wl_wasm_image){ NULL, size, 0 };
	if (size == 0)
		return 0;
	img->data = mmap(NULL, size, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (img->data == MAP_FAILED) {
		img->data = NULL;
		*why = strerror(errno);
		return -1;
	}
	s.win = wl_xmalloc(WINDOW);
	if (whole)
		copy(&s, 0, size);
	else
		walk(&s);
	free(s.win);
	if (s.why == NULL)
		return 0;
	*why = s.why;
	wl_wasm_image_free(img);
	return -1;
}

void
wl_wasm_image_free(struct wl_wasm_image *img)
{
	if (img->data != NULL)
		munmap(img->data, img->size);
	img->data = NULL;
}
