/* ooo-timer.h — the meeting's segmented timer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The nicks ("ready", "running", "paused", "finished") are the values stored
 * in the database: never rename one. */
typedef enum {
  OOO_TIMER_STATE_READY,
  OOO_TIMER_STATE_RUNNING,
  OOO_TIMER_STATE_PAUSED,
  OOO_TIMER_STATE_FINISHED,
} OooTimerState;

/* Returns the current instant in µs on a clock that never goes backwards and
 * counts suspended time; only differences between two readings matter. */
typedef gint64 (*OooTimerClock) (gpointer user_data);

#define OOO_TYPE_TIMER (ooo_timer_get_type ())
G_DECLARE_FINAL_TYPE (OooTimer, ooo_timer, OOO, TIMER, GObject)

gint64         ooo_timer_boottime_now          (gpointer          unused);

/* @clock NULL means ooo_timer_boottime_now(). Durations are in µs. */
OooTimer      *ooo_timer_new                   (const gint64     *planned_us,
                                                guint             n_segments,
                                                OooTimerClock     clock,
                                                gpointer          clock_data);

guint          ooo_timer_get_n_segments        (OooTimer         *self);
guint          ooo_timer_get_current           (OooTimer         *self);
OooTimerState  ooo_timer_get_state             (OooTimer         *self);

gint64         ooo_timer_get_planned           (OooTimer         *self,
                                                guint             segment);
gint64         ooo_timer_get_elapsed           (OooTimer         *self,
                                                guint             segment);
/* planned − elapsed: negative when the segment runs over. */
gint64         ooo_timer_get_remaining         (OooTimer         *self,
                                                guint             segment);
gint64         ooo_timer_get_total_planned     (OooTimer         *self);
gint64         ooo_timer_get_total_elapsed     (OooTimer         *self);
gint64         ooo_timer_get_total_remaining   (OooTimer         *self);
/* > 0: behind the plan by that much; < 0: ahead. The segments before the
 * current one count in full, the current one only once it runs over. */
gint64         ooo_timer_get_schedule_offset   (OooTimer         *self);

/* READY or PAUSED → RUNNING. */
void           ooo_timer_start                 (OooTimer         *self);
/* RUNNING → PAUSED. */
void           ooo_timer_pause                 (OooTimer         *self);
void           ooo_timer_toggle                (OooTimer         *self);
/* Moves one segment on or back, staying running or paused; the time already
 * spent stays with each segment. FALSE, and nothing done, at either end. */
gboolean       ooo_timer_next                  (OooTimer         *self);
gboolean       ooo_timer_previous              (OooTimer         *self);
/* Adds @us to the current segment's plan ("one more minute"); negative takes
 * time off, down to a plan of zero. */
void           ooo_timer_extend                (OooTimer         *self,
                                                gint64            us);
/* → FINISHED; every later call that changes the timer is ignored, except
 * ooo_timer_restore(). */
void           ooo_timer_finish                (OooTimer         *self);

/* Emits the alerts that are due; call it on every UI wake-up (the methods
 * above call it themselves). Alerts are only checked while RUNNING:
 *   "heads-up" (guint segment): once, when the current segment's remaining
 *     time first reaches ≤ heads-up-us while still > 0; never when the
 *     segment's plan is ≤ heads-up-us, or heads-up-us is 0.
 *   "time-up" (guint segment): once, when it reaches ≤ 0; with auto-advance
 *     the timer then moves to the next segment, if there is one.
 * Extending a segment above a threshold re-arms that alert. Leaving a segment,
 * or restoring, drops the alerts whose moment has passed, so going back to a
 * segment that ran over neither rings again nor bounces forward. */
void           ooo_timer_check                 (OooTimer         *self);
/* µs until the current segment's elapsed time crosses its next whole second
 * (1..1000000), i.e. until the displayed m:ss changes; -1 when not RUNNING,
 * and the UI then does not wake at all. Wake with
 * g_timeout_add (delay / 1000 + 1, …) and ask again after each wake-up. */
gint64         ooo_timer_get_next_tick_delay   (OooTimer         *self);

gint64         ooo_timer_get_heads_up_us       (OooTimer         *self);
void           ooo_timer_set_heads_up_us       (OooTimer         *self,
                                                gint64            heads_up_us);
gboolean       ooo_timer_get_auto_advance      (OooTimer         *self);
void           ooo_timer_set_auto_advance      (OooTimer         *self,
                                                gboolean          auto_advance);

/* Persistence. Store on every "changed": the state, the current segment, the
 * plans (ooo_timer_get_planned(), they change with extend), the accumulated
 * time of each segment, the run elapsed, and g_get_real_time(). The boottime
 * clock restarts at a reboot, so when the stored state is RUNNING pass
 * run_elapsed + (real time now − stored real time, if > 0) to restore. */
void           ooo_timer_get_accumulated       (OooTimer         *self,
                                                gint64           *out_us);
/* Time of the current run (since the last start or segment change); 0 unless
 * RUNNING. elapsed(current) = accumulated[current] + run elapsed. */
gint64         ooo_timer_get_run_elapsed       (OooTimer         *self);
/* Rebuilds a stored timer, whatever its state; @accumulated_us has
 * n-segments values and @run_elapsed_us only counts when RUNNING. */
void           ooo_timer_restore               (OooTimer         *self,
                                                OooTimerState     state,
                                                guint             current,
                                                const gint64     *accumulated_us,
                                                gint64            run_elapsed_us);

G_END_DECLS
