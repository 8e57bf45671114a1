/* ooo-past-meeting-window.c — a 1:1 of the history, opened again: how it
 * went, and its notes and action items, editable with the timer off
 *
 * The notes pane is the one the running meeting uses, on the meeting as the
 * core loads it from the history, its timer finished: edits are written as
 * they are typed, and at the latest when the window closes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-attendance.h"
#include "ooo-format.h"
#include "ooo-notes-pane.h"
#include "ooo-past-meeting-window.h"
#include "ooo-recap.h"
#include "ooo-widget-util.h"

struct _OooPastMeetingWindow
{
  AdwWindow   parent_instance;

  OooSession *session;
  char       *uuid;
  OooMeeting *meeting;
  OooPerson  *person;
  gboolean    close_despite_unsaved;

  GtkWidget  *window_title;
  GtkWidget  *copy_button;
  GtkWidget  *toast_overlay;
  GtkWidget  *stack;
  GtkWidget  *summary_row;
  GtkWidget  *notes_pane;
  GtkWidget  *status_page;
};

G_DEFINE_TYPE (OooPastMeetingWindow, ooo_past_meeting_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_MEETING_UUID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_toast (OooPastMeetingWindow *self,
            const char           *message)
{
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay), ooo_toast_new_plain (message));
}

static OooPerson *
find_person (OooSession *session,
             gint64      person_id)
{
  GListModel *people = G_LIST_MODEL (ooo_session_get_people (session));

  for (guint i = 0; i < g_list_model_get_n_items (people); i++) {
    g_autoptr(OooPerson) person = g_list_model_get_item (people, i);

    if (ooo_person_get_id (person) == person_id)
      return g_steal_pointer (&person);
  }

  return NULL;
}

/* The day it was held, where the report is: the day the history lists. */
static char *
held_on (OooPastMeetingWindow *self)
{
  g_autoptr(GTimeZone) zone = ooo_attendance_zone (ooo_person_get_time_zone (self->person));
  g_autofree char *iso = NULL;
  GDate date;

  ooo_attendance_local_date (ooo_meeting_get_started_at (self->meeting), zone, &date);
  if (!g_date_valid (&date))
    return NULL;

  iso = ooo_attendance_format_date (&date);
  return ooo_format_date (iso);
}

static void
show_unavailable (OooPastMeetingWindow *self,
                  const char           *title,
                  const char           *description)
{
  adw_status_page_set_title (ADW_STATUS_PAGE (self->status_page), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (self->status_page), description);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "unavailable");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "past-meeting.copy-recap", FALSE);
  gtk_widget_set_visible (self->copy_button, FALSE);
}

/* Its length, the report's share, and each part against its plan. */
static void
show_summary (OooPastMeetingWindow *self)
{
  OooTimer *timer = ooo_meeting_get_timer (self->meeting);
  g_autofree char *total = ooo_format_duration (ooo_timer_get_total_elapsed (timer));
  g_autofree char *planned = ooo_format_duration (ooo_timer_get_total_planned (timer));
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  /* Translators: a past meeting's length */
  title = g_strdup_printf (_("%s in all"), total);
  /* Translators: the report's share of a past meeting's time, then the planned length */
  subtitle = g_strdup_printf (_("%d%% of it was their time · planned %s"),
                              (int) (100 * ooo_meeting_get_their_share (self->meeting) + 0.5),
                              planned);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->summary_row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self->summary_row), subtitle);

  for (guint i = 0; i < ooo_meeting_get_n_segments (self->meeting); i++) {
    const OooMeetingSegment *segment = ooo_meeting_get_segment (self->meeting, i);
    gint64 elapsed = ooo_timer_get_elapsed (timer, i);
    gint64 plan = ooo_timer_get_planned (timer, i);
    g_autofree char *elapsed_text = ooo_format_duration (elapsed);
    g_autofree char *plan_text = ooo_format_duration (plan);
    /* Translators: under a part of the agenda: whose time it was, and its plan */
    g_autofree char *part = g_strdup_printf (_("%s · planned %s"),
                                             ooo_segment_owner_to_label (segment->owner),
                                             plan_text);
    GtkWidget *row = adw_action_row_new ();
    GtkWidget *actual = gtk_label_new (elapsed_text);

    adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), segment->title);
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), part);
    gtk_widget_add_css_class (actual, "numeric");
    /* Looking back, a part that ran a minute over is worth noticing;
     * a few seconds are not. */
    if (elapsed > plan + 60 * G_USEC_PER_SEC)
      gtk_widget_add_css_class (actual, "warning");
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), actual);
    adw_expander_row_add_row (ADW_EXPANDER_ROW (self->summary_row), row);
  }
}

