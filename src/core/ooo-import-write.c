/* ooo-import-write.c — a checked import merged into the database, in one
 * transaction
 *
 * Rows merge by UUID: a row the database has is updated (and only when a
 * value differs, so importing the same file twice changes nothing), a row it
 * lacks is added, and nothing is ever deleted. The segments of a meeting or a
 * template take the file's order; segments only the database has follow them
 * in their old order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ooo-import-kinds.h"

typedef struct {
  OooStore         *store;
  OooImportSummary *summary;
  gint64            now;
  gboolean          has_rows[OOO_IMPORT_N_TABLES];  /* if not, every row is new */
  const OooImportProgress *progress;
  GError          **error;
} Writer;

static gboolean
step (Writer       *w,
      sqlite3_stmt *stmt)
{
  return ooo_store_step_done (w->store, stmt, w->error);
}

static gboolean
find_id (Writer     *w,
         const char *sql,
         const char *uuid,
         gint64     *id)
{
  sqlite3_stmt *stmt = ooo_store_prepare (w->store, sql, w->error);
  int rc;

  *id = 0;
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
    ooo_store_set_error (w->store, rc, w->error);
    return FALSE;
  }

  return TRUE;
}

static gboolean
merge_row (Writer              *w,
           const OooImportKind *kind,
           const char          *uuid,
           gconstpointer        row,
           gint64               parent_id,
           OooImportCount      *count,
           gint64              *out_id,
           gboolean            *added)
{
  sqlite3 *db = ooo_store_get_db (w->store);
  sqlite3_stmt *stmt;
  gboolean inserting;
  gint64 id = 0;

  if (w->has_rows[kind->table] && !find_id (w, kind->find_sql, uuid, &id))
    return FALSE;
  inserting = id == 0;

  stmt = ooo_store_prepare (w->store, id != 0 ? kind->update_sql : kind->insert_sql, w->error);
  if (stmt == NULL)
    return FALSE;

  kind->bind (stmt, row, parent_id, id == 0 ? w->now : 0);
  if (id != 0)
    sqlite3_bind_int64 (stmt, kind->id_parameter, id);
  if (!step (w, stmt))
    return FALSE;

  if (id == 0) {
    id = sqlite3_last_insert_rowid (db);
    count->added++;
  } else if (sqlite3_changes (db) > 0) {
    count->updated++;
  } else {
    count->unchanged++;
  }

  if (out_id != NULL)
    *out_id = id;
  if (added != NULL)
    *added = inserting;

  return TRUE;
}

/* Segments: the file's in its order, then those only the database has. */

/* Fills @uuids in their order, and @positions with where each one is. */
static gboolean
list_segments (Writer     *w,
               const char *sql,
               gint64      parent_id,
               GPtrArray  *uuids,
               GHashTable *positions)
{
  sqlite3_stmt *stmt = ooo_store_prepare (w->store, sql, w->error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, parent_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW) {
    char *uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));

    g_ptr_array_add (uuids, uuid);
    g_hash_table_insert (positions, uuid, GINT_TO_POINTER (sqlite3_column_int (stmt, 1)));
  }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE) {
    ooo_store_set_error (w->store, rc, w->error);
    return FALSE;
  }

  return TRUE;
}

