/* ooo-export-rows.c — the rows of an export, read from the database: a
 * person with everything of theirs, or the templates (into a JsonBuilder)
 *
 * Members come in a fixed order, rows in a fixed order (meetings by start
 * then UUID, action items and talking points by creation then UUID,
 * reminders by date then UUID); times are RFC 3339 in UTC, dates
 * YYYY-MM-DD, and what is not there is null.
 *
 * A person's rows are read into cells, one query per kind of row (all the
 * segments of their meetings in one), and turned into text elsewhere, on
 * other threads (ooo-export-render.c): reading is the cheaper part.
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
add_text_column (OooExportRows *rows,
                 const char    *name,
                 sqlite3_stmt  *stmt,
                 int            column)
{
  member (rows, name);
  json_builder_add_string_value (rows->builder, column_text (stmt, column));
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

/* The rows of a person, as the file has them. */

static const OooExportField person_fields[] = {
  { "uuid", 0, OOO_EXPORT_TEXT },
  { "name", 1, OOO_EXPORT_TEXT },
  { "role", 2, OOO_EXPORT_TEXT },
  { "relationship", 3, OOO_EXPORT_TEXT },
  { "kind", 4, OOO_EXPORT_TEXT },
  { "employment", 5, OOO_EXPORT_TEXT },
  { "time_zone", 6, OOO_EXPORT_TEXT },
  { "cadence_days", 7, OOO_EXPORT_INT },
  { "reporting_since", 8, OOO_EXPORT_OPTIONAL },
  { "archived", 9, OOO_EXPORT_BOOL },
  { "default_template", 10, OOO_EXPORT_OPTIONAL },
  { "personal_notes", 11, OOO_EXPORT_TEXT },
  { "rollout_status", 12, OOO_EXPORT_TEXT },
  { "rollout_since", 13, OOO_EXPORT_OPTIONAL },
  { "team_size", 14, OOO_EXPORT_INT_OR_NULL },
  { "created_at", 15, OOO_EXPORT_TIME },
  { "updated_at", 16, OOO_EXPORT_TIME },
};

/* Column 0 is the meeting's id, which the file does not hold. */
static const OooExportField meeting_fields[] = {
  { "uuid", 1, OOO_EXPORT_TEXT },
  { "template", 2, OOO_EXPORT_OPTIONAL },
  { "template_name", 3, OOO_EXPORT_TEXT },
  { "status", 4, OOO_EXPORT_TEXT },
  { "due_on", 5, OOO_EXPORT_OPTIONAL },
  { "rescheduled_to", 6, OOO_EXPORT_OPTIONAL },
  { "cancel_reason", 7, OOO_EXPORT_TEXT },
  { "started_at", 8, OOO_EXPORT_TIME },
  { "ended_at", 9, OOO_EXPORT_TIME },
  { "private_notes", 10, OOO_EXPORT_TEXT, TRUE },
  { "created_at", 11, OOO_EXPORT_TIME },
  { "updated_at", 12, OOO_EXPORT_TIME },
};

/* Column 0 is the meeting's id. */
static const OooExportField segment_fields[] = {
  { "uuid", 1, OOO_EXPORT_TEXT },
  { "title", 2, OOO_EXPORT_TEXT },
  { "owner", 3, OOO_EXPORT_TEXT },
  { "prompts", 4, OOO_EXPORT_PROMPTS },
  { "planned_seconds", 5, OOO_EXPORT_INT },
  /* Whole seconds, rounded down: what the timer showed. */
  { "actual_seconds", 6, OOO_EXPORT_MS_AS_S },
  { "notes", 7, OOO_EXPORT_TEXT },
};

static const OooExportField action_fields[] = {
  { "uuid", 0, OOO_EXPORT_TEXT },
  { "meeting", 1, OOO_EXPORT_OPTIONAL },
  { "text", 2, OOO_EXPORT_TEXT },
  { "owner", 3, OOO_EXPORT_TEXT },
  { "due_on", 4, OOO_EXPORT_OPTIONAL },
  { "done_at", 5, OOO_EXPORT_TIME },
  { "done_meeting", 6, OOO_EXPORT_OPTIONAL },
  { "created_at", 7, OOO_EXPORT_TIME },
  { "updated_at", 8, OOO_EXPORT_TIME },
};

static const OooExportField point_fields[] = {
  { "uuid", 0, OOO_EXPORT_TEXT },
  { "text", 1, OOO_EXPORT_TEXT },
  { "raised_by", 2, OOO_EXPORT_TEXT },
  { "discussed_meeting", 3, OOO_EXPORT_OPTIONAL },
  { "discussed_at", 4, OOO_EXPORT_TIME },
  { "created_at", 5, OOO_EXPORT_TIME },
  { "updated_at", 6, OOO_EXPORT_TIME },
};

