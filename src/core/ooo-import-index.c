/* ooo-import-index.c — the database's own upkeep during a big import
 *
 * The full-text search index is kept in step by triggers, row by row: right
 * for the app's small changes, and several times slower than building the
 * index once when an import brings more rows than the database holds (a
 * backup restored on a new machine). Such an import drops those triggers
 * inside its transaction and, at the end, creates them again exactly as the
 * schema has them and rebuilds the indexes: the same result, committed or
 * rolled back together with the rows. Only triggers that write to an FTS5
 * table are touched; any other trigger runs as usual.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ooo-import-private.h"

static gboolean
exec_sql (OooStore    *store,
          char        *sql,     /* (transfer full), from sqlite3_mprintf() */
          GError     **error)
{
  int rc = sqlite3_exec (ooo_store_get_db (store), sql, NULL, NULL, NULL);

  sqlite3_free (sql);
  if (rc != SQLITE_OK) {
    ooo_store_set_error (store, rc, error);
    return FALSE;
  }

  return TRUE;
}

/* Runs @sql and adds column 0 (and 1, to @second) of each row to @first. */
static gboolean
collect (OooStore    *store,
         const char  *sql,
         GPtrArray   *first,
         GPtrArray   *second,
         GError     **error)
{
  sqlite3_stmt *stmt = ooo_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW) {
    g_ptr_array_add (first, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
    if (second != NULL)
      g_ptr_array_add (second, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE) {
    ooo_store_set_error (store, rc, error);
    return FALSE;
  }

  return TRUE;
}

static gboolean
writes_to_any (const char *trigger_sql,
               GPtrArray  *tables)
{
  for (guint i = 0; i < tables->len; i++) {
    if (trigger_sql != NULL && strstr (trigger_sql, g_ptr_array_index (tables, i)) != NULL)
      return TRUE;
  }

  return FALSE;
}

/* Within a transaction: drops the triggers that fill FTS5 tables, keeping
 * what it takes to put them back. */
gboolean
ooo_import_indexes_defer (OooStore          *store,
                          OooImportIndexes  *deferred,
                          GError           **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) sqls = g_ptr_array_new_with_free_func (g_free);

  deferred->tables = g_ptr_array_new_with_free_func (g_free);
  deferred->triggers = g_ptr_array_new_with_free_func (g_free);

  if (!collect (store,
                "SELECT name FROM sqlite_schema WHERE type = 'table'"
                " AND sql LIKE 'CREATE VIRTUAL TABLE%' AND lower (sql) LIKE '%using fts5%'",
                deferred->tables, NULL, error) ||
      !collect (store, "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'",
                names, sqls, error))
    return FALSE;

  for (guint i = 0; i < names->len && deferred->tables->len > 0; i++) {
    const char *sql = g_ptr_array_index (sqls, i);

    if (!writes_to_any (sql, deferred->tables))
      continue;
    if (!exec_sql (store, sqlite3_mprintf ("DROP TRIGGER \"%w\"",
                                           (const char *) g_ptr_array_index (names, i)),
                   error))
      return FALSE;
    g_ptr_array_add (deferred->triggers, g_strdup (sql));
  }

  return TRUE;
}

/* Puts the triggers back and builds each index from what the tables hold. */
gboolean
ooo_import_indexes_restore (OooStore          *store,
                            OooImportIndexes  *deferred,
                            GError           **error)
{
  for (guint i = 0; i < deferred->triggers->len; i++) {
    if (!exec_sql (store, sqlite3_mprintf ("%s", (const char *)
                                           g_ptr_array_index (deferred->triggers, i)), error))
      return FALSE;
  }

  for (guint i = 0; deferred->triggers->len > 0 && i < deferred->tables->len; i++) {
    const char *table = g_ptr_array_index (deferred->tables, i);

    if (!exec_sql (store, sqlite3_mprintf ("INSERT INTO \"%w\" (\"%w\") VALUES ('rebuild')",
                                           table, table), error))
      return FALSE;
  }

  return TRUE;
}

void
ooo_import_indexes_clear (OooImportIndexes *deferred)
{
  g_clear_pointer (&deferred->tables, g_ptr_array_unref);
  g_clear_pointer (&deferred->triggers, g_ptr_array_unref);
}

/* How many rows the database holds where the import writes most. */
gboolean
ooo_import_count_rows (OooStore  *store,
                       gint64    *rows,
                       GError   **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ooo_store_prepare (store,
                            "SELECT (SELECT count(*) FROM person) + (SELECT count(*) FROM meeting)"
                            " + (SELECT count(*) FROM meeting_segment)"
                            " + (SELECT count(*) FROM action_item)"
                            " + (SELECT count(*) FROM talking_point)"
                            " + (SELECT count(*) FROM reminder)",
                            error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  *rows = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW) {
    ooo_store_set_error (store, rc, error);
    return FALSE;
  }

  return TRUE;
}
