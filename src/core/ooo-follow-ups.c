/* ooo-follow-ups.c — keeps action items, talking points and reminders in
 * the store, and says which come back in a person's next 1:1
 *
 * Each change is checked first, written to the database next and only then
 * applied to the object, so a refused or failed change leaves both as they
 * were; "changed" follows every change that succeeded. Lists are snapshots
 * read from the database, in an order that does not move between reads.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ooo-enums.h"
#include "ooo-follow-up-private.h"
#include "ooo-follow-ups.h"

#define TEXT_MAX_CHARS 2000

#define ACTION_COLUMNS \
  "id, uuid, person_id, meeting_id, text, owner, due_on, done_at, done_meeting_id"
#define POINT_COLUMNS \
  "id, uuid, person_id, text, raised_by, discussed_meeting_id, discussed_at"
#define REMINDER_COLUMNS \
  "id, uuid, person_id, text, remind_on, done_at"

struct _OooFollowUps
{
  GObject   parent_instance;

  OooStore *store;
};

G_DEFINE_TYPE (OooFollowUps, ooo_follow_ups, G_TYPE_OBJECT)
G_DEFINE_QUARK (ooo-follow-ups-error-quark, ooo_follow_ups_error)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
ooo_follow_ups_dispose (GObject *object)
{
  OooFollowUps *self = OOO_FOLLOW_UPS (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (ooo_follow_ups_parent_class)->dispose (object);
}

static void
ooo_follow_ups_class_init (OooFollowUpsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ooo_follow_ups_dispose;

  /* Something of the person with this id changed: whoever shows one of
   * their lists asks for it again. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
ooo_follow_ups_init (OooFollowUps *self)
{
}

OooFollowUps *
ooo_follow_ups_new (OooStore *store)
{
  OooFollowUps *self;

  g_return_val_if_fail (OOO_IS_STORE (store), NULL);

  self = g_object_new (OOO_TYPE_FOLLOW_UPS, NULL);
  self->store = g_object_ref (store);

  return self;
}

static void
emit_changed (OooFollowUps *self,
              gint64        person_id)
{
  g_signal_emit (self, signals[CHANGED], 0, person_id);
}

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* Exactly 'YYYY-MM-DD', and a day that exists: no sign, no space, no
 * 30 February. */
static gboolean
is_valid_date (const char *text)
{
  int year, month, day;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  for (guint i = 0; i < 10; i++) {
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  }

  year = g_ascii_digit_value (text[0]) * 1000 + g_ascii_digit_value (text[1]) * 100 +
         g_ascii_digit_value (text[2]) * 10 + g_ascii_digit_value (text[3]);
  month = g_ascii_digit_value (text[5]) * 10 + g_ascii_digit_value (text[6]);
  day = g_ascii_digit_value (text[8]) * 10 + g_ascii_digit_value (text[9]);

  return g_date_valid_dmy (day, month, year);
}

/* Returns @text trimmed, or NULL and an error the manager can act on. */
static char *
check_text (const char  *text,
            const char  *empty_message,
            GError     **error)
{
  g_autofree char *trimmed = NULL;

  if (text == NULL)
    text = "";

  if (!g_utf8_validate (text, -1, NULL)) {
    g_set_error_literal (error, OOO_FOLLOW_UPS_ERROR, OOO_FOLLOW_UPS_ERROR_INVALID,
                         _("The text contains characters that cannot be read."));
    return NULL;
  }

  trimmed = g_strstrip (g_strdup (text));
  if (*trimmed == '\0') {
    g_set_error_literal (error, OOO_FOLLOW_UPS_ERROR, OOO_FOLLOW_UPS_ERROR_INVALID,
                         empty_message);
    return NULL;
  }
  if (g_utf8_strlen (trimmed, -1) > TEXT_MAX_CHARS) {
    g_set_error (error, OOO_FOLLOW_UPS_ERROR, OOO_FOLLOW_UPS_ERROR_INVALID,
                 _("The text is too long: keep it to %d characters or fewer."),
                 TEXT_MAX_CHARS);
    return NULL;
  }

  return g_steal_pointer (&trimmed);
}

