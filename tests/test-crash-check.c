/* test-crash-check.c — what the crash test checks in the file a killed app
 * left: SQLite's own checks, then everything the app had shown more than a
 * second before the kill, then whether the app's store and session take it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "ooo-session.h"
#include "test-crash.h"

void
crash_entry_free (gpointer data)
{
  Entry *entry = data;

  g_free (entry->kind);
  g_free (entry->args);
  g_free (entry);
}

void
crash_stored_clear (Stored *stored)
{
  g_clear_pointer (&stored->timer, g_free);
  g_clear_pointer (&stored->notes, g_ptr_array_unref);
  g_clear_pointer (&stored->private_notes, g_free);
  stored->meeting_id = 0;
  stored->valid = FALSE;
}

void
crash_remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL) {
    g_autofree char *file = g_build_filename (path, name, NULL);
    g_unlink (file);
  }
  g_rmdir (path);
}

static char *
copy_files (const char *database,
            const char *dir)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };
  g_autofree char *name = g_path_get_basename (database);
  char *copy = g_build_filename (dir, name, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++) {
    g_autofree char *from = g_strconcat (database, suffixes[i], NULL);
    g_autofree char *to = g_strconcat (copy, suffixes[i], NULL);
    g_autofree char *contents = NULL;
    gsize length;

    if (g_file_get_contents (from, &contents, &length, NULL))
      g_assert_true (g_file_set_contents (to, contents, length, NULL));
  }

  return copy;
}

static char *
query_text (sqlite3    *db,
            const char *sql,
            gint64      id,
            gint64      position)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, position);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup (sqlite3_column_type (stmt, 0) == SQLITE_NULL
                     ? "" : (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return text;
}

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = 0;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

static gboolean
action_stored (sqlite3    *db,
               gint64      meeting_id,
               const char *text)
{
  sqlite3_stmt *stmt = NULL;
  gboolean found;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM action_item"
                                           " WHERE meeting_id = ?1 AND text = ?2",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  sqlite3_bind_text (stmt, 2, text, -1, SQLITE_TRANSIENT);
  found = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) > 0;
  sqlite3_finalize (stmt);

  return found;
}

/* Every row SQLite's checks print, joined; "ok" when whole. */
static char *
check_rows (sqlite3    *db,
            const char *sql)
{
  g_autoptr(GString) out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    return g_strdup (sqlite3_errmsg (db));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_string_append_printf (out, "%s%s", out->len > 0 ? "; " : "",
                            (const char *) sqlite3_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    g_string_append_printf (out, "error: %s", sqlite3_errmsg (db));
  sqlite3_finalize (stmt);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* A value shown over time (the notes of one part, the timer, ...) must be
 * stored as it was at the last showing more than a second before the kill,
 * or as at a later one. */
static gboolean
check_series (GString    *failures,
              GPtrArray  *entries,
              gboolean  (*pick) (Entry *, gconstpointer, const char **),
              gconstpointer key,
              const char *what,
              const char *stored,
              gint64      killed)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new ();
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (gint64));
  int last_old = -1;

  for (guint i = 0; i < entries->len; i++) {
    Entry *entry = g_ptr_array_index (entries, i);
    const char *value;

    if (!pick (entry, key, &value))
      continue;
    g_ptr_array_add (values, (gpointer) value);
    g_array_append_val (times, entry->t);
    if (entry->t < killed - PROMISE_US)
      last_old = values->len - 1;
  }

  if (last_old < 0)
    return TRUE;
  for (guint i = last_old; i < values->len; i++)
    if (g_strcmp0 (stored, g_ptr_array_index (values, i)) == 0)
      return TRUE;

  g_string_append_printf (failures, "%s: stored “%s”, but “%s” was on screen %.2f s before "
                                    "the kill\n",
                          what, stored != NULL ? stored : "(nothing)",
                          (const char *) g_ptr_array_index (values, last_old),
                          (killed - g_array_index (times, gint64, last_old)) / 1e6);
  return FALSE;
}

/* Notes arguments are "<part> <escaped text>". */
static gboolean
pick_notes (Entry         *entry,
            gconstpointer  key,
            const char   **value)
{
  guint part = GPOINTER_TO_UINT (key);
  char *end;

  if (!g_str_equal (entry->kind, "notes") && !g_str_equal (entry->kind, "shown"))
    return FALSE;
  if (g_ascii_strtoull (entry->args, &end, 10) != part || *end != ' ')
    return FALSE;
  *value = end + 1;
  return TRUE;
}

