/* ooo-schema.h — the database schema and its ordered migrations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

int      ooo_schema_latest_version (void);
int      ooo_schema_get_version    (sqlite3  *db);
/* Runs the migrations after the file's current version up to @target, in one
 * transaction each, so a failure leaves the file at the last good version. */
gboolean ooo_schema_migrate        (sqlite3  *db,
                                    int       target,
                                    GError  **error);

G_END_DECLS
