/* ooo-export-private.h — the rows of an export, for ooo-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "ooo-export.h"

G_BEGIN_DECLS

typedef struct {
  OooStore    *store;
  JsonBuilder *builder;
  gboolean     include_private;
  gint64       meeting_id;        /* the one meeting of the meeting scope, or 0 */
} OooExportRows;

/* Adds the person's object, with their meetings (or the one meeting) and
 * what goes with them. */
gboolean ooo_export_add_person    (OooExportRows  *rows,
                                   gint64          person_id,
                                   GError        **error);
/* Adds the member "templates": the manager's own templates, all of them
 * (@person_id 0) or those the person or the meeting refers to. */
gboolean ooo_export_add_templates (OooExportRows  *rows,
                                   gint64          person_id,
                                   GError        **error);

G_END_DECLS
