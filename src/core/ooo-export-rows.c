/* ooo-export-rows.c — the rows of an export, read from the database into a
 * JsonBuilder: a person with everything of theirs, or the templates
 *
 * Members come in a fixed order, rows in a fixed order (meetings by start
 * then UUID, action items and talking points by creation then UUID,
 * reminders by date then UUID); times are RFC 3339 in UTC, dates
 * YYYY-MM-DD, and what is not there is null.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ooo-export-private.h"

/* Days since 1970-01-01 to a civil date (H. Hinnant's algorithm): far faster
 * than a GDateTime per value, and there are a million values in a big file. */
static void
civil_from_days (gint64  days,
                 int    *year,
                 int    *month,
                 int    *day)
{
  gint64 z = days + 719468;
  gint64 era = (z >= 0 ? z : z - 146096) / 146097;
  gint64 doe = z - era * 146097;
  gint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  gint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  gint64 mp = (5 * doy + 2) / 153;

  *day = doy - (153 * mp + 2) / 5 + 1;
  *month = mp < 10 ? mp + 3 : mp - 9;
  *year = yoe + era * 400 + (*month <= 2);
}

void
ooo_export_format_time (gint64 unix_seconds,
                        char   out[21])
{
  gint64 days = unix_seconds >= 0 ? unix_seconds / 86400 : (unix_seconds - 86399) / 86400;
  gint64 rest = unix_seconds - days * 86400;
  int year, month, day;

  civil_from_days (days, &year, &month, &day);
  /* Years outside 1..9999 cannot be written as RFC 3339; clamp, so the file
   * stays readable (nothing the app writes comes near). */
  year = CLAMP (year, 1, 9999);
  g_snprintf (out, 21, "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day,
              (int) (rest / 3600), (int) (rest / 60 % 60), (int) (rest % 60));
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

static void
member (OooExportRows *rows,
        const char    *name)
{
  json_builder_set_member_name (rows->builder, name);
}

static void
add_string (OooExportRows *rows,
            const char    *name,
            const char    *value)
{
  member (rows, name);
  json_builder_add_string_value (rows->builder, value != NULL ? value : "");
}

static void
add_text_column (OooExportRows *rows,
                 const char    *name,
                 sqlite3_stmt  *stmt,
                 int            column)
{
  add_string (rows, name, column_text (stmt, column));
}

/* A UUID reference, a date or another text that may be absent: null when the
 * column is NULL or empty. */
static void
add_optional_column (OooExportRows *rows,
                     const char    *name,
                     sqlite3_stmt  *stmt,
                     int            column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  member (rows, name);
  if (text == NULL || *text == '\0')
    json_builder_add_null_value (rows->builder);
  else
    json_builder_add_string_value (rows->builder, text);
}

static void
add_time_column (OooExportRows *rows,
                 const char    *name,
                 sqlite3_stmt  *stmt,
                 int            column)
{
  char text[21];

  member (rows, name);
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL) {
    json_builder_add_null_value (rows->builder);
    return;
  }
  ooo_export_format_time (sqlite3_column_int64 (stmt, column), text);
  json_builder_add_string_value (rows->builder, text);
}

static void
add_int (OooExportRows *rows,
         const char    *name,
         gint64         value)
{
  member (rows, name);
  json_builder_add_int_value (rows->builder, value);
}

/* Prompts are stored one per line; the file lists them. */
static void
add_prompts (OooExportRows *rows,
             const char    *prompts)
{
  g_auto(GStrv) lines = g_strsplit (prompts, "\n", -1);

  member (rows, "prompts");
  json_builder_begin_array (rows->builder);
  for (guint i = 0; lines[i] != NULL; i++)
    json_builder_add_string_value (rows->builder, lines[i]);
  json_builder_end_array (rows->builder);
}

static gboolean
finish_rows (OooExportRows  *rows,
             sqlite3_stmt   *stmt,
             int             rc,
             GError        **error)
{
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE) {
    ooo_store_set_error (rows->store, rc, error);
    return FALSE;
  }

  return TRUE;
}