static gboolean
write_segments (Writer                     *w,
                const OooImportSegmentKind *kind,
                gint64                      parent_id,
                gboolean                    parent_added,
                GArray                     *segments,
                OooImportCount             *count)
{
  g_autoptr(GPtrArray) stored = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) wanted = g_ptr_array_new ();
  g_autoptr(GHashTable) in_file = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) in_db = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean same_order = TRUE;
  guint position = 0;
  sqlite3_stmt *stmt;

  if (!parent_added && !list_segments (w, kind->list_sql, parent_id, stored, in_db))
    return FALSE;

  for (guint i = 0; i < segments->len; i++) {
    char *uuid = g_array_index (segments, OooImportSegment, i).uuid;

    g_hash_table_add (in_file, uuid);
    g_ptr_array_add (wanted, uuid);
  }
  for (guint i = 0; i < stored->len; i++) {
    if (!g_hash_table_contains (in_file, g_ptr_array_index (stored, i)))
      g_ptr_array_add (wanted, g_ptr_array_index (stored, i));
  }
  /* Nothing has to move out of the way when the stored segments already
   * begin the order wanted, as after importing the same file twice. */
  for (guint i = 0; i < stored->len; i++) {
    if (strcmp (g_ptr_array_index (stored, i), g_ptr_array_index (wanted, i)) != 0)
      same_order = FALSE;
  }

  /* UNIQUE (parent, position): move every row out of the way first. */
  if (!same_order) {
    if ((stmt = ooo_store_prepare (w->store, kind->park_sql, w->error)) == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, parent_id);
    if (!step (w, stmt))
      return FALSE;
  }

  for (guint i = 0; i < segments->len; i++, position++) {
    OooImportSegment *segment = &g_array_index (segments, OooImportSegment, i);
    gpointer stored_position = NULL;
    gboolean exists = g_hash_table_lookup_extended (in_db, segment->uuid, NULL,
                                                    &stored_position);
    gboolean moved = exists && GPOINTER_TO_INT (stored_position) != (int) position;

    /* Back from where it was parked first, so that the update below finds a
     * difference only where the file has one. */
    if (exists && !same_order) {
      if ((stmt = ooo_store_prepare (w->store, kind->move_sql, w->error)) == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, segment->uuid, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 2, position);
      if (!step (w, stmt))
        return FALSE;
    }

    stmt = ooo_store_prepare (w->store, exists ? kind->update_sql : kind->insert_sql, w->error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_text (stmt, 1, segment->uuid, -1, SQLITE_STATIC);
    sqlite3_bind_int64 (stmt, 2, parent_id);
    sqlite3_bind_int (stmt, 3, position);
    kind->bind (stmt, segment);
    if (!step (w, stmt))
      return FALSE;

    if (!exists)
      count->added++;
    else if (moved || sqlite3_changes (ooo_store_get_db (w->store)) > 0)
      count->updated++;
    else
      count->unchanged++;
  }

  for (guint i = 0; !same_order && i < stored->len; i++) {
    const char *uuid = g_ptr_array_index (stored, i);

    if (g_hash_table_contains (in_file, uuid))
      continue;
    if ((stmt = ooo_store_prepare (w->store, kind->move_sql, w->error)) == NULL)
      return FALSE;
    sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
    sqlite3_bind_int (stmt, 2, position++);
    if (!step (w, stmt))
      return FALSE;
  }

  return TRUE;
}

static gboolean
write_person (Writer          *w,
              OooImportPerson *person)
{
  OooImportSummary *summary = w->summary;
  gint64 person_id;

  if (!merge_row (w, &ooo_import_person_kind, person->uuid, person, 0, &summary->people,
                  &person_id, NULL))
    return FALSE;

  /* A meeting that stops being in progress goes first, so that one that
   * starts never meets it in the index that allows one per person. */
  for (guint i = 0; i < person->meetings->len * 2; i++) {
    OooImportMeeting *meeting = &g_array_index (person->meetings, OooImportMeeting,
                                                i % person->meetings->len);
    gboolean in_progress = strcmp (meeting->status, "in-progress") == 0;
    gint64 meeting_id;
    gboolean added;

    if (in_progress != (i >= person->meetings->len))
      continue;
    if (!merge_row (w, &ooo_import_meeting_kind, meeting->uuid, meeting, person_id,
                    &summary->meetings, &meeting_id, &added) ||
        !write_segments (w, &ooo_import_meeting_segments, meeting_id, added, meeting->segments,
                         &summary->segments))
      return FALSE;
  }

  for (guint i = 0; i < person->actions->len; i++) {
    OooImportAction *action = &g_array_index (person->actions, OooImportAction, i);

    if (!merge_row (w, &ooo_import_action_kind, action->uuid, action, person_id,
                    &summary->action_items, NULL, NULL))
      return FALSE;
  }
  for (guint i = 0; i < person->points->len; i++) {
    OooImportPoint *point = &g_array_index (person->points, OooImportPoint, i);

    if (!merge_row (w, &ooo_import_point_kind, point->uuid, point, person_id,
                    &summary->talking_points, NULL, NULL))
      return FALSE;
  }
  for (guint i = 0; i < person->reminders->len; i++) {
    OooImportReminder *reminder = &g_array_index (person->reminders, OooImportReminder, i);

    if (!merge_row (w, &ooo_import_reminder_kind, reminder->uuid, reminder, person_id,
                    &summary->reminders, NULL, NULL))
      return FALSE;
  }

  return TRUE;
}

static gboolean
table_has_rows (Writer     *w,
                const char *sql,
                gboolean   *has_rows)
{
  sqlite3_stmt *stmt = ooo_store_prepare (w->store, sql, w->error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  *has_rows = rc == SQLITE_ROW && sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW) {
    ooo_store_set_error (w->store, rc, w->error);
    return FALSE;
  }

  return TRUE;
}

