/* ooo-store.h — the SQLite file that holds everything the manager records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define OOO_STORE_ERROR (ooo_store_error_quark ())

typedef enum {
  OOO_STORE_ERROR_CANNOT_OPEN,   /* the location cannot be created or written */
  OOO_STORE_ERROR_NOT_A_DATABASE,
  OOO_STORE_ERROR_TOO_NEW,       /* written by a newer version of the app */
  OOO_STORE_ERROR_READ_ONLY,
  OOO_STORE_ERROR_FULL,
  OOO_STORE_ERROR_BUSY,
  OOO_STORE_ERROR_CONSTRAINT,
  OOO_STORE_ERROR_NOT_FOUND,
  OOO_STORE_ERROR_FAILED,
} OooStoreError;

#define OOO_TYPE_STORE (ooo_store_get_type ())
G_DECLARE_FINAL_TYPE (OooStore, ooo_store, OOO, STORE, GObject)

GQuark      ooo_store_error_quark        (void);

char       *ooo_store_default_path       (void);
OooStore   *ooo_store_open               (const char  *path,
                                          GError     **error);
/* A second connection to a file the app already has open with
 * ooo_store_open(), for a worker thread that only reads (an export, the
 * figures of everyone). It checks, upgrades and moves aside nothing: the
 * first connection did that; a write through it fails. */
OooStore   *ooo_store_open_reader        (const char  *path,
                                          GError     **error);
/* How long a statement waits for a lock another connection holds before it
 * fails with the file "in use": 5 s when opened. */
void        ooo_store_set_busy_wait      (OooStore    *self,
                                          guint        milliseconds);
const char *ooo_store_get_path           (OooStore    *self);
const char *ooo_store_get_recovered_path (OooStore    *self);
const char *ooo_store_get_backup_path    (OooStore    *self);
int         ooo_store_get_schema_version (OooStore    *self);

/* For the store's own modules (ooo-store-*.c) and tests only. */
sqlite3    *ooo_store_get_db             (OooStore    *self);
/* Returns a cached statement for @sql (a string literal), reset and with its
 * bindings cleared; it belongs to the store and must not be finalized. */
gboolean    ooo_store_begin              (OooStore    *self,
                                          GError     **error);
gboolean    ooo_store_commit             (OooStore    *self,
                                          GError     **error);
void        ooo_store_rollback           (OooStore    *self);
sqlite3_stmt *ooo_store_prepare          (OooStore    *self,
                                          const char  *sql,
                                          GError     **error);
gboolean    ooo_store_step_done          (OooStore     *self,
                                          sqlite3_stmt *stmt,
                                          GError      **error);
void        ooo_store_set_error          (OooStore    *self,
                                          int          rc,
                                          GError     **error);
const char *ooo_store_enum_nick          (GType        enum_type,
                                          int          value);
int         ooo_store_enum_from_nick     (GType        enum_type,
                                          const char  *nick,
                                          int          fallback);

G_END_DECLS
