/* ooo-fuzz-store.c — a real SQLite store for the fuzz targets
 *
 * Every input must meet the same database, or a crash found after a million
 * inputs could not be replayed from its file alone. The store is made once
 * (built-in templates and the golden export's people, so that an import
 * also merges and collides, not only adds) and kept as bytes; an input that
 * changed nothing leaves the open store as it is, and one that wrote is
 * followed by a fresh copy. That keeps refused inputs, the most of them,
 * as fast as the parser.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "ooo-builtin-templates.h"
#include "ooo-fuzz-store.h"
#include "ooo-import.h"

static char *folder;
static char *work_path;
static pid_t owner;            /* the process that made the folder, and removes it */
static GBytes *pristine;
static OooStore *store;

void
ooo_fuzz_fail (const char *format,
               ...)
{
  va_list args;

  va_start (args, format);
  fputs ("ooo-fuzz: ", stderr);
  vfprintf (stderr, format, args);
  fputc ('\n', stderr);
  va_end (args);

  abort ();
}

static void
remove_work_files (void)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++) {
    g_autofree char *path = g_strconcat (work_path, suffixes[i], NULL);

    g_unlink (path);
  }
}

static void
clean_up (void)
{
  g_clear_object (&store);
  if (folder != NULL && getpid () == owner) {
    remove_work_files ();
    g_rmdir (folder);
  }
}

/* Warnings and criticals are bugs here: a g_return_if_fail() that fires on
 * some input is as much a finding as a crash. */
void
ooo_fuzz_init (void)
{
  static gboolean done;

  if (done)
    return;
  done = TRUE;

  setlocale (LC_ALL, "C.UTF-8");
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
}

static OooStore *
open_or_fail (const char *path)
{
  g_autoptr(GError) error = NULL;
  OooStore *opened = ooo_store_open (path, &error);

  if (opened == NULL)
    ooo_fuzz_fail ("cannot open %s: %s", path, error->message);
  if (ooo_store_get_recovered_path (opened) != NULL)
    ooo_fuzz_fail ("%s was moved aside as damaged", path);

  return opened;
}

/* Reads the seed without GIO's file system layer, which may start threads
 * and talk to a session bus: the replay driver forks after this. */
static void
make_pristine (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OooStore) seeded = NULL;
  g_autofree char *path = NULL;
  g_autofree char *seed = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  folder = g_dir_make_tmp ("ooo-fuzz-XXXXXX", &error);
  if (folder == NULL)
    ooo_fuzz_fail ("cannot make a temporary folder: %s", error->message);
  work_path = g_build_filename (folder, "one-on-one.db", NULL);
  owner = getpid ();
  atexit (clean_up);

  path = g_build_filename (folder, "pristine.db", NULL);
  seeded = open_or_fail (path);
  if (!g_file_get_contents (OOO_FUZZ_SEED_EXPORT, &seed, &length, &error) ||
      !ooo_builtin_templates_ensure (seeded, &error) ||
      !ooo_import_from_data (seeded, seed, length, NULL, &error))
    ooo_fuzz_fail ("cannot fill the store from %s: %s", OOO_FUZZ_SEED_EXPORT, error->message);
  ooo_fuzz_store_check (seeded);
  /* Closing folds the WAL into the file, so the file alone is the store. */
  g_clear_object (&seeded);

  if (!g_file_get_contents (path, &contents, &length, &error))
    ooo_fuzz_fail ("cannot read %s: %s", path, error->message);
  pristine = g_bytes_new_take (g_steal_pointer (&contents), length);
  g_unlink (path);
}

/* Makes the store once, so that processes forked after this share it. */
void
ooo_fuzz_store_prepare (void)
{
  if (pristine == NULL)
    make_pristine ();
}

/* The store, as it was made, unless the last input was refused. */
OooStore *
ooo_fuzz_store_get (void)
{
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *bytes;

  if (store != NULL)
    return store;

  ooo_fuzz_store_prepare ();
  remove_work_files ();
  bytes = g_bytes_get_data (pristine, &length);
  if (!g_file_set_contents_full (work_path, bytes, length, G_FILE_SET_CONTENTS_NONE, 0600,
                                 &error))
    ooo_fuzz_fail ("cannot write %s: %s", work_path, error->message);
  store = open_or_fail (work_path);

  return store;
}

/* The next ooo_fuzz_store_get() starts again from the store as it was made. */
void
ooo_fuzz_store_reset (void)
{
  g_clear_object (&store);
}

static void
expect_rows (sqlite3    *db,
             const char *sql,
             const char *only_row)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    ooo_fuzz_fail ("%s: %s", sql, sqlite3_errmsg (db));

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW) {
    const char *text = (const char *) sqlite3_column_text (stmt, 0);

    if (only_row == NULL || g_strcmp0 (text, only_row) != 0)
      ooo_fuzz_fail ("the database is not consistent: %s gave “%s”", sql, text);
  }
  if (rc != SQLITE_DONE)
    ooo_fuzz_fail ("%s: %s", sql, sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
}

/* The file, its references and its search index agree with themselves. */
void
ooo_fuzz_store_check (OooStore *checked)
{
  sqlite3 *db = ooo_store_get_db (checked);
  char *message = NULL;

  if (!sqlite3_get_autocommit (db))
    ooo_fuzz_fail ("a transaction was left open");

  expect_rows (db, "PRAGMA integrity_check", "ok");
  expect_rows (db, "PRAGMA foreign_key_check", NULL);
  /* With rank 1, the index is compared with the rows it is made from. */
  if (sqlite3_exec (db, "INSERT INTO search_index (search_index, rank)"
                        " VALUES ('integrity-check', 1)", NULL, NULL, &message) != SQLITE_OK)
    ooo_fuzz_fail ("the search index does not match the notes: %s", message);
}

/* A refusal reaches the manager as this message: it must say something, in
 * text that can be shown. */
void
ooo_fuzz_check_message (const GError *error,
                        GQuark        domain,
                        int           code)
{
  if (error == NULL)
    ooo_fuzz_fail ("refused without an error");
  if (error->domain != domain || error->code != code)
    ooo_fuzz_fail ("refused with the wrong error (%s %d, wanted %s %d): %s",
                   g_quark_to_string (error->domain), error->code,
                   g_quark_to_string (domain), code, error->message);
  if (error->message == NULL || error->message[0] == '\0')
    ooo_fuzz_fail ("refused with an empty message");
  if (!g_utf8_validate (error->message, -1, NULL))
    ooo_fuzz_fail ("refused with a message that is not UTF-8");
}
