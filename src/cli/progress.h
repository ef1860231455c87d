/* progress.h - the progress line of a long `wasmlint check` on a terminal's standard error. */
#ifndef WASMLINT_CLI_PROGRESS_H
#define WASMLINT_CLI_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>

struct wl_progress {
	bool		 on;		/* standard error is a terminal, and no -q */
	bool		 drawn;		/* a line is on the terminal */
	size_t		 files;
	long long	 start_ms, drawn_ms;
};

/* Whether a run shows progress at all: only on a terminal, and not with -q. */
bool	wl_progress_wanted(bool quiet, bool stderr_is_tty);
/* Whether to draw now: after the first second, then every 100 ms. */
bool	wl_progress_due(long long elapsed_ms, long long since_draw_ms,
	    bool drawn);
void	wl_progress_start(struct wl_progress *, bool quiet);
/* The run's callback for each file read; ctx is the struct wl_progress. */
void	wl_progress_file(void *ctx, const char *path);
/* Erases the line, before the report and the summary. */
void	wl_progress_end(struct wl_progress *);

#endif
