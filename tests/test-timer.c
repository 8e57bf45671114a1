/* test-timer.c — the meeting timer's state machine, on a clock moved by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ooo-enums.h"
#include "ooo-timer.h"

#define SEC G_GINT64_CONSTANT (1000000)
#define MINUTE (60 * SEC)
#define HOUR (60 * MINUTE)
/* Not zero, so an absolute instant mistaken for a duration shows. */
#define CLOCK_ORIGIN (1000 * HOUR + 123457)

typedef struct
{
  gint64    now;
  OooTimer *timer;
  GString  *log;
} Fixture;

static const gint64 o3[] = { 10 * MINUTE, 10 * MINUTE, 10 * MINUTE };

static gint64
fake_clock (gpointer user_data)
{
  return ((Fixture *) user_data)->now;
}

static void
on_heads_up (OooTimer *timer,
             guint     segment,
             Fixture  *fixture)
{
  g_string_append_printf (fixture->log, "heads-up %u;", segment);
}

static void
on_time_up (OooTimer *timer,
            guint     segment,
            Fixture  *fixture)
{
  g_string_append_printf (fixture->log, "time-up %u;", segment);
}

static void
on_changed (OooTimer *timer,
            Fixture  *fixture)
{
  g_string_append (fixture->log, "changed;");
}

static void
on_notify (OooTimer   *timer,
           GParamSpec *pspec,
           Fixture    *fixture)
{
  g_string_append_printf (fixture->log, "notify %s;", pspec->name);
}

static OooTimer *
fixture_timer (Fixture      *fixture,
               const gint64 *plan,
               guint         n)
{
  OooTimer *timer = ooo_timer_new (plan, n, fake_clock, fixture);

  g_signal_connect (timer, "heads-up", G_CALLBACK (on_heads_up), fixture);
  g_signal_connect (timer, "time-up", G_CALLBACK (on_time_up), fixture);
  g_signal_connect (timer, "changed", G_CALLBACK (on_changed), fixture);
  return timer;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->now = CLOCK_ORIGIN;
  fixture->log = g_string_new (NULL);
  fixture->timer = fixture_timer (fixture, o3, G_N_ELEMENTS (o3));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->timer);
  g_string_free (fixture->log, TRUE);
}

/* Moves the clock on and wakes the timer up, as the UI does. */
static void
advance (Fixture *fixture,
         gint64   us)
{
  fixture->now += us;
  ooo_timer_check (fixture->timer);
}

#define assert_log(fixture, expected) G_STMT_START {          \
    g_assert_cmpstr ((fixture)->log->str, ==, (expected));   \
    g_string_truncate ((fixture)->log, 0);                   \
  } G_STMT_END

static void
test_new (Fixture       *fixture,
          gconstpointer  data)
{
  OooTimer *timer = fixture->timer;

  g_assert_cmpuint (ooo_timer_get_n_segments (timer), ==, 3);
  g_assert_cmpuint (ooo_timer_get_current (timer), ==, 0);
  g_assert_cmpint (ooo_timer_get_state (timer), ==, OOO_TIMER_STATE_READY);
  g_assert_cmpint (ooo_timer_get_planned (timer, 2), ==, 10 * MINUTE);
  g_assert_cmpint (ooo_timer_get_total_planned (timer), ==, 30 * MINUTE);

  advance (fixture, 5 * MINUTE);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 0), ==, 0);
  g_assert_cmpint (ooo_timer_get_remaining (timer, 0), ==, 10 * MINUTE);
  g_assert_cmpint (ooo_timer_get_total_elapsed (timer), ==, 0);
  g_assert_cmpint (ooo_timer_get_total_remaining (timer), ==, 30 * MINUTE);
  g_assert_cmpint (ooo_timer_get_schedule_offset (timer), ==, 0);
  g_assert_cmpint (ooo_timer_get_run_elapsed (timer), ==, 0);
  g_assert_cmpint (ooo_timer_get_next_tick_delay (timer), ==, -1);
  g_assert_cmpint (ooo_timer_get_heads_up_us (timer), ==, 60 * SEC);
  g_assert_false (ooo_timer_get_auto_advance (timer));
  assert_log (fixture, "");
}

static void
test_boottime (void)
{
  static const gint64 plan[] = { MINUTE };
  g_autoptr(OooTimer) timer = ooo_timer_new (plan, 1, NULL, NULL);
  gint64 before, after;

  before = ooo_timer_boottime_now (NULL);
  g_usleep (20000);
  after = ooo_timer_boottime_now (NULL);
  g_assert_cmpint (before, >, 0);
  g_assert_cmpint (after - before, >=, 20000);
  g_assert_cmpint (after - before, <, 10 * SEC);

  ooo_timer_start (timer);
  g_usleep (20000);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 0), >=, 20000);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 0), <, 10 * SEC);
}

