/* ooo-import.h — a JSON export (or a file written by hand to its schema)
 * merged into the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ooo-store.h"

G_BEGIN_DECLS

/* Larger than ten years of weekly notes with two hundred people. */
#define OOO_IMPORT_MAX_SIZE ((gsize) 512 * 1024 * 1024)

#define OOO_IMPORT_ERROR (ooo_import_error_quark ())

typedef enum {
  OOO_IMPORT_ERROR_INVALID,   /* the file is not a valid export; the message says where */
  OOO_IMPORT_ERROR_READ,      /* the file could not be read */
} OooImportError;

typedef struct {
  guint added;
  guint updated;
  guint unchanged;
} OooImportCount;

typedef struct {
  OooImportCount people;
  OooImportCount meetings;
  OooImportCount segments;
  OooImportCount action_items;
  OooImportCount talking_points;
  OooImportCount reminders;
  OooImportCount templates;
} OooImportSummary;

/* What an import is doing, in the order it does it. */
typedef enum {
  OOO_IMPORT_STAGE_READING,     /* the file, person by person */
  OOO_IMPORT_STAGE_CHECKING,    /* across the file, and against the database */
  OOO_IMPORT_STAGE_WRITING,     /* the rows, person by person */
  OOO_IMPORT_STAGE_FINISHING,   /* the search index, and the commit */
} OooImportStage;

/* How far an import is: @done of @total people in @stage, or 0 of 0 in a
 * stage that cannot say. Called on the import's own threads, several at
 * once while reading, so a report can come after a later one; never twice
 * with the same @done in a stage. */
typedef void (*OooImportProgressFunc) (OooImportStage  stage,
                                       guint           done,
                                       guint           total,
                                       gpointer        user_data);

GQuark    ooo_import_error_quark     (void);

gboolean  ooo_import_from_data       (OooStore          *store,
                                      const char        *data,
                                      gsize              length,
                                      OooImportSummary  *summary,
                                      GError           **error);
gboolean  ooo_import_from_file       (OooStore          *store,
                                      GFile             *file,
                                      OooImportSummary  *summary,
                                      GError           **error);
gboolean  ooo_import_from_file_full  (OooStore              *store,
                                      GFile                 *file,
                                      OooImportProgressFunc  progress,
                                      gpointer               user_data,
                                      OooImportSummary      *summary,
                                      GError               **error);
char     *ooo_import_summary_to_string (const OooImportSummary *summary);
char     *ooo_import_summary_to_sentence (const OooImportSummary *summary);

G_END_DECLS
