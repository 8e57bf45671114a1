/* ooo-window-sidebar.c — the people the manager meets, down the side of
 * the window: which ones (the active), in what order (by name, or by what
 * is due: see ooo-window-figures.c), and which one is selected
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ooo-person-row.h"
#include "ooo-window-private.h"

static void
on_row_activated (OooWindow     *self,
                  GtkListBoxRow *row)
{
  ooo_window_set_selected (self, ooo_person_row_get_person (OOO_PERSON_ROW (row)));
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->content);
}

static void
on_row_selected (OooWindow     *self,
                 GtkListBoxRow *row)
{
  /* A row that disappears with a list change deselects itself; the list
   * change decides what happens to the page, not this. */
  if (row != NULL)
    ooo_window_set_selected (self, ooo_person_row_get_person (OOO_PERSON_ROW (row)));
}

static gboolean
find_active (OooWindow *self,
             OooPerson *person,
             guint     *position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sorted_people));

  for (guint i = 0; i < n; i++) {
    g_autoptr(OooPerson) item = g_list_model_get_item (G_LIST_MODEL (self->sorted_people), i);

    if (item == person) {
      *position = i;
      return TRUE;
    }
  }

  return FALSE;
}

/* The sidebar first builds the rows of a screenful of people, so that the
 * window shows at once, then the others a chunk at each idle moment: two
 * hundred rows are a tenth of a second to build and as much again to lay
 * out. */
#define SIDEBAR_FIRST_ROWS 16
#define SIDEBAR_MORE_ROWS  32

static gboolean
grow_sidebar (gpointer user_data)
{
  OooWindow *self = user_data;
  guint size = gtk_slice_list_model_get_size (self->shown_people);

  if (size >= g_list_model_get_n_items (G_LIST_MODEL (self->sorted_people))) {
    /* All built: from now on someone added shows at once. */
    gtk_slice_list_model_set_size (self->shown_people, G_MAXUINT);
    self->grow_sidebar_source = 0;
    return G_SOURCE_REMOVE;
  }

  gtk_slice_list_model_set_size (self->shown_people, size + SIDEBAR_MORE_ROWS);
  return G_SOURCE_CONTINUE;
}

/* The row at @position of the people shown, built now if it was not yet. */
static GtkListBoxRow *
sidebar_row_at (OooWindow *self,
                guint      position)
{
  if (position >= gtk_slice_list_model_get_size (self->shown_people))
    gtk_slice_list_model_set_size (self->shown_people, position + SIDEBAR_MORE_ROWS);

  return gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->sidebar_list), (int) position);
}

GtkWidget *
ooo_window_sidebar_row_of (OooWindow *self,
                           OooPerson *person)
{
  guint position;

  if (!find_active (self, person, &position))
    return NULL;
  return GTK_WIDGET (sidebar_row_at (self, position));
}

/* Keeps the selection on the same person when their row is rebuilt (a rename
 * moves it), and lets go of someone archived or deleted. */
void
ooo_window_sync_selection (OooWindow *self)
{
  GtkListBoxRow *row = NULL;
  guint position;

  if (self->selected != NULL && find_active (self, self->selected, &position))
    row = sidebar_row_at (self, position);

  g_signal_handlers_block_by_func (self->sidebar_list, on_row_selected, self);
  gtk_list_box_select_row (GTK_LIST_BOX (self->sidebar_list), row);
  g_signal_handlers_unblock_by_func (self->sidebar_list, on_row_selected, self);

  if (row == NULL && self->selected != NULL) {
    ooo_window_set_selected (self, NULL);
    adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->sidebar);
  }
}

static void
on_active_people_changed (OooWindow *self)
{
  ooo_window_sync_selection (self);
  ooo_window_update_main_page (self);
}

static gboolean
is_active (gpointer item,
           gpointer user_data)
{
  return !ooo_person_get_archived (item);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  OooWindow *self = user_data;
  GtkWidget *row = ooo_person_row_new (item);

  ooo_person_row_set_due (OOO_PERSON_ROW (row), ooo_window_lookup_figures (self, item),
                          ooo_meetings_get_in_progress (self->meetings, item) != NULL);
  return row;
}

void
ooo_window_bind_sidebar (OooWindow *self)
{
  GtkCustomFilter *filter = gtk_custom_filter_new (is_active, NULL, NULL);

  self->active_people = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->people)),
                                                   GTK_FILTER (filter));
  /* By name is the people's own order; by what is due, see
   * ooo-window-figures.c. */
  self->sorted_people = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->active_people)),
                                                 NULL);
  self->shown_people = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->sorted_people)),
                                                0, SIDEBAR_FIRST_ROWS);
  self->grow_sidebar_source = g_idle_add_full (G_PRIORITY_LOW, grow_sidebar, self, NULL);
  gtk_list_box_bind_model (GTK_LIST_BOX (self->sidebar_list),
                           G_LIST_MODEL (self->shown_people), create_row, self, NULL);
  g_signal_connect_object (self->sorted_people, "items-changed",
                           G_CALLBACK (on_active_people_changed), self, G_CONNECT_SWAPPED);
}

void
ooo_window_setup_sidebar (OooWindow *self)
{
  g_signal_connect_swapped (self->sidebar_list, "row-selected",
                            G_CALLBACK (on_row_selected), self);
  g_signal_connect_swapped (self->sidebar_list, "row-activated",
                            G_CALLBACK (on_row_activated), self);
}