static void
test_start (Fixture       *fixture,
            gconstpointer  data)
{
  OooTimer *timer = fixture->timer;

  g_signal_connect (timer, "notify", G_CALLBACK (on_notify), fixture);

  ooo_timer_start (timer);
  assert_log (fixture, "notify state;changed;");
  g_assert_cmpint (ooo_timer_get_state (timer), ==, OOO_TIMER_STATE_RUNNING);

  advance (fixture, 90 * SEC);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 0), ==, 90 * SEC);
  g_assert_cmpint (ooo_timer_get_remaining (timer, 0), ==, 510 * SEC);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 1), ==, 0);
  g_assert_cmpint (ooo_timer_get_total_elapsed (timer), ==, 90 * SEC);
  g_assert_cmpint (ooo_timer_get_total_remaining (timer), ==, 30 * MINUTE - 90 * SEC);
  g_assert_cmpint (ooo_timer_get_run_elapsed (timer), ==, 90 * SEC);

  /* Starting a running timer does nothing. */
  ooo_timer_start (timer);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 0), ==, 90 * SEC);
  assert_log (fixture, "");
}

static void
test_pause_resume (Fixture       *fixture,
                   gconstpointer  data)
{
  OooTimer *timer = fixture->timer;
  gint64 accumulated[3];

  ooo_timer_start (timer);
  advance (fixture, 30 * SEC);
  ooo_timer_pause (timer);
  g_assert_cmpint (ooo_timer_get_state (timer), ==, OOO_TIMER_STATE_PAUSED);
  g_assert_cmpint (ooo_timer_get_run_elapsed (timer), ==, 0);
  ooo_timer_get_accumulated (timer, accumulated);
  g_assert_cmpint (accumulated[0], ==, 30 * SEC);

  advance (fixture, 5 * MINUTE);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 0), ==, 30 * SEC);
  ooo_timer_pause (timer);
  assert_log (fixture, "changed;changed;");

  ooo_timer_start (timer);
  advance (fixture, 10 * SEC);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 0), ==, 40 * SEC);
  g_assert_cmpint (ooo_timer_get_run_elapsed (timer), ==, 10 * SEC);

  ooo_timer_toggle (timer);
  g_assert_cmpint (ooo_timer_get_state (timer), ==, OOO_TIMER_STATE_PAUSED);
  advance (fixture, MINUTE);
  ooo_timer_toggle (timer);
  g_assert_cmpint (ooo_timer_get_state (timer), ==, OOO_TIMER_STATE_RUNNING);
  advance (fixture, 2 * SEC);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 0), ==, 42 * SEC);
  assert_log (fixture, "changed;changed;changed;");
}

static void
test_next (Fixture       *fixture,
           gconstpointer  data)
{
  OooTimer *timer = fixture->timer;

  g_signal_connect (timer, "notify", G_CALLBACK (on_notify), fixture);

  ooo_timer_start (timer);
  advance (fixture, 8 * MINUTE);
  g_assert_true (ooo_timer_next (timer));
  assert_log (fixture, "notify state;changed;notify current;changed;");
  g_assert_cmpuint (ooo_timer_get_current (timer), ==, 1);
  g_assert_cmpint (ooo_timer_get_state (timer), ==, OOO_TIMER_STATE_RUNNING);

  advance (fixture, 2 * MINUTE);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 0), ==, 8 * MINUTE);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 1), ==, 2 * MINUTE);
  g_assert_cmpint (ooo_timer_get_run_elapsed (timer), ==, 2 * MINUTE);

  /* Paused stays paused. */
  ooo_timer_pause (timer);
  g_assert_true (ooo_timer_next (timer));
  g_assert_cmpint (ooo_timer_get_state (timer), ==, OOO_TIMER_STATE_PAUSED);
  advance (fixture, MINUTE);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 1), ==, 2 * MINUTE);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 2), ==, 0);
  assert_log (fixture, "notify state;changed;notify current;changed;");

  g_assert_false (ooo_timer_next (timer));
  g_assert_cmpuint (ooo_timer_get_current (timer), ==, 2);
  assert_log (fixture, "");

  /* Before the start, moving on leaves the timer ready. */
  ooo_timer_restore (timer, OOO_TIMER_STATE_READY, 0, (gint64[]) { 0, 0, 0 }, 0);
  g_string_truncate (fixture->log, 0);
  g_assert_true (ooo_timer_next (timer));
  g_assert_cmpint (ooo_timer_get_state (timer), ==, OOO_TIMER_STATE_READY);
  g_assert_cmpuint (ooo_timer_get_current (timer), ==, 1);
}