/* An empty date is no date; @required says whether that is allowed. */
static gboolean
check_date (const char  *date,
            gboolean     required,
            const char  *missing_message,
            GError     **error)
{
  if (date == NULL || *date == '\0') {
    if (required) {
      g_set_error_literal (error, OOO_FOLLOW_UPS_ERROR, OOO_FOLLOW_UPS_ERROR_INVALID,
                           missing_message);
      return FALSE;
    }
    return TRUE;
  }

  if (!is_valid_date (date)) {
    g_set_error (error, OOO_FOLLOW_UPS_ERROR, OOO_FOLLOW_UPS_ERROR_INVALID,
                 _("“%s” is not a date: write it as year-month-day, like 2026-03-01."), date);
    return FALSE;
  }

  return TRUE;
}

static const char *
date_or_null (const char *date)
{
  return date != NULL && *date != '\0' ? date : NULL;
}

static gboolean
check_side (OooSide side)
{
  return side == OOO_SIDE_THEM || side == OOO_SIDE_ME;
}

static const char *
side_nick (OooSide side)
{
  return ooo_store_enum_nick (OOO_TYPE_SIDE, side);
}

static OooSide
side_from_nick (const char *nick)
{
  return ooo_store_enum_from_nick (OOO_TYPE_SIDE, nick, OOO_SIDE_THEM);
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

/* 0 stands for NULL: no meeting, not done. */
static void
bind_int64_or_null (sqlite3_stmt *stmt,
                    int           index,
                    gint64        value)
{
  if (value != 0)
    sqlite3_bind_int64 (stmt, index, value);
  else
    sqlite3_bind_null (stmt, index);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

/* Steps an UPDATE of one row; a row that is gone is an error the manager
 * can understand. */
static gboolean
update_one (OooFollowUps  *self,
            sqlite3_stmt  *stmt,
            const char    *gone_message,
            GError       **error)
{
  if (!ooo_store_step_done (self->store, stmt, error))
    return FALSE;

  if (sqlite3_changes (ooo_store_get_db (self->store)) == 0) {
    g_set_error_literal (error, OOO_STORE_ERROR, OOO_STORE_ERROR_NOT_FOUND, gone_message);
    return FALSE;
  }

  return TRUE;
}

typedef gpointer (*RowReader) (sqlite3_stmt *stmt);

/* Reads every row of @stmt (already bound) into a new list. The lists have
 * no error to report through: a failed read is logged and gives what was
 * read. */
static GListModel *
collect (OooFollowUps *self,
         sqlite3_stmt *stmt,
         GType         item_type,
         RowReader     read_row)
{
  GListStore *list = g_list_store_new (item_type);
  int rc;

  if (stmt == NULL)
    return G_LIST_MODEL (list);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW) {
    g_autoptr(GObject) item = read_row (stmt);
    g_list_store_append (list, item);
  }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE) {
    g_autoptr(GError) error = NULL;

    ooo_store_set_error (self->store, rc, &error);
    g_warning ("Could not read the follow-ups: %s", error->message);
  }

  return G_LIST_MODEL (list);
}

static sqlite3_stmt *
prepare_for_list (OooFollowUps *self,
                  const char   *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = ooo_store_prepare (self->store, sql, &error);

  if (stmt == NULL)
    g_warning ("Could not read the follow-ups: %s", error->message);

  return stmt;
}

/* Action items */

