/* digest.c - SHA-256 (of bytes, or of a file read in chunks) and base64 decoding by OpenSSL's libcrypto (EVP_Digest*, EVP_DecodeBlock). */
#include <stdlib.h>

#include <openssl/evp.h>

#include "util/digest.h"
#include "util/file.h"
#include "util/xmalloc.h"

/* Bytes of a file hashed at a time: the only part of it ever in memory. */
#define CHUNK	(256 * 1024)

static void
hex_of(const unsigned char *md, unsigned int mdlen,
    char hex[WL_SHA256_HEX_LEN + 1])
{
	static const char	digits[] = "0123456789abcdef";
	unsigned int		i;

	if (mdlen * 2 != WL_SHA256_HEX_LEN)
		abort();	/* SHA-256 is always there in libcrypto */
	for (i = 0; i < mdlen; i++) {
		hex[2 * i] = digits[md[i] >> 4];
		hex[2 * i + 1] = digits[md[i] & 0xf];
	}
	hex[WL_SHA256_HEX_LEN] = '\0';
}

void
wl_sha256_hex(const void *buf, size_t len, char hex[WL_SHA256_HEX_LEN + 1])
{
	unsigned char	md[EVP_MAX_MD_SIZE];
	unsigned int	mdlen = 0;

	if (EVP_Digest(buf, len, md, &mdlen, EVP_sha256(), NULL) != 1)
		abort();
	hex_of(md, mdlen, hex);
}

int
wl_sha256_fd_hex(int fd, char hex[WL_SHA256_HEX_LEN + 1], const char **why)
{
	unsigned char	 md[EVP_MAX_MD_SIZE], *chunk = wl_xmalloc(CHUNK);
	unsigned int	 mdlen = 0;
	uint64_t	 at = 0;
	size_t		 got;
	const char	*err = NULL;
	EVP_MD_CTX	*ctx = EVP_MD_CTX_new();

	if (ctx == NULL || EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) != 1)
		abort();
	do {
		got = wl_pread_full(fd, chunk, CHUNK, at, &err);
		at += got;
		if (EVP_DigestUpdate(ctx, chunk, got) != 1)
			abort();
	} while (got == CHUNK && err == NULL);
	if (EVP_DigestFinal_ex(ctx, md, &mdlen) != 1)
		abort();
	EVP_MD_CTX_free(ctx);
	free(chunk);
	if (err != NULL) {
		*why = err;
		return -1;
	}
	hex_of(md, mdlen, hex);
	return 0;
}

unsigned char *
wl_base64_decode(const char *text, size_t text_len, size_t *len)
{
	unsigned char	*in, *out;
	size_t		 n = 0, i, pad = 0;
	int		 got;

	if (text_len > (size_t)0x7ffffff0)
		return NULL;	/* EVP_DecodeBlock counts in int */
	in = wl_xmalloc(text_len + 1);
	for (i = 0; i < text_len; i++)
		if (text[i] != '\r' && text[i] != '\n')
			in[n++] = (unsigned char)text[i];
	out = wl_xmalloc(n / 4 * 3 + 1);
	got = n % 4 == 0 ? EVP_DecodeBlock(out, in, (int)n) : -1;
	while (pad < 2 && pad < n && in[n - 1 - pad] == '=')
		pad++;
	free(in);
	if (got < 0 || (size_t)got < pad) {
		free(out);
		return NULL;
	}
	*len = (size_t)got - pad;
	return out;
}
