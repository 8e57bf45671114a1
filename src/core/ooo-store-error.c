/* ooo-store-error.c — what a failure of the SQLite file means, in the
 * manager's words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "ooo-store-private.h"

/* A write refused with EROFS (a folder remounted read-only) is an I/O error
 * for SQLite, which keeps the errno only for some failures: not for a write
 * at commit. So after an I/O error the file system is asked, through the
 * connection's own VFS, whether the file can still be written. */
static gboolean
io_error_is_read_only (sqlite3    *db,
                       const char *path)
{
  sqlite3_vfs *vfs = NULL;
  int writable = 1;

  switch (sqlite3_system_errno (db)) {
  case EROFS:
  case EACCES:
  case EPERM:
    return TRUE;
  default:
    break;
  }

  if (path == NULL ||
      sqlite3_file_control (db, "main", SQLITE_FCNTL_VFS_POINTER, &vfs) != SQLITE_OK ||
      vfs == NULL || vfs->xAccess (vfs, path, SQLITE_ACCESS_READWRITE, &writable) != SQLITE_OK)
    return FALSE;

  return !writable;
}

OooStoreError
ooo_store_error_code (int rc)
{
  switch (rc & 0xff) {
  case SQLITE_NOTADB:
  case SQLITE_CORRUPT:
    return OOO_STORE_ERROR_NOT_A_DATABASE;
  case SQLITE_READONLY:
    return OOO_STORE_ERROR_READ_ONLY;
  case SQLITE_FULL:
    return OOO_STORE_ERROR_FULL;
  case SQLITE_BUSY:
  case SQLITE_LOCKED:
    return OOO_STORE_ERROR_BUSY;
  case SQLITE_CONSTRAINT:
    return OOO_STORE_ERROR_CONSTRAINT;
  case SQLITE_CANTOPEN:
  case SQLITE_PERM:
  case SQLITE_IOERR:
    return OOO_STORE_ERROR_CANNOT_OPEN;
  default:
    return OOO_STORE_ERROR_FAILED;
  }
}

void
ooo_store_error_from_sqlite (sqlite3     *db,
                             const char  *path,
                             int          rc,
                             GError     **error)
{
  OooStoreError code = ooo_store_error_code (rc);
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  if ((rc & 0xff) == SQLITE_IOERR && db != NULL && io_error_is_read_only (db, path))
    code = OOO_STORE_ERROR_READ_ONLY;

  switch (code) {
  case OOO_STORE_ERROR_FULL:
    g_set_error (error, OOO_STORE_ERROR, code,
                 _("The disk is full, so the change was not saved. Free some space and try "
                   "again. (%s)"), detail);
    break;
  case OOO_STORE_ERROR_READ_ONLY:
    g_set_error (error, OOO_STORE_ERROR, code,
                 _("The database “%s” cannot be written to, so the change was not saved. "
                   "Make its folder writable and try again. (%s)"), path, detail);
    break;
  case OOO_STORE_ERROR_BUSY:
    g_set_error (error, OOO_STORE_ERROR, code,
                 _("The database is in use by another program. Close it and try again. (%s)"),
                 detail);
    break;
  case OOO_STORE_ERROR_NOT_A_DATABASE:
    g_set_error (error, OOO_STORE_ERROR, code,
                 _("The database “%s” is damaged. (%s)"), path, detail);
    break;
  case OOO_STORE_ERROR_CANNOT_OPEN:
    g_set_error (error, OOO_STORE_ERROR, code,
                 _("The database “%s” cannot be opened. (%s)"), path, detail);
    break;
  default:
    g_set_error (error, OOO_STORE_ERROR, code,
                 _("The database reported an error. (%s)"), detail);
    break;
  }
}
