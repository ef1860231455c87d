/* measure.c - benchmark helper: best wall time, peak RSS, exit status and best CPU time of a command run REPEAT times. */
/*
 * usage: measure REPEAT COMMAND [ARG...]
 *
 * Prints "<best wall seconds> <peak RSS KiB> <exit status> <best CPU seconds>"
 * (status -N: killed by signal N; CPU is user plus system time of the
 * child and its threads). Peak RSS is ru_maxrss from wait4 of each child. This small
 * program is what the child is before exec, so the figure is the command's
 * own: bench/measure (Python) gets the same number from
 * getrusage(RUSAGE_CHILDREN), but there the child starts as a copy of the
 * Python interpreter and Linux counts that copy's resident pages (about
 * 14 MiB) into ru_maxrss, which hides any peak below it. bench/run builds
 * this with cc and falls back to bench/measure without a compiler.
 */
#define _DEFAULT_SOURCE
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
	struct rusage	ru;
	double		t0, wall, cpu, best = -1, best_cpu = -1;
	long		peak = 0;
	int		repeat, i, st, status = 0, null;
	pid_t		pid;

	if (argc < 3 || (repeat = atoi(argv[1])) < 1) {
		fputs("usage: measure REPEAT COMMAND [ARG...]\n", stderr);
		return 2;
	}
	for (i = 0; i < repeat; i++) {
		t0 = now();
		if ((pid = fork()) < 0) {
			perror("fork");
			return 2;
		}
		if (pid == 0) {
			if ((null = open("/dev/null", O_WRONLY)) >= 0) {
				dup2(null, 1);
				dup2(null, 2);
			}
			execvp(argv[2], argv + 2);
			_exit(127);
		}
		if (wait4(pid, &st, 0, &ru) < 0) {
			perror("wait4");
			return 2;
		}
		wall = now() - t0;
		if (best < 0 || wall < best)
			best = wall;
		cpu = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 +
		    ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
		if (best_cpu < 0 || cpu < best_cpu)
			best_cpu = cpu;
		if (ru.ru_maxrss > peak)
			peak = ru.ru_maxrss;
		status = WIFEXITED(st) ? WEXITSTATUS(st) : -WTERMSIG(st);
	}
	printf("%.3f %ld %d %.3f\n", best, peak, status, best_cpu);
	return 0;
}
