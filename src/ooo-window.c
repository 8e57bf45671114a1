/* ooo-window.c — the main window: the people sidebar and the person's page
 *
 * The window observes OooPeople; it never touches the database itself. The
 * sidebar (ooo-window-sidebar.c) shows the active people; when there are
 * none the whole window invites the manager to add the first one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-accessible.h"
#include "ooo-import-page.h"
#include "ooo-meeting-view.h"
#include "ooo-overview-page.h"
#include "ooo-person-page.h"
#include "ooo-person-row.h"
#include "ooo-search-results.h"
#include "ooo-widget-util.h"
#include "ooo-window-private.h"

G_DEFINE_TYPE (OooWindow, ooo_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_SORT_PEOPLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define OOO_WINDOW_BUSY_WAIT_MS 500

static gboolean on_minute (gpointer user_data);

/* Wakes just after the next minute starts, so local times change on time and
 * the app sleeps in between. */
static void
schedule_minute (OooWindow *self)
{
  gint64 now_ms = g_get_real_time () / 1000;
  guint delay_ms = 60000 - (guint) (now_ms % 60000) + 20;

  g_clear_handle_id (&self->minute_source, g_source_remove);
  self->minute_source = g_timeout_add_full (G_PRIORITY_LOW, delay_ms, on_minute, self, NULL);
}

static gboolean
on_minute (gpointer user_data)
{
  OooWindow *self = user_data;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  self->minute_source = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (self->sidebar_list);
       child != NULL;
       child = gtk_widget_get_next_sibling (child)) {
    if (OOO_IS_PERSON_ROW (child))
      ooo_person_row_refresh_clock (OOO_PERSON_ROW (child), now);
  }
  ooo_person_page_refresh_clock (OOO_PERSON_PAGE (self->person_page), now);
  /* A new day can make a 1:1 due. */
  ooo_window_tick_figures (self);
  schedule_minute (self);

  return G_SOURCE_REMOVE;
}

/* The selected person's page, or their 1:1 while one is in progress. */
void
ooo_window_show_selected (OooWindow *self)
{
  OooPerson *person = self->selected;
  OooMeeting *meeting = NULL;
  const char *page = "none";
  gboolean focus_notes = FALSE;

  if (person != NULL && self->meetings != NULL)
    meeting = ooo_meetings_get_in_progress (self->meetings, person);

  /* An ended meeting's summary stays until the manager is done with it. */
  if (meeting == NULL && person != NULL && self->ended != NULL &&
      ooo_meeting_get_person_id (self->ended) == ooo_person_get_id (person))
    meeting = self->ended;

  if (meeting != NULL) {
    if (meeting != self->ended &&
        ooo_meeting_view_get_meeting (OOO_MEETING_VIEW (self->meeting_view)) != meeting) {
      ooo_meeting_view_set_meeting (OOO_MEETING_VIEW (self->meeting_view), meeting);
      /* A 1:1 on screen is for taking notes: the cursor waits there. */
      focus_notes = TRUE;
    }
    page = "meeting";
  } else if (person != NULL) {
    page = "person";
  }

  ooo_person_page_set_person (OOO_PERSON_PAGE (self->person_page), person);
  adw_window_title_set_title (ADW_WINDOW_TITLE (self->content_title),
                              person != NULL ? ooo_person_get_name (person) : _("Overview"));
  adw_window_title_set_subtitle (ADW_WINDOW_TITLE (self->content_title),
                                 g_str_equal (page, "meeting") ? _("One-on-One") : NULL);
  gtk_stack_set_visible_child_name (GTK_STACK (self->content_stack), page);
  gtk_widget_set_visible (self->person_menu_button, person != NULL);
  ooo_window_update_actions (self);
  if (focus_notes)
    ooo_notes_pane_focus_notes (ooo_meeting_view_get_notes (OOO_MEETING_VIEW (self->meeting_view)));
}

static void
on_selected_person_notify (OooWindow *self)
{
  adw_window_title_set_title (ADW_WINDOW_TITLE (self->content_title),
                              ooo_person_get_name (self->selected));
}

void
ooo_window_set_selected (OooWindow *self,
                         OooPerson *person)
{
  if (self->selected == person)
    return;

  if (self->selected != NULL)
    g_signal_handlers_disconnect_by_func (self->selected, on_selected_person_notify, self);
  g_set_object (&self->selected, person);
  if (person != NULL)
    g_signal_connect_object (person, "notify::name", G_CALLBACK (on_selected_person_notify),
                             self, G_CONNECT_SWAPPED);

  g_clear_object (&self->ended);
  ooo_window_show_selected (self);
}

void
ooo_window_update_main_page (OooWindow *self)
{
  const char *page;

  if (self->importing ||
      g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (self->main_stack)), "error") == 0)
    return;

  page = g_list_model_get_n_items (G_LIST_MODEL (self->active_people)) > 0 ? "people"
                                                                            : "welcome";
  gtk_stack_set_visible_child_name (GTK_STACK (self->main_stack), page);
  ooo_window_update_actions (self);
}

