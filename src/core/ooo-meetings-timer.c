/* ooo-meetings-timer.c — keeps the timer of each meeting in progress stored
 *
 * The timer's state is written at every change (start, pause, next, …): the
 * time spent in each segment before the current run, and when the current
 * run began on both the boot clock and the wall clock. A restart in the same
 * boot resumes from the boot clock, which counted any suspend and ignored
 * changes of the time of day; after a reboot only the wall clock can say how
 * long the meeting went on.
 *
 * A change the file refuses (a full disk, a read-only folder, another
 * program holding it) stays pending and is tried again by an OooAutosave,
 * waiting longer each time, as typed notes are: otherwise a pause refused
 * by a full disk would come back as a timer that ran on after a restart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ooo-autosave.h"
#include "ooo-enums.h"
#include "ooo-meetings-private.h"

/* The meeting's OooAutosave, as object data of the meeting. */
#define TIMER_SAVE_KEY "ooo-timer-save"

/* What an autosave writes. Neither is owned: the autosave lives on the
 * meeting, and OooMeetings drops it (ooo_meetings_unwatch_timer) before
 * it lets go of the meeting or goes away itself. */
typedef struct {
  OooMeetings *meetings;
  OooMeeting  *meeting;
} TimerSave;

gboolean
ooo_meetings_write_timer (OooMeetings *self,
                          OooMeeting  *meeting,
                          GError     **error)
{
  OooStore *store = ooo_meetings_get_store (self);
  OooClock *clock = ooo_meetings_get_clock (self);
  OooTimer *timer = ooo_meeting_get_timer (meeting);
  guint n = ooo_meeting_get_n_segments (meeting);
  g_autofree gint64 *accumulated = g_new0 (gint64, MAX (n, 1));
  OooTimerState state = ooo_timer_get_state (timer);
  sqlite3_stmt *stmt;

  ooo_timer_get_accumulated (timer, accumulated);

  stmt = ooo_store_prepare (store,
                            "UPDATE meeting SET current_segment = ?1, timer_state = ?2,"
                            " run_started_boot_us = ?3, run_started_wall_us = ?4, boot_id = ?5,"
                            " updated_at = ?6 WHERE id = ?7",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, ooo_timer_get_current (timer));
  sqlite3_bind_text (stmt, 2, ooo_store_enum_nick (OOO_TYPE_TIMER_STATE, state), -1,
                     SQLITE_STATIC);
  if (state == OOO_TIMER_STATE_RUNNING) {
    gint64 run = ooo_timer_get_run_elapsed (timer);

    sqlite3_bind_int64 (stmt, 3, ooo_clock_boot_now (clock) - run);
    sqlite3_bind_int64 (stmt, 4, ooo_clock_wall_now (clock) - run);
    sqlite3_bind_text (stmt, 5, ooo_clock_boot_id (clock), -1, SQLITE_TRANSIENT);
  }
  sqlite3_bind_int64 (stmt, 6, ooo_clock_wall_now (clock) / G_USEC_PER_SEC);
  sqlite3_bind_int64 (stmt, 7, ooo_meeting_get_id (meeting));
  if (!ooo_store_step_done (store, stmt, error))
    return FALSE;

  for (guint i = 0; i < n; i++) {
    /* The plan too: "one more minute" changes it. */
    stmt = ooo_store_prepare (store,
                              "UPDATE meeting_segment SET elapsed_ms = ?1, planned_seconds = ?4"
                              " WHERE meeting_id = ?2 AND position = ?3",
                              error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, accumulated[i] / 1000);
    sqlite3_bind_int64 (stmt, 4, ooo_timer_get_planned (timer, i) / G_USEC_PER_SEC);
    sqlite3_bind_int64 (stmt, 2, ooo_meeting_get_id (meeting));
    sqlite3_bind_int (stmt, 3, i);
    if (!ooo_store_step_done (store, stmt, error))
      return FALSE;
  }

  return TRUE;
}

gboolean
ooo_meetings_save_timer (OooMeetings  *self,
                         OooMeeting   *meeting,
                         GError      **error)
{
  OooStore *store;

  g_return_val_if_fail (OOO_IS_MEETINGS (self), FALSE);
  g_return_val_if_fail (OOO_IS_MEETING (meeting), FALSE);

  store = ooo_meetings_get_store (self);
  if (!ooo_store_begin (store, error))
    return FALSE;
  if (!ooo_meetings_write_timer (self, meeting, error)) {
    ooo_store_rollback (store);
    return FALSE;
  }

  return ooo_store_commit (store, error);
}

static gboolean
save_pending_timer (gpointer  data,
                    GError  **error)
{
  TimerSave *save = data;

  return ooo_meetings_save_timer (save->meetings, save->meeting, error);
}

