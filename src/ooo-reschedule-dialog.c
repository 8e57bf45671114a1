/* ooo-reschedule-dialog.c — the questions asked before a due 1:1 is moved
 * or cancelled
 *
 * "Never cancel; if you must, reschedule." Cancelling therefore starts with
 * a question that offers to move the 1:1 instead, and only then asks why;
 * moving it asks for the new day. Each step is its own message dialog,
 * which acts on its own response: the last one stores the decision.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-date-button.h"
#include "ooo-format.h"
#include "ooo-reschedule-dialog.h"
#include "ooo-widget-util.h"

struct _OooRescheduleDialog
{
  AdwMessageDialog         parent_instance;

  OooRescheduleDialogKind  kind;
  OooSession              *session;
  OooPerson               *person;
  GWeakRef                 owner;
  OooDecidedFunc           decided;
  char                    *due_on;
  char                    *today;
  char                    *date;

  GtkWidget               *stack;
  GtkWidget               *calendar;
  GtkWidget               *date_label;
  GtkWidget               *reason_entry;
};

G_DEFINE_TYPE (OooRescheduleDialog, ooo_reschedule_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* The first day the 1:1 can move to: not before it was due, nor in the past. */
static const char *
earliest (OooRescheduleDialog *self)
{
  return g_strcmp0 (self->due_on, self->today) > 0 ? self->due_on : self->today;
}

static void
show_date (OooRescheduleDialog *self)
{
  g_autofree char *shown = ooo_format_date (self->date);
  g_autofree char *text = NULL;
  gboolean valid = shown != NULL && g_strcmp0 (self->date, earliest (self)) >= 0;

  if (shown == NULL)
    text = g_strdup (_("Choose the new date"));
  else if (!valid)
    /* Translators: under the calendar when the day picked is too early */
    text = g_strdup_printf (_("%s is too early: pick a day from today on"), shown);
  else
    /* Translators: under the calendar: the day the 1:1 moves to */
    text = g_strdup_printf (_("Moves to %s"), shown);

  gtk_label_set_label (GTK_LABEL (self->date_label), text);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), OOO_RESPONSE_RESCHEDULE,
                                           valid);
}

static void
on_day_selected (OooRescheduleDialog *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (GTK_CALENDAR (self->calendar));

  g_free (self->date);
  self->date = g_date_time_format (date, "%Y-%m-%d");
  show_date (self);
}

void
ooo_reschedule_dialog_set_date (OooRescheduleDialog *self,
                                const char          *iso_date)
{
  g_autoptr(GDateTime) date = NULL;

  g_return_if_fail (OOO_IS_RESCHEDULE_DIALOG (self));
  g_return_if_fail (self->kind == OOO_RESCHEDULE_DIALOG_MOVE);

  date = ooo_date_to_local (iso_date);
  if (date == NULL)
    return;

  /* Selecting the day in the calendar stores it. */
  gtk_calendar_select_day (GTK_CALENDAR (self->calendar), date);
  on_day_selected (self);
}

static void
set_up_move (OooRescheduleDialog *self)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);
  g_autofree char *due = ooo_format_date (self->due_on);
  g_autofree char *next_day = ooo_date_add_days (earliest (self), 1);

  adw_message_dialog_set_heading (dialog, _("Reschedule the One-on-One"));
  adw_message_dialog_format_body (dialog,
                                  /* Translators: the date it was due, then the person */
                                  _("It is due on %s. Pick the day you will meet %s instead."),
                                  due, ooo_person_get_name (self->person));
  adw_message_dialog_add_responses (dialog,
                                    OOO_RESPONSE_CLOSE, _("_Cancel"),
                                    OOO_RESPONSE_RESCHEDULE, _("_Reschedule"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, OOO_RESPONSE_RESCHEDULE,
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, OOO_RESPONSE_RESCHEDULE);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "date");
  ooo_reschedule_dialog_set_date (self, next_day);
  gtk_window_set_focus (GTK_WINDOW (self), self->calendar);
}