static gpointer
read_action (sqlite3_stmt *stmt)
{
  return g_object_new (OOO_TYPE_ACTION_ITEM,
                       "id", (gint64) sqlite3_column_int64 (stmt, 0),
                       "uuid", column_text (stmt, 1),
                       "person-id", (gint64) sqlite3_column_int64 (stmt, 2),
                       "meeting-id", (gint64) sqlite3_column_int64 (stmt, 3),
                       "text", column_text (stmt, 4),
                       "owner", side_from_nick (column_text (stmt, 5)),
                       "due-on", column_text (stmt, 6),
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
  gint64 now = now_seconds ();
  OooActionItem *item;

  g_return_val_if_fail (OOO_IS_FOLLOW_UPS (self), NULL);
  g_return_val_if_fail (person_id > 0, NULL);
  g_return_val_if_fail (meeting_id >= 0, NULL);
  g_return_val_if_fail (check_side (owner), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  trimmed = check_text (text, _("An action item needs some text."), error);
  if (trimmed == NULL || !check_date (due_on, FALSE, NULL, error))
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
  bind_int64_or_null (stmt, 3, meeting_id);
  sqlite3_bind_text (stmt, 4, trimmed, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, side_nick (owner), -1, SQLITE_STATIC);
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
  emit_changed (self, person_id);

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
  g_return_val_if_fail (check_side (owner), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  trimmed = check_text (text, _("An action item needs some text."), error);
  if (trimmed == NULL || !check_date (due_on, FALSE, NULL, error))
    return FALSE;
  due_on = date_or_null (due_on);

  stmt = ooo_store_prepare (self->store,
                            "UPDATE action_item SET text = ?1, owner = ?2, due_on = ?3,"
                            " updated_at = ?4 WHERE id = ?5",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, trimmed, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, side_nick (owner), -1, SQLITE_STATIC);
  bind_text_or_null (stmt, 3, due_on);
  sqlite3_bind_int64 (stmt, 4, now_seconds ());
  sqlite3_bind_int64 (stmt, 5, ooo_action_item_get_id (item));
  if (!update_one (self, stmt, _("This action item is no longer in the database."), error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (item));
  ooo_action_item_set_text (item, trimmed);
  ooo_action_item_set_owner (item, owner);
  ooo_action_item_set_due_on (item, due_on);
  g_object_thaw_notify (G_OBJECT (item));
  emit_changed (self, ooo_action_item_get_person_id (item));

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
  gint64 done_at = done ? now_seconds () : 0;
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

  bind_int64_or_null (stmt, 1, done_at);
  bind_int64_or_null (stmt, 2, done_meeting_id);
  sqlite3_bind_int64 (stmt, 3, now_seconds ());
  sqlite3_bind_int64 (stmt, 4, ooo_action_item_get_id (item));
  if (!update_one (self, stmt, _("This action item is no longer in the database."), error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (item));
  ooo_action_item_set_done_at (item, done_at);
  ooo_action_item_set_done_meeting_id (item, done_meeting_id);
  g_object_thaw_notify (G_OBJECT (item));
  emit_changed (self, ooo_action_item_get_person_id (item));

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

  emit_changed (self, ooo_action_item_get_person_id (item));

  return TRUE;
}

GListModel *
ooo_follow_ups_list_open_actions (OooFollowUps *self,
                                  gint64        person_id)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OOO_IS_FOLLOW_UPS (self), NULL);

  stmt = prepare_for_list (self,
                           "SELECT " ACTION_COLUMNS " FROM action_item"
                           " WHERE person_id = ?1 AND done_at IS NULL"
                           " ORDER BY created_at, id");
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, person_id);

  return collect (self, stmt, OOO_TYPE_ACTION_ITEM, read_action);
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

  stmt = prepare_for_list (self,
                           "SELECT " ACTION_COLUMNS " FROM action_item"
                           " WHERE person_id = ?1"
                           " AND (meeting_id IS NULL OR meeting_id <> ?2)"
                           " AND (done_at IS NULL OR done_meeting_id = ?2)"
                           " ORDER BY created_at, id");
  if (stmt != NULL) {
    sqlite3_bind_int64 (stmt, 1, person_id);
    sqlite3_bind_int64 (stmt, 2, meeting_id);
  }

  return collect (self, stmt, OOO_TYPE_ACTION_ITEM, read_action);
}

GListModel *
ooo_follow_ups_list_meeting_actions (OooFollowUps *self,
                                     gint64        meeting_id)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OOO_IS_FOLLOW_UPS (self), NULL);

  stmt = prepare_for_list (self,
                           "SELECT " ACTION_COLUMNS " FROM action_item"
                           " WHERE meeting_id = ?1"
                           " ORDER BY created_at, id");
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, meeting_id);

  return collect (self, stmt, OOO_TYPE_ACTION_ITEM, read_action);
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
      OooSide side = side_from_nick (column_text (stmt, 0));
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

