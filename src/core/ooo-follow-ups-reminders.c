/* ooo-follow-ups-reminders.c — "ask about" reminders in the store: adding,
 * ticking off and deleting them, and the lists of the open ones and of
 * those due by a day
 *
 * As everywhere in OooFollowUps (ooo-follow-ups.c), a change is checked
 * first, written to the database next and only then applied to the object,
 * and "changed" follows every change that succeeded.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-follow-ups-private.h"

#define REMINDER_COLUMNS \
  "id, uuid, person_id, text, remind_on, done_at"

static gpointer
read_reminder (sqlite3_stmt *stmt)
{
  return g_object_new (OOO_TYPE_REMINDER,
                       "id", (gint64) sqlite3_column_int64 (stmt, 0),
                       "uuid", ooo_follow_ups_column_text (stmt, 1),
                       "person-id", (gint64) sqlite3_column_int64 (stmt, 2),
                       "text", ooo_follow_ups_column_text (stmt, 3),
                       "remind-on", ooo_follow_ups_column_text (stmt, 4),
                       "done-at", (gint64) sqlite3_column_int64 (stmt, 5),
                       NULL);
}

OooReminder *
ooo_follow_ups_add_reminder (OooFollowUps  *self,
                             gint64         person_id,
                             const char    *text,
                             const char    *remind_on,
                             GError       **error)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *uuid = NULL;
  sqlite3_stmt *stmt;
  OooReminder *reminder;

  g_return_val_if_fail (OOO_IS_FOLLOW_UPS (self), NULL);
  g_return_val_if_fail (person_id > 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  trimmed = ooo_follow_ups_check_text (text, _("A reminder needs some text."), error);
  if (trimmed == NULL ||
      !ooo_follow_ups_check_date (remind_on, TRUE, _("A reminder needs the day to ask on."),
                                  error))
    return NULL;

  stmt = ooo_store_prepare (self->store,
                            "INSERT INTO reminder (uuid, person_id, text, remind_on,"
                            " created_at, updated_at)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                            error);
  if (stmt == NULL)
    return NULL;

  uuid = g_uuid_string_random ();
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, person_id);
  sqlite3_bind_text (stmt, 3, trimmed, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, remind_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 5, ooo_follow_ups_now_seconds ());
  if (!ooo_store_step_done (self->store, stmt, error))
    return NULL;

  reminder = g_object_new (OOO_TYPE_REMINDER,
                           "id", (gint64) sqlite3_last_insert_rowid (
                             ooo_store_get_db (self->store)),
                           "uuid", uuid,
                           "person-id", person_id,
                           "text", trimmed,
                           "remind-on", remind_on,
                           NULL);
  ooo_follow_ups_emit_changed (self, person_id);

  return reminder;
}

gboolean
ooo_follow_ups_set_reminder_done (OooFollowUps  *self,
                                  OooReminder   *reminder,
                                  gboolean       done,
                                  GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 done_at = done ? ooo_follow_ups_now_seconds () : 0;

  g_return_val_if_fail (OOO_IS_FOLLOW_UPS (self), FALSE);
  g_return_val_if_fail (OOO_IS_REMINDER (reminder), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = ooo_store_prepare (self->store,
                            "UPDATE reminder SET done_at = ?1, updated_at = ?2 WHERE id = ?3",
                            error);
  if (stmt == NULL)
    return FALSE;

  ooo_follow_ups_bind_int64_or_null (stmt, 1, done_at);
  sqlite3_bind_int64 (stmt, 2, ooo_follow_ups_now_seconds ());
  sqlite3_bind_int64 (stmt, 3, ooo_reminder_get_id (reminder));
  if (!ooo_follow_ups_update_one (self, stmt,
                                  _("This reminder is no longer in the database."), error))
    return FALSE;

  ooo_reminder_set_done_at (reminder, done_at);
  ooo_follow_ups_emit_changed (self, ooo_reminder_get_person_id (reminder));

  return TRUE;
}

gboolean
ooo_follow_ups_delete_reminder (OooFollowUps  *self,
                                OooReminder   *reminder,
                                GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OOO_IS_FOLLOW_UPS (self), FALSE);
  g_return_val_if_fail (OOO_IS_REMINDER (reminder), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = ooo_store_prepare (self->store, "DELETE FROM reminder WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, ooo_reminder_get_id (reminder));
  if (!ooo_store_step_done (self->store, stmt, error))
    return FALSE;

  ooo_follow_ups_emit_changed (self, ooo_reminder_get_person_id (reminder));

  return TRUE;
}

GListModel *
ooo_follow_ups_list_open_reminders (OooFollowUps *self,
                                    gint64        person_id)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OOO_IS_FOLLOW_UPS (self), NULL);

  stmt = ooo_follow_ups_prepare_for_list (self,
                                          "SELECT " REMINDER_COLUMNS " FROM reminder"
                                          " WHERE person_id = ?1 AND done_at IS NULL"
                                          " ORDER BY remind_on, id");
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, person_id);

  return ooo_follow_ups_collect (self, stmt, OOO_TYPE_REMINDER, read_reminder);
}

/* 'YYYY-MM-DD' text sorts and compares as the dates do. */
GListModel *
ooo_follow_ups_list_due_reminders (OooFollowUps *self,
                                   gint64        person_id,
                                   const char   *today)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OOO_IS_FOLLOW_UPS (self), NULL);
  g_return_val_if_fail (ooo_follow_ups_is_valid_date (today), NULL);

  stmt = ooo_follow_ups_prepare_for_list (self,
                                          "SELECT " REMINDER_COLUMNS " FROM reminder"
                                          " WHERE person_id = ?1 AND done_at IS NULL"
                                          " AND remind_on <= ?2"
                                          " ORDER BY remind_on, id");
  if (stmt != NULL) {
    sqlite3_bind_int64 (stmt, 1, person_id);
    sqlite3_bind_text (stmt, 2, today, -1, SQLITE_TRANSIENT);
  }

  return ooo_follow_ups_collect (self, stmt, OOO_TYPE_REMINDER, read_reminder);
}