static gboolean
pick_kind (Entry         *entry,
           gconstpointer  key,
           const char   **value)
{
  if (!g_str_equal (entry->kind, key))
    return FALSE;
  *value = entry->args;
  return TRUE;
}

Entry *
crash_find_entry (GPtrArray  *entries,
                  const char *kind)
{
  for (guint i = 0; i < entries->len; i++) {
    Entry *entry = g_ptr_array_index (entries, i);

    if (g_str_equal (entry->kind, kind))
      return entry;
  }

  return NULL;
}

const char *
crash_find_args (GPtrArray  *entries,
                 const char *kind)
{
  Entry *entry = crash_find_entry (entries, kind);

  return entry != NULL ? entry->args : NULL;
}

/* The app was just started on the last run's database: it must show what
 * that database held, no more and no less. */
void
crash_check_resumed (GString      *failures,
                     GPtrArray    *entries,
                     const Stored *last)
{
  const char *resumed = crash_find_args (entries, "resumed");
  const char *timer = crash_find_args (entries, "timer");
  const char *private_notes = crash_find_args (entries, "private");

  if (!last->valid || crash_find_args (entries, "ready") == NULL)
    return;

  if (resumed == NULL || g_ascii_strtoll (resumed, NULL, 10) != last->meeting_id) {
    g_string_append_printf (failures, "the 1:1 in progress (%" G_GINT64_FORMAT ") did not "
                            "come back: %s\n", last->meeting_id,
                            resumed != NULL ? resumed : "a new one started");
    return;
  }
  if (g_strcmp0 (timer, last->timer) != 0)
    g_string_append_printf (failures, "the timer came back as “%s”, stored as “%s”\n",
                            timer, last->timer);
  if (g_strcmp0 (private_notes, last->private_notes) != 0)
    g_string_append_printf (failures, "private notes came back as “%s”, stored “%s”\n",
                            private_notes, last->private_notes);
  for (guint part = 0; part < last->notes->len; part++) {
    const char *shown = NULL;

    for (guint i = 0; i < entries->len && shown == NULL; i++)
      if (g_str_equal (((Entry *) g_ptr_array_index (entries, i))->kind, "shown"))
        pick_notes (g_ptr_array_index (entries, i), GUINT_TO_POINTER (part), &shown);
    if (g_strcmp0 (shown, g_ptr_array_index (last->notes, part)) != 0)
      g_string_append_printf (failures, "notes of part %u came back as “%s”, stored “%s”\n",
                              part, shown, (char *) g_ptr_array_index (last->notes, part));
  }
}

/* The app's own store and session take the file as it was left. */
static void
check_reopen (GString    *failures,
              const char *copy,
              gint64      meeting_id,
              const char *timer)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OooStore) store = ooo_store_open (copy, &error);
  g_autoptr(OooSession) session = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GEnumClass) states = NULL;
  g_autofree char *resumed = NULL;
  OooTimer *resumed_timer;

  if (store == NULL) {
    g_string_append_printf (failures, "the store cannot open the file: %s\n", error->message);
    return;
  }
  if (ooo_store_get_recovered_path (store) != NULL) {
    g_string_append (failures, "the store set the file aside as damaged\n");
    return;
  }
  session = ooo_session_new (store, NULL);
  if (!ooo_session_load (session, &error)) {
    g_string_append_printf (failures, "the session cannot load: %s\n", error->message);
    return;
  }
  if (meeting_id == 0)
    return;

  meetings = ooo_meetings_list_in_progress (ooo_session_get_meetings (session));
  if (meetings->len != 1 ||
      ooo_meeting_get_id (g_ptr_array_index (meetings, 0)) != meeting_id) {
    g_string_append_printf (failures, "the session resumes %u meetings, not %" G_GINT64_FORMAT
                            "\n", meetings->len, meeting_id);
    return;
  }
  resumed_timer = ooo_meeting_get_timer (g_ptr_array_index (meetings, 0));
  states = g_type_class_ref (g_type_from_name ("OooTimerState"));
  resumed = g_strdup_printf ("%s %u",
                             g_enum_get_value (states,
                                               ooo_timer_get_state (resumed_timer))->value_nick,
                             ooo_timer_get_current (resumed_timer));
  if (g_strcmp0 (resumed, timer) != 0)
    g_string_append_printf (failures, "the session resumes the timer as “%s”, stored “%s”\n",
                            resumed, timer);
}

