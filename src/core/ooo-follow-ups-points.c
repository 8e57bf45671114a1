/* ooo-follow-ups-points.c — talking points in the store: queueing,
 * changing, ticking as discussed and deleting them, and the lists of the
 * pending ones and of what a meeting shows for each side
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

#define POINT_COLUMNS \
  "id, uuid, person_id, text, raised_by, discussed_meeting_id, discussed_at"

static gpointer
read_point (sqlite3_stmt *stmt)
{
  return g_object_new (OOO_TYPE_TALKING_POINT,
                       "id", (gint64) sqlite3_column_int64 (stmt, 0),
                       "uuid", ooo_follow_ups_column_text (stmt, 1),
                       "person-id", (gint64) sqlite3_column_int64 (stmt, 2),
                       "text", ooo_follow_ups_column_text (stmt, 3),
                       "raised-by", ooo_follow_ups_side_from_nick (
                         ooo_follow_ups_column_text (stmt, 4)),
                       "discussed-meeting-id", (gint64) sqlite3_column_int64 (stmt, 5),
                       "discussed-at", (gint64) sqlite3_column_int64 (stmt, 6),
                       NULL);
}

OooTalkingPoint *
ooo_follow_ups_add_talking_point (OooFollowUps  *self,
                                  gint64         person_id,
                                  const char    *text,
                                  OooSide        raised_by,
                                  GError       **error)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *uuid = NULL;
  sqlite3_stmt *stmt;
  OooTalkingPoint *point;

  g_return_val_if_fail (OOO_IS_FOLLOW_UPS (self), NULL);
  g_return_val_if_fail (person_id > 0, NULL);
  g_return_val_if_fail (ooo_follow_ups_check_side (raised_by), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  trimmed = ooo_follow_ups_check_text (text, _("A talking point needs some text."), error);
  if (trimmed == NULL)
    return NULL;

  stmt = ooo_store_prepare (self->store,
                            "INSERT INTO talking_point (uuid, person_id, text, raised_by,"
                            " created_at, updated_at)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                            error);
  if (stmt == NULL)
    return NULL;

  uuid = g_uuid_string_random ();
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, person_id);
  sqlite3_bind_text (stmt, 3, trimmed, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, ooo_follow_ups_side_nick (raised_by), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, ooo_follow_ups_now_seconds ());
  if (!ooo_store_step_done (self->store, stmt, error))
    return NULL;

  point = g_object_new (OOO_TYPE_TALKING_POINT,
                        "id", (gint64) sqlite3_last_insert_rowid (ooo_store_get_db (self->store)),
                        "uuid", uuid,
                        "person-id", person_id,
                        "text", trimmed,
                        "raised-by", raised_by,
                        NULL);
  ooo_follow_ups_emit_changed (self, person_id);

  return point;
}

gboolean
ooo_follow_ups_update_talking_point (OooFollowUps     *self,
                                     OooTalkingPoint  *point,
                                     const char       *text,
                                     OooSide           raised_by,
                                     GError          **error)
{
  g_autofree char *trimmed = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OOO_IS_FOLLOW_UPS (self), FALSE);
  g_return_val_if_fail (OOO_IS_TALKING_POINT (point), FALSE);
  g_return_val_if_fail (ooo_follow_ups_check_side (raised_by), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  trimmed = ooo_follow_ups_check_text (text, _("A talking point needs some text."), error);
  if (trimmed == NULL)
    return FALSE;

  stmt = ooo_store_prepare (self->store,
                            "UPDATE talking_point SET text = ?1, raised_by = ?2, updated_at = ?3"
                            " WHERE id = ?4",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, trimmed, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, ooo_follow_ups_side_nick (raised_by), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, ooo_follow_ups_now_seconds ());
  sqlite3_bind_int64 (stmt, 4, ooo_talking_point_get_id (point));
  if (!ooo_follow_ups_update_one (self, stmt,
                                  _("This talking point is no longer in the database."), error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (point));
  ooo_talking_point_set_text (point, trimmed);
  ooo_talking_point_set_raised_by (point, raised_by);
  g_object_thaw_notify (G_OBJECT (point));
  ooo_follow_ups_emit_changed (self, ooo_talking_point_get_person_id (point));

  return TRUE;
}

/* @meeting_id 0 ticks a point off outside any meeting: it is no longer
 * pending, and shows in no meeting. */
