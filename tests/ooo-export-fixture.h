/* ooo-export-fixture.h — a scratch database filled with the same people,
 * meetings and notes, to the second, every time; and the helpers that the
 * export and import tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gstdio.h>
#include <string.h>

#include "ooo-builtin-templates.h"
#include "ooo-export.h"
#include "ooo-import.h"
#include "ooo-store.h"

/* Fixed UUIDs, so a test can name any row. */
#define ANA        "a0000000-0000-4000-8000-000000000001"
#define BRUNO      "a0000000-0000-4000-8000-000000000002"
#define ZOE        "a0000000-0000-4000-8000-000000000003"
#define SAM_1      "a0000000-0000-4000-8000-000000000004"
#define SAM_2      "a0000000-0000-4000-8000-000000000005"
#define WEEKLY     "b0000000-0000-4000-8000-000000000001"
#define UNUSED     "b0000000-0000-4000-8000-000000000002"
#define O3         "d6f8626b-23e0-4611-9b94-07894c54f816"
#define HELD       "c0000000-0000-4000-8000-000000000001"
#define CANCELLED  "c0000000-0000-4000-8000-000000000002"
#define MOVED      "c0000000-0000-4000-8000-000000000003"
#define RUNNING    "c0000000-0000-4000-8000-000000000004"
#define BRUNO_1    "c0000000-0000-4000-8000-000000000005"
#define ACTION_1   "e0000000-0000-4000-8000-000000000001"
#define ACTION_2   "e0000000-0000-4000-8000-000000000002"
#define ACTION_3   "e0000000-0000-4000-8000-000000000003"
#define PRIVATE_NOTE "She seems tired; ask gently about the move."

typedef struct {
  char     *dir;
  char     *path;
  OooStore *store;
} Fixture;

G_GNUC_UNUSED static void
exec_ok (OooStore   *store,
         const char *sql)
{
  char *message = NULL;
  int rc = sqlite3_exec (ooo_store_get_db (store), sql, NULL, NULL, &message);

  if (rc != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

G_GNUC_UNUSED static OooStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  OooStore *store = ooo_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);

  return store;
}

/* Two people share a name (ordered by UUID), one is archived, one a
 * contractor; meetings held, cancelled, rescheduled and in progress; texts
 * with quotes, tabs, line breaks and emoji; a custom template and the O3. */
