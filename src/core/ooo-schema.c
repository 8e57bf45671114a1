/* ooo-schema.c — the database schema and its ordered migrations
 *
 * Times are stored as Unix seconds (UTC) in INTEGER columns, calendar dates as
 * 'YYYY-MM-DD' text, durations in whole seconds. Every row that leaves the
 * machine in an export carries a UUID so that an import can merge instead of
 * duplicating.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-schema.h"
#include "ooo-store.h"

/* An external-content FTS5 index must be told the old text to forget it,
 * so each source column gets three triggers; the conditions match the
 * view's, or the index and its content would disagree. */
#define SEARCH_TRIGGERS(table, column, kind) \
  "CREATE TRIGGER search_" table "_insert AFTER INSERT ON " table \
  "  WHEN new." column " != '' BEGIN" \
  "  INSERT INTO search_index (rowid, body) VALUES (new.id * 8 + " kind ", new." column ");" \
  "END;" \
  "CREATE TRIGGER search_" table "_delete AFTER DELETE ON " table \
  "  WHEN old." column " != '' BEGIN" \
  "  INSERT INTO search_index (search_index, rowid, body)" \
  "    VALUES ('delete', old.id * 8 + " kind ", old." column ");" \
  "END;" \
  "CREATE TRIGGER search_" table "_update AFTER UPDATE OF " column " ON " table \
  "  WHEN old." column " IS NOT new." column " BEGIN" \
  "  INSERT INTO search_index (search_index, rowid, body)" \
  "    SELECT 'delete', old.id * 8 + " kind ", old." column " WHERE old." column " != '';" \
  "  INSERT INTO search_index (rowid, body)" \
  "    SELECT new.id * 8 + " kind ", new." column " WHERE new." column " != '';" \
  "END;"

