/* ooo-reminders-group.c — "ask about" reminders: what to ask a person, and
 * from which day
 *
 * "Ask how the move went", from 10 December: open reminders are listed
 * soonest first, those due marked; the first segment of the next 1:1 shows
 * the due ones. Ticking one off or removing it can be undone from the toast.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ooo-accessible.h"
#include "ooo-date-button.h"
#include "ooo-format.h"
#include "ooo-reminders-group.h"
#include "ooo-text-row.h"
#include "ooo-widget-util.h"

#define DEFAULT_REMINDER_DAYS 7

struct _OooRemindersGroup
{
  AdwPreferencesGroup  parent_instance;

  OooSession          *session;
  OooFollowUps        *follow_ups;
  OooPerson           *person;
  char                *today;
  guint                refresh_source;

  GtkWidget           *list_box;
  GtkWidget           *add_row;
  GtkWidget           *date_button;
};

G_DEFINE_TYPE (OooRemindersGroup, ooo_reminders_group, ADW_TYPE_PREFERENCES_GROUP)

typedef struct {
  GWeakRef      group;
  OooFollowUps *follow_ups;
  OooReminder  *reminder;       /* ticked off: undo reopens it */
  gint64        person_id;      /* removed: undo adds it again */
  char         *text;
  char         *remind_on;
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_weak_ref_clear (&undo->group);
  g_object_unref (undo->follow_ups);
  g_clear_object (&undo->reminder);
  g_free (undo->text);
  g_free (undo->remind_on);
  g_free (undo);
}

static Undo *
undo_new (OooRemindersGroup *self)
{
  Undo *undo = g_new0 (Undo, 1);

  g_weak_ref_init (&undo->group, self);
  undo->follow_ups = g_object_ref (self->follow_ups);
  return undo;
}

static void
show_error (OooRemindersGroup *self,
            const GError      *error)
{
  ooo_widget_show_toast (GTK_WIDGET (self), error->message);
}

static gint64
reminder_id (gpointer item)
{
  return ooo_reminder_get_id (item);
}

static gboolean
is_due (OooRemindersGroup *self,
        OooReminder       *reminder)
{
  return self->today != NULL && strcmp (ooo_reminder_get_remind_on (reminder), self->today) <= 0;
}

static void
undo_cb (AdwToast *toast,
         Undo     *undo)
{
  g_autoptr(OooRemindersGroup) self = g_weak_ref_get (&undo->group);
  g_autoptr(OooReminder) added = NULL;
  g_autoptr(GError) error = NULL;
  gboolean undone;

  if (undo->reminder != NULL) {
    undone = ooo_follow_ups_set_reminder_done (undo->follow_ups, undo->reminder, FALSE, &error);
  } else {
    added = ooo_follow_ups_add_reminder (undo->follow_ups, undo->person_id, undo->text,
                                         undo->remind_on, &error);
    undone = added != NULL;
  }

  if (!undone && self != NULL)
    show_error (self, error);
}

static void
on_done_toggled (GtkCheckButton    *check,
                 OooRemindersGroup *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (check), GTK_TYPE_LIST_BOX_ROW);
  OooReminder *reminder = row != NULL ? ooo_list_rows_get_item (row) : NULL;
  gboolean done = gtk_check_button_get_active (check);
  g_autoptr(GError) error = NULL;
  Undo *undo;

  if (reminder == NULL || self->follow_ups == NULL)
    return;

  if (!ooo_follow_ups_set_reminder_done (self->follow_ups, reminder, done, &error)) {
    g_signal_handlers_block_by_func (check, on_done_toggled, self);
    gtk_check_button_set_active (check, !done);
    g_signal_handlers_unblock_by_func (check, on_done_toggled, self);
    show_error (self, error);
    return;
  }

  if (!done)
    return;

  undo = undo_new (self);
  undo->reminder = g_object_ref (reminder);
  ooo_widget_show_undo_toast (GTK_WIDGET (self), _("Asked and ticked off"),
                              G_CALLBACK (undo_cb), undo, undo_free);
}