static void
set_session (OooWindow  *self,
             OooSession *session)
{
  if (session == NULL)
    return;

  self->session = g_object_ref (session);
  /* Its writes run on the main thread: while another program holds the
   * file, each would freeze the window for as long as it waits. A failed
   * write says so and is tried again (the notes' autosave), so it waits
   * half a second, not five. */
  ooo_store_set_busy_wait (ooo_session_get_store (session), OOO_WINDOW_BUSY_WAIT_MS);
  self->people = g_object_ref (ooo_session_get_people (session));
  self->meetings = g_object_ref (ooo_session_get_meetings (session));
  ooo_person_page_set_session (OOO_PERSON_PAGE (self->person_page), session);
  ooo_meeting_view_set_session (OOO_MEETING_VIEW (self->meeting_view), session);

  ooo_window_bind_sidebar (self);
  ooo_search_results_set_store (OOO_SEARCH_RESULTS (self->search_results),
                                ooo_session_get_store (session));
  ooo_window_update_main_page (self);
  ooo_window_watch_meetings (self);
  ooo_window_watch_figures (self);
}

static void
load_window_state (OooWindow *self)
{
  int width = g_settings_get_int (self->settings, "window-width");
  int height = g_settings_get_int (self->settings, "window-height");

  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
ooo_window_close_request (GtkWindow *window)
{
  OooWindow *self = OOO_WINDOW (window);
  OooNotesPane *notes = ooo_meeting_view_get_notes (OOO_MEETING_VIEW (self->meeting_view));
  g_autoptr(GError) error = NULL;
  int width, height;

  /* Notes that cannot be written keep the window open once, with the reason
   * on screen, so nothing is lost without the manager knowing. */
  if (!ooo_notes_pane_flush (notes, &error) && !self->close_despite_unsaved) {
    g_autofree char *message = g_strdup_printf (_("Your notes are not saved: %s Close again "
                                                  "to close anyway."), error->message);

    self->close_despite_unsaved = TRUE;
    ooo_window_show_toast (self, message);
    return TRUE;
  }

  /* The default size is the unmaximized one, which is what should come back. */
  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (ooo_window_parent_class)->close_request (window);
}

static void
ooo_window_dispose (GObject *object)
{
  OooWindow *self = OOO_WINDOW (object);

  g_clear_handle_id (&self->minute_source, g_source_remove);
  g_clear_handle_id (&self->figures_idle, g_source_remove);
  g_clear_handle_id (&self->grow_sidebar_source, g_source_remove);
  ooo_window_unwatch_meetings (self);
  if (self->selected != NULL)
    g_signal_handlers_disconnect_by_data (self->selected, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), OOO_TYPE_WINDOW);
  g_clear_object (&self->selected);
  g_clear_object (&self->ended);
  g_clear_object (&self->shown_people);
  g_clear_object (&self->sorted_people);
  g_clear_object (&self->due_sorter);
  g_clear_object (&self->figures);
  g_clear_pointer (&self->figures_by_id, g_hash_table_unref);
  g_clear_pointer (&self->sort_people, g_free);
  for (guint i = 0; i < OOO_STORAGE_N_KINDS; i++)
    g_clear_pointer (&self->storage_problems[i], g_free);
  g_clear_object (&self->active_people);
  g_clear_object (&self->alerts);
  g_clear_object (&self->meetings);
  g_clear_object (&self->people);
  g_clear_object (&self->session);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ooo_window_parent_class)->dispose (object);
}

