/* ooo-widget-util.h — small helpers the person page's sections share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A toast that shows @message as it is written: a toast's title is markup,
 * and names and notes may hold "&" or "<". */
AdwToast *ooo_toast_new_plain            (const char  *message);
/* Shows @message in the nearest toast overlay around @widget. */
void      ooo_widget_show_toast          (GtkWidget   *widget,
                                          const char  *message);
/* The same with an Undo button; @undo runs with @data when it is pressed and
 * @destroy frees @data when the toast goes. */
void      ooo_widget_show_undo_toast     (GtkWidget   *widget,
                                          const char  *message,
                                          GCallback    undo,
                                          gpointer     data,
                                          GDestroyNotify destroy);

typedef gint64     (*OooRowIdFunc)     (gpointer item);
typedef GtkWidget *(*OooRowCreateFunc) (gpointer user_data);
typedef void       (*OooRowUpdateFunc) (GtkWidget *row,
                                        gpointer   item,
                                        gpointer   user_data);

/* Brings the first rows of @box in step with @items: a row per item, in the
 * model's order, keeping (and updating) the rows of items already shown, so
 * the text being typed in one of them stays. A row whose item has gone is
 * given to a new item rather than destroyed, unless it holds the focus:
 * switching person then updates rows instead of building them, which is
 * most of the cost. So @create builds a row for no item in particular and
 * @update sets everything in it that depends on the item. Rows not made by
 * @create (an "add" row at the end) stay where they are. */
void      ooo_list_rows_sync             (GtkListBox       *box,
                                          GListModel       *items,
                                          OooRowIdFunc      id_of,
                                          OooRowCreateFunc  create,
                                          OooRowUpdateFunc  update,
                                          gpointer          user_data);
/* A section of the person's page first shows this many items, the oldest:
 * every row costs time to lay out at each switch to a person, and the
 * oldest are the ones to talk about first. A "Show All" row shows the rest. */
#define OOO_LIST_ROWS_FIRST 8

/* The first @n items of @items (a new reference to @items when it has no
 * more than @n). */
GListModel *ooo_list_model_head          (GListModel       *items,
                                          guint             n);
/* A list's last item row, "Show All (@n)", activatable, for a list that
 * shows only its first items. */
GtkWidget  *ooo_show_all_row_new         (void);
/* Shows @row, saying how many items there are in all, or hides it (@n 0). */
void        ooo_show_all_row_set_total   (GtkWidget        *row,
                                          guint             n);
/* After "Show All": the keyboard goes on from where the list grew, the row
 * now at @position. */
void        ooo_list_box_focus_row_at    (GtkListBox       *box,
                                          int               position);
/* The item a synced row shows. */
gpointer  ooo_list_rows_get_item         (GtkWidget        *row);
/* The shown row of the item with @id, or NULL. */
GtkWidget *ooo_list_rows_find            (GtkListBox       *box,
                                          OooRowIdFunc      id_of,
                                          gint64            id);

/* Shows the stored @text in an entry row, unless the manager has changed
 * what the row shows since it was last stored. */
void      ooo_entry_row_show_stored_text (AdwEntryRow      *row,
                                          const char       *text);
/* The text of an editable, trimmed; NULL when it is blank. */
char     *ooo_editable_dup_trimmed       (GtkEditable      *editable);

G_END_DECLS