static const char fill_sql[] =
  "INSERT INTO template (id, uuid, name, builtin_key, created_at, updated_at) VALUES"
  " (100, '" WEEKLY "', 'Weekly sync', NULL, 1672617600, 1672704000),"
  " (101, '" UNUSED "', 'Another agenda', NULL, 1672617600, 1672617600);"
  "INSERT INTO template_segment (uuid, template_id, position, title, minutes, owner, prompts)"
  " VALUES ('b1000000-0000-4000-8000-000000000001', 100, 0, 'Updates', 15, 'them',"
  "  'How are things?' || char(10) || 'Any blockers?'),"
  " ('b1000000-0000-4000-8000-000000000002', 100, 1, 'Plans', 15, 'both', ''),"
  " ('b1000000-0000-4000-8000-000000000003', 101, 0, 'Talk', 30, 'me', 'Anything?');"
  "INSERT INTO person (id, uuid, name, role, relationship, kind, employment, time_zone,"
  " cadence_days, reporting_since, archived, default_template_id, personal_notes, created_at,"
  " updated_at) VALUES"
  " (1, '" ANA "', 'Ana Lima', 'Engineer', 'direct', 'individual', 'employee',"
  "  'Europe/Lisbon', 7, '2023-01-09', 0,"
  "  (SELECT id FROM template WHERE uuid = '" O3 "'),"
  "  'Two kids.' || char(10) || 'Runs marathons.', 1672531200, 1675209600),"
  " (2, '" BRUNO "', 'Bruno Ćosić', 'Team lead', 'skip-level', 'manager', 'employee',"
  "  'America/New_York', 14, NULL, 0, 100,"
  "  'Said \"ship it\" \\ then left' || char(9) || '😀', 1672531200, 1672531200),"
  " (3, '" ZOE "', 'Zoë Contractor', '', 'peer', 'individual', 'contractor', '', 28, NULL, 1,"
  "  NULL, '', 1672531200, 1672531200),"
  " (4, '" SAM_2 "', 'Sam Lee', 'Designer', 'direct', 'individual', 'employee', '', 7, NULL, 0,"
  "  NULL, '', 1672531200, 1672531200),"
  " (5, '" SAM_1 "', 'Sam Lee', 'Writer', 'direct', 'individual', 'employee', '', 7, NULL, 0,"
  "  NULL, '', 1672531200, 1672531200);"
  "UPDATE person SET rollout_status = 'starting', rollout_since = '2024-03-01', team_size = 6"
  " WHERE id = 2;"
  "INSERT INTO meeting (id, uuid, person_id, template_id, status, due_on, rescheduled_to,"
  " cancel_reason, started_at, ended_at, template_name, timer_state, private_notes,"
  " created_at, updated_at) VALUES"
  " (10, '" HELD "', 1, (SELECT id FROM template WHERE uuid = '" O3 "'), 'held', '2024-01-08',"
  "  NULL, '', 1704704400, 1704706260, 'O3 (Manager Tools)', 'finished', '" PRIVATE_NOTE "',"
  "  1704704400, 1704706260),"
  " (11, '" CANCELLED "', 1, NULL, 'cancelled', '2024-01-15', NULL, 'Sick day', NULL, NULL,"
  "  '', 'finished', '', 1705000000, 1705000000),"
  " (12, '" MOVED "', 1, NULL, 'rescheduled', '2024-01-22', '2024-01-23', '', NULL, NULL,"
  "  '', 'finished', '', 1705600000, 1705600000),"
  " (13, '" RUNNING "', 1, (SELECT id FROM template WHERE uuid = '" O3 "'), 'in-progress',"
  "  NULL, NULL, '', 1706518800, NULL, 'O3 (Manager Tools)', 'paused', 'Running late.',"
  "  1706518800, 1706519000),"
  " (14, '" BRUNO_1 "', 2, 100, 'held', NULL, NULL, '', 1704790800, 1704792600,"
  "  'Weekly sync', 'finished', 'Bruno private', 1704790800, 1704792600);"
  "INSERT INTO meeting_segment (uuid, meeting_id, position, title, owner, prompts,"
  " planned_seconds, elapsed_ms, notes) VALUES"
  " ('d0000000-0000-4000-8000-000000000001', 10, 0, 'Their time', 'them',"
  "  'What’s on your mind?' || char(10) || 'What gets in the way?', 600, 612999,"
  "  'Release went well.' || char(10) || '- ask about on-call'),"
  " ('d0000000-0000-4000-8000-000000000002', 10, 1, 'My time', 'me', '', 600, 598000,"
  "  'Shared the reorg news.'),"
  " ('d0000000-0000-4000-8000-000000000003', 10, 2, 'The future', 'both', '', 600, 0, ''),"
  " ('d0000000-0000-4000-8000-000000000004', 13, 0, 'Their time', 'them', '', 600, 5500, ''),"
  " ('d0000000-0000-4000-8000-000000000005', 14, 0, 'Updates', 'them',"
  "  'How are things?' || char(10) || 'Any blockers?', 900, 900000, 'Hiring two.'),"
  " ('d0000000-0000-4000-8000-000000000006', 14, 1, 'Plans', 'both', '', 900, 899999, '');"
  "INSERT INTO action_item (uuid, person_id, meeting_id, text, owner, due_on, done_at,"
  " done_meeting_id, created_at, updated_at) VALUES"
  " ('" ACTION_1 "', 1, 10, 'Write the on-call proposal', 'them', '2024-01-15', 1706519400,"
  "  13, 1704705000, 1706519400),"
  " ('" ACTION_3 "', 1, 10, 'Send the reorg slides', 'me', NULL, NULL, NULL, 1704705000,"
  "  1704705000),"
  " ('" ACTION_2 "', 1, NULL, 'Book the training', 'me', NULL, NULL, NULL, 1704000000,"
  "  1704000000),"
  " ('e0000000-0000-4000-8000-000000000004', 2, 14, 'Open two roles', 'them', '2024-02-01',"
  "  NULL, NULL, 1704792000, 1704792000);"
  "INSERT INTO talking_point (uuid, person_id, text, raised_by, discussed_meeting_id,"
  " discussed_at, created_at, updated_at) VALUES"
  " ('f0000000-0000-4000-8000-000000000001', 1, 'Promotion timeline', 'them', 10, 1704705100,"
  "  1704600000, 1704705100),"
  " ('f0000000-0000-4000-8000-000000000002', 1, 'Conference budget', 'me', NULL, NULL,"
  "  1704800000, 1704800000);"
  "INSERT INTO reminder (uuid, person_id, text, remind_on, done_at, created_at, updated_at)"
  " VALUES"
  " ('f1000000-0000-4000-8000-000000000001', 1, 'Ask how the move went', '2024-02-01', NULL,"
  "  1704705200, 1704705200),"
  " ('f1000000-0000-4000-8000-000000000002', 1, 'Birthday', '2023-12-24', 1703404800,"
  "  1703000000, 1703404800);";