/* Talking points */

static gpointer
read_point (sqlite3_stmt *stmt)
{
  return g_object_new (OOO_TYPE_TALKING_POINT,
                       "id", (gint64) sqlite3_column_int64 (stmt, 0),
                       "uuid", column_text (stmt, 1),
                       "person-id", (gint64) sqlite3_column_int64 (stmt, 2),
                       "text", column_text (stmt, 3),
                       "raised-by", side_from_nick (column_text (stmt, 4)),
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
  g_return_val_if_fail (check_side (raised_by), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  trimmed = check_text (text, _("A talking point needs some text."), error);
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
  sqlite3_bind_text (stmt, 4, side_nick (raised_by), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, now_seconds ());
  if (!ooo_store_step_done (self->store, stmt, error))
    return NULL;

  point = g_object_new (OOO_TYPE_TALKING_POINT,
                        "id", (gint64) sqlite3_last_insert_rowid (ooo_store_get_db (self->store)),
                        "uuid", uuid,
                        "person-id", person_id,
                        "text", trimmed,
                        "raised-by", raised_by,
                        NULL);
  emit_changed (self, person_id);

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
  g_return_val_if_fail (check_side (raised_by), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  trimmed = check_text (text, _("A talking point needs some text."), error);
  if (trimmed == NULL)
    return FALSE;

  stmt = ooo_store_prepare (self->store,
                            "UPDATE talking_point SET text = ?1, raised_by = ?2, updated_at = ?3"
                            " WHERE id = ?4",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, trimmed, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, side_nick (raised_by), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, now_seconds ());
  sqlite3_bind_int64 (stmt, 4, ooo_talking_point_get_id (point));
  if (!update_one (self, stmt, _("This talking point is no longer in the database."), error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (point));
  ooo_talking_point_set_text (point, trimmed);
  ooo_talking_point_set_raised_by (point, raised_by);
  g_object_thaw_notify (G_OBJECT (point));
  emit_changed (self, ooo_talking_point_get_person_id (point));

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
  gint64 discussed_at = discussed ? now_seconds () : 0;
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

  bind_int64_or_null (stmt, 1, discussed_meeting_id);
  bind_int64_or_null (stmt, 2, discussed_at);
  sqlite3_bind_int64 (stmt, 3, now_seconds ());
  sqlite3_bind_int64 (stmt, 4, ooo_talking_point_get_id (point));
  if (!update_one (self, stmt, _("This talking point is no longer in the database."), error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (point));
  ooo_talking_point_set_discussed_meeting_id (point, discussed_meeting_id);
  ooo_talking_point_set_discussed_at (point, discussed_at);
  g_object_thaw_notify (G_OBJECT (point));
  emit_changed (self, ooo_talking_point_get_person_id (point));

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

  emit_changed (self, ooo_talking_point_get_person_id (point));

  return TRUE;
}

GListModel *
ooo_follow_ups_list_pending_points (OooFollowUps *self,
                                    gint64        person_id)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OOO_IS_FOLLOW_UPS (self), NULL);

  stmt = prepare_for_list (self,
                           "SELECT " POINT_COLUMNS " FROM talking_point"
                           " WHERE person_id = ?1 AND discussed_at IS NULL"
                           " ORDER BY created_at, id");
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, person_id);

  return collect (self, stmt, OOO_TYPE_TALKING_POINT, read_point);
}

GListModel *
ooo_follow_ups_list_meeting_points (OooFollowUps *self,
                                    gint64        person_id,
                                    gint64        meeting_id,
                                    OooSide       raised_by)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OOO_IS_FOLLOW_UPS (self), NULL);
  g_return_val_if_fail (check_side (raised_by), NULL);

  stmt = prepare_for_list (self,
                           "SELECT " POINT_COLUMNS " FROM talking_point"
                           " WHERE person_id = ?1 AND raised_by = ?3"
                           " AND (discussed_at IS NULL OR discussed_meeting_id = ?2)"
                           " ORDER BY created_at, id");
  if (stmt != NULL) {
    sqlite3_bind_int64 (stmt, 1, person_id);
    sqlite3_bind_int64 (stmt, 2, meeting_id);
    sqlite3_bind_text (stmt, 3, side_nick (raised_by), -1, SQLITE_STATIC);
  }

  return collect (self, stmt, OOO_TYPE_TALKING_POINT, read_point);
}

