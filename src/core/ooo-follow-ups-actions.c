/* ooo-follow-ups-actions.c — action items in the store: adding, changing,
 * ticking off and deleting them, the lists a person and a meeting show, and
 * how many each side took in a meeting
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

#define ACTION_COLUMNS \
  "id, uuid, person_id, meeting_id, text, owner, due_on, done_at, done_meeting_id"

static const char *
date_or_null (const char *date)
{
  return date != NULL && *date != '\0' ? date : NULL;
}

static void
bind_text_or_null (sqlite3_stmt *stmt,
                   int           index,
                   const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

static gpointer
read_action (sqlite3_stmt *stmt)
{
  return g_object_new (OOO_TYPE_ACTION_ITEM,
                       "id", (gint64) sqlite3_column_int64 (stmt, 0),
                       "uuid", ooo_follow_ups_column_text (stmt, 1),
                       "person-id", (gint64) sqlite3_column_int64 (stmt, 2),
                       "meeting-id", (gint64) sqlite3_column_int64 (stmt, 3),
                       "text", ooo_follow_ups_column_text (stmt, 4),
                       "owner", ooo_follow_ups_side_from_nick (
                         ooo_follow_ups_column_text (stmt, 5)),
                       "due-on", ooo_follow_ups_column_text (stmt, 6),
                       "done-at", (gint64) sqlite3_column_int64 (stmt, 7),
                       "done-meeting-id", (gint64) sqlite3_column_int64 (stmt, 8),
                       NULL);
}

OooActionItem *
ooo_follow_ups_add_action (OooFollowUps  *self,
                           gint64         person_id,
                           gint64         meeting_id,
                           const char    *text,
                           OooSide        owner,
                           const char    *due_on,
                           GError       **error)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *uuid = NULL;
  sqlite3_stmt *stmt;
  gint64 now = ooo_follow_ups_now_seconds ();
  OooActionItem *item;

  g_return_val_if_fail (OOO_IS_FOLLOW_UPS (self), NULL);
  g_return_val_if_fail (person_id > 0, NULL);
  g_return_val_if_fail (meeting_id >= 0, NULL);
  g_return_val_if_fail (ooo_follow_ups_check_side (owner), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  trimmed = ooo_follow_ups_check_text (text, _("An action item needs some text."), error);
  if (trimmed == NULL || !ooo_follow_ups_check_date (due_on, FALSE, NULL, error))
    return NULL;
  due_on = date_or_null (due_on);

  stmt = ooo_store_prepare (self->store,
                            "INSERT INTO action_item (uuid, person_id, meeting_id, text, owner,"
                            " due_on, created_at, updated_at)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                            error);
  if (stmt == NULL)
    return NULL;

  uuid = g_uuid_string_random ();
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, person_id);
  ooo_follow_ups_bind_int64_or_null (stmt, 3, meeting_id);
  sqlite3_bind_text (stmt, 4, trimmed, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, ooo_follow_ups_side_nick (owner), -1, SQLITE_STATIC);
  bind_text_or_null (stmt, 6, due_on);
  sqlite3_bind_int64 (stmt, 7, now);
  if (!ooo_store_step_done (self->store, stmt, error))
    return NULL;

  item = g_object_new (OOO_TYPE_ACTION_ITEM,
                       "id", (gint64) sqlite3_last_insert_rowid (ooo_store_get_db (self->store)),
                       "uuid", uuid,
                       "person-id", person_id,
                       "meeting-id", meeting_id,
                       "text", trimmed,
                       "owner", owner,
                       "due-on", due_on,
                       NULL);
  ooo_follow_ups_emit_changed (self, person_id);

  return item;
}

gboolean
ooo_follow_ups_update_action (OooFollowUps   *self,
                              OooActionItem  *item,
                              const char     *text,
                              OooSide         owner,
                              const char     *due_on,
                              GError        **error)
{
  g_autofree char *trimmed = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OOO_IS_FOLLOW_UPS (self), FALSE);
  g_return_val_if_fail (OOO_IS_ACTION_ITEM (item), FALSE);
  g_return_val_if_fail (ooo_follow_ups_check_side (owner), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  trimmed = ooo_follow_ups_check_text (text, _("An action item needs some text."), error);
  if (trimmed == NULL || !ooo_follow_ups_check_date (due_on, FALSE, NULL, error))
    return FALSE;
  due_on = date_or_null (due_on);

  stmt = ooo_store_prepare (self->store,
                            "UPDATE action_item SET text = ?1, owner = ?2, due_on = ?3,"
                            " updated_at = ?4 WHERE id = ?5",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, trimmed, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, ooo_follow_ups_side_nick (owner), -1, SQLITE_STATIC);
  bind_text_or_null (stmt, 3, due_on);
  sqlite3_bind_int64 (stmt, 4, ooo_follow_ups_now_seconds ());
  sqlite3_bind_int64 (stmt, 5, ooo_action_item_get_id (item));
  if (!ooo_follow_ups_update_one (self, stmt,
                                  _("This action item is no longer in the database."), error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (item));
  ooo_action_item_set_text (item, trimmed);
  ooo_action_item_set_owner (item, owner);
  ooo_action_item_set_due_on (item, due_on);
  g_object_thaw_notify (G_OBJECT (item));
  ooo_follow_ups_emit_changed (self, ooo_action_item_get_person_id (item));

  return TRUE;
}

gboolean
ooo_follow_ups_set_action_done (OooFollowUps   *self,
                                OooActionItem  *item,
                                gboolean        done,
                                gint64          meeting_id,
                                GError        **error)
{
  sqlite3_stmt *stmt;
  gint64 done_at = done ? ooo_follow_ups_now_seconds () : 0;
  gint64 done_meeting_id = done ? meeting_id : 0;

  g_return_val_if_fail (OOO_IS_FOLLOW_UPS (self), FALSE);
  g_return_val_if_fail (OOO_IS_ACTION_ITEM (item), FALSE);
  g_return_val_if_fail (meeting_id >= 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = ooo_store_prepare (self->store,
                            "UPDATE action_item SET done_at = ?1, done_meeting_id = ?2,"
                            " updated_at = ?3 WHERE id = ?4",
                            error);
  if (stmt == NULL)
    return FALSE;

  ooo_follow_ups_bind_int64_or_null (stmt, 1, done_at);
  ooo_follow_ups_bind_int64_or_null (stmt, 2, done_meeting_id);
  sqlite3_bind_int64 (stmt, 3, ooo_follow_ups_now_seconds ());
  sqlite3_bind_int64 (stmt, 4, ooo_action_item_get_id (item));
  if (!ooo_follow_ups_update_one (self, stmt,
                                  _("This action item is no longer in the database."), error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (item));
  ooo_action_item_set_done_at (item, done_at);
  ooo_action_item_set_done_meeting_id (item, done_meeting_id);
  g_object_thaw_notify (G_OBJECT (item));
  ooo_follow_ups_emit_changed (self, ooo_action_item_get_person_id (item));

  return TRUE;
}

/* Deleting what is already gone succeeds: the manager's wish is met. */
gboolean
ooo_follow_ups_delete_action (OooFollowUps   *self,
                              OooActionItem  *item,
                              GError        **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OOO_IS_FOLLOW_UPS (self), FALSE);
  g_return_val_if_fail (OOO_IS_ACTION_ITEM (item), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = ooo_store_prepare (self->store, "DELETE FROM action_item WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, ooo_action_item_get_id (item));
  if (!ooo_store_step_done (self->store, stmt, error))
    return FALSE;

  ooo_follow_ups_emit_changed (self, ooo_action_item_get_person_id (item));

  return TRUE;
}

GListModel *
ooo_follow_ups_list_open_actions (OooFollowUps *self,
                                  gint64        person_id)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OOO_IS_FOLLOW_UPS (self), NULL);

  stmt = ooo_follow_ups_prepare_for_list (self,
                                          "SELECT " ACTION_COLUMNS " FROM action_item"
                                          " WHERE person_id = ?1 AND done_at IS NULL"
                                          " ORDER BY created_at, id");
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, person_id);

  return ooo_follow_ups_collect (self, stmt, OOO_TYPE_ACTION_ITEM, read_action);
}

