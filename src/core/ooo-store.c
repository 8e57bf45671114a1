/* ooo-store.c — the SQLite file that holds everything the manager records
 *
 * The file is private (0600 in a 0700 folder), runs in WAL mode with foreign
 * keys on, and is never overwritten when it cannot be read: it is moved aside
 * under a timestamped name and the caller is told where it went.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ooo-schema.h"
#include "ooo-store-private.h"

/* 'OOO1': marks the file as ours, so another program's database is not
 * mistaken for an empty One-on-One file. */
#define OOO_APPLICATION_ID 0x4f4f4f31

struct _OooStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  char       *recovered_path;
  char       *backup_path;
  GHashTable *statements;     /* const char *sql -> sqlite3_stmt * */
  gboolean    reader;         /* a worker's second connection, reading only */
};

G_DEFINE_TYPE (OooStore, ooo_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (ooo-store-error-quark, ooo_store_error)

static void
ooo_store_finalize (GObject *object)
{
  OooStore *self = OOO_STORE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL) {
    /* Folds the WAL back into the file, so a copy of the .db alone is whole. */
    if (!self->reader)
      sqlite3_exec (self->db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
    sqlite3_close_v2 (self->db);
  }
  g_free (self->path);
  g_free (self->recovered_path);
  g_free (self->backup_path);

  G_OBJECT_CLASS (ooo_store_parent_class)->finalize (object);
}

static void
ooo_store_class_init (OooStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ooo_store_finalize;
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
ooo_store_init (OooStore *self)
{
  self->statements = g_hash_table_new_full (NULL, NULL, NULL, finalize_statement);
}

void
ooo_store_set_error (OooStore  *self,
                     int        rc,
                     GError   **error)
{
  ooo_store_error_from_sqlite (self->db, self->path, rc, error);
}

char *
ooo_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), APP_ID, "one-on-one.db", NULL);
}

/* Creates the folder and an empty file with private modes before SQLite sees
 * them, so there is no moment when the notes are readable by others. */
static gboolean
prepare_location (const char  *path,
                  GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *default_path = ooo_store_default_path ();
  int fd;

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR)) {
    if (g_mkdir_with_parents (dir, 0700) != 0) {
      int saved_errno = errno;
      g_set_error (error, OOO_STORE_ERROR, OOO_STORE_ERROR_CANNOT_OPEN,
                   _("Cannot create the folder “%s” for your data: %s."),
                   dir, g_strerror (saved_errno));
      return FALSE;
    }
  } else if (g_strcmp0 (path, default_path) == 0) {
    /* The app's own folder holds nothing but private data. */
    g_chmod (dir, 0700);
  }

  fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) {
    int saved_errno = errno;
    g_set_error (error, OOO_STORE_ERROR, OOO_STORE_ERROR_CANNOT_OPEN,
                 _("Cannot save your data in “%s”: %s."), path, g_strerror (saved_errno));
    return FALSE;
  }
  if (fchmod (fd, 0600) != 0)
    g_debug ("Could not make %s private: %s", path, g_strerror (errno));
  close (fd);

  return TRUE;
}

static int
exec_sql (sqlite3    *db,
          const char *sql)
{
  return sqlite3_exec (db, sql, NULL, NULL, NULL);
}

static int
query_int (sqlite3    *db,
           const char *sql,
           int        *out)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK) {
    rc = sqlite3_step (stmt);
    if (rc == SQLITE_ROW) {
      *out = sqlite3_column_int (stmt, 0);
      rc = SQLITE_OK;
    }
  }
  sqlite3_finalize (stmt);

  return rc;
}

/* Above this size a full check would delay every start by seconds (it
 * reads every page); such a file is still checked page by page as it is
 * read, and SQLite reports a damaged page when it meets one. */
#define FULL_CHECK_MAX_BYTES (64 * 1024 * 1024)

/* Reads the whole file once, when that is quick: a damaged page found now is
 * better than one found while the manager is typing. */
static int
check_integrity (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  int page_count = 0, page_size = 0;
  int rc;

  if ((rc = query_int (db, "PRAGMA page_count", &page_count)) != SQLITE_OK ||
      (rc = query_int (db, "PRAGMA page_size", &page_size)) != SQLITE_OK)
    return rc;
  if ((gint64) page_count * page_size > FULL_CHECK_MAX_BYTES)
    return SQLITE_OK;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK) {
    rc = sqlite3_step (stmt);
    if (rc == SQLITE_ROW)
      rc = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0
           ? SQLITE_OK : SQLITE_CORRUPT;
  }
  sqlite3_finalize (stmt);

  return rc;
}

/* Opens @path as a One-on-One database. Returns SQLITE_NOTADB for a file that
 * cannot be ours (damaged, or another program's), so the caller moves it aside. */
