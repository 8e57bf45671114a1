/* ooo-fault-vfs.h — makes the disk full or read-only on demand, for tests
 *
 * A SQLite VFS registered as the default that hands everything to the
 * system's own ("unix"), except that while a fault is set writes and
 * truncations fail exactly as the unix VFS reports them: SQLITE_FULL for a
 * full disk, SQLITE_IOERR_WRITE with errno EROFS for a read-only file system
 * (where asking whether a file is writable also says no).
 * The app's own store then meets the fault through its ordinary connection.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <errno.h>
#include <glib.h>
#include <sqlite3.h>

typedef enum {
  OOO_FAULT_NONE,
  OOO_FAULT_DISK_FULL,
  OOO_FAULT_READ_ONLY,
} OooFault;

static int ooo_fault_current;      /* OooFault, read with g_atomic_int_get */
static int ooo_fault_refused;      /* writes refused so far */
static int ooo_fault_errno;        /* what the last refused write left in errno */
static sqlite3_vfs *ooo_fault_real;

typedef struct {
  sqlite3_file  base;
  sqlite3_file *real;              /* the unix VFS's file, just after this struct */
} OooFaultFile;

static inline void
ooo_fault_set (OooFault fault)
{
  g_atomic_int_set (&ooo_fault_current, fault);
}

static inline int
ooo_fault_get_refused (void)
{
  return g_atomic_int_get (&ooo_fault_refused);
}

/* The error a refused write returns, or SQLITE_OK when writes work. */
static int
ooo_fault_refuse (int io_error)
{
  switch (g_atomic_int_get (&ooo_fault_current)) {
  case OOO_FAULT_DISK_FULL:
    g_atomic_int_inc (&ooo_fault_refused);
    g_atomic_int_set (&ooo_fault_errno, ENOSPC);
    return SQLITE_FULL;
  case OOO_FAULT_READ_ONLY:
    g_atomic_int_inc (&ooo_fault_refused);
    g_atomic_int_set (&ooo_fault_errno, EROFS);
    return io_error;
  default:
    return SQLITE_OK;
  }
}

#define OOO_FAULT_REAL(file) (((OooFaultFile *) (file))->real)

static int
ooo_fault_close (sqlite3_file *file)
{
  return OOO_FAULT_REAL (file)->pMethods->xClose (OOO_FAULT_REAL (file));
}

static int
ooo_fault_read (sqlite3_file *file, void *buf, int amount, sqlite3_int64 offset)
{
  return OOO_FAULT_REAL (file)->pMethods->xRead (OOO_FAULT_REAL (file), buf, amount, offset);
}

static int
ooo_fault_write (sqlite3_file *file, const void *buf, int amount, sqlite3_int64 offset)
{
  int rc = ooo_fault_refuse (SQLITE_IOERR_WRITE);

  if (rc != SQLITE_OK)
    return rc;
  return OOO_FAULT_REAL (file)->pMethods->xWrite (OOO_FAULT_REAL (file), buf, amount, offset);
}

static int
ooo_fault_truncate (sqlite3_file *file, sqlite3_int64 size)
{
  int rc = ooo_fault_refuse (SQLITE_IOERR_TRUNCATE);

  if (rc != SQLITE_OK)
    return rc;
  return OOO_FAULT_REAL (file)->pMethods->xTruncate (OOO_FAULT_REAL (file), size);
}

static int
ooo_fault_sync (sqlite3_file *file, int flags)
{
  return OOO_FAULT_REAL (file)->pMethods->xSync (OOO_FAULT_REAL (file), flags);
}

static int
ooo_fault_file_size (sqlite3_file *file, sqlite3_int64 *size)
{
  return OOO_FAULT_REAL (file)->pMethods->xFileSize (OOO_FAULT_REAL (file), size);
}

static int
ooo_fault_lock (sqlite3_file *file, int lock)
{
  return OOO_FAULT_REAL (file)->pMethods->xLock (OOO_FAULT_REAL (file), lock);
}

static int
ooo_fault_unlock (sqlite3_file *file, int lock)
{
  return OOO_FAULT_REAL (file)->pMethods->xUnlock (OOO_FAULT_REAL (file), lock);
}

static int
ooo_fault_check_reserved_lock (sqlite3_file *file, int *out)
{
  return OOO_FAULT_REAL (file)->pMethods->xCheckReservedLock (OOO_FAULT_REAL (file), out);
}

static int
ooo_fault_file_control (sqlite3_file *file, int op, void *arg)
{
  return OOO_FAULT_REAL (file)->pMethods->xFileControl (OOO_FAULT_REAL (file), op, arg);
}

static int
ooo_fault_sector_size (sqlite3_file *file)
{
  return OOO_FAULT_REAL (file)->pMethods->xSectorSize (OOO_FAULT_REAL (file));
}

static int
ooo_fault_device_characteristics (sqlite3_file *file)
{
  return OOO_FAULT_REAL (file)->pMethods->xDeviceCharacteristics (OOO_FAULT_REAL (file));
}

static int
ooo_fault_shm_map (sqlite3_file *file, int page, int size, int extend, void volatile **out)
{
  return OOO_FAULT_REAL (file)->pMethods->xShmMap (OOO_FAULT_REAL (file), page, size, extend,
                                                   out);
}

