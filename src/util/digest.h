/* digest.h - SHA-256 of bytes or of a file as lower-case hex, and base64 decoding, both by OpenSSL's libcrypto (SHA256_*, EVP_DecodeBlock). */
#ifndef WASMLINT_UTIL_DIGEST_H
#define WASMLINT_UTIL_DIGEST_H

#include <stddef.h>

#define WL_SHA256_HEX_LEN 64

/* Writes the SHA-256 of buf as 64 lower-case hex digits and a NUL to hex. */
void		 wl_sha256_hex(const void *buf, size_t len,
		    char hex[WL_SHA256_HEX_LEN + 1]);
/*
 * The same for the file open at fd, from its first byte to its end, read
 * and hashed in chunks so that the file is never in memory whole. Returns
 * 0, or -1 with *why (strerror text) when reading fails.
 */
int		 wl_sha256_fd_hex(int fd, char hex[WL_SHA256_HEX_LEN + 1],
		    const char **why);

/*
 * Decodes standard base64 (RFC 4648 with padding), ignoring line breaks as
 * Go's encoding/base64 does (the decoder Kubernetes uses for binaryData).
 * Returns the bytes (malloc'd: the caller frees them) and their count in
 * *len, or NULL when text is not base64.
 */
unsigned char	*wl_base64_decode(const char *text, size_t text_len,
		    size_t *len);

#endif
