/* bench-timer.c — how often the meeting view wakes up, and what that costs
 *
 * Drives a real OooTimer on the boottime clock the way the meeting view does:
 * one g_timeout per displayed second, rescheduled from the timer's next-tick
 * delay after each wake-up, and none at all while paused.
 *
 * Usage: bench-timer [SECONDS]   (each phase, running then paused; default 60)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "ooo-timer.h"

typedef struct
{
  OooTimer  *timer;
  GMainLoop *loop;
  gint64     duration_us;
  guint      tick_id;

  /* The phase being measured. */
  gint64     phase_start;
  gint64     phase_cpu;
  guint      wakeups;
  guint      stale_wakeups;  /* woke, but the displayed second had not changed */
  gint64     last_second;
  gint64     lateness_sum;
  gint64     lateness_max;
  gint64     steady_start;  /* first wake-up: start-up costs stay out of the CPU figure */
  gint64     steady_cpu;

  /* Results. */
  double     running_rate;
  double     running_cpu;
  double     running_seconds;
  guint      running_wakeups;
  guint      running_stale;
  double     lateness_avg_ms;
  double     lateness_max_ms;
  double     paused_rate;
  double     paused_cpu;
} Bench;

static gint64
cpu_us (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return (gint64) (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * G_USEC_PER_SEC +
         usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
}

static void
begin_phase (Bench *bench)
{
  bench->phase_start = ooo_timer_boottime_now (NULL);
  bench->phase_cpu = cpu_us ();
  bench->wakeups = 0;
  bench->stale_wakeups = 0;
  bench->last_second = 0;
  bench->lateness_sum = 0;
  bench->lateness_max = 0;
}

/* Returns the phase's length in minutes, and its CPU time in ms per minute. */
static double
end_phase (Bench  *bench,
           double *cpu_ms_per_min)
{
  double minutes = (ooo_timer_boottime_now (NULL) - bench->phase_start) / 60e6;

  *cpu_ms_per_min = (cpu_us () - bench->phase_cpu) / 1e3 / minutes;
  return minutes;
}

static gboolean on_tick (gpointer user_data);

/* What the meeting view does on every state change. */
static void
reschedule (Bench *bench)
{
  gint64 delay = ooo_timer_get_next_tick_delay (bench->timer);

  g_clear_handle_id (&bench->tick_id, g_source_remove);
  if (delay >= 0)
    bench->tick_id = g_timeout_add (delay / 1000 + 1, on_tick, bench);
}

static void
on_state_changed (Bench *bench)
{
  reschedule (bench);
}

static gboolean
on_paused_phase_over (gpointer user_data)
{
  Bench *bench = user_data;
  double minutes = end_phase (bench, &bench->paused_cpu);

  bench->paused_rate = bench->wakeups / minutes;
  g_main_loop_quit (bench->loop);

  return G_SOURCE_REMOVE;
}

static gboolean
on_tick (gpointer user_data)
{
  Bench *bench = user_data;
  gint64 elapsed, lateness;

  bench->tick_id = 0;
  if (bench->wakeups++ == 0 && ooo_timer_get_state (bench->timer) == OOO_TIMER_STATE_RUNNING) {
    bench->steady_start = ooo_timer_boottime_now (NULL);
    bench->steady_cpu = cpu_us ();
  }
  ooo_timer_check (bench->timer);

  elapsed = ooo_timer_get_elapsed (bench->timer, ooo_timer_get_current (bench->timer));
  if (elapsed / G_USEC_PER_SEC == bench->last_second)
    bench->stale_wakeups++;
  bench->last_second = elapsed / G_USEC_PER_SEC;
  lateness = elapsed % G_USEC_PER_SEC;
  bench->lateness_sum += lateness;
  bench->lateness_max = MAX (bench->lateness_max, lateness);

  if (elapsed < bench->duration_us) {
    reschedule (bench);
    return G_SOURCE_REMOVE;
  }

  /* Running phase over: the count ends on a wake-up, so it is not cut short. */
  bench->running_seconds = end_phase (bench, &bench->running_cpu) * 60;
  if (bench->wakeups > 1)
    bench->running_cpu = (cpu_us () - bench->steady_cpu) / 1e3 /
                         ((ooo_timer_boottime_now (NULL) - bench->steady_start) / 60e6);
  bench->running_rate = bench->wakeups / (bench->running_seconds / 60);
  bench->running_wakeups = bench->wakeups;
  bench->running_stale = bench->stale_wakeups;
  bench->lateness_avg_ms = bench->lateness_sum / 1e3 / bench->wakeups;
  bench->lateness_max_ms = bench->lateness_max / 1e3;

  begin_phase (bench);
  ooo_timer_pause (bench->timer);
  g_timeout_add (bench->duration_us / 1000, on_paused_phase_over, bench);

  return G_SOURCE_REMOVE;
}

int
main (int   argc,
      char *argv[])
{
  static const gint64 plan[] = {
    G_GINT64_CONSTANT (30 * 60) * G_USEC_PER_SEC, G_GINT64_CONSTANT (30 * 60) * G_USEC_PER_SEC,
    G_GINT64_CONSTANT (30 * 60) * G_USEC_PER_SEC,
  };
  g_autoptr(OooTimer) timer = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  Bench bench = { 0 };
  guint64 seconds = 60;
  gboolean ok;

  if (argc > 2 ||
      (argc == 2 && (!g_ascii_string_to_unsigned (argv[1], 10, 1, 30 * 60, &seconds, NULL)))) {
    fprintf (stderr, "Usage: %s [SECONDS]  (1 to 1800, default 60)\n", argv[0]);
    return EXIT_FAILURE;
  }

  timer = ooo_timer_new (plan, G_N_ELEMENTS (plan), NULL, NULL);
  loop = g_main_loop_new (NULL, FALSE);
  bench.timer = timer;
  bench.loop = loop;
  bench.duration_us = seconds * G_USEC_PER_SEC;
  g_signal_connect_swapped (timer, "notify::state", G_CALLBACK (on_state_changed), &bench);

  printf ("bench-timer: a real OooTimer on CLOCK_BOOTTIME, %" G_GUINT64_FORMAT
          " s running, then %" G_GUINT64_FORMAT " s paused\n", seconds, seconds);
  fflush (stdout);

  begin_phase (&bench);
  ooo_timer_start (timer);
  g_main_loop_run (loop);
  g_clear_handle_id (&bench.tick_id, g_source_remove);

  printf ("running: %.1f wake-ups/min, cpu %.2f ms/min (from the first wake-up on)\n",
          bench.running_rate, bench.running_cpu);
  printf ("  %u wake-ups in %.3f s, %u without a new second to show; "
          "woke %.2f ms after the second boundary on average, %.2f ms at most\n",
          bench.running_wakeups, bench.running_seconds, bench.running_stale,
          bench.lateness_avg_ms, bench.lateness_max_ms);
  printf ("paused: %.1f wake-ups/min, cpu %.2f ms/min\n",
          bench.paused_rate, bench.paused_cpu);

  ok = bench.running_stale == 0 && bench.paused_rate == 0 &&
       bench.running_wakeups + 1 >= seconds && bench.running_wakeups <= seconds + 1;
  printf ("%s\n", ok ? "ok: one wake-up per displayed second while running, none while paused"
                     : "NOT OK: the wake-up pattern is not the expected one");

  return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
