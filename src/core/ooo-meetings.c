/* ooo-meetings.c — starting, timing, resuming and ending one-on-ones
 *
 * The timer of each meeting in progress is kept stored by
 * ooo-meetings-timer.c; reloading one resumes it from what was stored there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-enums.h"
#include "ooo-meetings-private.h"
#include "ooo-template-segment.h"

struct _OooMeetings
{
  GObject     parent_instance;

  OooStore   *store;
  OooClock   *clock;
  GHashTable *in_progress;   /* person id -> OooMeeting */
};

G_DEFINE_TYPE (OooMeetings, ooo_meetings, G_TYPE_OBJECT)
G_DEFINE_QUARK (ooo-meetings-error-quark, ooo_meetings_error)

enum {
  STARTED,
  ENDED,
  SAVE_FAILED,
  SAVE_RECOVERED,
  RECORDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Before the meetings in progress are let go of. */
static void
unwatch_all (OooMeetings *self)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->in_progress);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    ooo_meetings_unwatch_timer (self, value);
}

static void
ooo_meetings_dispose (GObject *object)
{
  OooMeetings *self = OOO_MEETINGS (object);

  if (self->in_progress != NULL)
    unwatch_all (self);
  g_clear_pointer (&self->in_progress, g_hash_table_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (ooo_meetings_parent_class)->dispose (object);
}

static void
ooo_meetings_class_init (OooMeetingsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ooo_meetings_dispose;

  signals[STARTED] = g_signal_new ("started", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, OOO_TYPE_MEETING);
  signals[ENDED] = g_signal_new ("ended", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, OOO_TYPE_MEETING);
  /* A timer change could not be stored (the GError says why). The meeting
   * goes on; the change stays pending and is tried again by itself, and
   * this is emitted again at each try that fails. */
  signals[SAVE_FAILED] = g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 1, G_TYPE_ERROR);
  /* After failures, the timer's pending change was stored. */
  signals[SAVE_RECOVERED] = g_signal_new ("save-recovered", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);
  /* A 1:1 entered the history without being run here: held away from the
   * desk, rescheduled or cancelled. What is due next may have changed. */
  signals[RECORDED] = g_signal_new ("recorded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, OOO_TYPE_MEETING);
}

/* For ooo-meetings-schedule.c, through ooo-meetings-private.h. */
void
ooo_meetings_emit_recorded (OooMeetings *self,
                            OooMeeting  *meeting)
{
  g_signal_emit (self, signals[RECORDED], 0, meeting);
}

void
ooo_meetings_emit_save_failed (OooMeetings  *self,
                               const GError *error)
{
  g_signal_emit (self, signals[SAVE_FAILED], 0, error);
}

void
ooo_meetings_emit_save_recovered (OooMeetings *self)
{
  g_signal_emit (self, signals[SAVE_RECOVERED], 0);
}

static void
ooo_meetings_init (OooMeetings *self)
{
  self->in_progress = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                             g_object_unref);
}

OooMeetings *
ooo_meetings_new (OooStore *store,
                  OooClock *clock)
{
  OooMeetings *self;

  g_return_val_if_fail (OOO_IS_STORE (store), NULL);
  g_return_val_if_fail (clock == NULL || OOO_IS_CLOCK (clock), NULL);

  self = g_object_new (OOO_TYPE_MEETINGS, NULL);
  self->store = g_object_ref (store);
  self->clock = clock != NULL ? g_object_ref (clock) : ooo_clock_new_system ();

  return self;
}

OooClock *
ooo_meetings_get_clock (OooMeetings *self)
{
  g_return_val_if_fail (OOO_IS_MEETINGS (self), NULL);
  return self->clock;
}

static gint64
boot_now (gpointer clock)
{
  return ooo_clock_boot_now (clock);
}

/* Gives @meeting a timer on the boot clock. */
OooTimer *
ooo_meetings_attach_timer (OooMeetings *self,
                           OooMeeting  *meeting)
{
  guint n = ooo_meeting_get_n_segments (meeting);
  g_autofree gint64 *planned = g_new0 (gint64, MAX (n, 1));
  g_autoptr(OooTimer) timer = NULL;

  for (guint i = 0; i < n; i++)
    planned[i] = ooo_meeting_get_segment (meeting, i)->planned_seconds * G_USEC_PER_SEC;

  timer = ooo_timer_new (planned, n, boot_now, self->clock);
  /* The timer reads the clock through a bare pointer: keep it alive. */
  g_object_set_data_full (G_OBJECT (timer), "ooo-clock", g_object_ref (self->clock),
                          g_object_unref);
  g_object_set_data (G_OBJECT (timer), "ooo-meeting", meeting);
  ooo_meeting_set_timer (meeting, timer);

  return timer;
}

