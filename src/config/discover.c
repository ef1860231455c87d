/* discover.c - finding .wasmlint.yaml: walking up from a directory to the repository root. */
#define _XOPEN_SOURCE 700	/* realpath(3), beside the project's POSIX 2008 */

#include <sys/stat.h>

#include <stdlib.h>
#include <string.h>

#include "config/config.h"
#include "util/xmalloc.h"

static char *
cfg_join(const char *dir, const char *name)
{
	size_t	 d = strlen(dir), n = strlen(name);
	char	*p = wl_xmalloc(d + n + 2);

	memcpy(p, dir, d);
	if (d == 0 || dir[d - 1] != '/')
		p[d++] = '/';
	memcpy(p + d, name, n + 1);
	return p;
}

/* dir/name if it is a regular file, else NULL. */
static char *
cfg_find_in(const char *dir, const char *name)
{
	struct stat	 st;
	char		*p = cfg_join(dir, name);

	if (stat(p, &st) == 0 && S_ISREG(st.st_mode))
		return p;
	free(p);
	return NULL;
}

static bool
cfg_has_git(const char *dir)
{
	struct stat	 st;
	char		*p = cfg_join(dir, ".git");
	bool		 has = lstat(p, &st) == 0;

	free(p);
	return has;
}

char *
wl_config_find(const char *start_dir)
{
	char *dir = realpath(start_dir, NULL), *found = NULL, *slash;

	while (dir != NULL) {
		if ((found = cfg_find_in(dir, WL_CONFIG_NAME)) != NULL ||
		    (found = cfg_find_in(dir, WL_CONFIG_NAME_ALT)) != NULL)
			break;
		if (cfg_has_git(dir) || strcmp(dir, "/") == 0)
			break;
		slash = strrchr(dir, '/');
		slash[slash == dir ? 1 : 0] = '\0';
	}
	free(dir);
	return found;
}