static void
test_previous (Fixture       *fixture,
               gconstpointer  data)
{
  OooTimer *timer = fixture->timer;

  g_assert_false (ooo_timer_previous (timer));

  ooo_timer_start (timer);
  advance (fixture, 3 * MINUTE);
  ooo_timer_next (timer);
  advance (fixture, 4 * MINUTE);
  g_string_truncate (fixture->log, 0);

  g_assert_true (ooo_timer_previous (timer));
  assert_log (fixture, "changed;");
  g_assert_cmpuint (ooo_timer_get_current (timer), ==, 0);
  advance (fixture, 30 * SEC);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 0), ==, 3 * MINUTE + 30 * SEC);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 1), ==, 4 * MINUTE);
  g_assert_cmpint (ooo_timer_get_total_elapsed (timer), ==, 7 * MINUTE + 30 * SEC);

  g_assert_false (ooo_timer_previous (timer));
  assert_log (fixture, "");

  ooo_timer_next (timer);
  advance (fixture, 10 * SEC);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 1), ==, 4 * MINUTE + 10 * SEC);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 0), ==, 3 * MINUTE + 30 * SEC);
}

static void
test_extend (Fixture       *fixture,
             gconstpointer  data)
{
  OooTimer *timer = fixture->timer;

  /* Before the start too. */
  ooo_timer_extend (timer, MINUTE);
  assert_log (fixture, "changed;");
  g_assert_cmpint (ooo_timer_get_planned (timer, 0), ==, 11 * MINUTE);

  ooo_timer_start (timer);
  advance (fixture, 5 * MINUTE);
  ooo_timer_extend (timer, 2 * MINUTE);
  g_assert_cmpint (ooo_timer_get_planned (timer, 0), ==, 13 * MINUTE);
  g_assert_cmpint (ooo_timer_get_planned (timer, 1), ==, 10 * MINUTE);
  g_assert_cmpint (ooo_timer_get_remaining (timer, 0), ==, 8 * MINUTE);
  g_assert_cmpint (ooo_timer_get_total_planned (timer), ==, 33 * MINUTE);
  g_assert_cmpint (ooo_timer_get_total_remaining (timer), ==, 28 * MINUTE);

  /* Taking time off stops at a plan of zero. */
  ooo_timer_extend (timer, -20 * MINUTE);
  g_assert_cmpint (ooo_timer_get_planned (timer, 0), ==, 0);
  g_assert_cmpint (ooo_timer_get_remaining (timer, 0), ==, -5 * MINUTE);

  /* Start, +2, −20 (a stale heads-up is dropped); nothing for zero. */
  ooo_timer_extend (timer, 0);
  assert_log (fixture, "changed;changed;changed;time-up 0;");
}

static void
test_overtime (Fixture       *fixture,
               gconstpointer  data)
{
  OooTimer *timer = fixture->timer;

  ooo_timer_start (timer);
  advance (fixture, 12 * MINUTE);
  g_assert_cmpint (ooo_timer_get_remaining (timer, 0), ==, -2 * MINUTE);
  g_assert_cmpint (ooo_timer_get_total_remaining (timer), ==, 18 * MINUTE);

  ooo_timer_next (timer);
  ooo_timer_next (timer);
  advance (fixture, 25 * MINUTE);
  g_assert_cmpint (ooo_timer_get_remaining (timer, 0), ==, -2 * MINUTE);
  g_assert_cmpint (ooo_timer_get_remaining (timer, 1), ==, 10 * MINUTE);
  g_assert_cmpint (ooo_timer_get_remaining (timer, 2), ==, -15 * MINUTE);
  g_assert_cmpint (ooo_timer_get_total_remaining (timer), ==, -7 * MINUTE);
}

static void
test_schedule_offset (Fixture       *fixture,
                      gconstpointer  data)
{
  OooTimer *timer = fixture->timer;

  ooo_timer_start (timer);
  advance (fixture, 8 * MINUTE);
  /* Under plan in the current segment does not count as ahead yet. */
  g_assert_cmpint (ooo_timer_get_schedule_offset (timer), ==, 0);

  ooo_timer_next (timer);
  g_assert_cmpint (ooo_timer_get_schedule_offset (timer), ==, -2 * MINUTE);
  advance (fixture, 9 * MINUTE);
  g_assert_cmpint (ooo_timer_get_schedule_offset (timer), ==, -2 * MINUTE);
  advance (fixture, 3 * MINUTE);
  /* 2 min overtime in segment 1 eats the 2 min won in segment 0. */
  g_assert_cmpint (ooo_timer_get_schedule_offset (timer), ==, 0);
  advance (fixture, 90 * SEC);
  g_assert_cmpint (ooo_timer_get_schedule_offset (timer), ==, 90 * SEC);

  ooo_timer_next (timer);
  g_assert_cmpint (ooo_timer_get_schedule_offset (timer), ==, 90 * SEC);
  advance (fixture, 11 * MINUTE);
  g_assert_cmpint (ooo_timer_get_schedule_offset (timer), ==, 150 * SEC);

  /* Back in segment 0, segments after the current one do not count. */
  ooo_timer_previous (timer);
  ooo_timer_previous (timer);
  g_assert_cmpint (ooo_timer_get_schedule_offset (timer), ==, 0);
  advance (fixture, 3 * MINUTE);
  g_assert_cmpint (ooo_timer_get_schedule_offset (timer), ==, MINUTE);
}