static gboolean
add_meeting_segments (OooExportRows  *rows,
                      gint64          meeting_id,
                      GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ooo_store_prepare (rows->store,
                            "SELECT uuid, title, owner, prompts, planned_seconds, elapsed_ms,"
                            " notes FROM meeting_segment WHERE meeting_id = ?1"
                            " ORDER BY position",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, meeting_id);
  member (rows, "segments");
  json_builder_begin_array (rows->builder);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW) {
    json_builder_begin_object (rows->builder);
    add_text_column (rows, "uuid", stmt, 0);
    add_text_column (rows, "title", stmt, 1);
    add_text_column (rows, "owner", stmt, 2);
    add_prompts (rows, column_text (stmt, 3));
    add_int (rows, "planned_seconds", sqlite3_column_int64 (stmt, 4));
    /* Whole seconds, rounded down: what the timer showed. */
    add_int (rows, "actual_seconds", sqlite3_column_int64 (stmt, 5) / 1000);
    add_text_column (rows, "notes", stmt, 6);
    json_builder_end_object (rows->builder);
  }
  json_builder_end_array (rows->builder);

  return finish_rows (rows, stmt, rc, error);
}

static gboolean
add_meetings (OooExportRows  *rows,
              gint64          person_id,
              GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* Meetings never started (NULL) come first. */
  stmt = ooo_store_prepare (rows->store,
                            "SELECT m.id, m.uuid, t.uuid, m.template_name, m.status, m.due_on,"
                            " m.rescheduled_to, m.cancel_reason, m.started_at, m.ended_at,"
                            " m.private_notes, m.created_at, m.updated_at"
                            " FROM meeting m LEFT JOIN template t ON t.id = m.template_id"
                            " WHERE m.person_id = ?1 AND (?2 = 0 OR m.id = ?2)"
                            " ORDER BY m.started_at, m.uuid",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_int64 (stmt, 2, rows->meeting_id);
  member (rows, "meetings");
  json_builder_begin_array (rows->builder);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW) {
    json_builder_begin_object (rows->builder);
    add_text_column (rows, "uuid", stmt, 1);
    add_optional_column (rows, "template", stmt, 2);
    add_text_column (rows, "template_name", stmt, 3);
    add_text_column (rows, "status", stmt, 4);
    add_optional_column (rows, "due_on", stmt, 5);
    add_optional_column (rows, "rescheduled_to", stmt, 6);
    add_text_column (rows, "cancel_reason", stmt, 7);
    add_time_column (rows, "started_at", stmt, 8);
    add_time_column (rows, "ended_at", stmt, 9);
    if (rows->include_private)
      add_text_column (rows, "private_notes", stmt, 10);
    add_time_column (rows, "created_at", stmt, 11);
    add_time_column (rows, "updated_at", stmt, 12);
    if (!add_meeting_segments (rows, sqlite3_column_int64 (stmt, 0), error)) {
      sqlite3_reset (stmt);
      return FALSE;
    }
    json_builder_end_object (rows->builder);
  }
  json_builder_end_array (rows->builder);

  return finish_rows (rows, stmt, rc, error);
}

/* In the meeting scope, only what refers to no other meeting than the one
 * exported, so that the file stands on its own. */