/* Reminders */

static gpointer
read_reminder (sqlite3_stmt *stmt)
{
  return g_object_new (OOO_TYPE_REMINDER,
                       "id", (gint64) sqlite3_column_int64 (stmt, 0),
                       "uuid", column_text (stmt, 1),
                       "person-id", (gint64) sqlite3_column_int64 (stmt, 2),
                       "text", column_text (stmt, 3),
                       "remind-on", column_text (stmt, 4),
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

  trimmed = check_text (text, _("A reminder needs some text."), error);
  if (trimmed == NULL ||
      !check_date (remind_on, TRUE, _("A reminder needs the day to ask on."), error))
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
  sqlite3_bind_int64 (stmt, 5, now_seconds ());
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
  emit_changed (self, person_id);

  return reminder;
}

gboolean
ooo_follow_ups_set_reminder_done (OooFollowUps  *self,
                                  OooReminder   *reminder,
                                  gboolean       done,
                                  GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 done_at = done ? now_seconds () : 0;

  g_return_val_if_fail (OOO_IS_FOLLOW_UPS (self), FALSE);
  g_return_val_if_fail (OOO_IS_REMINDER (reminder), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = ooo_store_prepare (self->store,
                            "UPDATE reminder SET done_at = ?1, updated_at = ?2 WHERE id = ?3",
                            error);
  if (stmt == NULL)
    return FALSE;

  bind_int64_or_null (stmt, 1, done_at);
  sqlite3_bind_int64 (stmt, 2, now_seconds ());
  sqlite3_bind_int64 (stmt, 3, ooo_reminder_get_id (reminder));
  if (!update_one (self, stmt, _("This reminder is no longer in the database."), error))
    return FALSE;

  ooo_reminder_set_done_at (reminder, done_at);
  emit_changed (self, ooo_reminder_get_person_id (reminder));

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

  emit_changed (self, ooo_reminder_get_person_id (reminder));

  return TRUE;
}

GListModel *
ooo_follow_ups_list_open_reminders (OooFollowUps *self,
                                    gint64        person_id)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OOO_IS_FOLLOW_UPS (self), NULL);

  stmt = prepare_for_list (self,
                           "SELECT " REMINDER_COLUMNS " FROM reminder"
                           " WHERE person_id = ?1 AND done_at IS NULL"
                           " ORDER BY remind_on, id");
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, person_id);

  return collect (self, stmt, OOO_TYPE_REMINDER, read_reminder);
}

/* 'YYYY-MM-DD' text sorts and compares as the dates do. */
GListModel *
ooo_follow_ups_list_due_reminders (OooFollowUps *self,
                                   gint64        person_id,
                                   const char   *today)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OOO_IS_FOLLOW_UPS (self), NULL);
  g_return_val_if_fail (is_valid_date (today), NULL);

  stmt = prepare_for_list (self,
                           "SELECT " REMINDER_COLUMNS " FROM reminder"
                           " WHERE person_id = ?1 AND done_at IS NULL AND remind_on <= ?2"
                           " ORDER BY remind_on, id");
  if (stmt != NULL) {
    sqlite3_bind_int64 (stmt, 1, person_id);
    sqlite3_bind_text (stmt, 2, today, -1, SQLITE_TRANSIENT);
  }

  return collect (self, stmt, OOO_TYPE_REMINDER, read_reminder);
}