static void
test_finish (Fixture       *fixture,
             gconstpointer  data)
{
  OooTimer *timer = fixture->timer;
  gint64 accumulated[3];

  ooo_timer_start (timer);
  advance (fixture, 4 * MINUTE);
  ooo_timer_next (timer);
  advance (fixture, 7 * MINUTE);
  g_string_truncate (fixture->log, 0);

  ooo_timer_finish (timer);
  assert_log (fixture, "changed;");
  g_assert_cmpint (ooo_timer_get_state (timer), ==, OOO_TIMER_STATE_FINISHED);
  g_assert_cmpint (ooo_timer_get_run_elapsed (timer), ==, 0);
  g_assert_cmpint (ooo_timer_get_next_tick_delay (timer), ==, -1);
  ooo_timer_get_accumulated (timer, accumulated);
  g_assert_cmpint (accumulated[0], ==, 4 * MINUTE);
  g_assert_cmpint (accumulated[1], ==, 7 * MINUTE);
  g_assert_cmpint (accumulated[2], ==, 0);

  advance (fixture, HOUR);
  ooo_timer_start (timer);
  ooo_timer_toggle (timer);
  ooo_timer_pause (timer);
  g_assert_false (ooo_timer_next (timer));
  g_assert_false (ooo_timer_previous (timer));
  ooo_timer_extend (timer, MINUTE);
  ooo_timer_finish (timer);
  advance (fixture, HOUR);

  assert_log (fixture, "");
  g_assert_cmpint (ooo_timer_get_state (timer), ==, OOO_TIMER_STATE_FINISHED);
  g_assert_cmpuint (ooo_timer_get_current (timer), ==, 1);
  g_assert_cmpint (ooo_timer_get_planned (timer, 1), ==, 10 * MINUTE);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 0), ==, 4 * MINUTE);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 1), ==, 7 * MINUTE);
  g_assert_cmpint (ooo_timer_get_total_elapsed (timer), ==, 11 * MINUTE);
}

static void
test_restore_paused (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 accumulated[3];
  g_autoptr(OooTimer) restored = NULL;

  ooo_timer_start (fixture->timer);
  advance (fixture, 9 * MINUTE);
  ooo_timer_next (fixture->timer);
  advance (fixture, 3 * MINUTE + 250000);
  ooo_timer_pause (fixture->timer);
  ooo_timer_get_accumulated (fixture->timer, accumulated);
  g_assert_cmpint (ooo_timer_get_run_elapsed (fixture->timer), ==, 0);
  g_string_truncate (fixture->log, 0);

  /* The app comes back two hours later. */
  fixture->now += 2 * HOUR;
  restored = fixture_timer (fixture, o3, 3);
  g_signal_connect (restored, "notify", G_CALLBACK (on_notify), fixture);
  ooo_timer_restore (restored, OOO_TIMER_STATE_PAUSED, 1, accumulated, 0);
  /* Both notified once, after both changed; GLib does not order a thaw. */
  g_assert_nonnull (strstr (fixture->log->str, "notify current;"));
  g_assert_nonnull (strstr (fixture->log->str, "notify state;"));
  g_assert_cmpuint (fixture->log->len, ==, strlen ("notify current;notify state;changed;"));
  g_assert_true (g_str_has_suffix (fixture->log->str, ";changed;"));
  g_string_truncate (fixture->log, 0);

  g_assert_cmpint (ooo_timer_get_state (restored), ==, OOO_TIMER_STATE_PAUSED);
  g_assert_cmpuint (ooo_timer_get_current (restored), ==, 1);
  advance (fixture, 10 * MINUTE);
  g_assert_cmpint (ooo_timer_get_elapsed (restored, 0), ==, 9 * MINUTE);
  g_assert_cmpint (ooo_timer_get_elapsed (restored, 1), ==, 3 * MINUTE + 250000);
  g_assert_cmpint (ooo_timer_get_schedule_offset (restored), ==, -MINUTE);

  ooo_timer_start (restored);
  advance (fixture, MINUTE);
  g_assert_cmpint (ooo_timer_get_elapsed (restored, 1), ==, 4 * MINUTE + 250000);
}