/* Never edit a migration that has shipped: add a new one at the end. */
static const char * const migrations[] = {
  /* 1: the people the manager meets */
  "CREATE TABLE person ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
  "  role TEXT NOT NULL DEFAULT '',"
  "  relationship TEXT NOT NULL DEFAULT 'direct'"
  "    CHECK (relationship IN ('direct', 'skip-level', 'peer')),"
  "  kind TEXT NOT NULL DEFAULT 'individual'"
  "    CHECK (kind IN ('individual', 'manager')),"
  "  employment TEXT NOT NULL DEFAULT 'employee'"
  "    CHECK (employment IN ('employee', 'contractor')),"
  "  time_zone TEXT NOT NULL DEFAULT '',"
  "  cadence_days INTEGER NOT NULL DEFAULT 7 CHECK (cadence_days IN (7, 14, 28)),"
  "  reporting_since TEXT,"
  "  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),"
  "  created_at INTEGER NOT NULL,"
  "  updated_at INTEGER NOT NULL"
  ");"
  "CREATE INDEX person_archived_name ON person (archived, name);",

  /* 2: meetings and everything said in them */
  "CREATE TABLE template ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
  "  builtin_key TEXT UNIQUE,"
  "  created_at INTEGER NOT NULL,"
  "  updated_at INTEGER NOT NULL"
  ");"
  "CREATE TABLE template_segment ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  template_id INTEGER NOT NULL REFERENCES template (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  title TEXT NOT NULL CHECK (length(trim(title)) > 0),"
  "  minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 120),"
  "  owner TEXT NOT NULL DEFAULT 'them' CHECK (owner IN ('them', 'me', 'both')),"
  "  prompts TEXT NOT NULL DEFAULT '',"
  "  UNIQUE (template_id, position)"
  ");"
  "ALTER TABLE person ADD COLUMN default_template_id INTEGER"
  "  REFERENCES template (id) ON DELETE SET NULL;"
  "ALTER TABLE person ADD COLUMN personal_notes TEXT NOT NULL DEFAULT '';"
  "CREATE TABLE meeting ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,"
  "  template_id INTEGER REFERENCES template (id) ON DELETE SET NULL,"
  "  status TEXT NOT NULL DEFAULT 'held'"
  "    CHECK (status IN ('in-progress', 'held', 'rescheduled', 'cancelled')),"
  "  due_on TEXT,"
  "  rescheduled_to TEXT,"
  "  cancel_reason TEXT NOT NULL DEFAULT '',"
  "  started_at INTEGER,"
  "  ended_at INTEGER,"
  "  template_name TEXT NOT NULL DEFAULT '',"
  /* The timer: the segment on screen, whether it runs, and when the
   * current run began, on the wall clock and on the boot clock (which
   * counts suspend and ignores clock changes) of the boot it began in. */
  "  current_segment INTEGER NOT NULL DEFAULT 0,"
  "  timer_state TEXT NOT NULL DEFAULT 'ready'"
  "    CHECK (timer_state IN ('ready', 'running', 'paused', 'finished')),"
  "  run_started_wall_us INTEGER,"
  "  run_started_boot_us INTEGER,"
  "  boot_id TEXT,"
  "  private_notes TEXT NOT NULL DEFAULT '',"
  "  created_at INTEGER NOT NULL,"
  "  updated_at INTEGER NOT NULL"
  ");"
  "CREATE INDEX meeting_person_started ON meeting (person_id, started_at);"
  /* At most one meeting in progress per person. */
  "CREATE UNIQUE INDEX meeting_one_in_progress ON meeting (person_id)"
  "  WHERE status = 'in-progress';"
  "CREATE TABLE meeting_segment ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  title TEXT NOT NULL,"
  "  owner TEXT NOT NULL DEFAULT 'them' CHECK (owner IN ('them', 'me', 'both')),"
  "  prompts TEXT NOT NULL DEFAULT '',"
  "  planned_seconds INTEGER NOT NULL CHECK (planned_seconds >= 0),"
  /* Time spent in the segment before the current run, in milliseconds. */
  "  elapsed_ms INTEGER NOT NULL DEFAULT 0 CHECK (elapsed_ms >= 0),"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  UNIQUE (meeting_id, position)"
  ");"
  "CREATE TABLE action_item ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,"
  "  meeting_id INTEGER REFERENCES meeting (id) ON DELETE SET NULL,"
  "  text TEXT NOT NULL CHECK (length(trim(text)) > 0),"
  "  owner TEXT NOT NULL CHECK (owner IN ('them', 'me')),"
  "  due_on TEXT,"
  "  done_at INTEGER,"
  "  created_at INTEGER NOT NULL,"
  "  updated_at INTEGER NOT NULL"
  ");"
  "CREATE INDEX action_item_person_open ON action_item (person_id, done_at);"
  "CREATE TABLE talking_point ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,"
  "  text TEXT NOT NULL CHECK (length(trim(text)) > 0),"
  "  raised_by TEXT NOT NULL CHECK (raised_by IN ('them', 'me')),"
  "  discussed_meeting_id INTEGER REFERENCES meeting (id) ON DELETE SET NULL,"
  "  discussed_at INTEGER,"
  "  created_at INTEGER NOT NULL,"
  "  updated_at INTEGER NOT NULL"
  ");"
  "CREATE INDEX talking_point_person ON talking_point (person_id, discussed_at);"
  "CREATE TABLE reminder ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,"
  "  text TEXT NOT NULL CHECK (length(trim(text)) > 0),"
  "  remind_on TEXT NOT NULL,"
  "  done_at INTEGER,"
  "  created_at INTEGER NOT NULL,"
  "  updated_at INTEGER NOT NULL"
  ");"
  "CREATE INDEX reminder_person ON reminder (person_id, done_at, remind_on);",

  /* 3: the meeting an action item was ticked off in, so that meeting still
   * lists it (and can untick it) while the next ones do not */
  "ALTER TABLE action_item ADD COLUMN done_meeting_id INTEGER"
  "  REFERENCES meeting (id) ON DELETE SET NULL;",

  /* 4: the director's roll-out view: does someone who manages others hold
   * 1:1s with their own team, since when, and how many they manage; and
   * what the attendance of everyone needs, in the order it needs it, so
   * the overview reads no meeting row (ooo-overview.c) */
  "ALTER TABLE person ADD COLUMN rollout_status TEXT NOT NULL DEFAULT 'not-yet'"
  "  CHECK (rollout_status IN ('not-yet', 'starting', 'yes'));"
  "ALTER TABLE person ADD COLUMN rollout_since TEXT;"
  "ALTER TABLE person ADD COLUMN team_size INTEGER"
  "  CHECK (team_size IS NULL OR team_size >= 0);"
  "CREATE INDEX meeting_attendance"
  "  ON meeting (person_id, started_at, id, status, due_on, rescheduled_to);",

  /* 5: full-text search over everything written about a person. The index
   * keeps no copy of the text: its content is the view below, where each
   * row's id is the source row's id * 8 + a number for its kind, and an
   * index on that expression lets FTS5 read one row back without a scan.
   * Triggers keep the index in step with every insert, change and delete
   * (cascades included); 'rebuild' fills it for an existing file. */
  "CREATE VIEW search_source (doc_id, body, kind, person_id, meeting_id) AS"
  "  SELECT s.id * 8 + 1, s.notes, 'notes', m.person_id, s.meeting_id"
  "    FROM meeting_segment s JOIN meeting m ON m.id = s.meeting_id WHERE s.notes != ''"
  "  UNION ALL SELECT id * 8 + 2, private_notes, 'private-notes', person_id, id"
  "    FROM meeting WHERE private_notes != ''"
  "  UNION ALL SELECT id * 8 + 3, text, 'action-item', person_id, meeting_id"
  "    FROM action_item WHERE text != ''"
  "  UNION ALL SELECT id * 8 + 4, text, 'talking-point', person_id, discussed_meeting_id"
  "    FROM talking_point WHERE text != ''"
  "  UNION ALL SELECT id * 8 + 5, personal_notes, 'personal-notes', id, NULL"
  "    FROM person WHERE personal_notes != ''"
  "  UNION ALL SELECT id * 8 + 6, text, 'reminder', person_id, NULL"
  "    FROM reminder WHERE text != '';"
  "CREATE INDEX meeting_segment_search ON meeting_segment (id * 8 + 1);"
  "CREATE INDEX meeting_search ON meeting (id * 8 + 2);"
  "CREATE INDEX action_item_search ON action_item (id * 8 + 3);"
  "CREATE INDEX talking_point_search ON talking_point (id * 8 + 4);"
  "CREATE INDEX person_search ON person (id * 8 + 5);"
  "CREATE INDEX reminder_search ON reminder (id * 8 + 6);"
  "CREATE VIRTUAL TABLE search_index USING fts5 ("
  "  body, kind UNINDEXED, person_id UNINDEXED, meeting_id UNINDEXED,"
  "  content = 'search_source', content_rowid = 'doc_id',"
  "  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');"
  SEARCH_TRIGGERS ("meeting_segment", "notes", "1")
  SEARCH_TRIGGERS ("meeting", "private_notes", "2")
  SEARCH_TRIGGERS ("action_item", "text", "3")
  SEARCH_TRIGGERS ("talking_point", "text", "4")
  SEARCH_TRIGGERS ("person", "personal_notes", "5")
  SEARCH_TRIGGERS ("reminder", "text", "6")
  "INSERT INTO search_index (search_index) VALUES ('rebuild');",
};

