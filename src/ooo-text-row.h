/* ooo-text-row.h — a list row with a title, a subtitle, and widgets before
 * and after them, for the long lists of a person's page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OOO_TYPE_TEXT_ROW (ooo_text_row_get_type ())
G_DECLARE_FINAL_TYPE (OooTextRow, ooo_text_row, OOO, TEXT_ROW, GtkListBoxRow)

/* Looks and reads like an AdwActionRow (the same CSS nodes: box.header,
 * box.title with label.title and label.subtitle, box.prefixes and
 * box.suffixes), and is not activatable until told. Text is plain, never
 * markup. The title and subtitle wrap, or with ooo_text_row_set_one_line()
 * stay on one line each and end in "…". */
GtkWidget  *ooo_text_row_new           (void);
const char *ooo_text_row_get_title     (OooTextRow *self);
void        ooo_text_row_set_title     (OooTextRow *self,
                                        const char *title);
const char *ooo_text_row_get_subtitle  (OooTextRow *self);
/* An empty or NULL subtitle is not shown. */
void        ooo_text_row_set_subtitle  (OooTextRow *self,
                                        const char *subtitle);
void        ooo_text_row_set_one_line  (OooTextRow *self,
                                        gboolean    one_line);
void        ooo_text_row_add_prefix    (OooTextRow *self,
                                        GtkWidget  *widget);
void        ooo_text_row_add_suffix    (OooTextRow *self,
                                        GtkWidget  *widget);

G_END_DECLS