static void
test_restore_running (Fixture       *fixture,
                      gconstpointer  data)
{
  static const gint64 plan[] = { 10 * MINUTE, 5 * MINUTE };
  gint64 accumulated[3], run_elapsed;
  g_autoptr(OooTimer) restored = NULL;

  ooo_timer_start (fixture->timer);
  advance (fixture, 2 * MINUTE);
  ooo_timer_next (fixture->timer);
  advance (fixture, 4 * MINUTE);
  ooo_timer_extend (fixture->timer, 5 * MINUTE);
  ooo_timer_get_accumulated (fixture->timer, accumulated);
  run_elapsed = ooo_timer_get_run_elapsed (fixture->timer);
  g_assert_cmpint (accumulated[0], ==, 2 * MINUTE);
  g_assert_cmpint (accumulated[1], ==, 0);
  g_assert_cmpint (run_elapsed, ==, 4 * MINUTE);
  g_string_truncate (fixture->log, 0);

  /* A crash; the meeting went on for 3 minutes more before the app is back,
   * which the store adds to the run from the wall clock. */
  fixture->now += 3 * MINUTE;
  restored = fixture_timer (fixture, (gint64[]) { 10 * MINUTE, 15 * MINUTE, 10 * MINUTE }, 3);
  ooo_timer_restore (restored, OOO_TIMER_STATE_RUNNING, 1, accumulated,
                     run_elapsed + 3 * MINUTE);
  assert_log (fixture, "changed;");

  g_assert_cmpint (ooo_timer_get_state (restored), ==, OOO_TIMER_STATE_RUNNING);
  g_assert_cmpint (ooo_timer_get_elapsed (restored, 1), ==, 7 * MINUTE);
  g_assert_cmpint (ooo_timer_get_run_elapsed (restored), ==, 7 * MINUTE);
  advance (fixture, 90 * SEC);
  g_assert_cmpint (ooo_timer_get_elapsed (restored, 0), ==, 2 * MINUTE);
  g_assert_cmpint (ooo_timer_get_elapsed (restored, 1), ==, 8 * MINUTE + 30 * SEC);
  g_assert_cmpint (ooo_timer_get_total_elapsed (restored), ==, 10 * MINUTE + 30 * SEC);
  g_assert_cmpint (ooo_timer_get_next_tick_delay (restored), ==, SEC);
  g_assert_finalize_object (g_steal_pointer (&restored));

  /* Restored over its time: no alert rings for a moment that has passed. */
  restored = fixture_timer (fixture, plan, 2);
  ooo_timer_set_auto_advance (restored, TRUE);
  ooo_timer_restore (restored, OOO_TIMER_STATE_RUNNING, 0, (gint64[]) { 9 * MINUTE, 0 },
                     2 * MINUTE);
  advance (fixture, SEC);
  ooo_timer_check (restored);
  assert_log (fixture, "changed;");
  g_assert_cmpuint (ooo_timer_get_current (restored), ==, 0);
  g_assert_cmpint (ooo_timer_get_remaining (restored, 0), ==, -MINUTE - SEC);

  /* Negative stored values are clamped. */
  ooo_timer_restore (restored, OOO_TIMER_STATE_RUNNING, 1, (gint64[]) { -5, -7 }, -9);
  g_assert_cmpint (ooo_timer_get_elapsed (restored, 0), ==, 0);
  g_assert_cmpint (ooo_timer_get_elapsed (restored, 1), ==, 0);
}

static void
test_sleep (Fixture       *fixture,
            gconstpointer  data)
{
  OooTimer *timer = fixture->timer;

  ooo_timer_start (timer);
  advance (fixture, 3 * MINUTE);
  ooo_timer_next (timer);
  advance (fixture, 20 * SEC);
  g_string_truncate (fixture->log, 0);

  /* The laptop sleeps two hours with the meeting running. */
  advance (fixture, 2 * HOUR);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 0), ==, 3 * MINUTE);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 1), ==, 2 * HOUR + 20 * SEC);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 2), ==, 0);
  g_assert_cmpint (ooo_timer_get_total_elapsed (timer), ==, 2 * HOUR + 3 * MINUTE + 20 * SEC);
  /* The heads-up would be stale by now: only the time-up. */
  assert_log (fixture, "time-up 1;");

  /* And two hours paused. */
  ooo_timer_pause (timer);
  advance (fixture, 2 * HOUR);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 1), ==, 2 * HOUR + 20 * SEC);
  g_assert_cmpint (ooo_timer_get_total_elapsed (timer), ==, 2 * HOUR + 3 * MINUTE + 20 * SEC);
  assert_log (fixture, "changed;");
}

static void
test_no_drift (Fixture       *fixture,
               gconstpointer  data)
{
  OooTimer *timer = fixture->timer;
  gint64 started = fixture->now;
  guint32 step = 12345;

  ooo_timer_start (timer);
  for (guint i = 0; i < 1000; i++) {
    /* Irregular steps from 1 µs to about 2.1 s, like a busy main loop. */
    step = step * 1103515245 + 12345;
    advance (fixture, 1 + (step >> 11) % (2100 * 1000));
    g_assert_cmpint (ooo_timer_get_next_tick_delay (timer), ==,
                     SEC - (fixture->now - started) % SEC);
  }

  g_assert_cmpint (fixture->now - started, >, 500 * SEC);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 0), ==, fixture->now - started);
  g_assert_cmpint (ooo_timer_get_total_elapsed (timer), ==, fixture->now - started);
}