static int
ooo_fault_shm_lock (sqlite3_file *file, int offset, int n, int flags)
{
  return OOO_FAULT_REAL (file)->pMethods->xShmLock (OOO_FAULT_REAL (file), offset, n, flags);
}

static void
ooo_fault_shm_barrier (sqlite3_file *file)
{
  OOO_FAULT_REAL (file)->pMethods->xShmBarrier (OOO_FAULT_REAL (file));
}

static int
ooo_fault_shm_unmap (sqlite3_file *file, int delete_flag)
{
  return OOO_FAULT_REAL (file)->pMethods->xShmUnmap (OOO_FAULT_REAL (file), delete_flag);
}

static int
ooo_fault_fetch (sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
  return OOO_FAULT_REAL (file)->pMethods->xFetch (OOO_FAULT_REAL (file), offset, amount, out);
}

static int
ooo_fault_unfetch (sqlite3_file *file, sqlite3_int64 offset, void *page)
{
  return OOO_FAULT_REAL (file)->pMethods->xUnfetch (OOO_FAULT_REAL (file), offset, page);
}

static const sqlite3_io_methods ooo_fault_io_methods = {
  3,
  ooo_fault_close,
  ooo_fault_read,
  ooo_fault_write,
  ooo_fault_truncate,
  ooo_fault_sync,
  ooo_fault_file_size,
  ooo_fault_lock,
  ooo_fault_unlock,
  ooo_fault_check_reserved_lock,
  ooo_fault_file_control,
  ooo_fault_sector_size,
  ooo_fault_device_characteristics,
  ooo_fault_shm_map,
  ooo_fault_shm_lock,
  ooo_fault_shm_barrier,
  ooo_fault_shm_unmap,
  ooo_fault_fetch,
  ooo_fault_unfetch,
};

static int
ooo_fault_open (sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *out)
{
  OooFaultFile *fault_file = (OooFaultFile *) file;
  int rc;

  fault_file->real = (sqlite3_file *) (fault_file + 1);
  rc = ooo_fault_real->xOpen (ooo_fault_real, name, fault_file->real, flags, out);
  /* SQLite calls xClose only when pMethods is set. */
  file->pMethods = fault_file->real->pMethods != NULL ? &ooo_fault_io_methods : NULL;

  return rc;
}

static int
ooo_fault_delete (sqlite3_vfs *vfs, const char *name, int sync_dir)
{
  return ooo_fault_real->xDelete (ooo_fault_real, name, sync_dir);
}

/* A read-only file system says so when asked whether a file is writable. */
static int
ooo_fault_access (sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
  if (flags == SQLITE_ACCESS_READWRITE &&
      g_atomic_int_get (&ooo_fault_current) == OOO_FAULT_READ_ONLY) {
    *out = 0;
    return SQLITE_OK;
  }
  return ooo_fault_real->xAccess (ooo_fault_real, name, flags, out);
}

static int
ooo_fault_full_pathname (sqlite3_vfs *vfs, const char *name, int n, char *out)
{
  return ooo_fault_real->xFullPathname (ooo_fault_real, name, n, out);
}

static int
ooo_fault_randomness (sqlite3_vfs *vfs, int n, char *out)
{
  return ooo_fault_real->xRandomness (ooo_fault_real, n, out);
}

static int
ooo_fault_sleep (sqlite3_vfs *vfs, int us)
{
  return ooo_fault_real->xSleep (ooo_fault_real, us);
}

static int
ooo_fault_current_time (sqlite3_vfs *vfs, double *out)
{
  return ooo_fault_real->xCurrentTime (ooo_fault_real, out);
}

/* What the system said about the last failure, as unix's would. */
static int
ooo_fault_get_last_error (sqlite3_vfs *vfs, int n, char *out)
{
  if (g_atomic_int_get (&ooo_fault_current) != OOO_FAULT_NONE)
    return g_atomic_int_get (&ooo_fault_errno);
  return ooo_fault_real->xGetLastError (ooo_fault_real, n, out);
}

static int
ooo_fault_current_time_int64 (sqlite3_vfs *vfs, sqlite3_int64 *out)
{
  return ooo_fault_real->xCurrentTimeInt64 (ooo_fault_real, out);
}

/* Makes the faulty VFS the default; call before any database is opened. */
static inline void
ooo_fault_vfs_register (void)
{
  static sqlite3_vfs vfs;

  ooo_fault_real = sqlite3_vfs_find ("unix");
  g_assert_nonnull (ooo_fault_real);
  vfs = (sqlite3_vfs) {
    .iVersion = 2,
    .szOsFile = sizeof (OooFaultFile) + ooo_fault_real->szOsFile,
    .mxPathname = ooo_fault_real->mxPathname,
    .zName = "ooo-fault",
    .xOpen = ooo_fault_open,
    .xDelete = ooo_fault_delete,
    .xAccess = ooo_fault_access,
    .xFullPathname = ooo_fault_full_pathname,
    .xDlOpen = NULL,
    .xRandomness = ooo_fault_randomness,
    .xSleep = ooo_fault_sleep,
    .xCurrentTime = ooo_fault_current_time,
    .xGetLastError = ooo_fault_get_last_error,
    .xCurrentTimeInt64 = ooo_fault_current_time_int64,
  };
  g_assert_cmpint (sqlite3_vfs_register (&vfs, 1), ==, SQLITE_OK);
}