static void
load (OooPastMeetingWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;

  self->meeting = ooo_meetings_load_past (ooo_session_get_meetings (self->session), self->uuid,
                                          &error);
  if (self->meeting == NULL) {
    show_unavailable (self, _("Cannot Open This One-on-One"), error->message);
    return;
  }

  /* A running 1:1 has its notes open in the meeting view already: two
   * panes writing the same notes would overwrite each other. */
  if (ooo_meeting_get_status (self->meeting) == OOO_MEETING_STATUS_IN_PROGRESS) {
    g_clear_object (&self->meeting);
    show_unavailable (self, _("This One-on-One Is in Progress"),
                      _("Its notes are open in the main window."));
    return;
  }

  self->person = find_person (self->session, ooo_meeting_get_person_id (self->meeting));
  if (self->person == NULL) {
    g_clear_object (&self->meeting);
    show_unavailable (self, _("Cannot Open This One-on-One"),
                      _("The person it was held with is no longer in the database."));
    return;
  }

  date = held_on (self);
  adw_window_title_set_title (ADW_WINDOW_TITLE (self->window_title),
                              ooo_person_get_name (self->person));
  adw_window_title_set_subtitle (ADW_WINDOW_TITLE (self->window_title), date);
  /* Translators: a past meeting window's title: the person, then the date */
  title = g_strdup_printf (_("%s, %s"), ooo_person_get_name (self->person),
                           date != NULL ? date : "");
  gtk_window_set_title (GTK_WINDOW (self), title);

  show_summary (self);
  ooo_notes_pane_set_session (OOO_NOTES_PANE (self->notes_pane), self->session);
  ooo_notes_pane_set_meeting (OOO_NOTES_PANE (self->notes_pane), self->meeting);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "meeting");
}

/* The recap of what is on screen, typed text included; never the private
 * notes. */
char *
ooo_past_meeting_window_dup_recap (OooPastMeetingWindow *self)
{
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (OOO_IS_PAST_MEETING_WINDOW (self), NULL);

  if (self->meeting == NULL)
    return NULL;

  if (!ooo_notes_pane_flush (OOO_NOTES_PANE (self->notes_pane), &error))
    show_toast (self, error->message);
  actions = ooo_follow_ups_list_meeting_actions (ooo_session_get_follow_ups (self->session),
                                                 ooo_meeting_get_id (self->meeting));

  return ooo_recap_markdown (self->meeting, ooo_person_get_name (self->person), actions);
}

static void
copy_recap (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  OooPastMeetingWindow *self = OOO_PAST_MEETING_WINDOW (widget);
  g_autofree char *recap = ooo_past_meeting_window_dup_recap (self);

  if (recap == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), recap);
  show_toast (self, _("Recap copied: paste it in a message to them"));
}

static void
on_save_failed (OooPastMeetingWindow *self,
                const char           *message)
{
  show_toast (self, message);
}

static void
on_save_recovered (OooPastMeetingWindow *self)
{
  show_toast (self, _("Notes saved"));
}

/* Notes typed in the last moment are written before the window goes; if
 * they cannot be, the first close says so and keeps them on screen. */
static gboolean
ooo_past_meeting_window_close_request (GtkWindow *window)
{
  OooPastMeetingWindow *self = OOO_PAST_MEETING_WINDOW (window);
  g_autoptr(GError) error = NULL;

  if (self->meeting != NULL && !self->close_despite_unsaved &&
      !ooo_notes_pane_flush (OOO_NOTES_PANE (self->notes_pane), &error)) {
    g_autofree char *message =
      /* Translators: the reason the notes could not be written follows */
      g_strdup_printf (_("Notes not saved: %s. Close again to discard them."), error->message);

    self->close_despite_unsaved = TRUE;
    show_toast (self, message);
    return TRUE;
  }

  return GTK_WINDOW_CLASS (ooo_past_meeting_window_parent_class)->close_request (window);
}