/* Reminders belong to the personal card, not to a meeting. */
static const OooExportField reminder_fields[] = {
  { "uuid", 0, OOO_EXPORT_TEXT },
  { "text", 1, OOO_EXPORT_TEXT },
  { "remind_on", 2, OOO_EXPORT_OPTIONAL },
  { "done_at", 3, OOO_EXPORT_TIME },
  { "created_at", 4, OOO_EXPORT_TIME },
  { "updated_at", 5, OOO_EXPORT_TIME },
};

const OooExportField * const ooo_export_fields[OOO_EXPORT_N_ROWS] = {
  person_fields, meeting_fields, segment_fields, action_fields, point_fields, reminder_fields,
};

const guint ooo_export_n_fields[OOO_EXPORT_N_ROWS] = {
  G_N_ELEMENTS (person_fields), G_N_ELEMENTS (meeting_fields), G_N_ELEMENTS (segment_fields),
  G_N_ELEMENTS (action_fields), G_N_ELEMENTS (point_fields), G_N_ELEMENTS (reminder_fields),
};

/* Meetings never started (NULL) come first; segments follow their
 * meetings' order, so that one pass pairs them. */
#define MEETINGS_ORDER " ORDER BY m.started_at, m.uuid"

static const char * const row_sql[OOO_EXPORT_N_ROWS] = {
  [OOO_EXPORT_PERSON] =
    "SELECT p.uuid, p.name, p.role, p.relationship, p.kind, p.employment,"
    " p.time_zone, p.cadence_days, p.reporting_since, p.archived, t.uuid,"
    " p.personal_notes, p.rollout_status, p.rollout_since, p.team_size,"
    " p.created_at, p.updated_at"
    " FROM person p LEFT JOIN template t ON t.id = p.default_template_id"
    " WHERE p.id = ?1",
  [OOO_EXPORT_MEETING] =
    "SELECT m.id, m.uuid, t.uuid, m.template_name, m.status, m.due_on,"
    " m.rescheduled_to, m.cancel_reason, m.started_at, m.ended_at,"
    " m.private_notes, m.created_at, m.updated_at"
    " FROM meeting m LEFT JOIN template t ON t.id = m.template_id"
    " WHERE m.person_id = ?1 AND (?2 = 0 OR m.id = ?2)" MEETINGS_ORDER,
  [OOO_EXPORT_SEGMENT] =
    "SELECT s.meeting_id, s.uuid, s.title, s.owner, s.prompts, s.planned_seconds,"
    " s.elapsed_ms, s.notes"
    " FROM meeting_segment s JOIN meeting m ON m.id = s.meeting_id"
    " WHERE m.person_id = ?1 AND (?2 = 0 OR m.id = ?2)" MEETINGS_ORDER ", s.position",
  /* In the meeting scope, only what refers to no other meeting than the
   * one exported, so that the file stands on its own. */
  [OOO_EXPORT_ACTION] =
    "SELECT a.uuid, m.uuid, a.text, a.owner, a.due_on, a.done_at, d.uuid,"
    " a.created_at, a.updated_at"
    " FROM action_item a LEFT JOIN meeting m ON m.id = a.meeting_id"
    " LEFT JOIN meeting d ON d.id = a.done_meeting_id"
    " WHERE a.person_id = ?1 AND (?2 = 0 OR (a.meeting_id = ?2 AND"
    " (a.done_meeting_id IS NULL OR a.done_meeting_id = ?2)))"
    " ORDER BY a.created_at, a.uuid",
  [OOO_EXPORT_POINT] =
    "SELECT p.uuid, p.text, p.raised_by, m.uuid, p.discussed_at,"
    " p.created_at, p.updated_at"
    " FROM talking_point p"
    " LEFT JOIN meeting m ON m.id = p.discussed_meeting_id"
    " WHERE p.person_id = ?1 AND (?2 = 0 OR p.discussed_meeting_id = ?2)"
    " ORDER BY p.created_at, p.uuid",
  [OOO_EXPORT_REMINDER] =
    "SELECT uuid, text, remind_on, done_at, created_at, updated_at"
    " FROM reminder WHERE person_id = ?1 AND ?2 = 0"
    " ORDER BY remind_on, uuid",
};

static void
read_cells (OooExportRows  *rows,
            OooExportBatch *batch,
            GArray         *cells,
            OooExportRow    row,
            sqlite3_stmt   *stmt)
{
  const OooExportField *fields = ooo_export_fields[row];

  for (guint i = 0; i < ooo_export_n_fields[row]; i++) {
    const OooExportField *field = &fields[i];
    int column = field->column;
    OooExportCell cell = { 0, NULL, FALSE };
    const char *text;

    if (field->is_private && !rows->include_private)
      continue;

    switch (field->kind) {
    case OOO_EXPORT_TEXT:
    case OOO_EXPORT_PROMPTS:
      cell.text = g_string_chunk_insert (batch->strings, column_text (stmt, column));
      break;
    case OOO_EXPORT_OPTIONAL:
      text = (const char *) sqlite3_column_text (stmt, column);
      if (text == NULL || *text == '\0')
        cell.is_null = TRUE;
      else
        cell.text = g_string_chunk_insert (batch->strings, text);
      break;
    case OOO_EXPORT_TIME:
    case OOO_EXPORT_INT_OR_NULL:
      cell.is_null = sqlite3_column_type (stmt, column) == SQLITE_NULL;
      cell.number = sqlite3_column_int64 (stmt, column);
      break;
    case OOO_EXPORT_INT:
    case OOO_EXPORT_BOOL:
      cell.number = sqlite3_column_int64 (stmt, column);
      break;
    case OOO_EXPORT_MS_AS_S:
      cell.number = sqlite3_column_int64 (stmt, column) / 1000;
      break;
    default:
      g_assert_not_reached ();
    }
    g_array_append_val (cells, cell);
  }
}

