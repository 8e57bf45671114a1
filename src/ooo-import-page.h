/* ooo-import-page.h — what the window shows while an import runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ooo-import.h"

G_BEGIN_DECLS

/* How far an import running on other threads is: they report to it (its
 * ooo_import_meter_report() is an OooImportProgressFunc), the page reads
 * it. Reference counted, so that either side may let go first. */
typedef struct _OooImportMeter OooImportMeter;

OooImportMeter *ooo_import_meter_new    (void);
OooImportMeter *ooo_import_meter_ref    (OooImportMeter  *self);
void            ooo_import_meter_unref  (OooImportMeter  *self);
void            ooo_import_meter_report (OooImportStage   stage,
                                         guint            done,
                                         guint            total,
                                         gpointer         meter);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OooImportMeter, ooo_import_meter_unref)

#define OOO_TYPE_IMPORT_PAGE (ooo_import_page_get_type ())
G_DECLARE_FINAL_TYPE (OooImportPage, ooo_import_page, OOO, IMPORT_PAGE, AdwBin)

GtkWidget  *ooo_import_page_new          (void);
/* Shows how far @meter's import is, until told to follow NULL. */
void        ooo_import_page_follow       (OooImportPage  *self,
                                          OooImportMeter *meter);
/* What the page says it is doing, and the bar's fraction; for tests. */
const char *ooo_import_page_get_stage_text (OooImportPage *self);
double      ooo_import_page_get_fraction   (OooImportPage *self);

G_END_DECLS