static void
track (OooMeetings *self,
       OooMeeting  *meeting)
{
  gint64 *key = g_new (gint64, 1);

  *key = ooo_meeting_get_person_id (meeting);
  g_hash_table_replace (self->in_progress, key, g_object_ref (meeting));
  ooo_meetings_watch_timer (self, meeting);
}

OooMeeting *
ooo_meetings_get_in_progress (OooMeetings *self,
                              OooPerson   *person)
{
  gint64 id;

  g_return_val_if_fail (OOO_IS_MEETINGS (self), NULL);
  g_return_val_if_fail (OOO_IS_PERSON (person), NULL);

  id = ooo_person_get_id (person);
  return g_hash_table_lookup (self->in_progress, &id);
}

/* Every meeting still running, oldest first. */
GPtrArray *
ooo_meetings_list_in_progress (OooMeetings *self)
{
  GPtrArray *meetings = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (OOO_IS_MEETINGS (self), meetings);

  g_hash_table_iter_init (&iter, self->in_progress);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (meetings, g_object_ref (value));

  return meetings;
}

/* Inserts @meeting and its segments as they are: in progress and ready for
 * a new 1:1, held and finished for one recorded afterwards. */
gboolean
ooo_meetings_insert_meeting (OooMeetings *self,
                             OooMeeting  *meeting,
                             OooTemplate *agenda,
                             gint64       started_at,
                             gint64       ended_at,
                             GError     **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  gboolean held = ooo_meeting_get_status (meeting) == OOO_MEETING_STATUS_HELD;
  gint64 now = ooo_clock_wall_now (self->clock) / G_USEC_PER_SEC;
  sqlite3_stmt *stmt;
  gint64 meeting_id;

  stmt = ooo_store_prepare (self->store,
                            "INSERT INTO meeting (uuid, person_id, template_id, template_name,"
                            " status, started_at, ended_at, timer_state, private_notes,"
                            " created_at, updated_at)"
                            " VALUES (?1, ?2, (SELECT id FROM template WHERE uuid = ?3), ?4,"
                            " ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, ooo_meeting_get_person_id (meeting));
  if (agenda != NULL)
    sqlite3_bind_text (stmt, 3, ooo_template_get_uuid (agenda), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, ooo_meeting_get_template_name (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, held ? "held" : "in-progress", -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 6, started_at);
  if (held)
    sqlite3_bind_int64 (stmt, 7, ended_at);
  sqlite3_bind_text (stmt, 8, held ? "finished" : "ready", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, ooo_meeting_get_private_notes (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 10, now);
  if (!ooo_store_step_done (self->store, stmt, error))
    return FALSE;

  meeting_id = sqlite3_last_insert_rowid (ooo_store_get_db (self->store));
  ooo_meeting_set_id (meeting, meeting_id);
  ooo_meeting_set_uuid (meeting, uuid);
  ooo_meeting_set_started_at (meeting, started_at);
  if (held)
    ooo_meeting_set_ended_at (meeting, ended_at);

  for (guint i = 0; i < ooo_meeting_get_n_segments (meeting); i++) {
    OooMeetingSegment *segment = (OooMeetingSegment *) ooo_meeting_get_segment (meeting, i);

    stmt = ooo_store_prepare (self->store,
                              "INSERT INTO meeting_segment (uuid, meeting_id, position, title,"
                              " owner, prompts, planned_seconds, notes)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                              error);
    if (stmt == NULL)
      return FALSE;

    segment->uuid = g_uuid_string_random ();
    sqlite3_bind_text (stmt, 1, segment->uuid, -1, SQLITE_STATIC);
    sqlite3_bind_int64 (stmt, 2, meeting_id);
    sqlite3_bind_int (stmt, 3, i);
    sqlite3_bind_text (stmt, 4, segment->title, -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 5, ooo_store_enum_nick (OOO_TYPE_SEGMENT_OWNER, segment->owner),
                       -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 6, segment->prompts, -1, SQLITE_STATIC);
    sqlite3_bind_int64 (stmt, 7, segment->planned_seconds);
    sqlite3_bind_text (stmt, 8, segment->notes, -1, SQLITE_STATIC);
    if (!ooo_store_step_done (self->store, stmt, error))
      return FALSE;
    segment->id = sqlite3_last_insert_rowid (ooo_store_get_db (self->store));
  }

  return TRUE;
}

/* Starts a 1:1 with @person on a copy of @agenda's segments. The timer is
 * ready, not running: the manager starts it when the meeting really begins. */
OooMeeting *
ooo_meetings_start (OooMeetings  *self,
                    OooPerson    *person,
                    OooTemplate  *agenda,
                    GError      **error)
{
  g_autoptr(GPtrArray) segments = g_ptr_array_new_with_free_func (
    (GDestroyNotify) ooo_meeting_segment_free);
  g_autoptr(OooMeeting) meeting = NULL;
  GListModel *template_segments;

  g_return_val_if_fail (OOO_IS_MEETINGS (self), NULL);
  g_return_val_if_fail (OOO_IS_PERSON (person), NULL);
  g_return_val_if_fail (OOO_IS_TEMPLATE (agenda), NULL);

  if (ooo_meetings_get_in_progress (self, person) != NULL) {
    g_set_error (error, OOO_MEETINGS_ERROR, OOO_MEETINGS_ERROR_ALREADY_RUNNING,
                 _("A one-on-one with %s is already running."), ooo_person_get_name (person));
    return NULL;
  }

  template_segments = ooo_template_get_segments (agenda);
  for (guint i = 0; i < g_list_model_get_n_items (template_segments); i++) {
    g_autoptr(OooTemplateSegment) item = g_list_model_get_item (template_segments, i);

    g_ptr_array_add (segments,
                     ooo_meeting_segment_new (ooo_template_segment_get_title (item),
                                              ooo_template_segment_get_owner (item),
                                              ooo_template_segment_get_prompts (item),
                                              ooo_template_segment_get_minutes (item) * 60));
  }
  if (segments->len == 0) {
    g_set_error_literal (error, OOO_MEETINGS_ERROR, OOO_MEETINGS_ERROR_INVALID,
                         _("The agenda has no segments."));
    return NULL;
  }

  meeting = ooo_meeting_new (ooo_person_get_id (person), ooo_template_get_name (agenda),
                             segments);

  if (!ooo_store_begin (self->store, error))
    return NULL;
  if (!ooo_meetings_insert_meeting (self, meeting, agenda,
                       ooo_clock_wall_now (self->clock) / G_USEC_PER_SEC, 0, error)) {
    ooo_store_rollback (self->store);
    return NULL;
  }
  if (!ooo_store_commit (self->store, error))
    return NULL;

  ooo_meetings_attach_timer (self, meeting);
  track (self, meeting);
  g_signal_emit (self, signals[STARTED], 0, meeting);

  return meeting;
}

/* How long the stored run has gone on: by the boot clock in the same boot,
 * by the wall clock after a reboot; never negative. */
static gint64
stored_run_elapsed (OooMeetings  *self,
                    sqlite3_stmt *stmt)
{
  const char *boot_id = (const char *) sqlite3_column_text (stmt, 7);
  gint64 elapsed;

  if (boot_id != NULL && g_strcmp0 (boot_id, ooo_clock_boot_id (self->clock)) == 0)
    elapsed = ooo_clock_boot_now (self->clock) - sqlite3_column_int64 (stmt, 5);
  else
    elapsed = ooo_clock_wall_now (self->clock) - sqlite3_column_int64 (stmt, 6);

  return MAX (elapsed, 0);
}

static OooMeeting *
load_meeting (OooMeetings  *self,
              sqlite3_stmt *row,
              GError      **error)
{
  g_autoptr(GPtrArray) segments = g_ptr_array_new_with_free_func (
    (GDestroyNotify) ooo_meeting_segment_free);
  g_autoptr(GArray) elapsed = g_array_new (FALSE, TRUE, sizeof (gint64));
  g_autoptr(OooMeeting) meeting = NULL;
  gint64 meeting_id = sqlite3_column_int64 (row, 0);
  OooTimerState state;
  guint current;
  gint64 run_elapsed = 0;
  sqlite3_stmt *stmt;
  int rc;

  stmt = ooo_store_prepare (self->store,
                            "SELECT id, uuid, title, owner, prompts, planned_seconds, elapsed_ms,"
                            " notes"
                            " FROM meeting_segment WHERE meeting_id = ?1 ORDER BY position",
                            error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, meeting_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW) {
    OooMeetingSegment *segment;
    gint64 ms = sqlite3_column_int64 (stmt, 6) * 1000;

    segment = ooo_meeting_segment_new ((const char *) sqlite3_column_text (stmt, 2),
                                       ooo_store_enum_from_nick (
                                         OOO_TYPE_SEGMENT_OWNER,
                                         (const char *) sqlite3_column_text (stmt, 3),
                                         OOO_SEGMENT_OWNER_THEM),
                                       (const char *) sqlite3_column_text (stmt, 4),
                                       sqlite3_column_int64 (stmt, 5));
    segment->id = sqlite3_column_int64 (stmt, 0);
    segment->uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    g_free (segment->notes);
    segment->notes = g_strdup ((const char *) sqlite3_column_text (stmt, 7));
    g_ptr_array_add (segments, segment);
    g_array_append_val (elapsed, ms);
  }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE) {
    ooo_store_set_error (self->store, rc, error);
    return NULL;
  }
  if (segments->len == 0)
    return NULL;

  meeting = ooo_meeting_new (sqlite3_column_int64 (row, 1),
                             (const char *) sqlite3_column_text (row, 3), segments);
  ooo_meeting_set_id (meeting, meeting_id);
  ooo_meeting_set_uuid (meeting, (const char *) sqlite3_column_text (row, 2));
  ooo_meeting_set_started_at (meeting, sqlite3_column_int64 (row, 8));
  ooo_meeting_set_private_notes (meeting, (const char *) sqlite3_column_text (row, 10));

  state = ooo_store_enum_from_nick (OOO_TYPE_TIMER_STATE,
                                    (const char *) sqlite3_column_text (row, 4),
                                    OOO_TIMER_STATE_PAUSED);
  if (state == OOO_TIMER_STATE_RUNNING)
    run_elapsed = stored_run_elapsed (self, row);
  current = MIN ((guint) MAX (sqlite3_column_int (row, 9), 0), elapsed->len - 1);

  ooo_meetings_attach_timer (self, meeting);
  ooo_timer_restore (ooo_meeting_get_timer (meeting), state, current,
                     (const gint64 *) (gpointer) elapsed->data, run_elapsed);

  return g_steal_pointer (&meeting);
}

/* Picks up every meeting that was running when the app last stopped, with
 * the time that passed since. */
gboolean
ooo_meetings_load (OooMeetings  *self,
                   GError      **error)
{
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (OOO_IS_MEETINGS (self), FALSE);

  /* A timer change still refused is tried once more, so that what is read
   * is the timer as it is here. */
  ooo_meetings_flush_timers (self);

  /* Statements are cached per SQL text; this one is stepped while the
   * segment query runs, which is a different statement. */
  stmt = ooo_store_prepare (self->store,
                            "SELECT id, person_id, uuid, template_name, timer_state,"
                            " run_started_boot_us, run_started_wall_us, boot_id, started_at,"
                            " current_segment, private_notes"
                            " FROM meeting WHERE status = 'in-progress'",
                            error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW) {
    OooMeeting *meeting = load_meeting (self, stmt, error);

    if (meeting == NULL && error != NULL && *error != NULL) {
      sqlite3_reset (stmt);
      return FALSE;
    }
    if (meeting != NULL)
      g_ptr_array_add (loaded, meeting);
  }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE) {
    ooo_store_set_error (self->store, rc, error);
    return FALSE;
  }

  unwatch_all (self);
  g_hash_table_remove_all (self->in_progress);
  for (guint i = 0; i < loaded->len; i++)
    track (self, g_ptr_array_index (loaded, i));

  return TRUE;
}

/* Ends the meeting: the timer stops, and the time spent in each segment and
 * the end are stored with it, in one transaction. */
gboolean
ooo_meetings_end (OooMeetings  *self,
                  OooMeeting   *meeting,
                  GError      **error)
{
  OooTimerUndo undo = { 0 };
  gint64 person_id;
  gint64 now;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OOO_IS_MEETINGS (self), FALSE);
  g_return_val_if_fail (OOO_IS_MEETING (meeting), FALSE);

  if (ooo_meeting_get_status (meeting) != OOO_MEETING_STATUS_IN_PROGRESS)
    return TRUE;

  ooo_meetings_finish_timer (self, meeting, &undo);

  /* A wall clock set back during the meeting must not end it before it began. */
  now = MAX (ooo_clock_wall_now (self->clock) / G_USEC_PER_SEC,
             ooo_meeting_get_started_at (meeting));
  if (!ooo_store_begin (self->store, error) ||
      !ooo_meetings_write_timer (self, meeting, error))
    goto failed;

  stmt = ooo_store_prepare (self->store,
                            "UPDATE meeting SET status = 'held', ended_at = ?1, updated_at = ?1"
                            " WHERE id = ?2",
                            error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, now);
  sqlite3_bind_int64 (stmt, 2, ooo_meeting_get_id (meeting));
  if (!ooo_store_step_done (self->store, stmt, error) ||
      !ooo_store_commit (self->store, error))
    goto failed;
  ooo_timer_undo_clear (&undo);

  ooo_meeting_set_ended_at (meeting, now);
  ooo_meeting_set_status (meeting, OOO_MEETING_STATUS_HELD);
  person_id = ooo_meeting_get_person_id (meeting);
  g_object_ref (meeting);
  ooo_meetings_unwatch_timer (self, meeting);
  g_hash_table_remove (self->in_progress, &person_id);
  g_signal_emit (self, signals[ENDED], 0, meeting);
  g_object_unref (meeting);

  return TRUE;

failed:
  ooo_store_rollback (self->store);
  ooo_meetings_unfinish_timer (self, meeting, &undo);
  ooo_timer_undo_clear (&undo);
  return FALSE;
}

/* Notes are written as they are typed (every moment or so, by the caller); the text
 * goes to the database first, then into the meeting. */
gboolean
ooo_meetings_save_notes (OooMeetings  *self,
                         OooMeeting   *meeting,
                         guint         segment,
                         const char   *notes,
                         GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OOO_IS_MEETINGS (self), FALSE);
  g_return_val_if_fail (OOO_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (segment < ooo_meeting_get_n_segments (meeting), FALSE);

  stmt = ooo_store_prepare (self->store,
                            "UPDATE meeting_segment SET notes = ?1"
                            " WHERE meeting_id = ?2 AND position = ?3",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, notes != NULL ? notes : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, ooo_meeting_get_id (meeting));
  sqlite3_bind_int (stmt, 3, segment);
  if (!ooo_store_step_done (self->store, stmt, error))
    return FALSE;

  ooo_meeting_set_segment_notes (meeting, segment, notes);
  return TRUE;
}

gboolean
ooo_meetings_save_private_notes (OooMeetings  *self,
                                 OooMeeting   *meeting,
                                 const char   *notes,
                                 GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OOO_IS_MEETINGS (self), FALSE);
  g_return_val_if_fail (OOO_IS_MEETING (meeting), FALSE);

  stmt = ooo_store_prepare (self->store,
                            "UPDATE meeting SET private_notes = ?1 WHERE id = ?2", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, notes != NULL ? notes : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, ooo_meeting_get_id (meeting));
  if (!ooo_store_step_done (self->store, stmt, error))
    return FALSE;

  ooo_meeting_set_private_notes (meeting, notes);
  return TRUE;
}

/* For the other parts of OooMeetings, through ooo-meetings-private.h. */
OooStore *
ooo_meetings_get_store (OooMeetings *self)
{
  g_return_val_if_fail (OOO_IS_MEETINGS (self), NULL);
  return self->store;
}

/* Builds a meeting, its segments and its timer from a row laid out as in
 * ooo_meetings_load(); NULL when it has no segments. */
OooMeeting *
ooo_meetings_load_row (OooMeetings   *self,
                       sqlite3_stmt  *row,
                       GError       **error)
{
  g_return_val_if_fail (OOO_IS_MEETINGS (self), NULL);
  return load_meeting (self, row, error);
}
