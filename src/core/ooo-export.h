/* ooo-export.h — everything the manager recorded, as one JSON file
 *
 * The format is documented in docs/export-format.md and described by
 * data/one-on-one-export.schema.json.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ooo-store.h"

G_BEGIN_DECLS

#define OOO_EXPORT_FORMAT  "one-on-one"
#define OOO_EXPORT_VERSION 1

#define OOO_EXPORT_ERROR (ooo_export_error_quark ())

typedef enum {
  OOO_EXPORT_ERROR_NOT_FOUND,   /* the person or meeting to export is not in the database */
  OOO_EXPORT_ERROR_WRITE,       /* the file could not be written */
} OooExportError;

typedef enum {
  OOO_EXPORT_SCOPE_ALL,
  OOO_EXPORT_SCOPE_PERSON,      /* one person, with all their meetings */
  OOO_EXPORT_SCOPE_MEETING,     /* one meeting, inside its person */
} OooExportScope;

typedef struct {
  OooExportScope  scope;
  const char     *uuid;             /* the person's or the meeting's, for those scopes */
  gboolean        include_private;  /* the meetings' private notes; left out by default */
  GDateTime      *exported_at;      /* NULL: now; set it for a reproducible file */
} OooExportOptions;

/* Receives the file piece by piece, in order; possibly from a thread of the
 * export's own, never from two at once. */
typedef gboolean (*OooExportWriteFunc) (const char  *data,
                                        gsize        length,
                                        gpointer     user_data,
                                        GError     **error);

GQuark    ooo_export_error_quark (void);

gboolean  ooo_export_write       (OooStore                *store,
                                  const OooExportOptions  *options,
                                  OooExportWriteFunc       write,
                                  gpointer                 user_data,
                                  GError                 **error);
char     *ooo_export_to_data     (OooStore                *store,
                                  const OooExportOptions  *options,
                                  gsize                   *length,
                                  GError                 **error);
gboolean  ooo_export_to_file     (OooStore                *store,
                                  const OooExportOptions  *options,
                                  GFile                   *file,
                                  GError                 **error);

/* RFC 3339 in UTC, "2026-03-01T09:30:00Z": the form of every time in the file. */
void      ooo_export_format_time (gint64                   unix_seconds,
                                  char                     out[21]);

G_END_DECLS