static void
remove_reminder (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  OooRemindersGroup *self = OOO_REMINDERS_GROUP (widget);
  GtkWidget *row = ooo_list_rows_find (GTK_LIST_BOX (self->list_box), reminder_id,
                                       g_variant_get_int64 (parameter));
  OooReminder *reminder = row != NULL ? ooo_list_rows_get_item (row) : NULL;
  g_autoptr(GError) error = NULL;
  Undo *undo;

  if (reminder == NULL || self->follow_ups == NULL)
    return;

  undo = undo_new (self);
  undo->person_id = ooo_reminder_get_person_id (reminder);
  undo->text = g_strdup (ooo_reminder_get_text (reminder));
  undo->remind_on = g_strdup (ooo_reminder_get_remind_on (reminder));
  if (!ooo_follow_ups_delete_reminder (self->follow_ups, reminder, &error)) {
    undo_free (undo);
    show_error (self, error);
    return;
  }

  ooo_widget_show_undo_toast (GTK_WIDGET (self), _("Reminder removed"),
                              G_CALLBACK (undo_cb), undo, undo_free);
}

static GtkWidget *
create_row (gpointer user_data)
{
  OooRemindersGroup *self = user_data;
  GtkWidget *row = ooo_text_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *due = gtk_label_new (_("Due"));
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");


  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Tick off once asked"));
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_done_toggled), self, 0);
  ooo_text_row_add_prefix (OOO_TEXT_ROW (row), check);
  g_object_set_data (G_OBJECT (row), "check-button", check);

  gtk_widget_add_css_class (due, "caption-heading");
  gtk_widget_add_css_class (due, "accent");
  gtk_widget_set_valign (due, GTK_ALIGN_CENTER);
  ooo_text_row_add_suffix (OOO_TEXT_ROW (row), due);
  g_object_set_data (G_OBJECT (row), "due-label", due);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove"));
  /* The item's id is set with the rest of the row. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "x", (gint64) 0);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "reminders.remove");
  ooo_text_row_add_suffix (OOO_TEXT_ROW (row), remove);
  g_object_set_data (G_OBJECT (row), "remove-button", remove);

  return row;
}

static void
update_row (GtkWidget *row,
            gpointer   item,
            gpointer   user_data)
{
  OooRemindersGroup *self = user_data;
  OooReminder *reminder = item;
  const char *text = ooo_reminder_get_text (reminder);
  GtkWidget *check = g_object_get_data (G_OBJECT (row), "check-button");
  GtkWidget *remove = g_object_get_data (G_OBJECT (row), "remove-button");
  g_autofree char *date = ooo_format_date (ooo_reminder_get_remind_on (reminder));
  g_autofree char *check_label = NULL;
  g_autofree char *remove_label = NULL;

  ooo_text_row_set_title (OOO_TEXT_ROW (row), text);
  ooo_text_row_set_subtitle (OOO_TEXT_ROW (row), date);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (row), "due-label"),
                          is_due (self, reminder));

  g_signal_handlers_block_by_func (check, on_done_toggled, self);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), ooo_reminder_is_done (reminder));
  g_signal_handlers_unblock_by_func (check, on_done_toggled, self);

  /* Translators: accessible names; %s is something to ask about */
  check_label = g_strdup_printf (_("Asked: %s"), text);
  remove_label = g_strdup_printf (_("Remove “%s”"), text);
  ooo_accessible_set_label (check, check_label);
  ooo_accessible_set_label (remove, remove_label);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "x", reminder_id (reminder));
}

static void
refresh (OooRemindersGroup *self)
{
  g_autoptr(GListModel) reminders = NULL;
  gboolean empty;

  g_clear_handle_id (&self->refresh_source, g_source_remove);

  g_clear_pointer (&self->today, g_free);
  if (self->session != NULL)
    self->today = ooo_date_today (ooo_meetings_get_clock (ooo_session_get_meetings
                                                            (self->session)));
  if (self->follow_ups != NULL && self->person != NULL)
    reminders = ooo_follow_ups_list_open_reminders (self->follow_ups,
                                                    ooo_person_get_id (self->person));
  ooo_list_rows_sync (GTK_LIST_BOX (self->list_box), reminders, reminder_id, create_row,
                      update_row, self);

  empty = reminders == NULL || g_list_model_get_n_items (reminders) == 0;
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), empty ?
    _("Something to follow up on, like how a move went: from its day it shows at the "
      "start of the one-on-one.") : NULL);
}

static gboolean
refresh_later_cb (gpointer data)
{
  OooRemindersGroup *self = data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* Never rebuild under the check box that was just ticked. */
static void
on_follow_ups_changed (OooRemindersGroup *self,
                       gint64             person_id)
{
  if (self->person == NULL || person_id != ooo_person_get_id (self->person) ||
      self->refresh_source != 0)
    return;

  self->refresh_source = g_idle_add (refresh_later_cb, self);
}

/* A week from today unless the manager picks another day. */
static void
reset_add_date (OooRemindersGroup *self)
{
  g_autofree char *date = NULL;

  if (self->today != NULL)
    date = ooo_date_add_days (self->today, DEFAULT_REMINDER_DAYS);
  ooo_date_button_set_date (OOO_DATE_BUTTON (self->date_button), date);
}

static void
update_add_enabled (OooRemindersGroup *self)
{
  g_autofree char *text = ooo_editable_dup_trimmed (GTK_EDITABLE (self->add_row));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reminders.add",
                                 text != NULL && self->person != NULL &&
                                 self->follow_ups != NULL);
}