static void
ooo_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  OooWindow *self = OOO_WINDOW (object);

  switch (prop_id) {
  case PROP_SESSION:
    g_value_set_object (value, self->session);
    break;
  case PROP_SORT_PEOPLE:
    g_value_set_string (value, self->sort_people);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  OooWindow *self = OOO_WINDOW (object);

  switch (prop_id) {
  case PROP_SESSION:
    set_session (self, g_value_get_object (value));
    break;
  case PROP_SORT_PEOPLE:
    ooo_window_set_sort_people (self, g_value_get_string (value));
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_window_class_init (OooWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ooo_window_dispose;
  object_class->get_property = ooo_window_get_property;
  object_class->set_property = ooo_window_set_property;
  window_class->close_request = ooo_window_close_request;

  /* NULL when the data could not be opened; the window then explains why. */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, OOO_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The sidebar's order: "name" or "due" (what is due first). */
  properties[PROP_SORT_PEOPLE] =
    g_param_spec_string ("sort-people", NULL, NULL, "name",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OOO_TYPE_IMPORT_PAGE);
  g_type_ensure (OOO_TYPE_OVERVIEW_PAGE);
  g_type_ensure (OOO_TYPE_SEARCH_RESULTS);
  g_type_ensure (OOO_TYPE_PERSON_PAGE);
  g_type_ensure (OOO_TYPE_MEETING_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/OneOnOne/ooo-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OooWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OooWindow, storage_banner);
  gtk_widget_class_bind_template_child (widget_class, OooWindow, storage_label);
  gtk_widget_class_bind_template_child (widget_class, OooWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, OooWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, OooWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, OooWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, OooWindow, import_page);
  gtk_widget_class_bind_template_child (widget_class, OooWindow, content);
  gtk_widget_class_bind_template_child (widget_class, OooWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, OooWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, OooWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, OooWindow, person_page);
  gtk_widget_class_bind_template_child (widget_class, OooWindow, meeting_view);
  gtk_widget_class_bind_template_child (widget_class, OooWindow, person_menu_button);
  gtk_widget_class_bind_template_child (widget_class, OooWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, OooWindow, overview_page);
  gtk_widget_class_bind_template_child (widget_class, OooWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, OooWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OooWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, OooWindow, search_results);

  ooo_window_class_install_actions (widget_class);
  ooo_window_class_install_meeting_actions (widget_class);
  ooo_window_class_install_data_actions (widget_class);
  ooo_window_class_install_figures_actions (widget_class);
  ooo_window_class_install_search_actions (widget_class);
}

static void
ooo_window_init (OooWindow *self)
{
  /* The sort action reads it as soon as the menus exist. */
  self->sort_people = g_strdup ("name");
  gtk_widget_init_template (GTK_WIDGET (self));
  ooo_accessible_label_from_tooltips (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  self->alerts = ooo_alerts_new (self->settings);
  g_settings_bind (self->settings, "sidebar-sort", self, "sort-people", G_SETTINGS_BIND_DEFAULT);
  load_window_state (self);
  ooo_window_setup_search (self);

  ooo_window_setup_sidebar (self);
  ooo_window_add_space_key (self);
  ooo_window_show_selected (self);
  schedule_minute (self);
}

OooWindow *
ooo_window_new (AdwApplication *application,
                OooSession     *session)
{
  return g_object_new (OOO_TYPE_WINDOW, "application", application, "session", session, NULL);
}

OooSession *
ooo_window_get_session (OooWindow *self)
{
  g_return_val_if_fail (OOO_IS_WINDOW (self), NULL);
  return self->session;
}

OooPeople *
ooo_window_get_people (OooWindow *self)
{
  g_return_val_if_fail (OOO_IS_WINDOW (self), NULL);
  return self->people;
}

OooAlerts *
ooo_window_get_alerts (OooWindow *self)
{
  g_return_val_if_fail (OOO_IS_WINDOW (self), NULL);
  return self->alerts;
}

OooPerson *
ooo_window_get_selected (OooWindow *self)
{
  g_return_val_if_fail (OOO_IS_WINDOW (self), NULL);
  return self->selected;
}

/* Selects @person in the sidebar and shows their page. */
void
ooo_window_select_person (OooWindow *self,
                          OooPerson *person)
{
  g_return_if_fail (OOO_IS_WINDOW (self));

  ooo_window_set_selected (self, person);
  ooo_window_sync_selection (self);
  if (self->selected != NULL)
    adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->content);
}

/* Replaces everything with an explanation, for when there is no data to show. */
void
ooo_window_show_error (OooWindow  *self,
                       const char *message)
{
  g_return_if_fail (OOO_IS_WINDOW (self));

  adw_status_page_set_description (ADW_STATUS_PAGE (self->error_page), message);
  gtk_stack_set_visible_child_name (GTK_STACK (self->main_stack), "error");
  ooo_window_update_actions (self);
}

/* What cannot be written stays said at the foot of the window until it is:
 * a toast would go away while the notes still wait. The notes and the timer
 * fail and recover apart: the banner goes only when both are stored. */
void
ooo_window_show_storage_problem (OooWindow      *self,
                                 OooStorageKind  kind,
                                 const char     *message)
{
  g_return_if_fail (OOO_IS_WINDOW (self));
  g_return_if_fail (kind < OOO_STORAGE_N_KINDS);

  g_free (self->storage_problems[kind]);
  self->storage_problems[kind] = g_strdup (message);
  gtk_label_set_text (GTK_LABEL (self->storage_label), message);
  gtk_widget_set_visible (self->storage_banner, TRUE);
}

/* @kind is stored again: @message says so in a toast. */
void
ooo_window_clear_storage_problem (OooWindow      *self,
                                  OooStorageKind  kind,
                                  const char     *message)
{
  g_return_if_fail (OOO_IS_WINDOW (self));
  g_return_if_fail (kind < OOO_STORAGE_N_KINDS);

  if (self->storage_problems[kind] == NULL)
    return;
  g_clear_pointer (&self->storage_problems[kind], g_free);
  ooo_window_show_toast (self, message);

  for (guint i = 0; i < OOO_STORAGE_N_KINDS; i++) {
    if (self->storage_problems[i] != NULL) {
      gtk_label_set_text (GTK_LABEL (self->storage_label), self->storage_problems[i]);
      return;
    }
  }
  gtk_widget_set_visible (self->storage_banner, FALSE);
}

/* The storage message on screen, or NULL; for tests. */
const char *
ooo_window_get_storage_problem (OooWindow *self)
{
  g_return_val_if_fail (OOO_IS_WINDOW (self), NULL);

  if (!gtk_widget_get_visible (self->storage_banner))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (self->storage_label));
}

void
ooo_window_show_toast (OooWindow  *self,
                       const char *message)
{
  g_return_if_fail (OOO_IS_WINDOW (self));

  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay),
                               ooo_toast_new_plain (message));
}
