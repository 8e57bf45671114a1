/* ooo-meetings-schedule.c — the 1:1s that enter the history without being
 * run here: rescheduled, cancelled, or held away from the desk and recorded
 * afterwards; and opening one of the history again
 *
 * "Never cancel; if you must, reschedule." Both are stored as meeting rows
 * without segments, so they stay in the history and the attendance can
 * count them: a rescheduled row keeps the date it was due and its new date,
 * a cancelled one its reason.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-attendance.h"
#include "ooo-enums.h"
#include "ooo-meetings-private.h"
#include "ooo-template-segment.h"

#define REASON_MAX_CHARS 2000

static gboolean
check_date (const char  *text,
            GDate       *date,
            GError     **error)
{
  if (ooo_attendance_parse_date (text, date))
    return TRUE;

  g_set_error (error, OOO_MEETINGS_ERROR, OOO_MEETINGS_ERROR_INVALID,
               _("“%s” is not a date: write it as year-month-day, like 2026-03-01."),
               text != NULL ? text : "");
  return FALSE;
}

/* Stores the decision about the 1:1 due on @due_on; returns it as a meeting
 * without segments. */
static OooMeeting *
insert_decision (OooMeetings       *self,
                 OooPerson         *person,
                 OooMeetingStatus   status,
                 const char        *due_on,
                 const char        *new_date,
                 const char        *reason,
                 GError           **error)
{
  OooStore *store = ooo_meetings_get_store (self);
  g_autoptr(GPtrArray) no_segments = g_ptr_array_new ();
  g_autofree char *uuid = g_uuid_string_random ();
  gint64 now = ooo_clock_wall_now (ooo_meetings_get_clock (self)) / G_USEC_PER_SEC;
  OooMeeting *meeting;
  sqlite3_stmt *stmt;

  stmt = ooo_store_prepare (store,
                            "INSERT INTO meeting (uuid, person_id, status, due_on,"
                            " rescheduled_to, cancel_reason, created_at, updated_at)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                            error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, ooo_person_get_id (person));
  sqlite3_bind_text (stmt, 3, ooo_store_enum_nick (OOO_TYPE_MEETING_STATUS, status), -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, due_on, -1, SQLITE_TRANSIENT);
  if (new_date != NULL)
    sqlite3_bind_text (stmt, 5, new_date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, reason != NULL ? reason : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 7, now);
  if (!ooo_store_step_done (store, stmt, error))
    return NULL;

  meeting = ooo_meeting_new (ooo_person_get_id (person), "", no_segments);
  ooo_meeting_set_id (meeting, sqlite3_last_insert_rowid (ooo_store_get_db (store)));
  ooo_meeting_set_uuid (meeting, uuid);
  ooo_meeting_set_status (meeting, status);

  ooo_meetings_emit_recorded (self, meeting);
  return meeting;
}

OooMeeting *
ooo_meetings_reschedule (OooMeetings  *self,
                         OooPerson    *person,
                         const char   *due_on,
                         const char   *new_date,
                         GError      **error)
{
  GDate due, moved;

  g_return_val_if_fail (OOO_IS_MEETINGS (self), NULL);
  g_return_val_if_fail (OOO_IS_PERSON (person), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_date (due_on, &due, error) || !check_date (new_date, &moved, error))
    return NULL;

  /* Holding it early needs no reschedule: it counts as held. */
  if (g_date_compare (&moved, &due) < 0) {
    g_set_error (error, OOO_MEETINGS_ERROR, OOO_MEETINGS_ERROR_INVALID,
                 _("The new date is before the day the 1:1 was due (%s): pick that day or a "
                   "later one."), due_on);
    return NULL;
  }

  return insert_decision (self, person, OOO_MEETING_STATUS_RESCHEDULED, due_on, new_date,
                          NULL, error);
}

OooMeeting *
ooo_meetings_cancel (OooMeetings  *self,
                     OooPerson    *person,
                     const char   *due_on,
                     const char   *reason,
                     GError      **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (reason != NULL ? reason : ""));

  g_return_val_if_fail (OOO_IS_MEETINGS (self), NULL);
  g_return_val_if_fail (OOO_IS_PERSON (person), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_date (due_on, NULL, error))
    return NULL;

  if (!g_utf8_validate (trimmed, -1, NULL) || g_utf8_strlen (trimmed, -1) > REASON_MAX_CHARS) {
    g_set_error (error, OOO_MEETINGS_ERROR, OOO_MEETINGS_ERROR_INVALID,
                 _("The reason is too long: keep it under %d characters."), REASON_MAX_CHARS);
    return NULL;
  }

  return insert_decision (self, person, OOO_MEETING_STATUS_CANCELLED, due_on, NULL, trimmed,
                          error);
}

/* A 1:1 held away from the desk, recorded afterwards: held on @agenda's
 * segments, @minutes long in all, shared out over the segments in
 * proportion to their plan, and its notes in the first segment. */
