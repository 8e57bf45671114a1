/* ooo-follow-ups.c — keeps action items, talking points and reminders in
 * the store, and says which come back in a person's next 1:1
 *
 * Each change is checked first, written to the database next and only then
 * applied to the object, so a refused or failed change leaves both as they
 * were; "changed" follows every change that succeeded. Lists are snapshots
 * read from the database, in an order that does not move between reads.
 *
 * This file has the object, its "changed" signal and what the three kinds
 * share: the checks of text, dates and sides, and how rows are written and
 * read. Each kind has a part of its own: ooo-follow-ups-actions.c,
 * ooo-follow-ups-points.c and ooo-follow-ups-reminders.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ooo-enums.h"
#include "ooo-follow-ups-private.h"

#define TEXT_MAX_CHARS 2000

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

void
ooo_follow_ups_emit_changed (OooFollowUps *self,
                             gint64        person_id)
{
  g_signal_emit (self, signals[CHANGED], 0, person_id);
}

gint64
ooo_follow_ups_now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* Exactly 'YYYY-MM-DD', and a day that exists: no sign, no space, no
 * 30 February. */
gboolean
ooo_follow_ups_is_valid_date (const char *text)
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
char *
ooo_follow_ups_check_text (const char  *text,
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
gboolean
ooo_follow_ups_check_date (const char  *date,
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

  if (!ooo_follow_ups_is_valid_date (date)) {
    g_set_error (error, OOO_FOLLOW_UPS_ERROR, OOO_FOLLOW_UPS_ERROR_INVALID,
                 _("“%s” is not a date: write it as year-month-day, like 2026-03-01."), date);
    return FALSE;
  }

  return TRUE;
}

gboolean
ooo_follow_ups_check_side (OooSide side)
{
  return side == OOO_SIDE_THEM || side == OOO_SIDE_ME;
}

const char *
ooo_follow_ups_side_nick (OooSide side)
{
  return ooo_store_enum_nick (OOO_TYPE_SIDE, side);
}

OooSide
ooo_follow_ups_side_from_nick (const char *nick)
{
  return ooo_store_enum_from_nick (OOO_TYPE_SIDE, nick, OOO_SIDE_THEM);
}

/* 0 stands for NULL: no meeting, not done. */
void
ooo_follow_ups_bind_int64_or_null (sqlite3_stmt *stmt,
                                   int           index,
                                   gint64        value)
{
  if (value != 0)
    sqlite3_bind_int64 (stmt, index, value);
  else
    sqlite3_bind_null (stmt, index);
}

const char *
ooo_follow_ups_column_text (sqlite3_stmt *stmt,
                            int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

/* Steps an UPDATE of one row; a row that is gone is an error the manager
 * can understand. */
gboolean
ooo_follow_ups_update_one (OooFollowUps  *self,
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

/* Reads every row of @stmt (already bound) into a new list. The lists have
 * no error to report through: a failed read is logged and gives what was
 * read. */
GListModel *
ooo_follow_ups_collect (OooFollowUps          *self,
                        sqlite3_stmt          *stmt,
                        GType                  item_type,
                        OooFollowUpsRowReader  read_row)
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

sqlite3_stmt *
ooo_follow_ups_prepare_for_list (OooFollowUps *self,
                                 const char   *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = ooo_store_prepare (self->store, sql, &error);

  if (stmt == NULL)
    g_warning ("Could not read the follow-ups: %s", error->message);

  return stmt;
}