static int
open_database (const char  *path,
               sqlite3    **out_db)
{
  sqlite3 *db = NULL;
  int application_id = 0;
  int table_count = 0;
  int version;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    goto out;

  sqlite3_extended_result_codes (db, TRUE);
  sqlite3_busy_timeout (db, 5000);

  /* Only reads until the file is known to be ours: another program's
   * database must come out of this byte for byte as it went in. */
  if ((rc = check_integrity (db)) != SQLITE_OK ||
      (rc = query_int (db, "PRAGMA application_id", &application_id)) != SQLITE_OK ||
      (rc = query_int (db, "SELECT count(*) FROM sqlite_schema", &table_count)) != SQLITE_OK)
    goto out;

  version = ooo_schema_get_version (db);
  if (application_id != OOO_APPLICATION_ID && (application_id != 0 || version != 0 ||
                                               table_count != 0)) {
    rc = SQLITE_NOTADB;
    goto out;
  }

  if ((rc = exec_sql (db, "PRAGMA journal_mode = WAL")) != SQLITE_OK ||
      (rc = exec_sql (db, "PRAGMA foreign_keys = ON")) != SQLITE_OK ||
      (rc = exec_sql (db, "PRAGMA synchronous = NORMAL")) != SQLITE_OK)
    goto out;

  if (application_id == 0) {
    g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d", OOO_APPLICATION_ID);
    if ((rc = exec_sql (db, sql)) != SQLITE_OK)
      goto out;
  }

out:
  if (rc != SQLITE_OK) {
    if (db != NULL && (rc & 0xff) != SQLITE_NOTADB && (rc & 0xff) != SQLITE_CORRUPT)
      /* Keep the connection so the caller can read sqlite3_errmsg(). */
      *out_db = db;
    else
      sqlite3_close_v2 (db);
    return rc;
  }

  *out_db = db;
  return SQLITE_OK;
}

static char *
free_name_beside (const char *path,
                  const char *suffix)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  char *candidate = g_strdup_printf ("%s.%s-%s", path, suffix, stamp);

  for (guint i = 2; g_file_test (candidate, G_FILE_TEST_EXISTS); i++) {
    g_free (candidate);
    candidate = g_strdup_printf ("%s.%s-%s-%u", path, suffix, stamp, i);
  }

  return candidate;
}

/* Moves the unreadable file (and its WAL) aside; nothing is ever deleted. */
static char *
move_aside (const char  *path,
            GError     **error)
{
  g_autofree char *target = free_name_beside (path, "damaged");
  static const char * const companions[] = { "-wal", "-shm", "-journal" };

  if (g_rename (path, target) != 0) {
    int saved_errno = errno;
    g_set_error (error, OOO_STORE_ERROR, OOO_STORE_ERROR_NOT_A_DATABASE,
                 _("The database “%s” is damaged and could not be moved aside: %s. "
                   "Nothing was changed."), path, g_strerror (saved_errno));
    return NULL;
  }

  for (guint i = 0; i < G_N_ELEMENTS (companions); i++) {
    g_autofree char *from = g_strconcat (path, companions[i], NULL);
    g_autofree char *to = g_strconcat (target, companions[i], NULL);

    if (g_file_test (from, G_FILE_TEST_EXISTS))
      g_rename (from, to);
  }

  return g_steal_pointer (&target);
}

/* A whole copy of the file before its schema changes, for a way back. */
static char *
backup_before_migration (sqlite3     *db,
                         const char  *path,
                         int          version,
                         GError     **error)
{
  g_autofree char *suffix = g_strdup_printf ("before-v%d", ooo_schema_latest_version ());
  g_autofree char *target = free_name_beside (path, suffix);
  sqlite3 *copy = NULL;
  sqlite3_backup *backup;
  int fd;
  int rc;

  fd = g_open (target, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd >= 0)
    close (fd);

  rc = sqlite3_open_v2 (target, &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK) {
    backup = sqlite3_backup_init (copy, "main", db, "main");
    if (backup != NULL) {
      sqlite3_backup_step (backup, -1);
      sqlite3_backup_finish (backup);
    }
    rc = sqlite3_errcode (copy);
  }
  sqlite3_close_v2 (copy);

  if (rc != SQLITE_OK) {
    g_unlink (target);
    g_set_error (error, OOO_STORE_ERROR, ooo_store_error_code (rc),
                 _("Could not copy the database before upgrading it from version %d, so it "
                   "was left as it is: %s."), version, sqlite3_errstr (rc));
    return NULL;
  }

  return g_steal_pointer (&target);
}

static gboolean
bring_up_to_date (OooStore  *self,
                  GError   **error)
{
  int version = ooo_schema_get_version (self->db);
  int latest = ooo_schema_latest_version ();

  if (version > latest) {
    g_set_error (error, OOO_STORE_ERROR, OOO_STORE_ERROR_TOO_NEW,
                 _("The database “%s” was written by a newer version of One-on-One. Update "
                   "the app to open it; the file was left as it is."), self->path);
    return FALSE;
  }

  if (version == latest)
    return TRUE;

  if (version > 0) {
    self->backup_path = backup_before_migration (self->db, self->path, version, error);
    if (self->backup_path == NULL)
      return FALSE;
  }

  return ooo_schema_migrate (self->db, latest, error);
}

