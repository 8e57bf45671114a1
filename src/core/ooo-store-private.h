/* ooo-store-private.h — the store's error wording, for ooo-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ooo-store.h"

G_BEGIN_DECLS

OooStoreError ooo_store_error_code        (int          rc);
/* Sets @error from a SQLite result code on @db (may be NULL) for the file
 * at @path: words for the manager first, SQLite's own text last. */
void          ooo_store_error_from_sqlite (sqlite3     *db,
                                           const char  *path,
                                           int          rc,
                                           GError     **error);

G_END_DECLS