/* The items agreed in @meeting_id itself are not "from last time": the
 * meeting lists those on their own. */
GListModel *
ooo_follow_ups_list_carried_actions (OooFollowUps *self,
                                     gint64        person_id,
                                     gint64        meeting_id)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OOO_IS_FOLLOW_UPS (self), NULL);

  stmt = ooo_follow_ups_prepare_for_list (self,
                                          "SELECT " ACTION_COLUMNS " FROM action_item"
                                          " WHERE person_id = ?1"
                                          " AND (meeting_id IS NULL OR meeting_id <> ?2)"
                                          " AND (done_at IS NULL OR done_meeting_id = ?2)"
                                          " ORDER BY created_at, id");
  if (stmt != NULL) {
    sqlite3_bind_int64 (stmt, 1, person_id);
    sqlite3_bind_int64 (stmt, 2, meeting_id);
  }

  return ooo_follow_ups_collect (self, stmt, OOO_TYPE_ACTION_ITEM, read_action);
}

GListModel *
ooo_follow_ups_list_meeting_actions (OooFollowUps *self,
                                     gint64        meeting_id)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OOO_IS_FOLLOW_UPS (self), NULL);

  stmt = ooo_follow_ups_prepare_for_list (self,
                                          "SELECT " ACTION_COLUMNS " FROM action_item"
                                          " WHERE meeting_id = ?1"
                                          " ORDER BY created_at, id");
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, meeting_id);

  return ooo_follow_ups_collect (self, stmt, OOO_TYPE_ACTION_ITEM, read_action);
}

/* How many actions each side took in @meeting_id, done or not: the manager
 * is warned when they hand the report too many. */
void
ooo_follow_ups_count_meeting_actions (OooFollowUps *self,
                                      gint64        meeting_id,
                                      guint        *theirs,
                                      guint        *mine)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  guint counts[2] = { 0, 0 };
  int rc;

  g_return_if_fail (OOO_IS_FOLLOW_UPS (self));

  stmt = ooo_store_prepare (self->store,
                            "SELECT owner, count(*) FROM action_item WHERE meeting_id = ?1"
                            " GROUP BY owner",
                            &error);
  if (stmt != NULL) {
    sqlite3_bind_int64 (stmt, 1, meeting_id);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW) {
      OooSide side = ooo_follow_ups_side_from_nick (ooo_follow_ups_column_text (stmt, 0));
      counts[side == OOO_SIDE_ME] += sqlite3_column_int (stmt, 1);
    }
    sqlite3_reset (stmt);
    if (rc != SQLITE_DONE)
      ooo_store_set_error (self->store, rc, &error);
  }
  if (error != NULL)
    g_warning ("Could not count the actions: %s", error->message);

  if (theirs != NULL)
    *theirs = counts[0];
  if (mine != NULL)
    *mine = counts[1];
}
