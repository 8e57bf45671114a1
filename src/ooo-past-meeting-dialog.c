/* ooo-past-meeting-dialog.c — records a 1:1 held away from the desk
 *
 * Over lunch, on a walk, in a corridor: the manager records afterwards when
 * it was, how long, on which agenda, the notes and the action items agreed.
 * Nothing is written until Save. A failed save keeps everything in the
 * form; if the meeting was stored but an action item was not, the meeting
 * is not stored twice: Save again adds only the items still listed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ooo-accessible.h"
#include "ooo-date-button.h"
#include "ooo-past-meeting-dialog.h"
#include "ooo-widget-util.h"

struct _OooPastMeetingDialog
{
  AdwWindow   parent_instance;

  OooSession *session;
  OooPerson  *person;
  GPtrArray  *staged;          /* of Staged: action items not yet stored */
  OooMeeting *meeting;         /* once stored */
  guint       agenda_minutes;  /* the length the chosen agenda plans */

  GtkWidget  *window_title;
  GtkWidget  *toast_overlay;
  GtkWidget  *meeting_group;
  GtkWidget  *date_button;
  GtkWidget  *minutes_spin;
  GtkWidget  *agenda_row;
  GtkWidget  *notes_view;
  GtkWidget  *actions_list;
  GtkWidget  *action_row;
  GtkWidget  *me_button;
};

G_DEFINE_TYPE (OooPastMeetingDialog, ooo_past_meeting_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_PERSON,
  N_PROPS
};

enum {
  RECORDED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct {
  char    *text;
  OooSide  owner;
} Staged;

static void
staged_free (gpointer data)
{
  Staged *staged = data;

  g_free (staged->text);
  g_free (staged);
}

static void
show_message (OooPastMeetingDialog *self,
              const char           *message)
{
  AdwToast *toast = ooo_toast_new_plain (message);

  /* An error stays until dismissed: the manager may be reading the form. */
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay), toast);
}

static OooClock *
clock_of (OooPastMeetingDialog *self)
{
  return ooo_meetings_get_clock (ooo_session_get_meetings (self->session));
}

/* Action items */

static void
show_staged (OooPastMeetingDialog *self)
{
  GtkWidget *row, *next;

  for (row = gtk_widget_get_first_child (self->actions_list); row != NULL; row = next) {
    next = gtk_widget_get_next_sibling (row);
    if (row != self->action_row)
      gtk_list_box_remove (GTK_LIST_BOX (self->actions_list), row);
  }

  for (guint i = 0; i < self->staged->len; i++) {
    Staged *staged = g_ptr_array_index (self->staged, i);
    GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
    g_autofree char *remove_label = NULL;

    row = adw_action_row_new ();
    adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), staged->text);
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), staged->owner == OOO_SIDE_ME
                                                       ? _("My action") : _("Their action"));

    /* Translators: the accessible name of a button; %s is an action item */
    remove_label = g_strdup_printf (_("Remove “%s”"), staged->text);
    gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
    gtk_widget_add_css_class (remove, "flat");
    gtk_widget_set_tooltip_text (remove, _("Remove"));
    ooo_accessible_set_label (remove, remove_label);
    gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "past-meeting.remove-action");
    gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "u", i);
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

    gtk_list_box_insert (GTK_LIST_BOX (self->actions_list), row, (int) i);
  }
}

/* Moves what is typed in the add row into the list; FALSE if blank. */
static gboolean
stage_typed_action (OooPastMeetingDialog *self)
{
  char *text = ooo_editable_dup_trimmed (GTK_EDITABLE (self->action_row));
  Staged *staged;

  if (text == NULL)
    return FALSE;

  staged = g_new0 (Staged, 1);
  staged->text = text;
  staged->owner = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->me_button))
                  ? OOO_SIDE_ME : OOO_SIDE_THEM;
  g_ptr_array_add (self->staged, staged);
  gtk_editable_set_text (GTK_EDITABLE (self->action_row), "");
  show_staged (self);

  return TRUE;
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  OooPastMeetingDialog *self = OOO_PAST_MEETING_DIALOG (widget);

  if (!stage_typed_action (self))
    gtk_widget_error_bell (self->action_row);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OooPastMeetingDialog *self = OOO_PAST_MEETING_DIALOG (widget);
  guint index = g_variant_get_uint32 (parameter);

  if (index >= self->staged->len)
    return;

  g_ptr_array_remove_index (self->staged, index);
  show_staged (self);
  gtk_widget_grab_focus (self->action_row);
}

static void
on_action_activated (OooPastMeetingDialog *self)
{
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "past-meeting.add-action", NULL))
    gtk_widget_error_bell (self->action_row);
}

static void
on_action_text_changed (OooPastMeetingDialog *self)
{
  g_autofree char *text = ooo_editable_dup_trimmed (GTK_EDITABLE (self->action_row));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "past-meeting.add-action", text != NULL);
}