OooStore *
ooo_store_open (const char  *path,
                GError     **error)
{
  g_autoptr(OooStore) self = NULL;
  g_autofree char *recovered = NULL;
  sqlite3 *db = NULL;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  if (!prepare_location (path, error))
    return NULL;

  rc = open_database (path, &db);
  if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT) {
    recovered = move_aside (path, error);
    if (recovered == NULL)
      return NULL;
    if (!prepare_location (path, error))
      return NULL;
    rc = open_database (path, &db);
  }

  if (rc != SQLITE_OK) {
    ooo_store_error_from_sqlite (db, path, rc, error);
    sqlite3_close_v2 (db);
    return NULL;
  }

  self = g_object_new (OOO_TYPE_STORE, NULL);
  self->db = db;
  self->path = g_strdup (path);
  self->recovered_path = g_steal_pointer (&recovered);

  if (!bring_up_to_date (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

OooStore *
ooo_store_open_reader (const char  *path,
                       GError     **error)
{
  OooStore *self;
  sqlite3 *db = NULL;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_extended_result_codes (db, TRUE);
    rc = sqlite3_busy_timeout (db, 5000);
  }
  if (rc != SQLITE_OK) {
    ooo_store_error_from_sqlite (db, path, rc, error);
    sqlite3_close_v2 (db);
    return NULL;
  }

  self = g_object_new (OOO_TYPE_STORE, NULL);
  self->db = db;
  self->path = g_strdup (path);
  self->reader = TRUE;

  return self;
}

void
ooo_store_set_busy_wait (OooStore *self,
                         guint     milliseconds)
{
  g_return_if_fail (OOO_IS_STORE (self));
  sqlite3_busy_timeout (self->db, (int) MIN (milliseconds, G_MAXINT));
}

const char *
ooo_store_get_path (OooStore *self)
{
  g_return_val_if_fail (OOO_IS_STORE (self), NULL);
  return self->path;
}

/* Where an unreadable file was moved when this store was opened, or NULL. */
const char *
ooo_store_get_recovered_path (OooStore *self)
{
  g_return_val_if_fail (OOO_IS_STORE (self), NULL);
  return self->recovered_path;
}

/* Where the copy taken before a schema upgrade went, or NULL. */
const char *
ooo_store_get_backup_path (OooStore *self)
{
  g_return_val_if_fail (OOO_IS_STORE (self), NULL);
  return self->backup_path;
}

int
ooo_store_get_schema_version (OooStore *self)
{
  g_return_val_if_fail (OOO_IS_STORE (self), -1);
  return ooo_schema_get_version (self->db);
}

sqlite3 *
ooo_store_get_db (OooStore *self)
{
  g_return_val_if_fail (OOO_IS_STORE (self), NULL);
  return self->db;
}

sqlite3_stmt *
ooo_store_prepare (OooStore    *self,
                   const char  *sql,
                   GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OOO_IS_STORE (self), NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL) {
    sqlite3_reset (stmt);
    sqlite3_clear_bindings (stmt);
    return stmt;
  }

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL)
      != SQLITE_OK) {
    ooo_store_set_error (self, sqlite3_errcode (self->db), error);
    return NULL;
  }
  g_hash_table_insert (self->statements, (gpointer) sql, stmt);

  return stmt;
}

/* Steps a statement that returns no rows. */
gboolean
ooo_store_step_done (OooStore      *self,
                     sqlite3_stmt  *stmt,
                     GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE) {
    ooo_store_set_error (self, rc, error);
    return FALSE;
  }

  return TRUE;
}

gboolean
ooo_store_begin (OooStore  *self,
                 GError   **error)
{
  int rc = exec_sql (self->db, "BEGIN IMMEDIATE");

  if (rc != SQLITE_OK) {
    ooo_store_set_error (self, rc, error);
    return FALSE;
  }

  return TRUE;
}

gboolean
ooo_store_commit (OooStore  *self,
                  GError   **error)
{
  int rc = exec_sql (self->db, "COMMIT");

  if (rc != SQLITE_OK) {
    ooo_store_set_error (self, rc, error);
    ooo_store_rollback (self);
    return FALSE;
  }

  return TRUE;
}

void
ooo_store_rollback (OooStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    exec_sql (self->db, "ROLLBACK");
}

/* Enums are stored by their nicks ("skip-level"), which stay readable in the
 * file and in exports, and survive a reordering of the C enum. */
const char *
ooo_store_enum_nick (GType enum_type,
                     int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  return enum_value != NULL ? enum_value->value_nick : NULL;
}

int
ooo_store_enum_from_nick (GType       enum_type,
                          const char *nick,
                          int         fallback)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *enum_value = nick != NULL ? g_enum_get_value_by_nick (klass, nick) : NULL;

  return enum_value != NULL ? enum_value->value : fallback;
}