static void
on_timer_changed (OooMeetings *self,
                  OooTimer    *timer)
{
  OooMeeting *meeting = g_object_get_data (G_OBJECT (timer), "ooo-meeting");
  OooAutosave *autosave;

  if (meeting == NULL || ooo_meeting_get_status (meeting) != OOO_MEETING_STATUS_IN_PROGRESS)
    return;

  autosave = g_object_get_data (G_OBJECT (meeting), TIMER_SAVE_KEY);
  if (autosave == NULL)
    return;
  /* At once: a change of the timer is one click, not a stream of keys. A
   * refusal was emitted as "save-failed", and is tried again. */
  ooo_autosave_schedule (autosave);
  ooo_autosave_flush (autosave, NULL);
}

void
ooo_meetings_watch_timer (OooMeetings *self,
                          OooMeeting  *meeting)
{
  TimerSave *save = g_new (TimerSave, 1);
  OooAutosave *autosave;

  save->meetings = self;
  save->meeting = meeting;
  autosave = ooo_autosave_new (0, save_pending_timer, save, g_free);
  /* Passed on as OooMeetings' own "save-failed" and "save-recovered". */
  g_signal_connect_object (autosave, "failed", G_CALLBACK (ooo_meetings_emit_save_failed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (autosave, "recovered", G_CALLBACK (ooo_meetings_emit_save_recovered),
                           self, G_CONNECT_SWAPPED);
  g_object_set_data_full (G_OBJECT (meeting), TIMER_SAVE_KEY, autosave, g_object_unref);
  g_signal_connect_object (ooo_meeting_get_timer (meeting), "changed",
                           G_CALLBACK (on_timer_changed), self, G_CONNECT_SWAPPED);
}

/* Stops keeping @meeting's timer stored (it ended, is reloaded, or the app
 * is closing). A change still refused is tried once more first: stored, it
 * says "save-recovered" and the window's banner goes; refused, it is lost
 * with the failure already said. */
void
ooo_meetings_unwatch_timer (OooMeetings *self,
                            OooMeeting  *meeting)
{
  OooAutosave *autosave = g_object_get_data (G_OBJECT (meeting), TIMER_SAVE_KEY);

  if (autosave != NULL)
    ooo_autosave_flush (autosave, NULL);
  g_signal_handlers_disconnect_by_func (ooo_meeting_get_timer (meeting), on_timer_changed, self);
  g_object_set_data (G_OBJECT (meeting), TIMER_SAVE_KEY, NULL);
}

/* Writes every timer change still pending now, before an export reads the
 * file or an import writes it. FALSE when one is still refused. */
gboolean
ooo_meetings_flush_timers (OooMeetings *self)
{
  g_autoptr(GPtrArray) meetings = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (OOO_IS_MEETINGS (self), FALSE);

  meetings = ooo_meetings_list_in_progress (self);
  for (guint i = 0; i < meetings->len; i++) {
    OooAutosave *autosave = g_object_get_data (g_ptr_array_index (meetings, i),
                                               TIMER_SAVE_KEY);

    if (autosave != NULL)
      ok &= ooo_autosave_flush (autosave, NULL);
  }

  return ok;
}

/* Whether a change of @meeting's timer waits for another try; for tests. */
gboolean
ooo_meetings_get_timer_pending (OooMeetings *self,
                                OooMeeting  *meeting)
{
  OooAutosave *autosave;

  g_return_val_if_fail (OOO_IS_MEETINGS (self), FALSE);
  g_return_val_if_fail (OOO_IS_MEETING (meeting), FALSE);

  autosave = g_object_get_data (G_OBJECT (meeting), TIMER_SAVE_KEY);
  return autosave != NULL && ooo_autosave_get_pending (autosave);
}

/* Finishes @meeting's timer without storing that as a change of its own:
 * ending the meeting writes it with the end, in one transaction. @undo
 * keeps the timer as it was, for ooo_meetings_unfinish_timer(). */
void
ooo_meetings_finish_timer (OooMeetings   *self,
                           OooMeeting    *meeting,
                           OooTimerUndo  *undo)
{
  OooTimer *timer = ooo_meeting_get_timer (meeting);

  undo->state = ooo_timer_get_state (timer);
  undo->current = ooo_timer_get_current (timer);
  undo->run_elapsed = ooo_timer_get_run_elapsed (timer);
  undo->accumulated = g_new0 (gint64, MAX (ooo_timer_get_n_segments (timer), 1));
  ooo_timer_get_accumulated (timer, undo->accumulated);

  g_signal_handlers_block_by_func (timer, on_timer_changed, self);
  ooo_timer_finish (timer);
  g_signal_handlers_unblock_by_func (timer, on_timer_changed, self);
}

/* The end could not be stored: the meeting goes on, its timer as it was,
 * so that no later write stores a finished timer on a meeting in progress. */
void
ooo_meetings_unfinish_timer (OooMeetings  *self,
                             OooMeeting   *meeting,
                             OooTimerUndo *undo)
{
  OooTimer *timer = ooo_meeting_get_timer (meeting);

  g_signal_handlers_block_by_func (timer, on_timer_changed, self);
  ooo_timer_restore (timer, undo->state, undo->current, undo->accumulated, undo->run_elapsed);
  g_signal_handlers_unblock_by_func (timer, on_timer_changed, self);
}

void
ooo_timer_undo_clear (OooTimerUndo *undo)
{
  g_clear_pointer (&undo->accumulated, g_free);
}