static gboolean
write_everything (Writer        *w,
                  OooImportData *data)
{
  static const char * const has_rows_sql[] = {
    [OOO_IMPORT_TABLE_PERSON] = "SELECT EXISTS (SELECT 1 FROM person)",
    [OOO_IMPORT_TABLE_MEETING] = "SELECT EXISTS (SELECT 1 FROM meeting)",
    [OOO_IMPORT_TABLE_ACTION] = "SELECT EXISTS (SELECT 1 FROM action_item)",
    [OOO_IMPORT_TABLE_POINT] = "SELECT EXISTS (SELECT 1 FROM talking_point)",
    [OOO_IMPORT_TABLE_REMINDER] = "SELECT EXISTS (SELECT 1 FROM reminder)",
    [OOO_IMPORT_TABLE_TEMPLATE] = "SELECT EXISTS (SELECT 1 FROM template)",
  };

  for (guint i = 0; i < G_N_ELEMENTS (has_rows_sql); i++) {
    if (!table_has_rows (w, has_rows_sql[i], &w->has_rows[i]))
      return FALSE;
  }

  for (guint i = 0; i < data->templates->len; i++) {
    OooImportTemplate *template = &g_array_index (data->templates, OooImportTemplate, i);
    gint64 template_id;
    gboolean added;

    if (!merge_row (w, &ooo_import_template_kind, template->uuid, template, 0,
                    &w->summary->templates, &template_id, &added) ||
        !write_segments (w, &ooo_import_template_segments, template_id, added,
                         template->segments, &(OooImportCount) { 0 }))
      return FALSE;
  }

  for (guint i = 0; i < data->people->len; i++) {
    if (!write_person (w, g_ptr_array_index (data->people, i)))
      return FALSE;
    ooo_import_progress_report (w->progress, OOO_IMPORT_STAGE_WRITING, i + 1,
                                data->people->len);
  }

  return TRUE;
}

/* Rows the file brings, to weigh against those the database has. */
static gint64
count_incoming (OooImportData *data)
{
  gint64 rows = 0;

  for (guint i = 0; i < data->people->len; i++) {
    OooImportPerson *person = g_ptr_array_index (data->people, i);

    rows += 1 + person->actions->len + person->points->len + person->reminders->len;
    for (guint j = 0; j < person->meetings->len; j++)
      rows += 1 + g_array_index (person->meetings, OooImportMeeting, j).segments->len;
  }

  return rows;
}

static int
query_pragma (sqlite3    *db,
              const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int value = 0;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

static gboolean
write_in_transaction (Writer        *w,
                      OooImportData *data)
{
  OooImportIndexes deferred = { NULL, NULL };
  gint64 incoming = count_incoming (data);
  gint64 existing;
  gboolean ok;

  if (!ooo_store_begin (w->store, w->error))
    return FALSE;

  /* More than a quarter of what is there already: build the search index
   * once at the end rather than row by row (see ooo-import-index.c). */
  ok = ooo_import_count_rows (w->store, &existing, w->error);
  if (ok && incoming >= 1000 && incoming * 4 > existing)
    ok = ooo_import_indexes_defer (w->store, &deferred, w->error);

  ok = ok && write_everything (w, data);
  if (ok)
    ooo_import_progress_report (w->progress, OOO_IMPORT_STAGE_FINISHING, 0, 0);
  if (ok && deferred.triggers != NULL) {
    gint64 start = g_get_monotonic_time ();

    ok = ooo_import_indexes_restore (w->store, &deferred, w->error);
    g_debug ("Import: search index rebuilt in %.3f s",
             (g_get_monotonic_time () - start) / 1e6);
  }
  ooo_import_indexes_clear (&deferred);

  if (!ok) {
    ooo_store_rollback (w->store);
    return FALSE;
  }

  return ooo_store_commit (w->store, w->error);
}

gboolean
ooo_import_write (OooStore                *store,
                  OooImportData           *data,
                  const OooImportProgress *progress,
                  OooImportSummary        *summary,
                  GError                 **error)
{
  Writer w = { store, summary, g_get_real_time () / G_USEC_PER_SEC, { FALSE }, progress, error };
  sqlite3 *db = ooo_store_get_db (store);
  int cache_size = query_pragma (db, "PRAGMA cache_size");
  int temp_store = query_pragma (db, "PRAGMA temp_store");
  g_autofree char *restore = g_strdup_printf ("PRAGMA cache_size = %d; PRAGMA temp_store = %d",
                                              cache_size, temp_store);
  gboolean ok;

  memset (summary, 0, sizeof *summary);

  /* One transaction of up to hundreds of megabytes: with SQLite's usual
   * 2 MiB of cache its pages would be written out again and again, and each
   * statement's journal would go to a file. For this connection, and only
   * while the import lasts. */
  sqlite3_exec (db, "PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY", NULL, NULL,
                NULL);
  ok = write_in_transaction (&w, data);
  sqlite3_exec (db, restore, NULL, NULL, NULL);

  if (!ok)
    memset (summary, 0, sizeof *summary);

  return ok;
}