/* The length follows the agenda's plan until the manager sets it. */
static void
on_agenda_selected (OooPastMeetingDialog *self)
{
  OooTemplate *agenda = adw_combo_row_get_selected_item (ADW_COMBO_ROW (self->agenda_row));
  GtkSpinButton *spin = GTK_SPIN_BUTTON (self->minutes_spin);
  guint planned;

  if (agenda == NULL)
    return;

  planned = ooo_template_get_total_minutes (agenda);
  if (self->agenda_minutes == 0 ||
      (guint) gtk_spin_button_get_value_as_int (spin) == self->agenda_minutes)
    gtk_spin_button_set_value (spin, planned);
  self->agenda_minutes = planned;
}

/* Saving */

static char *
notes_text (OooPastMeetingDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->notes_view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* When it was held: ending now if it was today, else at midday that day. */
static gint64
held_at (OooPastMeetingDialog *self,
         const char           *date,
         const char           *today,
         guint                 minutes)
{
  g_autoptr(GDateTime) midday = ooo_date_to_local (date);

  if (g_strcmp0 (date, today) == 0)
    return ooo_clock_wall_now (clock_of (self)) / G_USEC_PER_SEC - (gint64) minutes * 60;

  return g_date_time_to_unix (midday);
}

static gboolean
record_meeting (OooPastMeetingDialog *self)
{
  const char *date = ooo_date_button_get_date (OOO_DATE_BUTTON (self->date_button));
  g_autofree char *today = ooo_date_today (clock_of (self));
  g_autofree char *notes = notes_text (self);
  OooTemplate *agenda = adw_combo_row_get_selected_item (ADW_COMBO_ROW (self->agenda_row));
  g_autoptr(GError) error = NULL;
  guint minutes;

  if (date == NULL || strcmp (date, today) > 0) {
    show_message (self, _("That day has not come yet: choose the day the one-on-one was held"));
    return FALSE;
  }

  gtk_spin_button_update (GTK_SPIN_BUTTON (self->minutes_spin));
  minutes = (guint) gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->minutes_spin));

  self->meeting = ooo_meetings_record_past (ooo_session_get_meetings (self->session),
                                            self->person, agenda,
                                            held_at (self, date, today, minutes), minutes,
                                            notes, &error);
  if (self->meeting == NULL) {
    show_message (self, error->message);
    return FALSE;
  }

  /* Stored: editing these now would change nothing. */
  gtk_widget_set_sensitive (self->meeting_group, FALSE);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (self->notes_view), FALSE);
  return TRUE;
}

static void
save (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  OooPastMeetingDialog *self = OOO_PAST_MEETING_DIALOG (widget);
  OooFollowUps *follow_ups = ooo_session_get_follow_ups (self->session);

  /* An item typed but not yet added is meant to be kept too. */
  stage_typed_action (self);

  if (self->meeting == NULL && !record_meeting (self))
    return;

  while (self->staged->len > 0) {
    Staged *staged = g_ptr_array_index (self->staged, 0);
    g_autoptr(OooActionItem) item = NULL;
    g_autoptr(GError) error = NULL;
    g_autofree char *message = NULL;

    item = ooo_follow_ups_add_action (follow_ups, ooo_person_get_id (self->person),
                                      ooo_meeting_get_id (self->meeting), staged->text,
                                      staged->owner, NULL, &error);
    if (item == NULL) {
      /* Translators: %s says why */
      message = g_strdup_printf (_("The one-on-one is recorded, but an action item could not "
                                   "be added: %s"), error->message);
      show_message (self, message);
      show_staged (self);
      return;
    }
    g_ptr_array_remove_index (self->staged, 0);
  }

  g_signal_emit (self, signals[RECORDED], 0, self->meeting);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Cancelling */

static gboolean
has_typed_anything (OooPastMeetingDialog *self)
{
  g_autofree char *notes = notes_text (self);
  g_autofree char *action = ooo_editable_dup_trimmed (GTK_EDITABLE (self->action_row));

  return self->staged->len > 0 || action != NULL || *g_strstrip (notes) != '\0';
}

static void
on_discard_response (OooPastMeetingDialog *self,
                     const char           *response)
{
  if (g_strcmp0 (response, "discard") == 0)
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  OooPastMeetingDialog *self = OOO_PAST_MEETING_DIALOG (widget);
  GtkWidget *dialog;

  if (self->meeting != NULL || !has_typed_anything (self)) {
    gtk_window_destroy (GTK_WINDOW (self));
    return;
  }

  /* Typed notes are never thrown away without asking. */
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Discard This One-on-One?"),
                                   _("The notes and action items typed here will be lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
on_close_request (GtkWindow *window)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "past-meeting.cancel", NULL);
  return TRUE;
}

/* Setting up */

static void
fill_form (OooPastMeetingDialog *self)
{
  GListModel *templates = G_LIST_MODEL (ooo_session_get_templates (self->session));
  OooTemplate *agenda = ooo_session_agenda_for (self->session, self->person);
  g_autoptr(GtkExpression) name = NULL;
  g_autofree char *today = ooo_date_today (clock_of (self));

  adw_window_title_set_subtitle (ADW_WINDOW_TITLE (self->window_title),
                                 ooo_person_get_name (self->person));
  ooo_date_button_set_date (OOO_DATE_BUTTON (self->date_button), today);

  name = gtk_property_expression_new (OOO_TYPE_TEMPLATE, NULL, "name");
  adw_combo_row_set_expression (ADW_COMBO_ROW (self->agenda_row), name);
  adw_combo_row_set_model (ADW_COMBO_ROW (self->agenda_row), templates);
  for (guint i = 0; i < g_list_model_get_n_items (templates); i++) {
    g_autoptr(OooTemplate) candidate = g_list_model_get_item (templates, i);

    if (candidate == agenda)
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->agenda_row), i);
  }
  on_agenda_selected (self);
  g_signal_connect_object (self->agenda_row, "notify::selected",
                           G_CALLBACK (on_agenda_selected), self, G_CONNECT_SWAPPED);
}