G_GNUC_UNUSED static void
fill (OooStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ooo_builtin_templates_ensure (store, &error));
  g_assert_no_error (error);
  exec_ok (store, fill_sql);
}

G_GNUC_UNUSED static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("ooo-export-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "one-on-one.db", NULL);
  fixture->store = open_store (fixture->path);
  fill (fixture->store);
}

G_GNUC_UNUSED static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL) {
    while ((name = g_dir_read_name (dir)) != NULL) {
      g_autofree char *child = g_build_filename (path, name, NULL);
      remove_tree (child);
    }
    g_rmdir (path);
  } else {
    g_unlink (path);
  }
}

G_GNUC_UNUSED static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* A second, empty database beside the first. */
G_GNUC_UNUSED static OooStore *
open_empty (Fixture    *fixture,
            const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

  return open_store (path);
}

/* 2024-02-01T12:00:00Z: every test export is stamped so. */
G_GNUC_UNUSED static char *
export_data (OooStore       *store,
             OooExportScope  scope,
             const char     *uuid,
             gboolean        include_private)
{
  g_autoptr(GDateTime) stamp = g_date_time_new_utc (2024, 2, 1, 12, 0, 0);
  OooExportOptions options = { scope, uuid, include_private, stamp };
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  char *data = ooo_export_to_data (store, &options, &length, &error);

  g_assert_no_error (error);
  g_assert_nonnull (data);
  g_assert_cmpuint (length, ==, strlen (data));

  return data;
}

G_GNUC_UNUSED static char *
export_all (OooStore *store)
{
  return export_data (store, OOO_EXPORT_SCOPE_ALL, NULL, TRUE);
}

/* Every row of every table the export and import touch, every column: what
 * "the database is exactly as it was" is checked against. */
G_GNUC_UNUSED static char *
dump_database (OooStore *store)
{
  static const char * const tables[] = {
    "person", "template", "template_segment", "meeting", "meeting_segment", "action_item",
    "talking_point", "reminder",
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++) {
    g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY id", tables[i]);
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (ooo_store_get_db (store), sql, -1, &stmt, NULL), ==,
                     SQLITE_OK);
    g_string_append_printf (text, "%s\n", tables[i]);
    while (sqlite3_step (stmt) == SQLITE_ROW) {
      for (int c = 0; c < sqlite3_column_count (stmt); c++) {
        const char *value = (const char *) sqlite3_column_text (stmt, c);
        g_string_append_printf (text, "%s|", value != NULL ? value : "NULL");
      }
      g_string_append_c (text, '\n');
    }
    sqlite3_finalize (stmt);
  }

  return g_string_free (text, FALSE);
}

G_GNUC_UNUSED static gint64
count_rows (OooStore   *store,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 count;

  g_assert_cmpint (sqlite3_prepare_v2 (ooo_store_get_db (store), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return count;
}

G_GNUC_UNUSED static void
import_ok (OooStore         *store,
           const char       *data,
           OooImportSummary *summary)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = ooo_import_from_data (store, data, strlen (data), summary, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

/* A copy of @text with the first (or every) @from made @to; the edit must
 * apply, or the test would prove nothing. */
G_GNUC_UNUSED static char *
edit (const char *text,
      const char *from,
      const char *to,
      gboolean    every)
{
  g_autoptr(GString) copy = g_string_new (text);

  g_assert_cmpuint (g_string_replace (copy, from, to, every ? 0 : 1), >=, 1);

  return g_string_free (g_steal_pointer (&copy), FALSE);
}