static gboolean
add_action_items (OooExportRows  *rows,
                  gint64          person_id,
                  GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ooo_store_prepare (rows->store,
                            "SELECT a.uuid, m.uuid, a.text, a.owner, a.due_on, a.done_at, d.uuid,"
                            " a.created_at, a.updated_at"
                            " FROM action_item a LEFT JOIN meeting m ON m.id = a.meeting_id"
                            " LEFT JOIN meeting d ON d.id = a.done_meeting_id"
                            " WHERE a.person_id = ?1 AND (?2 = 0 OR (a.meeting_id = ?2 AND"
                            " (a.done_meeting_id IS NULL OR a.done_meeting_id = ?2)))"
                            " ORDER BY a.created_at, a.uuid",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_int64 (stmt, 2, rows->meeting_id);
  member (rows, "action_items");
  json_builder_begin_array (rows->builder);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW) {
    json_builder_begin_object (rows->builder);
    add_text_column (rows, "uuid", stmt, 0);
    add_optional_column (rows, "meeting", stmt, 1);
    add_text_column (rows, "text", stmt, 2);
    add_text_column (rows, "owner", stmt, 3);
    add_optional_column (rows, "due_on", stmt, 4);
    add_time_column (rows, "done_at", stmt, 5);
    add_optional_column (rows, "done_meeting", stmt, 6);
    add_time_column (rows, "created_at", stmt, 7);
    add_time_column (rows, "updated_at", stmt, 8);
    json_builder_end_object (rows->builder);
  }
  json_builder_end_array (rows->builder);

  return finish_rows (rows, stmt, rc, error);
}

static gboolean
add_talking_points (OooExportRows  *rows,
                    gint64          person_id,
                    GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ooo_store_prepare (rows->store,
                            "SELECT p.uuid, p.text, p.raised_by, m.uuid, p.discussed_at,"
                            " p.created_at, p.updated_at"
                            " FROM talking_point p"
                            " LEFT JOIN meeting m ON m.id = p.discussed_meeting_id"
                            " WHERE p.person_id = ?1 AND (?2 = 0 OR p.discussed_meeting_id = ?2)"
                            " ORDER BY p.created_at, p.uuid",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_int64 (stmt, 2, rows->meeting_id);
  member (rows, "talking_points");
  json_builder_begin_array (rows->builder);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW) {
    json_builder_begin_object (rows->builder);
    add_text_column (rows, "uuid", stmt, 0);
    add_text_column (rows, "text", stmt, 1);
    add_text_column (rows, "raised_by", stmt, 2);
    add_optional_column (rows, "discussed_meeting", stmt, 3);
    add_time_column (rows, "discussed_at", stmt, 4);
    add_time_column (rows, "created_at", stmt, 5);
    add_time_column (rows, "updated_at", stmt, 6);
    json_builder_end_object (rows->builder);
  }
  json_builder_end_array (rows->builder);

  return finish_rows (rows, stmt, rc, error);
}

/* Reminders belong to the personal card, not to a meeting. */
static gboolean
add_reminders (OooExportRows  *rows,
               gint64          person_id,
               GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ooo_store_prepare (rows->store,
                            "SELECT uuid, text, remind_on, done_at, created_at, updated_at"
                            " FROM reminder WHERE person_id = ?1 AND ?2 = 0"
                            " ORDER BY remind_on, uuid",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_int64 (stmt, 2, rows->meeting_id);
  member (rows, "reminders");
  json_builder_begin_array (rows->builder);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW) {
    json_builder_begin_object (rows->builder);
    add_text_column (rows, "uuid", stmt, 0);
    add_text_column (rows, "text", stmt, 1);
    add_optional_column (rows, "remind_on", stmt, 2);
    add_time_column (rows, "done_at", stmt, 3);
    add_time_column (rows, "created_at", stmt, 4);
    add_time_column (rows, "updated_at", stmt, 5);
    json_builder_end_object (rows->builder);
  }
  json_builder_end_array (rows->builder);

  return finish_rows (rows, stmt, rc, error);
}