static void
set_up_confirm_cancel (OooRescheduleDialog *self)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);

  adw_message_dialog_set_heading (dialog, _("Cancel the One-on-One?"));
  adw_message_dialog_format_body (dialog,
                                  /* Translators: %s is the person */
                                  _("A cancelled one-on-one costs trust: it tells %s that "
                                    "something else matters more. If you must, move it to "
                                    "another day instead."),
                                  ooo_person_get_name (self->person));
  adw_message_dialog_add_responses (dialog,
                                    OOO_RESPONSE_CLOSE, _("_Keep It"),
                                    OOO_RESPONSE_CANCEL_MEETING, _("_Cancel It"),
                                    OOO_RESPONSE_RESCHEDULE, _("_Reschedule Instead"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, OOO_RESPONSE_CANCEL_MEETING,
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, OOO_RESPONSE_RESCHEDULE,
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, OOO_RESPONSE_RESCHEDULE);
  gtk_widget_set_visible (self->stack, FALSE);
}

static void
set_up_cancel_reason (OooRescheduleDialog *self)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);
  g_autofree char *due = ooo_format_date (self->due_on);

  adw_message_dialog_set_heading (dialog, _("Why Cancel It?"));
  adw_message_dialog_format_body (dialog,
                                  /* Translators: %s is the date the 1:1 was due */
                                  _("The reason stays in the history, with the one-on-one "
                                    "of %s."),
                                  due);
  adw_message_dialog_add_responses (dialog,
                                    OOO_RESPONSE_CLOSE, _("_Keep It"),
                                    OOO_RESPONSE_CANCEL_MEETING, _("_Cancel One-on-One"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, OOO_RESPONSE_CANCEL_MEETING,
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, OOO_RESPONSE_CANCEL_MEETING);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "reason");
  gtk_window_set_focus (GTK_WINDOW (self), self->reason_entry);
}

static void
ooo_reschedule_dialog_dispose (GObject *object)
{
  OooRescheduleDialog *self = OOO_RESCHEDULE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OOO_TYPE_RESCHEDULE_DIALOG);
  g_clear_object (&self->person);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (ooo_reschedule_dialog_parent_class)->dispose (object);
}

static void
ooo_reschedule_dialog_finalize (GObject *object)
{
  OooRescheduleDialog *self = OOO_RESCHEDULE_DIALOG (object);

  g_free (self->due_on);
  g_free (self->today);
  g_free (self->date);
  g_weak_ref_clear (&self->owner);

  G_OBJECT_CLASS (ooo_reschedule_dialog_parent_class)->finalize (object);
}

static void
tell (OooRescheduleDialog *self,
      gboolean             stored,
      const char          *message)
{
  g_autoptr(GObject) owner = g_weak_ref_get (&self->owner);

  if (owner != NULL && self->decided != NULL)
    self->decided (owner, stored, message);
}

static void
store (OooRescheduleDialog *self)
{
  OooMeetings *meetings = ooo_session_get_meetings (self->session);
  g_autoptr(OooMeeting) decision = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *message = NULL;

  if (self->kind == OOO_RESCHEDULE_DIALOG_MOVE) {
    decision = ooo_meetings_reschedule (meetings, self->person, self->due_on, self->date,
                                        &error);
    date = ooo_format_date (self->date);
    /* Translators: %s is the new date */
    message = g_strdup_printf (_("One-on-one moved to %s"), date);
  } else {
    g_autofree char *reason = ooo_reschedule_dialog_dup_reason (self);

    decision = ooo_meetings_cancel (meetings, self->person, self->due_on, reason, &error);
    date = ooo_format_date (self->due_on);
    /* Translators: %s is the date it was due */
    message = g_strdup_printf (_("One-on-one of %s cancelled"), date);
  }

  tell (self, decision != NULL, decision != NULL ? message : error->message);
}

static void
ooo_reschedule_dialog_response (AdwMessageDialog *dialog,
                                const char       *response)
{
  OooRescheduleDialog *self = OOO_RESCHEDULE_DIALOG (dialog);
  g_autoptr(GObject) owner = NULL;
  OooRescheduleDialog *next;

  if (g_str_equal (response, OOO_RESPONSE_CLOSE))
    return;

  if (self->kind != OOO_RESCHEDULE_DIALOG_CONFIRM_CANCEL) {
    store (self);
    return;
  }

  /* Moving it instead, or why cancel: the next question. */
  next = ooo_reschedule_dialog_new (gtk_window_get_transient_for (GTK_WINDOW (self)),
                                    g_str_equal (response, OOO_RESPONSE_RESCHEDULE)
                                    ? OOO_RESCHEDULE_DIALOG_MOVE
                                    : OOO_RESCHEDULE_DIALOG_CANCEL_REASON,
                                    self->session, self->person, self->due_on, self->today);
  owner = g_weak_ref_get (&self->owner);
  ooo_reschedule_dialog_set_decided_func (next, owner, self->decided);
  gtk_window_present (GTK_WINDOW (next));
}