static sqlite3_stmt *
query (OooExportRows  *rows,
       OooExportRow    row,
       gint64          person_id,
       GError        **error)
{
  sqlite3_stmt *stmt = ooo_store_prepare (rows->store, row_sql[row], error);

  if (stmt != NULL) {
    sqlite3_bind_int64 (stmt, 1, person_id);
    if (sqlite3_bind_parameter_count (stmt) >= 2)
      sqlite3_bind_int64 (stmt, 2, rows->meeting_id);
  }

  return stmt;
}

/* Reads every row of @row's kind into @batch; @ids gets column 0. */
static gboolean
read_rows (OooExportRows   *rows,
           OooExportBatch  *batch,
           OooExportRow     row,
           gint64           person_id,
           guint           *count,
           GArray          *ids,
           GError         **error)
{
  sqlite3_stmt *stmt = query (rows, row, person_id, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW) {
    read_cells (rows, batch, batch->cells, row, stmt);
    if (ids != NULL) {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
    (*count)++;
  }

  return finish_rows (rows, stmt, rc, error);
}

/* Every segment of the person's meetings in one query, in the meetings'
 * order: counted per meeting by walking both lists together. */
static gboolean
read_segments (OooExportRows   *rows,
               OooExportBatch  *batch,
               gint64           person_id,
               GArray          *meeting_ids,
               GError         **error)
{
  sqlite3_stmt *stmt = query (rows, OOO_EXPORT_SEGMENT, person_id, error);
  guint meeting = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;

  g_array_set_size (batch->segment_counts, meeting_ids->len);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW) {
    gint64 meeting_id = sqlite3_column_int64 (stmt, 0);

    while (meeting < meeting_ids->len && g_array_index (meeting_ids, gint64, meeting) !=
           meeting_id)
      meeting++;
    /* Both queries order the same rows the same way. */
    g_assert (meeting < meeting_ids->len);
    g_array_index (batch->segment_counts, guint, meeting)++;
    read_cells (rows, batch, batch->segment_cells, OOO_EXPORT_SEGMENT, stmt);
  }

  return finish_rows (rows, stmt, rc, error);
}

void
ooo_export_batch_free (OooExportBatch *batch)
{
  if (batch == NULL)
    return;

  g_string_chunk_free (batch->strings);
  g_array_unref (batch->cells);
  g_array_unref (batch->segment_cells);
  g_array_unref (batch->segment_counts);
  if (batch->text != NULL)
    g_string_free (batch->text, TRUE);
  g_free (batch);
}

/* Returns: (transfer full) (nullable) the person with everything of theirs
 * (or only the one meeting of the meeting scope). */
OooExportBatch *
ooo_export_read_person (OooExportRows  *rows,
                        gint64          person_id,
                        GError        **error)
{
  g_autoptr(OooExportBatch) batch = g_new0 (OooExportBatch, 1);
  g_autoptr(GArray) meeting_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint people = 0;

  batch->strings = g_string_chunk_new (64 * 1024);
  batch->cells = g_array_new (FALSE, FALSE, sizeof (OooExportCell));
  batch->segment_cells = g_array_new (FALSE, FALSE, sizeof (OooExportCell));
  batch->segment_counts = g_array_new (FALSE, TRUE, sizeof (guint));

  if (!read_rows (rows, batch, OOO_EXPORT_PERSON, person_id, &people, NULL, error))
    return NULL;
  if (people != 1) {
    ooo_store_set_error (rows->store, SQLITE_NOTFOUND, error);
    return NULL;
  }

  if (!read_rows (rows, batch, OOO_EXPORT_MEETING, person_id, &batch->n_meetings, meeting_ids,
                  error) ||
      !read_segments (rows, batch, person_id, meeting_ids, error) ||
      !read_rows (rows, batch, OOO_EXPORT_ACTION, person_id, &batch->n_actions, NULL, error) ||
      !read_rows (rows, batch, OOO_EXPORT_POINT, person_id, &batch->n_points, NULL, error) ||
      !read_rows (rows, batch, OOO_EXPORT_REMINDER, person_id, &batch->n_reminders, NULL,
                  error))
    return NULL;

  return g_steal_pointer (&batch);
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