gboolean
ooo_export_add_person (OooExportRows  *rows,
                       gint64          person_id,
                       GError        **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;
  int rc;

  stmt = ooo_store_prepare (rows->store,
                            "SELECT p.uuid, p.name, p.role, p.relationship, p.kind, p.employment,"
                            " p.time_zone, p.cadence_days, p.reporting_since, p.archived, t.uuid,"
                            " p.personal_notes, p.rollout_status, p.rollout_since, p.team_size,"
                            " p.created_at, p.updated_at"
                            " FROM person p LEFT JOIN template t ON t.id = p.default_template_id"
                            " WHERE p.id = ?1",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, person_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return finish_rows (rows, stmt, rc == SQLITE_DONE ? SQLITE_NOTFOUND : rc, error);

  json_builder_begin_object (rows->builder);
  add_text_column (rows, "uuid", stmt, 0);
  add_text_column (rows, "name", stmt, 1);
  add_text_column (rows, "role", stmt, 2);
  add_text_column (rows, "relationship", stmt, 3);
  add_text_column (rows, "kind", stmt, 4);
  add_text_column (rows, "employment", stmt, 5);
  add_text_column (rows, "time_zone", stmt, 6);
  add_int (rows, "cadence_days", sqlite3_column_int64 (stmt, 7));
  add_optional_column (rows, "reporting_since", stmt, 8);
  member (rows, "archived");
  json_builder_add_boolean_value (rows->builder, sqlite3_column_int (stmt, 9) != 0);
  add_optional_column (rows, "default_template", stmt, 10);
  add_text_column (rows, "personal_notes", stmt, 11);
  add_text_column (rows, "rollout_status", stmt, 12);
  add_optional_column (rows, "rollout_since", stmt, 13);
  member (rows, "team_size");
  if (sqlite3_column_type (stmt, 14) == SQLITE_NULL)
    json_builder_add_null_value (rows->builder);
  else
    json_builder_add_int_value (rows->builder, sqlite3_column_int64 (stmt, 14));
  add_time_column (rows, "created_at", stmt, 15);
  add_time_column (rows, "updated_at", stmt, 16);
  sqlite3_reset (stmt);

  ok = add_meetings (rows, person_id, error) &&
       add_action_items (rows, person_id, error) &&
       add_talking_points (rows, person_id, error) &&
       add_reminders (rows, person_id, error);
  json_builder_end_object (rows->builder);

  return ok;
}

static gboolean
add_template_segments (OooExportRows  *rows,
                       gint64          template_id,
                       GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ooo_store_prepare (rows->store,
                            "SELECT uuid, title, minutes, owner, prompts FROM template_segment"
                            " WHERE template_id = ?1 ORDER BY position",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, template_id);
  member (rows, "segments");
  json_builder_begin_array (rows->builder);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW) {
    json_builder_begin_object (rows->builder);
    add_text_column (rows, "uuid", stmt, 0);
    add_text_column (rows, "title", stmt, 1);
    add_int (rows, "minutes", sqlite3_column_int64 (stmt, 2));
    add_text_column (rows, "owner", stmt, 3);
    add_prompts (rows, column_text (stmt, 4));
    json_builder_end_object (rows->builder);
  }
  json_builder_end_array (rows->builder);

  return finish_rows (rows, stmt, rc, error);
}

/* The manager's own templates (built-ins are the same everywhere): all of
 * them, or for one person or meeting those it refers to. */
gboolean
ooo_export_add_templates (OooExportRows  *rows,
                          gint64          person_id,
                          GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ooo_store_prepare (rows->store,
                            "SELECT id, uuid, name, created_at, updated_at FROM template"
                            " WHERE builtin_key IS NULL AND (?1 = 0"
                            " OR id IN (SELECT default_template_id FROM person WHERE id = ?1)"
                            " OR id IN (SELECT template_id FROM meeting"
                            "           WHERE person_id = ?1 AND (?2 = 0 OR id = ?2)))"
                            " ORDER BY name, uuid",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_int64 (stmt, 2, rows->meeting_id);
  member (rows, "templates");
  json_builder_begin_array (rows->builder);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW) {
    json_builder_begin_object (rows->builder);
    add_text_column (rows, "uuid", stmt, 1);
    add_text_column (rows, "name", stmt, 2);
    add_time_column (rows, "created_at", stmt, 3);
    add_time_column (rows, "updated_at", stmt, 4);
    if (!add_template_segments (rows, sqlite3_column_int64 (stmt, 0), error)) {
      sqlite3_reset (stmt);
      return FALSE;
    }
    json_builder_end_object (rows->builder);
  }
  json_builder_end_array (rows->builder);

  return finish_rows (rows, stmt, rc, error);
}
