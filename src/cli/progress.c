/* progress.c - the progress line of a long `wasmlint check` on a terminal's standard error. */
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "cli/progress.h"

/* No line for runs shorter than this; then at most one redraw per interval. */
#define PROGRESS_AFTER_MS	1000
#define PROGRESS_EVERY_MS	100

static long long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

bool
wl_progress_wanted(bool quiet, bool stderr_is_tty)
{
	return !quiet && stderr_is_tty;
}

bool
wl_progress_due(long long elapsed_ms, long long since_draw_ms, bool drawn)
{
	if (elapsed_ms < PROGRESS_AFTER_MS)
		return false;
	return !drawn || since_draw_ms >= PROGRESS_EVERY_MS;
}

void
wl_progress_start(struct wl_progress *p, bool quiet)
{
	*p = (struct wl_progress){ .on = wl_progress_wanted(quiet,
		isatty(STDERR_FILENO)), .start_ms = now_ms() };
}

void
wl_progress_file(void *ctx, const char *path)
{
	struct wl_progress	*p = ctx;
	long long		 t;

	(void)path;
	p->files++;
	if (!p->on)
		return;
	t = now_ms();
	if (!wl_progress_due(t - p->start_ms, t - p->drawn_ms, p->drawn))
		return;
	fprintf(stderr, "\rwasmlint: %zu file%s read, %.1f s", p->files,
	    p->files == 1 ? "" : "s", (double)(t - p->start_ms) / 1000);
	fflush(stderr);
	p->drawn = true;
	p->drawn_ms = t;
}

void
wl_progress_end(struct wl_progress *p)
{
	if (p->drawn)
		fputs("\r\033[K", stderr);
	p->drawn = false;
}
