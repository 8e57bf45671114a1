/* ooo-window-meeting.c — running a 1:1 from the main window: starting it,
 * the timer's controls, ending it, and what goes with a running timer
 * (alerts, and keeping the session from suspending)
 *
 * The controls are window actions so that their shortcuts work wherever the
 * focus is, and Space starts and pauses unless the manager is typing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-meeting-view.h"
#include "ooo-person-page.h"
#include "ooo-window-private.h"

static OooMeeting *
shown_meeting (OooWindow *self)
{
  OooMeeting *meeting;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (self->content_stack)),
                 "meeting") != 0)
    return NULL;

  meeting = ooo_meeting_view_get_meeting (OOO_MEETING_VIEW (self->meeting_view));
  if (meeting == NULL || ooo_meeting_get_status (meeting) != OOO_MEETING_STATUS_IN_PROGRESS)
    return NULL;

  return meeting;
}

static OooTimer *
shown_timer (OooWindow *self)
{
  OooMeeting *meeting = shown_meeting (self);

  return meeting != NULL ? ooo_meeting_get_timer (meeting) : NULL;
}

/* While any 1:1 is being timed, the session must not suspend or blank the
 * screen under the manager's notes. */
static void
update_inhibit (OooWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GPtrArray) meetings = NULL;
  gboolean running = FALSE;

  if (self->meetings == NULL)
    return;

  meetings = ooo_meetings_list_in_progress (self->meetings);
  for (guint i = 0; i < meetings->len; i++)
    running |= ooo_timer_get_state (ooo_meeting_get_timer (g_ptr_array_index (meetings, i)))
               == OOO_TIMER_STATE_RUNNING;

  if (running && self->inhibit_cookie == 0 && application != NULL)
    self->inhibit_cookie = gtk_application_inhibit (application, GTK_WINDOW (self),
                                                    GTK_APPLICATION_INHIBIT_SUSPEND |
                                                    GTK_APPLICATION_INHIBIT_IDLE,
                                                    _("A one-on-one is being timed"));
  else if (!running && self->inhibit_cookie != 0 && application != NULL) {
    gtk_application_uninhibit (application, self->inhibit_cookie);
    self->inhibit_cookie = 0;
  }
}

static void
on_timer_state (OooWindow *self)
{
  update_inhibit (self);
  ooo_window_update_actions (self);
}

static const char *
person_name (OooWindow  *self,
             OooMeeting *meeting)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->people));

  for (guint i = 0; i < n; i++) {
    g_autoptr(OooPerson) person = g_list_model_get_item (G_LIST_MODEL (self->people), i);

    if (ooo_person_get_id (person) == ooo_meeting_get_person_id (meeting))
      return ooo_person_get_name (person);
  }

  return "";
}