void
crash_check_database (GString    *failures,
                      const char *database,
                      GPtrArray  *entries,
                      gint64      killed,
                      Stored     *last,
                      guint      *n_checked)
{
  g_autofree char *dir = g_dir_make_tmp ("ooo-crash-check-XXXXXX", NULL);
  g_autofree char *copy = copy_files (database, dir);
  g_autofree char *integrity = NULL;
  g_autofree char *foreign = NULL;
  g_autofree char *fts = NULL;
  g_autofree char *timer = NULL;
  const char *start = crash_find_args (entries, "start");
  const char *resumed = crash_find_args (entries, "resumed");
  gint64 meeting_id = 0;
  sqlite3 *db = NULL;

  crash_stored_clear (last);
  if (!g_file_test (copy, G_FILE_TEST_EXISTS)) {
    /* Killed before the app made its file: it cannot have shown anything. */
    if (crash_find_args (entries, "ready") != NULL)
      g_string_append (failures, "the app showed a meeting but left no database\n");
    crash_remove_dir (dir);
    return;
  }

  /* Read-write, as the app opens it: a read-only connection could not
   * replay the write-ahead log the kill left behind. */
  g_assert_cmpint (sqlite3_open_v2 (copy, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  integrity = check_rows (db, "PRAGMA integrity_check");
  foreign = check_rows (db, "PRAGMA foreign_key_check");
  if (g_strcmp0 (integrity, "ok") != 0)
    g_string_append_printf (failures, "integrity_check: %s\n", integrity);
  if (*foreign != '\0')
    g_string_append_printf (failures, "foreign_key_check: %s\n", foreign);

  if (start != NULL)
    meeting_id = g_ascii_strtoll (start, NULL, 10);
  else if (resumed != NULL)
    meeting_id = g_ascii_strtoll (resumed, NULL, 10);
  else
    /* Killed before it showed one: the next run resumes what is there. */
    meeting_id = query_int (db, "SELECT id FROM meeting WHERE status = 'in-progress'");

  if (meeting_id != 0 && *failures->str == '\0') {
    g_autofree char *status = query_text (db, "SELECT status FROM meeting WHERE id = ?1",
                                          meeting_id, 0);
    g_autofree char *private_notes =
      query_text (db, "SELECT private_notes FROM meeting WHERE id = ?1", meeting_id, 0);
    g_autofree char *escaped_private = g_strescape (private_notes ? private_notes : "", NULL);
    g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);

    /* The meeting's row was committed before it was shown. */
    if (g_strcmp0 (status, "in-progress") != 0)
      g_string_append_printf (failures, "meeting %" G_GINT64_FORMAT " is “%s”, not in "
                              "progress\n", meeting_id, status);

    timer = query_text (db, "SELECT timer_state || ' ' || current_segment FROM meeting"
                            " WHERE id = ?1", meeting_id, 0);
    check_series (failures, entries, pick_kind, "timer", "the timer", timer, killed);
    check_series (failures, entries, pick_kind, "private", "private notes", escaped_private,
                  killed);
    for (guint part = 0;; part++) {
      g_autofree char *text = query_text (db, "SELECT notes FROM meeting_segment"
                                              " WHERE meeting_id = ?1 AND position = ?2",
                                          meeting_id, part);
      g_autofree char *what = g_strdup_printf ("notes of part %u", part);
      char *escaped;

      if (text == NULL)
        break;
      escaped = g_strescape (text, NULL);
      check_series (failures, entries, pick_notes, GUINT_TO_POINTER (part), what, escaped,
                    killed);
      g_ptr_array_add (notes, escaped);
    }

    for (guint i = 0; i < entries->len; i++) {
      Entry *entry = g_ptr_array_index (entries, i);
      g_autofree char *text = NULL;

      if (!g_str_equal (entry->kind, "action") || entry->t >= killed - PROMISE_US)
        continue;
      text = g_strcompress (entry->args);
      if (!action_stored (db, meeting_id, text))
        g_string_append_printf (failures, "action item “%s”, listed %.2f s before the kill, "
                                          "is not stored\n",
                              text, (killed - entry->t) / 1e6);
      (*n_checked)++;
    }

    last->valid = TRUE;
    last->meeting_id = meeting_id;
    last->timer = g_strdup (timer);
    last->notes = g_steal_pointer (&notes);
    last->private_notes = g_steal_pointer (&escaped_private);
  }

  /* The search index is kept in step by triggers; it must be whole too
   * (unless the kill came before the app made its tables). */
  if (query_int (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'search_index'") > 0)
    fts = check_rows (db, "INSERT INTO search_index (search_index) VALUES ('integrity-check')");
  if (fts != NULL && *fts != '\0')
    g_string_append_printf (failures, "search index: %s\n", fts);
  sqlite3_close (db);

  if (*failures->str == '\0')
    check_reopen (failures, copy, meeting_id, timer);
  crash_remove_dir (dir);
}
