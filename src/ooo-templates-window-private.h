/* ooo-templates-window-private.h — what tests reach past the file choosers
 *
 * A file chooser cannot be driven in a test, so the work done once a file is
 * chosen is callable here, with the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ooo-templates-window.h"

G_BEGIN_DECLS

OooTemplate *ooo_templates_window_get_selected      (OooTemplatesWindow *self);
OooTemplate *ooo_templates_window_get_draft         (OooTemplatesWindow *self);
gboolean     ooo_templates_window_import_file       (OooTemplatesWindow *self,
                                                     GFile              *file);
gboolean     ooo_templates_window_export_file       (OooTemplatesWindow *self,
                                                     GFile              *file);
GtkWidget   *ooo_templates_window_get_segment_field (OooTemplatesWindow *self,
                                                     guint               position,
                                                     const char         *field);

G_END_DECLS
