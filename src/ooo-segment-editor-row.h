/* ooo-segment-editor-row.h — one segment of a template in the templates editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ooo-template-segment.h"

G_BEGIN_DECLS

#define OOO_TYPE_SEGMENT_EDITOR_ROW (ooo_segment_editor_row_get_type ())
G_DECLARE_FINAL_TYPE (OooSegmentEditorRow, ooo_segment_editor_row, OOO, SEGMENT_EDITOR_ROW,
                      AdwExpanderRow)

GtkWidget *ooo_segment_editor_row_new            (OooTemplateSegment  *segment,
                                                  gboolean             editable);
void       ooo_segment_editor_row_set_position   (OooSegmentEditorRow *self,
                                                  guint                position,
                                                  guint                n_segments,
                                                  gboolean             editable);
void       ooo_segment_editor_row_commit_minutes (OooSegmentEditorRow *self);
void       ooo_segment_editor_row_edit_title     (OooSegmentEditorRow *self,
                                                  gboolean             invalid);
GtkWidget *ooo_segment_editor_row_get_field      (OooSegmentEditorRow *self,
                                                  const char          *field);

G_END_DECLS