/* Modal to its main window only: both share a window group, so a window
 * outside that group stays usable. */
static void
on_transient_for_changed (OooPastMeetingWindow *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (parent == NULL)
    return;

  if (!gtk_window_has_group (parent)) {
    g_autoptr(GtkWindowGroup) group = gtk_window_group_new ();

    gtk_window_group_add_window (group, parent);
  }
  gtk_window_group_add_window (gtk_window_get_group (parent), GTK_WINDOW (self));
}

static void
ooo_past_meeting_window_constructed (GObject *object)
{
  OooPastMeetingWindow *self = OOO_PAST_MEETING_WINDOW (object);

  G_OBJECT_CLASS (ooo_past_meeting_window_parent_class)->constructed (object);

  load (self);
}

static void
ooo_past_meeting_window_dispose (GObject *object)
{
  OooPastMeetingWindow *self = OOO_PAST_MEETING_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OOO_TYPE_PAST_MEETING_WINDOW);
  g_clear_object (&self->meeting);
  g_clear_object (&self->person);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (ooo_past_meeting_window_parent_class)->dispose (object);
}

static void
ooo_past_meeting_window_finalize (GObject *object)
{
  OooPastMeetingWindow *self = OOO_PAST_MEETING_WINDOW (object);

  g_free (self->uuid);

  G_OBJECT_CLASS (ooo_past_meeting_window_parent_class)->finalize (object);
}

static void
ooo_past_meeting_window_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  OooPastMeetingWindow *self = OOO_PAST_MEETING_WINDOW (object);

  switch (prop_id) {
  case PROP_SESSION:
    g_value_set_object (value, self->session);
    break;
  case PROP_MEETING_UUID:
    g_value_set_string (value, self->uuid);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_past_meeting_window_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  OooPastMeetingWindow *self = OOO_PAST_MEETING_WINDOW (object);

  switch (prop_id) {
  case PROP_SESSION:
    self->session = g_value_dup_object (value);
    break;
  case PROP_MEETING_UUID:
    self->uuid = g_value_dup_string (value);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_past_meeting_window_class_init (OooPastMeetingWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ooo_past_meeting_window_constructed;
  object_class->dispose = ooo_past_meeting_window_dispose;
  object_class->finalize = ooo_past_meeting_window_finalize;
  object_class->get_property = ooo_past_meeting_window_get_property;
  object_class->set_property = ooo_past_meeting_window_set_property;
  window_class->close_request = ooo_past_meeting_window_close_request;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, OOO_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEETING_UUID] =
    g_param_spec_string ("meeting-uuid", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OOO_TYPE_NOTES_PANE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/OneOnOne/"
                                               "ooo-past-meeting-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OooPastMeetingWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, OooPastMeetingWindow, copy_button);
  gtk_widget_class_bind_template_child (widget_class, OooPastMeetingWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OooPastMeetingWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, OooPastMeetingWindow, summary_row);
  gtk_widget_class_bind_template_child (widget_class, OooPastMeetingWindow, notes_pane);
  gtk_widget_class_bind_template_child (widget_class, OooPastMeetingWindow, status_page);

  gtk_widget_class_install_action (widget_class, "past-meeting.copy-recap", NULL, copy_recap);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "past-meeting.copy-recap", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
ooo_past_meeting_window_init (OooPastMeetingWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->notes_pane, "save-failed", G_CALLBACK (on_save_failed), self);
  g_signal_connect_swapped (self->notes_pane, "save-recovered", G_CALLBACK (on_save_recovered),
                            self);
  g_signal_connect (self, "notify::transient-for", G_CALLBACK (on_transient_for_changed), NULL);
}

GtkWindow *
ooo_past_meeting_window_new (OooSession *session,
                             const char *meeting_uuid)
{
  g_return_val_if_fail (OOO_IS_SESSION (session), NULL);
  g_return_val_if_fail (meeting_uuid != NULL, NULL);

  return g_object_new (OOO_TYPE_PAST_MEETING_WINDOW,
                       "session", session, "meeting-uuid", meeting_uuid, NULL);
}

OooMeeting *
ooo_past_meeting_window_get_meeting (OooPastMeetingWindow *self)
{
  g_return_val_if_fail (OOO_IS_PAST_MEETING_WINDOW (self), NULL);
  return self->meeting;
}