static void
ooo_reschedule_dialog_class_init (OooRescheduleDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ooo_reschedule_dialog_dispose;
  object_class->finalize = ooo_reschedule_dialog_finalize;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = ooo_reschedule_dialog_response;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/OneOnOne/ooo-reschedule-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OooRescheduleDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, OooRescheduleDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, OooRescheduleDialog, date_label);
  gtk_widget_class_bind_template_child (widget_class, OooRescheduleDialog, reason_entry);
}

static void
ooo_reschedule_dialog_init (OooRescheduleDialog *self)
{
  g_weak_ref_init (&self->owner, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (on_day_selected), self);
}

OooRescheduleDialog *
ooo_reschedule_dialog_new (GtkWindow               *parent,
                           OooRescheduleDialogKind  kind,
                           OooSession              *session,
                           OooPerson               *person,
                           const char              *due_on,
                           const char              *today)
{
  OooRescheduleDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OOO_IS_SESSION (session), NULL);
  g_return_val_if_fail (OOO_IS_PERSON (person), NULL);
  g_return_val_if_fail (due_on != NULL && today != NULL, NULL);

  self = g_object_new (OOO_TYPE_RESCHEDULE_DIALOG, "transient-for", parent, NULL);
  self->kind = kind;
  self->session = g_object_ref (session);
  self->person = g_object_ref (person);
  self->due_on = g_strdup (due_on);
  self->today = g_strdup (today);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), OOO_RESPONSE_CLOSE);

  switch (kind) {
  case OOO_RESCHEDULE_DIALOG_MOVE:
    set_up_move (self);
    break;
  case OOO_RESCHEDULE_DIALOG_CONFIRM_CANCEL:
    set_up_confirm_cancel (self);
    break;
  case OOO_RESCHEDULE_DIALOG_CANCEL_REASON:
  default:
    set_up_cancel_reason (self);
    break;
  }

  return self;
}

void
ooo_reschedule_dialog_set_decided_func (OooRescheduleDialog *self,
                                        GObject             *owner,
                                        OooDecidedFunc       func)
{
  g_return_if_fail (OOO_IS_RESCHEDULE_DIALOG (self));
  g_return_if_fail (owner == NULL || G_IS_OBJECT (owner));

  g_weak_ref_set (&self->owner, owner);
  self->decided = func;
}

OooRescheduleDialogKind
ooo_reschedule_dialog_get_kind (OooRescheduleDialog *self)
{
  g_return_val_if_fail (OOO_IS_RESCHEDULE_DIALOG (self), OOO_RESCHEDULE_DIALOG_MOVE);
  return self->kind;
}

OooPerson *
ooo_reschedule_dialog_get_person (OooRescheduleDialog *self)
{
  g_return_val_if_fail (OOO_IS_RESCHEDULE_DIALOG (self), NULL);
  return self->person;
}

const char *
ooo_reschedule_dialog_get_due_on (OooRescheduleDialog *self)
{
  g_return_val_if_fail (OOO_IS_RESCHEDULE_DIALOG (self), NULL);
  return self->due_on;
}

const char *
ooo_reschedule_dialog_get_today (OooRescheduleDialog *self)
{
  g_return_val_if_fail (OOO_IS_RESCHEDULE_DIALOG (self), NULL);
  return self->today;
}

const char *
ooo_reschedule_dialog_get_date (OooRescheduleDialog *self)
{
  g_return_val_if_fail (OOO_IS_RESCHEDULE_DIALOG (self), NULL);
  return self->date;
}

char *
ooo_reschedule_dialog_dup_reason (OooRescheduleDialog *self)
{
  g_autofree char *reason = NULL;

  g_return_val_if_fail (OOO_IS_RESCHEDULE_DIALOG (self), NULL);

  reason = ooo_editable_dup_trimmed (GTK_EDITABLE (self->reason_entry));
  return reason != NULL ? g_steal_pointer (&reason) : g_strdup ("");
}
