/* ooo-widget-util.c — small helpers the person page's sections share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-widget-util.h"

#define ITEM_KEY "ooo-list-rows-item"
#define STORED_TEXT_KEY "ooo-stored-text"

static void
add_toast (GtkWidget *widget,
           AdwToast  *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (overlay == NULL) {
    /* Not in a window yet: nowhere to say it, but never swallow it. */
    g_warning ("%s", adw_toast_get_title (toast));
    g_object_unref (toast);
    return;
  }

  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/* Toast titles are markup; what is shown here is plain text, often typed by
 * the manager ("Ask about R&D"). */
AdwToast *
ooo_toast_new_plain (const char *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  return adw_toast_new (escaped);
}

void
ooo_widget_show_toast (GtkWidget  *widget,
                       const char *message)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  add_toast (widget, ooo_toast_new_plain (message));
}

/* @undo is called as void undo (AdwToast *toast, gpointer data). */
void
ooo_widget_show_undo_toast (GtkWidget      *widget,
                            const char     *message,
                            GCallback       undo,
                            gpointer        data,
                            GDestroyNotify  destroy)
{
  AdwToast *toast;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  toast = ooo_toast_new_plain (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", undo, data,
                         (GClosureNotify) (void (*) (void)) destroy, 0);
  add_toast (widget, toast);
}

gpointer
ooo_list_rows_get_item (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), ITEM_KEY);
}

GtkWidget *
ooo_list_rows_find (GtkListBox   *box,
                    OooRowIdFunc  id_of,
                    gint64        id)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (box));
       row != NULL;
       row = gtk_widget_get_next_sibling (row)) {
    gpointer item = ooo_list_rows_get_item (row);

    if (item != NULL && id_of (item) == id)
      return row;
  }

  return NULL;
}

GtkWidget *
ooo_show_all_row_new (void)
{
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_widget_set_visible (row, FALSE);
  return row;
}

void
ooo_show_all_row_set_total (GtkWidget *row,
                            guint      n)
{
  g_autofree char *label = NULL;

  gtk_widget_set_visible (row, n > 0);
  if (n == 0)
    return;

  /* Translators: the last row of a long list; %u is how many items there are */
  label = g_strdup_printf (_("Show All (%u)"), n);
  gtk_label_set_label (GTK_LABEL (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row))), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

void
ooo_list_box_focus_row_at (GtkListBox *box,
                           int         position)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (box, position);

  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

GListModel *
ooo_list_model_head (GListModel *items,
                     guint       n)
{
  GListStore *head;

  if (g_list_model_get_n_items (items) <= n)
    return g_object_ref (items);

  head = g_list_store_new (g_list_model_get_item_type (items));
  for (guint i = 0; i < n; i++) {
    g_autoptr(GObject) item = g_list_model_get_item (items, i);
    g_list_store_append (head, item);
  }

  return G_LIST_MODEL (head);
}

/* The rows of @box holding an item that is not among @wanted, in order:
 * rows that may be given to another item. */
static GQueue *
take_spare_rows (GtkListBox   *box,
                 OooRowIdFunc  id_of,
                 GHashTable   *wanted)
{
  GQueue *spare = g_queue_new ();
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (box));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (box));
       row != NULL;
       row = gtk_widget_get_next_sibling (row)) {
    gpointer item = ooo_list_rows_get_item (row);
    gint64 id;

    if (item == NULL)
      continue;
    id = id_of (item);
    /* A row being worked in goes with its item. */
    if (!g_hash_table_contains (wanted, &id) &&
        !(focus != NULL && (focus == row || gtk_widget_is_ancestor (focus, row))))
      g_queue_push_tail (spare, row);
  }

  return spare;
}

void
ooo_list_rows_sync (GtkListBox       *box,
                    GListModel       *items,
                    OooRowIdFunc      id_of,
                    OooRowCreateFunc  create,
                    OooRowUpdateFunc  update,
                    gpointer          user_data)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                        NULL);
  guint n = items != NULL ? g_list_model_get_n_items (items) : 0;
  GQueue *spare;
  GtkWidget *next;

  for (guint i = 0; i < n; i++) {
    g_autoptr(GObject) item = g_list_model_get_item (items, i);
    gint64 id = id_of (item);

    g_hash_table_add (wanted, g_memdup2 (&id, sizeof id));
  }
  spare = take_spare_rows (box, id_of, wanted);

  for (guint i = 0; i < n; i++) {
    g_autoptr(GObject) item = g_list_model_get_item (items, i);
    GtkWidget *row = ooo_list_rows_find (box, id_of, id_of (item));

    if (row == NULL)
      row = g_queue_pop_head (spare);
    if (row == NULL) {
      row = create (user_data);
      gtk_list_box_insert (box, row, (int) i);
    } else if (row != GTK_WIDGET (gtk_list_box_get_row_at_index (box, (int) i))) {
      g_object_ref (row);
      gtk_list_box_remove (box, row);
      gtk_list_box_insert (box, row, (int) i);
      g_object_unref (row);
    }

    g_object_set_data_full (G_OBJECT (row), ITEM_KEY, g_object_ref (item), g_object_unref);
    if (update != NULL)
      update (row, item, user_data);
  }

  /* Rows given to no one, and those of items gone that held the focus. */
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (box)); row != NULL; row = next) {
    gpointer item = ooo_list_rows_get_item (row);
    gint64 id;

    next = gtk_widget_get_next_sibling (row);
    if (item == NULL)
      continue;
    id = id_of (item);
    if (!g_hash_table_contains (wanted, &id))
      gtk_list_box_remove (box, row);
  }
  g_queue_free (spare);
}

void
ooo_entry_row_show_stored_text (AdwEntryRow *row,
                                const char  *text)
{
  const char *shown = gtk_editable_get_text (GTK_EDITABLE (row));
  const char *stored = g_object_get_data (G_OBJECT (row), STORED_TEXT_KEY);

  if ((stored == NULL || g_strcmp0 (shown, stored) == 0) && g_strcmp0 (shown, text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_object_set_data_full (G_OBJECT (row), STORED_TEXT_KEY, g_strdup (text), g_free);
}

char *
ooo_editable_dup_trimmed (GtkEditable *editable)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (editable));

  if (*g_strstrip (text) == '\0')
    return NULL;

  return g_steal_pointer (&text);
}
