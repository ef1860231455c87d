/* digest.c - SHA-256 and base64 decoding by OpenSSL's libcrypto (EVP_Digest, EVP_DecodeBlock). */
#include <stdlib.h>

#include <openssl/evp.h>

#include "util/digest.h"
#include "util/xmalloc.h"

void
wl_sha256_hex(const void *buf, size_t len, char hex[WL_SHA256_HEX_LEN + 1])
{
	static const char	digits[] = "0123456789abcdef";
	unsigned char		md[EVP_MAX_MD_SIZE];
	unsigned int		mdlen = 0, i;

	if (EVP_Digest(buf, len, md, &mdlen, EVP_sha256(), NULL) != 1 ||
	    mdlen * 2 != WL_SHA256_HEX_LEN)
		abort();	/* SHA-256 is always there in libcrypto */
	for (i = 0; i < mdlen; i++) {
		hex[2 * i] = digits[md[i] >> 4];
		hex[2 * i + 1] = digits[md[i] & 0xf];
	}
	hex[WL_SHA256_HEX_LEN] = '\0';
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