int
ooo_schema_latest_version (void)
{
  return G_N_ELEMENTS (migrations);
}

int
ooo_schema_get_version (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  if (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return version;
}

static gboolean
exec_or_error (sqlite3     *db,
               const char  *sql,
               int          version,
               GError     **error)
{
  char *message = NULL;
  int rc = sqlite3_exec (db, sql, NULL, NULL, &message);

  if (rc != SQLITE_OK) {
    g_set_error (error, OOO_STORE_ERROR,
                 rc == SQLITE_FULL ? OOO_STORE_ERROR_FULL :
                 rc == SQLITE_READONLY ? OOO_STORE_ERROR_READ_ONLY :
                 OOO_STORE_ERROR_FAILED,
                 _("Could not upgrade the database to version %d, so it was left as it was: "
                   "%s"),
                 version, message ? message : sqlite3_errstr (rc));
    sqlite3_free (message);
    return FALSE;
  }

  return TRUE;
}

gboolean
ooo_schema_migrate (sqlite3  *db,
                    int       target,
                    GError  **error)
{
  int version = ooo_schema_get_version (db);

  g_return_val_if_fail (target <= ooo_schema_latest_version (), FALSE);

  for (; version < target; version++) {
    g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", version + 1);

    if (!exec_or_error (db, "BEGIN IMMEDIATE", version + 1, error))
      return FALSE;
    if (!exec_or_error (db, migrations[version], version + 1, error) ||
        !exec_or_error (db, bump, version + 1, error) ||
        !exec_or_error (db, "COMMIT", version + 1, error)) {
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  }

  return TRUE;
}