static void
test_next_tick (Fixture       *fixture,
                gconstpointer  data)
{
  OooTimer *timer = fixture->timer;

  g_assert_cmpint (ooo_timer_get_next_tick_delay (timer), ==, -1);
  ooo_timer_start (timer);
  g_assert_cmpint (ooo_timer_get_next_tick_delay (timer), ==, SEC);

  advance (fixture, 12300 * 1000);
  g_assert_cmpint (ooo_timer_get_next_tick_delay (timer), ==, 700 * 1000);
  advance (fixture, 699999);
  g_assert_cmpint (ooo_timer_get_next_tick_delay (timer), ==, 1);
  advance (fixture, 1);
  g_assert_cmpint (ooo_timer_get_next_tick_delay (timer), ==, SEC);

  ooo_timer_pause (timer);
  g_assert_cmpint (ooo_timer_get_next_tick_delay (timer), ==, -1);

  /* Aligned to the current segment's own seconds. */
  advance (fixture, 250 * 1000);
  ooo_timer_start (timer);
  ooo_timer_next (timer);
  g_assert_cmpint (ooo_timer_get_next_tick_delay (timer), ==, SEC);
  advance (fixture, 400 * 1000);
  g_assert_cmpint (ooo_timer_get_next_tick_delay (timer), ==, 600 * 1000);
  ooo_timer_previous (timer);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 0), ==, 13 * SEC);
  g_assert_cmpint (ooo_timer_get_next_tick_delay (timer), ==, SEC);
  advance (fixture, 300 * 1000);
  g_assert_cmpint (ooo_timer_get_next_tick_delay (timer), ==, 700 * 1000);

  ooo_timer_finish (timer);
  g_assert_cmpint (ooo_timer_get_next_tick_delay (timer), ==, -1);
}

static void
test_alerts (Fixture       *fixture,
             gconstpointer  data)
{
  static const gint64 plan[] = { 60 * SEC, 30 * SEC };
  OooTimer *timer = fixture->timer;
  g_autoptr(OooTimer) short_plan = NULL;

  ooo_timer_start (timer);
  advance (fixture, 9 * MINUTE - 1);
  assert_log (fixture, "changed;");
  advance (fixture, 1);
  assert_log (fixture, "heads-up 0;");
  for (guint i = 0; i < 50; i++)
    advance (fixture, SEC);
  assert_log (fixture, "");
  advance (fixture, 10 * SEC - 1);
  assert_log (fixture, "");
  advance (fixture, 1);
  assert_log (fixture, "time-up 0;");
  g_assert_cmpint (ooo_timer_get_remaining (timer, 0), ==, 0);
  for (guint i = 0; i < 100; i++)
    advance (fixture, SEC);
  ooo_timer_pause (timer);
  ooo_timer_start (timer);
  assert_log (fixture, "changed;changed;");
  /* Without auto-advance the segment just runs over. */
  g_assert_cmpuint (ooo_timer_get_current (timer), ==, 0);

  /* Going back to a segment that ran over does not ring again. */
  ooo_timer_next (timer);
  ooo_timer_previous (timer);
  advance (fixture, SEC);
  assert_log (fixture, "changed;changed;");

  /* A plan no longer than the heads-up gets the time-up only; so does a
   * heads-up of zero. */
  short_plan = fixture_timer (fixture, plan, 2);
  ooo_timer_start (short_plan);
  advance (fixture, 59 * SEC);
  ooo_timer_check (short_plan);
  advance (fixture, SEC);
  ooo_timer_check (short_plan);
  ooo_timer_set_heads_up_us (short_plan, 0);
  ooo_timer_next (short_plan);
  advance (fixture, 29 * SEC);
  ooo_timer_check (short_plan);
  advance (fixture, SEC);
  ooo_timer_check (short_plan);
  assert_log (fixture, "changed;time-up 0;changed;time-up 1;");
}

static void
test_alerts_rearm (Fixture       *fixture,
                   gconstpointer  data)
{
  OooTimer *timer = fixture->timer;

  ooo_timer_start (timer);
  advance (fixture, 9 * MINUTE);
  advance (fixture, MINUTE);
  assert_log (fixture, "changed;heads-up 0;time-up 0;");

  /* Two more minutes: both alerts come again. */
  ooo_timer_extend (timer, 2 * MINUTE);
  advance (fixture, MINUTE);
  assert_log (fixture, "changed;heads-up 0;");
  advance (fixture, MINUTE);
  assert_log (fixture, "time-up 0;");

  /* One more minute, no more than the heads-up: only the time-up again. */
  ooo_timer_extend (timer, MINUTE);
  advance (fixture, 30 * SEC);
  assert_log (fixture, "changed;");
  advance (fixture, 30 * SEC);
  assert_log (fixture, "time-up 0;");

  /* Extending while still over re-arms nothing. */
  advance (fixture, 2 * MINUTE);
  ooo_timer_extend (timer, MINUTE);
  advance (fixture, MINUTE);
  assert_log (fixture, "changed;");
  g_assert_cmpint (ooo_timer_get_remaining (timer, 0), ==, -2 * MINUTE);
}

