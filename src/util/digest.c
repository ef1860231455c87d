/*
 * digest.c - SHA-256 (of bytes, or of a file read in chunks) and base64 decoding by OpenSSL's
 * libcrypto: its SHA256_* functions, deprecated in OpenSSL 3 for EVP_Digest*, which reach the
 * same SHA-NI/AVX2 code through the provider machinery, whose static link is most of libcrypto
 * (5 MB and 20,000 relocations in every run, none of it needed for one digest); and
 * EVP_DecodeBlock.
 */
#define OPENSSL_SUPPRESS_DEPRECATED
#include <stdlib.h>

#include <openssl/evp.h>
#include <openssl/sha.h>

#include "util/digest.h"
#include "util/file.h"
#include "util/xmalloc.h"

/* Bytes of a file hashed at a time: the only part of it ever in memory. */
#define CHUNK	(256 * 1024)

static void
hex_of(const unsigned char md[SHA256_DIGEST_LENGTH],
    char hex[WL_SHA256_HEX_LEN + 1])
{
	static const char	digits[] = "0123456789abcdef";
	unsigned int		i;

	for (i = 0; i < SHA256_DIGEST_LENGTH; i++) {
		hex[2 * i] = digits[md[i] >> 4];
		hex[2 * i + 1] = digits[md[i] & 0xf];
	}
	hex[WL_SHA256_HEX_LEN] = '\0';
}

void
wl_sha256_hex(const void *buf, size_t len, char hex[WL_SHA256_HEX_LEN + 1])
{
	unsigned char	md[SHA256_DIGEST_LENGTH];
	SHA256_CTX	ctx;

	if (SHA256_Init(&ctx) != 1 || SHA256_Update(&ctx, buf, len) != 1 ||
	    SHA256_Final(md, &ctx) != 1)
		abort();	/* they fail only on a NULL argument */
	hex_of(md, hex);
}

int
wl_sha256_fd_hex(int fd, char hex[WL_SHA256_HEX_LEN + 1], const char **why)
{
	unsigned char	 md[SHA256_DIGEST_LENGTH], *chunk = wl_xmalloc(CHUNK);
	uint64_t	 at = 0;
	size_t		 got;
	const char	*err = NULL;
	SHA256_CTX	 ctx;

	if (SHA256_Init(&ctx) != 1)
		abort();
	do {
		got = wl_pread_full(fd, chunk, CHUNK, at, &err);
		at += got;
		if (SHA256_Update(&ctx, chunk, got) != 1)
			abort();
	} while (got == CHUNK && err == NULL);
	if (SHA256_Final(md, &ctx) != 1)
		abort();
	free(chunk);
	if (err != NULL) {
		*why = err;
		return -1;
	}
	hex_of(md, hex);
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