gboolean
ooo_follow_ups_set_discussed (OooFollowUps     *self,
                              OooTalkingPoint  *point,
                              gboolean          discussed,
                              gint64            meeting_id,
                              GError          **error)
{
  sqlite3_stmt *stmt;
  gint64 discussed_at = discussed ? ooo_follow_ups_now_seconds () : 0;
  gint64 discussed_meeting_id = discussed ? meeting_id : 0;

  g_return_val_if_fail (OOO_IS_FOLLOW_UPS (self), FALSE);
  g_return_val_if_fail (OOO_IS_TALKING_POINT (point), FALSE);
  g_return_val_if_fail (meeting_id >= 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = ooo_store_prepare (self->store,
                            "UPDATE talking_point SET discussed_meeting_id = ?1,"
                            " discussed_at = ?2, updated_at = ?3 WHERE id = ?4",
                            error);
  if (stmt == NULL)
    return FALSE;

  ooo_follow_ups_bind_int64_or_null (stmt, 1, discussed_meeting_id);
  ooo_follow_ups_bind_int64_or_null (stmt, 2, discussed_at);
  sqlite3_bind_int64 (stmt, 3, ooo_follow_ups_now_seconds ());
  sqlite3_bind_int64 (stmt, 4, ooo_talking_point_get_id (point));
  if (!ooo_follow_ups_update_one (self, stmt,
                                  _("This talking point is no longer in the database."), error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (point));
  ooo_talking_point_set_discussed_meeting_id (point, discussed_meeting_id);
  ooo_talking_point_set_discussed_at (point, discussed_at);
  g_object_thaw_notify (G_OBJECT (point));
  ooo_follow_ups_emit_changed (self, ooo_talking_point_get_person_id (point));

  return TRUE;
}

gboolean
ooo_follow_ups_delete_talking_point (OooFollowUps     *self,
                                     OooTalkingPoint  *point,
                                     GError          **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OOO_IS_FOLLOW_UPS (self), FALSE);
  g_return_val_if_fail (OOO_IS_TALKING_POINT (point), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = ooo_store_prepare (self->store, "DELETE FROM talking_point WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, ooo_talking_point_get_id (point));
  if (!ooo_store_step_done (self->store, stmt, error))
    return FALSE;

  ooo_follow_ups_emit_changed (self, ooo_talking_point_get_person_id (point));

  return TRUE;
}

GListModel *
ooo_follow_ups_list_pending_points (OooFollowUps *self,
                                    gint64        person_id)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OOO_IS_FOLLOW_UPS (self), NULL);

  stmt = ooo_follow_ups_prepare_for_list (self,
                                          "SELECT " POINT_COLUMNS " FROM talking_point"
                                          " WHERE person_id = ?1 AND discussed_at IS NULL"
                                          " ORDER BY created_at, id");
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, person_id);

  return ooo_follow_ups_collect (self, stmt, OOO_TYPE_TALKING_POINT, read_point);
}

GListModel *
ooo_follow_ups_list_meeting_points (OooFollowUps *self,
                                    gint64        person_id,
                                    gint64        meeting_id,
                                    OooSide       raised_by)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OOO_IS_FOLLOW_UPS (self), NULL);
  g_return_val_if_fail (ooo_follow_ups_check_side (raised_by), NULL);

  stmt = ooo_follow_ups_prepare_for_list (self,
                                          "SELECT " POINT_COLUMNS " FROM talking_point"
                                          " WHERE person_id = ?1 AND raised_by = ?3"
                                          " AND (discussed_at IS NULL"
                                          " OR discussed_meeting_id = ?2)"
                                          " ORDER BY created_at, id");
  if (stmt != NULL) {
    sqlite3_bind_int64 (stmt, 1, person_id);
    sqlite3_bind_int64 (stmt, 2, meeting_id);
    sqlite3_bind_text (stmt, 3, ooo_follow_ups_side_nick (raised_by), -1, SQLITE_STATIC);
  }

  return ooo_follow_ups_collect (self, stmt, OOO_TYPE_TALKING_POINT, read_point);
}