OooMeeting *
ooo_meetings_record_past (OooMeetings  *self,
                          OooPerson    *person,
                          OooTemplate  *agenda,
                          gint64        held_at,
                          guint         minutes,
                          const char   *notes,
                          GError      **error)
{
  g_autoptr(GPtrArray) segments = g_ptr_array_new_with_free_func (
    (GDestroyNotify) ooo_meeting_segment_free);
  g_autoptr(OooMeeting) meeting = NULL;
  g_autofree gint64 *spent = NULL;
  GListModel *template_segments;
  gint64 total_planned = 0;
  gint64 length = (gint64) minutes * 60 * G_USEC_PER_SEC;
  gint64 shared = 0;
  OooStore *store;
  gint64 now;
  guint n;

  g_return_val_if_fail (OOO_IS_MEETINGS (self), NULL);
  g_return_val_if_fail (OOO_IS_PERSON (person), NULL);
  g_return_val_if_fail (OOO_IS_TEMPLATE (agenda), NULL);

  store = ooo_meetings_get_store (self);
  now = ooo_clock_wall_now (ooo_meetings_get_clock (self)) / G_USEC_PER_SEC;

  if (minutes < 1 || minutes > 600) {
    g_set_error_literal (error, OOO_MEETINGS_ERROR, OOO_MEETINGS_ERROR_INVALID,
                         _("A one-on-one lasts from 1 to 600 minutes."));
    return NULL;
  }
  if (held_at > now) {
    g_set_error_literal (error, OOO_MEETINGS_ERROR, OOO_MEETINGS_ERROR_INVALID,
                         _("That time is still to come: record a one-on-one once it was held."));
    return NULL;
  }

  template_segments = ooo_template_get_segments (agenda);
  n = g_list_model_get_n_items (template_segments);
  if (n == 0) {
    g_set_error_literal (error, OOO_MEETINGS_ERROR, OOO_MEETINGS_ERROR_INVALID,
                         _("The agenda has no segments."));
    return NULL;
  }
  for (guint i = 0; i < n; i++) {
    g_autoptr(OooTemplateSegment) item = g_list_model_get_item (template_segments, i);

    g_ptr_array_add (segments,
                     ooo_meeting_segment_new (ooo_template_segment_get_title (item),
                                              ooo_template_segment_get_owner (item),
                                              ooo_template_segment_get_prompts (item),
                                              ooo_template_segment_get_minutes (item) * 60));
    total_planned += ooo_template_segment_get_minutes (item) * 60;
  }

  spent = g_new0 (gint64, n);
  for (guint i = 0; i < n; i++) {
    const OooMeetingSegment *segment = g_ptr_array_index (segments, i);

    /* The last segment takes what rounding left, so the parts add up. */
    spent[i] = i + 1 < n ? length * segment->planned_seconds / MAX (total_planned, 1)
                         : length - shared;
    shared += spent[i];
  }

  meeting = ooo_meeting_new (ooo_person_get_id (person), ooo_template_get_name (agenda),
                             segments);
  ooo_meeting_set_segment_notes (meeting, 0, notes);
  ooo_meeting_set_status (meeting, OOO_MEETING_STATUS_HELD);
  ooo_meetings_attach_timer (self, meeting);
  ooo_timer_restore (ooo_meeting_get_timer (meeting), OOO_TIMER_STATE_FINISHED, n - 1, spent, 0);

  if (!ooo_store_begin (store, error))
    return NULL;
  if (!ooo_meetings_insert_meeting (self, meeting, agenda, held_at, held_at + minutes * 60,
                                    error) ||
      !ooo_meetings_write_timer (self, meeting, error)) {
    ooo_store_rollback (store);
    return NULL;
  }
  if (!ooo_store_commit (store, error))
    return NULL;

  ooo_meetings_emit_recorded (self, meeting);
  return g_steal_pointer (&meeting);
}

static OooMeeting *
find_running (OooMeetings *self,
              const char  *uuid)
{
  g_autoptr(GPtrArray) running = ooo_meetings_list_in_progress (self);

  for (guint i = 0; i < running->len; i++)
    if (g_strcmp0 (ooo_meeting_get_uuid (running->pdata[i]), uuid) == 0)
      return g_object_ref (running->pdata[i]);

  return NULL;
}

OooMeeting *
ooo_meetings_load_past (OooMeetings  *self,
                        const char   *uuid,
                        GError      **error)
{
  OooStore *store;
  OooMeeting *meeting = NULL;
  OooMeetingStatus status;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (OOO_IS_MEETINGS (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  meeting = find_running (self, uuid);
  if (meeting != NULL)
    return meeting;

  store = ooo_meetings_get_store (self);
  /* Columns 0 to 10 as ooo_meetings_load() reads them. */
  stmt = ooo_store_prepare (store,
                            "SELECT id, person_id, uuid, template_name, timer_state,"
                            " run_started_boot_us, run_started_wall_us, boot_id, started_at,"
                            " current_segment, private_notes, status, ended_at"
                            " FROM meeting WHERE uuid = ?1",
                            error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW) {
    if (rc == SQLITE_DONE)
      g_set_error_literal (error, OOO_STORE_ERROR, OOO_STORE_ERROR_NOT_FOUND,
                           _("That 1:1 is no longer in the database."));
    else
      ooo_store_set_error (store, rc, error);
    sqlite3_reset (stmt);
    return NULL;
  }

  status = ooo_store_enum_from_nick (OOO_TYPE_MEETING_STATUS,
                                     (const char *) sqlite3_column_text (stmt, 11),
                                     OOO_MEETING_STATUS_HELD);
  if (status == OOO_MEETING_STATUS_HELD)
    meeting = ooo_meetings_load_row (self, stmt, error);
  if (meeting != NULL) {
    ooo_meeting_set_status (meeting, status);
    ooo_meeting_set_ended_at (meeting, sqlite3_column_int64 (stmt, 12));
  }
  sqlite3_reset (stmt);

  if (meeting == NULL && (error == NULL || *error == NULL))
    g_set_error_literal (error, OOO_MEETINGS_ERROR, OOO_MEETINGS_ERROR_INVALID,
                         status == OOO_MEETING_STATUS_HELD
                         ? _("That 1:1 has no agenda, so there is nothing to open.")
                         : _("That 1:1 was not held, so it has no notes to open."));

  return meeting;
}