static void
ooo_past_meeting_dialog_constructed (GObject *object)
{
  OooPastMeetingDialog *self = OOO_PAST_MEETING_DIALOG (object);

  G_OBJECT_CLASS (ooo_past_meeting_dialog_parent_class)->constructed (object);

  g_return_if_fail (self->session != NULL && self->person != NULL);
  fill_form (self);
  gtk_window_set_focus (GTK_WINDOW (self), self->notes_view);
}

static void
ooo_past_meeting_dialog_dispose (GObject *object)
{
  OooPastMeetingDialog *self = OOO_PAST_MEETING_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OOO_TYPE_PAST_MEETING_DIALOG);
  g_clear_object (&self->meeting);
  g_clear_object (&self->person);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (ooo_past_meeting_dialog_parent_class)->dispose (object);
}

static void
ooo_past_meeting_dialog_finalize (GObject *object)
{
  g_ptr_array_unref (OOO_PAST_MEETING_DIALOG (object)->staged);

  G_OBJECT_CLASS (ooo_past_meeting_dialog_parent_class)->finalize (object);
}

static void
ooo_past_meeting_dialog_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  OooPastMeetingDialog *self = OOO_PAST_MEETING_DIALOG (object);

  switch (prop_id) {
  case PROP_SESSION:
    g_value_set_object (value, self->session);
    break;
  case PROP_PERSON:
    g_value_set_object (value, self->person);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_past_meeting_dialog_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  OooPastMeetingDialog *self = OOO_PAST_MEETING_DIALOG (object);

  switch (prop_id) {
  case PROP_SESSION:
    self->session = g_value_dup_object (value);
    break;
  case PROP_PERSON:
    self->person = g_value_dup_object (value);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_past_meeting_dialog_class_init (OooPastMeetingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ooo_past_meeting_dialog_constructed;
  object_class->dispose = ooo_past_meeting_dialog_dispose;
  object_class->finalize = ooo_past_meeting_dialog_finalize;
  object_class->get_property = ooo_past_meeting_dialog_get_property;
  object_class->set_property = ooo_past_meeting_dialog_set_property;
  window_class->close_request = on_close_request;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, OOO_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL, OOO_TYPE_PERSON,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[RECORDED] = g_signal_new ("recorded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, OOO_TYPE_MEETING);

  g_type_ensure (OOO_TYPE_DATE_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class,
    "/com/example/OneOnOne/ooo-past-meeting-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OooPastMeetingDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, OooPastMeetingDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OooPastMeetingDialog, meeting_group);
  gtk_widget_class_bind_template_child (widget_class, OooPastMeetingDialog, date_button);
  gtk_widget_class_bind_template_child (widget_class, OooPastMeetingDialog, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, OooPastMeetingDialog, agenda_row);
  gtk_widget_class_bind_template_child (widget_class, OooPastMeetingDialog, notes_view);
  gtk_widget_class_bind_template_child (widget_class, OooPastMeetingDialog, actions_list);
  gtk_widget_class_bind_template_child (widget_class, OooPastMeetingDialog, action_row);
  gtk_widget_class_bind_template_child (widget_class, OooPastMeetingDialog, me_button);

  gtk_widget_class_install_action (widget_class, "past-meeting.save", NULL, save);
  gtk_widget_class_install_action (widget_class, "past-meeting.cancel", NULL, cancel);
  gtk_widget_class_install_action (widget_class, "past-meeting.add-action", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "past-meeting.remove-action", "u",
                                   remove_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "past-meeting.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "past-meeting.save", NULL);
}

static void
ooo_past_meeting_dialog_init (OooPastMeetingDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->staged = g_ptr_array_new_with_free_func (staged_free);
  gtk_widget_remove_css_class (self->notes_view, "view");
  g_signal_connect_swapped (self->action_row, "entry-activated",
                            G_CALLBACK (on_action_activated), self);
  g_signal_connect_swapped (self->action_row, "changed",
                            G_CALLBACK (on_action_text_changed), self);
  on_action_text_changed (self);
}

OooPastMeetingDialog *
ooo_past_meeting_dialog_new (OooSession *session,
                             OooPerson  *person)
{
  g_return_val_if_fail (OOO_IS_SESSION (session), NULL);
  g_return_val_if_fail (OOO_IS_PERSON (person), NULL);

  return g_object_new (OOO_TYPE_PAST_MEETING_DIALOG, "session", session, "person", person, NULL);
}