static void
test_auto_advance (Fixture       *fixture,
                   gconstpointer  data)
{
  static const gint64 plan[] = { 10 * MINUTE, 0, 5 * MINUTE };
  OooTimer *timer;

  g_assert_finalize_object (fixture->timer);
  timer = fixture->timer = fixture_timer (fixture, plan, 3);

  g_signal_connect (timer, "notify", G_CALLBACK (on_notify), fixture);
  ooo_timer_set_auto_advance (timer, TRUE);
  assert_log (fixture, "notify auto-advance;");
  ooo_timer_set_auto_advance (timer, TRUE);
  assert_log (fixture, "");

  ooo_timer_start (timer);
  advance (fixture, 9 * MINUTE);
  assert_log (fixture, "notify state;changed;heads-up 0;");
  advance (fixture, MINUTE);
  /* Through the empty segment straight to the third. */
  assert_log (fixture, "time-up 0;notify current;changed;time-up 1;notify current;changed;");
  g_assert_cmpuint (ooo_timer_get_current (timer), ==, 2);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 0), ==, 10 * MINUTE);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 1), ==, 0);

  advance (fixture, 4 * MINUTE);
  advance (fixture, MINUTE);
  assert_log (fixture, "heads-up 2;time-up 2;");
  g_assert_cmpuint (ooo_timer_get_current (timer), ==, 2);
  g_assert_cmpint (ooo_timer_get_state (timer), ==, OOO_TIMER_STATE_RUNNING);

  /* Going back to a segment that is over does not bounce forward. */
  ooo_timer_previous (timer);
  ooo_timer_previous (timer);
  advance (fixture, SEC);
  g_assert_cmpuint (ooo_timer_get_current (timer), ==, 0);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 0), ==, 10 * MINUTE + SEC);
  assert_log (fixture, "notify current;changed;notify current;changed;");

  /* Nor does one left over its time before a wake-up gave its time-up. */
  ooo_timer_next (timer);
  ooo_timer_extend (timer, 2 * MINUTE);
  fixture->now += 3 * MINUTE;
  ooo_timer_previous (timer);
  ooo_timer_next (timer);
  advance (fixture, SEC);
  g_assert_cmpuint (ooo_timer_get_current (timer), ==, 1);
  g_assert_cmpint (ooo_timer_get_remaining (timer, 1), ==, -MINUTE - SEC);
  assert_log (fixture, "notify current;changed;changed;notify current;changed;"
                       "notify current;changed;");
}

static void
on_time_up_pause (OooTimer *timer,
                  guint     segment,
                  gpointer  user_data)
{
  ooo_timer_pause (timer);
}

static void
test_alert_handler_pauses (Fixture       *fixture,
                           gconstpointer  data)
{
  OooTimer *timer = fixture->timer;

  ooo_timer_set_auto_advance (timer, TRUE);
  g_signal_connect (timer, "time-up", G_CALLBACK (on_time_up_pause), NULL);
  ooo_timer_start (timer);
  advance (fixture, 10 * MINUTE);
  /* The pause, and no auto-advance after it. */
  assert_log (fixture, "changed;time-up 0;changed;");
  g_assert_cmpint (ooo_timer_get_state (timer), ==, OOO_TIMER_STATE_PAUSED);
  g_assert_cmpuint (ooo_timer_get_current (timer), ==, 0);
}

static void
test_changed (Fixture       *fixture,
              gconstpointer  data)
{
  OooTimer *timer = fixture->timer;

  ooo_timer_check (timer);
  ooo_timer_pause (timer);
  assert_log (fixture, "");

  ooo_timer_start (timer);
  assert_log (fixture, "changed;");
  for (guint i = 0; i < 100; i++) {
    advance (fixture, 3 * SEC + 7);
    g_assert_cmpint (ooo_timer_get_next_tick_delay (timer), >, 0);
    g_assert_cmpint (ooo_timer_get_elapsed (timer, 0), ==, (i + 1) * (3 * SEC + 7));
  }
  assert_log (fixture, "");
  ooo_timer_start (timer);
  assert_log (fixture, "");
  ooo_timer_pause (timer);
  assert_log (fixture, "changed;");
  ooo_timer_pause (timer);
  ooo_timer_check (timer);
  assert_log (fixture, "");
  ooo_timer_toggle (timer);
  assert_log (fixture, "changed;");
  ooo_timer_next (timer);
  assert_log (fixture, "changed;");
  ooo_timer_previous (timer);
  assert_log (fixture, "changed;");
  ooo_timer_extend (timer, MINUTE);
  assert_log (fixture, "changed;");
  ooo_timer_set_heads_up_us (timer, 2 * MINUTE);
  ooo_timer_set_auto_advance (timer, TRUE);
  assert_log (fixture, "");
  ooo_timer_finish (timer);
  assert_log (fixture, "changed;");
}