static void
on_add_text_changed (OooRemindersGroup *self)
{
  gtk_widget_remove_css_class (self->add_row, "error");
  update_add_enabled (self);
}

static void
add_reminder (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  OooRemindersGroup *self = OOO_REMINDERS_GROUP (widget);
  g_autofree char *text = ooo_editable_dup_trimmed (GTK_EDITABLE (self->add_row));
  const char *date = ooo_date_button_get_date (OOO_DATE_BUTTON (self->date_button));
  g_autoptr(OooReminder) reminder = NULL;
  g_autoptr(GError) error = NULL;

  if (text == NULL || self->person == NULL || self->follow_ups == NULL)
    return;

  reminder = ooo_follow_ups_add_reminder (self->follow_ups, ooo_person_get_id (self->person),
                                          text, date, &error);
  if (reminder == NULL) {
    gtk_widget_add_css_class (self->add_row, "error");
    show_error (self, error);
    return;
  }

  gtk_editable_set_text (GTK_EDITABLE (self->add_row), "");
  refresh (self);
  reset_add_date (self);
}

static void
on_add_activated (OooRemindersGroup *self)
{
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "reminders.add", NULL))
    gtk_widget_error_bell (self->add_row);
}

static void
ooo_reminders_group_dispose (GObject *object)
{
  OooRemindersGroup *self = OOO_REMINDERS_GROUP (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->follow_ups != NULL)
    g_signal_handlers_disconnect_by_data (self->follow_ups, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), OOO_TYPE_REMINDERS_GROUP);
  g_clear_object (&self->person);
  g_clear_object (&self->follow_ups);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (ooo_reminders_group_parent_class)->dispose (object);
}

static void
ooo_reminders_group_finalize (GObject *object)
{
  g_free (OOO_REMINDERS_GROUP (object)->today);

  G_OBJECT_CLASS (ooo_reminders_group_parent_class)->finalize (object);
}

static void
ooo_reminders_group_class_init (OooRemindersGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ooo_reminders_group_dispose;
  object_class->finalize = ooo_reminders_group_finalize;

  g_type_ensure (OOO_TYPE_DATE_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/OneOnOne/ooo-reminders-group.ui");
  gtk_widget_class_bind_template_child (widget_class, OooRemindersGroup, list_box);
  gtk_widget_class_bind_template_child (widget_class, OooRemindersGroup, add_row);
  gtk_widget_class_bind_template_child (widget_class, OooRemindersGroup, date_button);

  gtk_widget_class_install_action (widget_class, "reminders.add", NULL, add_reminder);
  gtk_widget_class_install_action (widget_class, "reminders.remove", "x", remove_reminder);
}

static void
ooo_reminders_group_init (OooRemindersGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (self->add_row, "changed", G_CALLBACK (on_add_text_changed), self);
  g_signal_connect_swapped (self->add_row, "entry-activated", G_CALLBACK (on_add_activated),
                            self);
  update_add_enabled (self);
  refresh (self);
}

void
ooo_reminders_group_set_session (OooRemindersGroup *self,
                                 OooSession        *session)
{
  g_return_if_fail (OOO_IS_REMINDERS_GROUP (self));

  if (self->session == session)
    return;

  if (self->follow_ups != NULL)
    g_signal_handlers_disconnect_by_data (self->follow_ups, self);
  g_set_object (&self->session, session);
  g_set_object (&self->follow_ups,
                (session != NULL ? ooo_session_get_follow_ups (session) : NULL));
  if (self->follow_ups != NULL)
    g_signal_connect_swapped (self->follow_ups, "changed", G_CALLBACK (on_follow_ups_changed),
                              self);

  update_add_enabled (self);
  refresh (self);
  reset_add_date (self);
}

void
ooo_reminders_group_set_person (OooRemindersGroup *self,
                                OooPerson         *person)
{
  g_return_if_fail (OOO_IS_REMINDERS_GROUP (self));

  if (!g_set_object (&self->person, person))
    return;

  update_add_enabled (self);
  refresh (self);
  reset_add_date (self);
}
