/* ooo-window-search.c — Ctrl+F: one search over everything written about
 * the people, in place of the people in the sidebar
 *
 * The entry's own delay (search-changed) spares a search per key; an empty
 * field shows the people again, and Escape closes the search.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-past-meeting-window.h"
#include "ooo-person-row.h"
#include "ooo-search-results.h"
#include "ooo-window-private.h"

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;

  return TRUE;
}

static void
on_search_changed (OooWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (is_blank (text)) {
    gtk_stack_set_visible_child_name (GTK_STACK (self->sidebar_stack), "people");
    return;
  }

  ooo_search_results_search (OOO_SEARCH_RESULTS (self->search_results), text);
  gtk_stack_set_visible_child_name (GTK_STACK (self->sidebar_stack), "results");
}

static gboolean
focus_within (OooWindow *self,
              GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Closing the search brings the people back, with the keyboard on the
 * person selected. */
static void
on_search_mode (OooWindow *self)
{
  GtkListBoxRow *selected;
  gboolean had_focus;

  if (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (self->search_bar)))
    return;

  had_focus = focus_within (self, self->sidebar);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_stack_set_visible_child_name (GTK_STACK (self->sidebar_stack), "people");

  selected = gtk_list_box_get_selected_row (GTK_LIST_BOX (self->sidebar_list));
  if (had_focus && selected != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (selected));
  else if (had_focus)
    gtk_widget_child_focus (self->sidebar_list, GTK_DIR_TAB_FORWARD);
}

static gboolean
is_in_progress (OooWindow  *self,
                const char *meeting_uuid)
{
  g_autoptr(GPtrArray) meetings = ooo_meetings_list_in_progress (self->meetings);

  for (guint i = 0; i < meetings->len; i++)
    if (g_strcmp0 (ooo_meeting_get_uuid (g_ptr_array_index (meetings, i)), meeting_uuid) == 0)
      return TRUE;

  return FALSE;
}

/* A meeting of the history opens in its own window; a meeting in progress,
 * a personal card, a talking point or a reminder shows the person. */
static void
on_result_activated (OooWindow       *self,
                     OooSearchResult *result)
{
  const char *meeting_uuid = ooo_search_result_get_meeting_uuid (result);
  OooPerson *person = ooo_people_find_by_uuid (self->people,
                                               ooo_search_result_get_person_uuid (result));

  if (meeting_uuid != NULL && !is_in_progress (self, meeting_uuid)) {
    GtkWindow *window = ooo_past_meeting_window_new (self->session, meeting_uuid);

    gtk_window_set_transient_for (window, GTK_WINDOW (self));
    gtk_window_present (window);
    return;
  }

  if (person == NULL)
    return;

  if (ooo_person_get_archived (person)) {
    /* Translators: a search result's person is archived; %s is their name */
    g_autofree char *message = g_strdup_printf (_("%s is archived: restore them from "
                                                  "Archived People to see their page"),
                                                ooo_person_get_name (person));
    ooo_window_show_toast (self, message);
    return;
  }

  ooo_window_select_person (self, person);
}

static void
on_entry_activate (OooWindow *self)
{
  ooo_search_results_activate_first (OOO_SEARCH_RESULTS (self->search_results));
}

/* Down from the field goes to the results. */
static gboolean
on_entry_key (GtkEventControllerKey *controller,
              guint                  keyval,
              guint                  keycode,
              GdkModifierType        state,
              OooWindow             *self)
{
  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;
  if (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (self->sidebar_stack)),
                 "results") != 0)
    return FALSE;

  return ooo_search_results_focus_first (OOO_SEARCH_RESULTS (self->search_results));
}

/* Escape in the results closes the search as it does in the field. */
static gboolean
on_results_key (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                OooWindow             *self)
{
  if (keyval != GDK_KEY_Escape)
    return FALSE;

  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (self->search_bar), FALSE);
  return TRUE;
}

/* Ctrl+F opens the search, or goes back to its field; pressed in the
 * field, it closes the search. */
static void
toggle_search (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OooWindow *self = OOO_WINDOW (widget);
  GtkSearchBar *bar = GTK_SEARCH_BAR (self->search_bar);

  if (gtk_search_bar_get_search_mode (bar) && focus_within (self, self->search_entry)) {
    gtk_search_bar_set_search_mode (bar, FALSE);
    return;
  }

  gtk_search_bar_set_search_mode (bar, TRUE);
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->sidebar);
  gtk_widget_grab_focus (self->search_entry);
}

void
ooo_window_setup_search (OooWindow *self)
{
  GtkEventController *controller;

  gtk_search_bar_connect_entry (GTK_SEARCH_BAR (self->search_bar),
                                GTK_EDITABLE (self->search_entry));
  g_signal_connect_swapped (self->search_entry, "search-changed",
                            G_CALLBACK (on_search_changed), self);
  g_signal_connect_swapped (self->search_entry, "activate",
                            G_CALLBACK (on_entry_activate), self);
  g_signal_connect_swapped (self->search_bar, "notify::search-mode-enabled",
                            G_CALLBACK (on_search_mode), self);
  g_signal_connect_swapped (self->search_results, "result-activated",
                            G_CALLBACK (on_result_activated), self);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_entry_key), self);
  gtk_widget_add_controller (self->search_entry, controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_results_key), self);
  gtk_widget_add_controller (self->search_results, controller);
}

void
ooo_window_class_install_search_actions (GtkWidgetClass *widget_class)
{
  g_type_ensure (OOO_TYPE_SEARCH_RESULTS);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, toggle_search);
}