static void
watch_meeting (OooWindow  *self,
               OooMeeting *meeting)
{
  ooo_alerts_watch (self->alerts, meeting, person_name (self, meeting));
  g_signal_connect_object (ooo_meeting_get_timer (meeting), "notify::state",
                           G_CALLBACK (on_timer_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (ooo_meeting_get_timer (meeting), "notify::current",
                           G_CALLBACK (ooo_window_update_actions), self, G_CONNECT_SWAPPED);
}

static void
on_meeting_started (OooWindow   *self,
                    OooMeeting  *meeting,
                    OooMeetings *meetings)
{
  watch_meeting (self, meeting);
  update_inhibit (self);
}

static void
on_meeting_ended (OooWindow   *self,
                  OooMeeting  *meeting,
                  OooMeetings *meetings)
{
  update_inhibit (self);
  ooo_window_update_actions (self);
}

/* In the manager's words, as the notes' own message (ooo-notes-pane.c). */
static char *
describe_timer_failure (const GError *error)
{
  if (g_error_matches (error, OOO_STORE_ERROR, OOO_STORE_ERROR_FULL))
    return g_strdup (_("The timer cannot be saved: the disk is full. It goes on here and is "
                       "saved when space is free."));
  if (g_error_matches (error, OOO_STORE_ERROR, OOO_STORE_ERROR_READ_ONLY))
    return g_strdup (_("The timer cannot be saved: the folder of your data cannot be written "
                       "to. It goes on here and is saved when it can be written again."));
  if (g_error_matches (error, OOO_STORE_ERROR, OOO_STORE_ERROR_BUSY))
    return g_strdup (_("The timer cannot be saved: another program is using your data. It "
                       "goes on here and is saved when it lets go."));

  /* Translators: the reason is a whole sentence */
  return g_strdup_printf (_("The timer cannot be saved: %s It goes on here and is saved as "
                            "soon as that is possible."), error->message);
}

/* Emitted at each try that fails: the banner stays, with the latest cause. */
static void
on_timer_save_failed (OooWindow    *self,
                      const GError *error)
{
  g_autofree char *message = describe_timer_failure (error);

  ooo_window_show_storage_problem (self, OOO_STORAGE_TIMER, message);
}

static void
on_timer_save_recovered (OooWindow *self)
{
  ooo_window_clear_storage_problem (self, OOO_STORAGE_TIMER, _("Timer saved"));
}

static void
on_notes_save_failed (OooWindow  *self,
                      const char *message)
{
  ooo_window_show_storage_problem (self, OOO_STORAGE_NOTES, message);
}

static void
on_notes_save_recovered (OooWindow *self)
{
  ooo_window_clear_storage_problem (self, OOO_STORAGE_NOTES, _("Notes saved"));
}

/* Alerts and the inhibitor follow every meeting in progress, also the ones
 * resumed from the last run; the first of those is shown. */
void
ooo_window_watch_meetings (OooWindow *self)
{
  g_autoptr(GPtrArray) meetings = ooo_meetings_list_in_progress (self->meetings);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->people));

  g_signal_connect_object (self->meetings, "started", G_CALLBACK (on_meeting_started), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->meetings, "ended", G_CALLBACK (on_meeting_ended), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->meetings, "save-failed", G_CALLBACK (on_timer_save_failed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->meetings, "save-recovered",
                           G_CALLBACK (on_timer_save_recovered), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (ooo_meeting_view_get_notes (OOO_MEETING_VIEW (self->meeting_view)),
                           "save-failed", G_CALLBACK (on_notes_save_failed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (ooo_meeting_view_get_notes (OOO_MEETING_VIEW (self->meeting_view)),
                           "save-recovered", G_CALLBACK (on_notes_save_recovered), self,
                           G_CONNECT_SWAPPED);

  for (guint i = 0; i < meetings->len; i++)
    watch_meeting (self, g_ptr_array_index (meetings, i));
  update_inhibit (self);

  if (meetings->len == 0)
    return;

  for (guint i = 0; i < n; i++) {
    g_autoptr(OooPerson) person = g_list_model_get_item (G_LIST_MODEL (self->people), i);
    OooMeeting *first = g_ptr_array_index (meetings, 0);

    if (ooo_person_get_id (person) == ooo_meeting_get_person_id (first) &&
        !ooo_person_get_archived (person)) {
      ooo_window_select_person (self, person);
      break;
    }
  }
}

void
ooo_window_unwatch_meetings (OooWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (self->inhibit_cookie != 0 && application != NULL)
    gtk_application_uninhibit (application, self->inhibit_cookie);
  self->inhibit_cookie = 0;
}

static void
start_meeting (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OooWindow *self = OOO_WINDOW (widget);
  OooTemplate *agenda;
  OooMeeting *meeting;
  g_autoptr(GError) error = NULL;

  if (self->selected == NULL)
    return;

  /* One meeting per person: Ctrl+Return on a running one just shows it. */
  if (ooo_meetings_get_in_progress (self->meetings, self->selected) == NULL) {
    agenda = ooo_person_page_get_agenda (OOO_PERSON_PAGE (self->person_page));
    if (agenda == NULL)
      agenda = ooo_session_agenda_for (self->session, self->selected);

    meeting = ooo_meetings_start (self->meetings, self->selected, agenda, &error);
    if (meeting == NULL) {
      ooo_window_show_toast (self, error->message);
      return;
    }
    ooo_timer_start (ooo_meeting_get_timer (meeting));
  }

  g_clear_object (&self->ended);
  ooo_window_show_selected (self);
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->content);
}

static void
toggle_timer (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  OooTimer *timer = shown_timer (OOO_WINDOW (widget));

  if (timer != NULL)
    ooo_timer_toggle (timer);
}

static void
next_segment (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  OooTimer *timer = shown_timer (OOO_WINDOW (widget));

  if (timer != NULL)
    ooo_timer_next (timer);
}

static void
previous_segment (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OooTimer *timer = shown_timer (OOO_WINDOW (widget));

  if (timer != NULL)
    ooo_timer_previous (timer);
}

static void
extend_segment (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  OooTimer *timer = shown_timer (OOO_WINDOW (widget));

  if (timer != NULL)
    ooo_timer_extend (timer, 60 * G_USEC_PER_SEC);
}

/* One click, no question: the meeting is over when the manager says so. */
static void
end_meeting (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OooWindow *self = OOO_WINDOW (widget);
  OooMeeting *meeting = shown_meeting (self);
  g_autoptr(GError) error = NULL;

  if (meeting == NULL)
    return;

  g_object_ref (meeting);
  if (!ooo_meetings_end (self->meetings, meeting, &error)) {
    ooo_window_show_toast (self, error->message);
    g_object_unref (meeting);
    return;
  }

  g_set_object (&self->ended, meeting);
  g_object_unref (meeting);
  ooo_meeting_view_show_summary (OOO_MEETING_VIEW (self->meeting_view));
  ooo_window_show_selected (self);
}

static void
add_action_item (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  OooWindow *self = OOO_WINDOW (widget);

  if (shown_meeting (self) != NULL)
    ooo_meeting_view_focus_new_action (OOO_MEETING_VIEW (self->meeting_view));
}

static void
close_summary (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OooWindow *self = OOO_WINDOW (widget);

  g_clear_object (&self->ended);
  ooo_meeting_view_set_meeting (OOO_MEETING_VIEW (self->meeting_view), NULL);
  ooo_window_show_selected (self);
}

static gboolean
focus_is_text (OooWindow *self)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (self));

  return focus != NULL && (GTK_IS_EDITABLE (focus) || GTK_IS_TEXT_VIEW (focus));
}

/* Space starts and pauses the timer, but never takes a space from text. */
static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                OooWindow             *self)
{
  if (keyval != GDK_KEY_space || (state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return FALSE;
  if (shown_timer (self) == NULL || focus_is_text (self))
    return FALSE;

  gtk_widget_activate_action (GTK_WIDGET (self), "win.toggle-timer", NULL);
  return TRUE;
}

void
ooo_window_add_space_key (OooWindow *self)
{
  GtkEventController *controller = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

void
ooo_window_class_install_meeting_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.start-meeting", NULL, start_meeting);
  gtk_widget_class_install_action (widget_class, "win.toggle-timer", NULL, toggle_timer);
  gtk_widget_class_install_action (widget_class, "win.next-segment", NULL, next_segment);
  gtk_widget_class_install_action (widget_class, "win.previous-segment", NULL,
                                   previous_segment);
  gtk_widget_class_install_action (widget_class, "win.extend-segment", NULL, extend_segment);
  gtk_widget_class_install_action (widget_class, "win.end-meeting", NULL, end_meeting);
  gtk_widget_class_install_action (widget_class, "win.close-summary", NULL, close_summary);
  gtk_widget_class_install_action (widget_class, "win.add-action-item", NULL, add_action_item);
}

void
ooo_window_update_meeting_actions (OooWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  OooTimer *timer = shown_timer (self);
  gboolean can_start = self->selected != NULL && self->meetings != NULL;
  guint current = timer != NULL ? ooo_timer_get_current (timer) : 0;

  gtk_widget_action_set_enabled (widget, "win.start-meeting", can_start);
  gtk_widget_action_set_enabled (widget, "win.toggle-timer", timer != NULL);
  gtk_widget_action_set_enabled (widget, "win.extend-segment", timer != NULL);
  gtk_widget_action_set_enabled (widget, "win.end-meeting", timer != NULL);
  gtk_widget_action_set_enabled (widget, "win.previous-segment", timer != NULL && current > 0);
  gtk_widget_action_set_enabled (widget, "win.next-segment",
                                 timer != NULL &&
                                 current + 1 < ooo_timer_get_n_segments (timer));
  gtk_widget_action_set_enabled (widget, "win.close-summary", self->ended != NULL);
  gtk_widget_action_set_enabled (widget, "win.add-action-item", timer != NULL);
  ooo_window_disable_while_importing (self);
}