static void
test_clock_backwards (Fixture       *fixture,
                      gconstpointer  data)
{
  OooTimer *timer = fixture->timer;
  gint64 started = fixture->now;

  ooo_timer_start (timer);
  advance (fixture, 30 * SEC);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 0), ==, 30 * SEC);

  fixture->now = started + 20 * SEC;
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 0), ==, 30 * SEC);
  g_assert_cmpint (ooo_timer_get_next_tick_delay (timer), ==, SEC);
  fixture->now = started - HOUR;
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 0), ==, 30 * SEC);
  g_assert_cmpint (ooo_timer_get_run_elapsed (timer), ==, 30 * SEC);
  g_assert_cmpint (ooo_timer_get_remaining (timer, 0), ==, 9 * MINUTE + 30 * SEC);

  /* Back to where it was, time goes on from the last reading. */
  fixture->now = started + 35 * SEC;
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 0), ==, 35 * SEC);

  /* A run that starts while the clock is behind is never negative. */
  ooo_timer_next (timer);
  fixture->now = started;
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 1), ==, 0);
  ooo_timer_pause (timer);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 1), ==, 0);
  g_assert_cmpint (ooo_timer_get_total_elapsed (timer), ==, 35 * SEC);
}

static void
test_properties (Fixture       *fixture,
                 gconstpointer  data)
{
  OooTimer *timer = fixture->timer;
  OooTimerState state;
  guint current;
  gint64 heads_up;
  gboolean auto_advance;

  g_signal_connect (timer, "notify", G_CALLBACK (on_notify), fixture);
  ooo_timer_start (timer);
  ooo_timer_next (timer);
  g_object_set (timer, "heads-up-us", 2 * MINUTE, NULL);
  g_object_set (timer, "auto-advance", TRUE, NULL);
  g_object_set (timer, "heads-up-us", 2 * MINUTE, NULL);
  assert_log (fixture, "notify state;changed;notify current;changed;"
                       "notify heads-up-us;notify auto-advance;");

  g_object_get (timer, "state", &state, "current", &current, "heads-up-us", &heads_up,
                "auto-advance", &auto_advance, NULL);
  g_assert_cmpint (state, ==, OOO_TIMER_STATE_RUNNING);
  g_assert_cmpuint (current, ==, 1);
  g_assert_cmpint (heads_up, ==, 2 * MINUTE);
  g_assert_true (auto_advance);

  advance (fixture, 8 * MINUTE);
  assert_log (fixture, "heads-up 1;");

  g_assert_cmpstr (g_enum_get_value (g_type_class_peek (OOO_TYPE_TIMER_STATE),
                                     OOO_TIMER_STATE_FINISHED)->value_nick, ==, "finished");
}

static void
test_invalid (Fixture       *fixture,
              gconstpointer  data)
{
  OooTimer *timer = fixture->timer;

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*segment < self->n_segments*");
  g_assert_cmpint (ooo_timer_get_planned (timer, 3), ==, 0);
  g_test_assert_expected_messages ();

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*segment < self->n_segments*");
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 3), ==, 0);
  g_test_assert_expected_messages ();

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*current < self->n_segments*");
  ooo_timer_restore (timer, OOO_TIMER_STATE_PAUSED, 3, (gint64[]) { 1, 2, 3 }, 0);
  g_test_assert_expected_messages ();
  g_assert_cmpint (ooo_timer_get_state (timer), ==, OOO_TIMER_STATE_READY);

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*n_segments > 0*");
  g_assert_null (ooo_timer_new (o3, 0, NULL, NULL));
  g_test_assert_expected_messages ();
  assert_log (fixture, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/timer/new", test_new);
  g_test_add_func ("/timer/boottime", test_boottime);
  ADD ("/timer/start", test_start);
  ADD ("/timer/pause-resume", test_pause_resume);
  ADD ("/timer/next", test_next);
  ADD ("/timer/previous", test_previous);
  ADD ("/timer/extend", test_extend);
  ADD ("/timer/overtime", test_overtime);
  ADD ("/timer/schedule-offset", test_schedule_offset);
  ADD ("/timer/finish", test_finish);
  ADD ("/timer/restore-paused", test_restore_paused);
  ADD ("/timer/restore-running", test_restore_running);
  ADD ("/timer/sleep", test_sleep);
  ADD ("/timer/no-drift", test_no_drift);
  ADD ("/timer/next-tick", test_next_tick);
  ADD ("/timer/alerts", test_alerts);
  ADD ("/timer/alerts-rearm", test_alerts_rearm);
  ADD ("/timer/auto-advance", test_auto_advance);
  ADD ("/timer/alert-handler-pauses", test_alert_handler_pauses);
  ADD ("/timer/changed", test_changed);
  ADD ("/timer/clock-backwards", test_clock_backwards);
  ADD ("/timer/properties", test_properties);
  ADD ("/timer/invalid", test_invalid);

#undef ADD

  return g_test_run ();
}
