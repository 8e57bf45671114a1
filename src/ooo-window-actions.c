/* ooo-window-actions.c — what the manager can do from the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-archived-people.h"
#include "ooo-person-editor.h"
#include "ooo-templates-window.h"
#include "ooo-widget-util.h"
#include "ooo-window-private.h"

static void
on_person_saved (OooWindow       *self,
                 OooPerson       *person,
                 OooPersonEditor *editor)
{
  ooo_window_select_person (self, person);
}

static void
open_editor (OooWindow *self,
             OooPerson *person)
{
  OooPersonEditor *editor = ooo_person_editor_new (self->session, person);

  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (self));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_person_saved), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
add_person (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (OOO_WINDOW (widget), NULL);
}

static void
edit_person (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OooWindow *self = OOO_WINDOW (widget);

  if (self->selected != NULL)
    open_editor (self, self->selected);
}

static void
set_archived (OooWindow  *self,
              const char *uuid,
              gboolean    archived)
{
  OooPerson *person = ooo_people_find_by_uuid (self->people, uuid);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (person == NULL)
    return;

  if (!ooo_people_set_archived (self->people, person, archived, &error)) {
    ooo_window_show_toast (self, error->message);
    return;
  }

  if (!archived) {
    ooo_window_select_person (self, person);
    return;
  }

  /* Translators: shown after archiving someone; Undo brings them back */
  message = g_strdup_printf (_("%s archived"), ooo_person_get_name (person));
  toast = ooo_toast_new_plain (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.restore-person");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uuid));
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay), toast);
}

static void
archive_person (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  OooWindow *self = OOO_WINDOW (widget);
  g_autofree char *uuid = NULL;

  if (self->selected == NULL)
    return;

  uuid = g_strdup (ooo_person_get_uuid (self->selected));
  set_archived (self, uuid, TRUE);
}

static void
restore_person (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  set_archived (OOO_WINDOW (widget), g_variant_get_string (parameter, NULL), FALSE);
}

static void
on_delete_response (AdwMessageDialog *dialog,
                    const char       *response,
                    OooWindow        *self)
{
  const char *uuid = g_object_get_data (G_OBJECT (dialog), "person-uuid");
  OooPerson *person = ooo_people_find_by_uuid (self->people, uuid);
  g_autoptr(GError) error = NULL;

  if (person == NULL)
    return;

  if (g_strcmp0 (response, "archive") == 0) {
    set_archived (self, uuid, TRUE);
  } else if (g_strcmp0 (response, "delete") == 0) {
    g_autofree char *name = g_strdup (ooo_person_get_name (person));
    g_autofree char *message = NULL;

    if (!ooo_people_delete (self->people, person, &error)) {
      ooo_window_show_toast (self, error->message);
      return;
    }
    /* Translators: shown after someone and their history were deleted */
    message = g_strdup_printf (_("%s deleted"), name);
    ooo_window_show_toast (self, message);
  }
}

static void
delete_person (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OooWindow *self = OOO_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  gint64 meetings;

  if (self->selected == NULL)
    return;

  meetings = ooo_people_count_meetings (self->people, self->selected, &error);
  if (meetings < 0) {
    ooo_window_show_toast (self, error->message);
    return;
  }

  heading = g_strdup_printf (_("Delete %s?"), ooo_person_get_name (self->selected));
  if (meetings > 0)
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Their %" G_GINT64_FORMAT " meeting, with its notes "
                                         "and action items, will be deleted too. This cannot "
                                         "be undone. Archive them instead to keep their "
                                         "history.",
                                         "Their %" G_GINT64_FORMAT " meetings, with their notes "
                                         "and action items, will be deleted too. This cannot "
                                         "be undone. Archive them instead to keep their "
                                         "history.",
                                         meetings),
                            meetings);
  else
    body = g_strdup (_("Their details, meetings, notes and action items will be deleted. "
                       "This cannot be undone. Archive them instead to keep their history."));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "archive", _("A_rchive"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "person-uuid",
                          g_strdup (ooo_person_get_uuid (self->selected)), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_archived (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OooWindow *self = OOO_WINDOW (widget);
  OooArchivedPeople *archived = ooo_archived_people_new (self->people);

  gtk_window_set_transient_for (GTK_WINDOW (archived), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (archived));
}

static void
manage_templates (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OooWindow *self = OOO_WINDOW (widget);
  OooTemplatesWindow *window =
    ooo_templates_window_new (ooo_session_get_templates (self->session));

  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (window));
}

static void
go_back (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  OooWindow *self = OOO_WINDOW (widget);

  adw_leaflet_navigate (ADW_LEAFLET (self->leaflet), ADW_NAVIGATION_DIRECTION_BACK);
}

/* One place decides what can be done now. */
void
ooo_window_update_actions (OooWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean have_data = self->people != NULL &&
                       g_strcmp0 (gtk_stack_get_visible_child_name
                                    (GTK_STACK (self->main_stack)), "error") != 0;
  gboolean have_person = have_data && self->selected != NULL;

  gtk_widget_action_set_enabled (widget, "win.add-person", have_data);
  gtk_widget_action_set_enabled (widget, "win.show-archived", have_data);
  gtk_widget_action_set_enabled (widget, "win.restore-person", have_data);
  gtk_widget_action_set_enabled (widget, "win.edit-person", have_person);
  gtk_widget_action_set_enabled (widget, "win.archive-person", have_person);
  gtk_widget_action_set_enabled (widget, "win.delete-person", have_person);
  gtk_widget_action_set_enabled (widget, "win.manage-templates", have_data);
  gtk_widget_action_set_enabled (widget, "win.show-overview", have_data);
  gtk_widget_action_set_enabled (widget, "win.search", have_data);
  gtk_widget_action_set_enabled (widget, "win.sort-people", have_data);
  ooo_window_update_meeting_actions (self);
  ooo_window_update_data_actions (self);
}

void
ooo_window_disable_while_importing (OooWindow *self)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_GET_CLASS (self);
  const GVariantType *parameter_type;
  const char *property;
  const char *name;
  GType owner;

  if (!self->importing)
    return;

  /* GTK 4.8 fills every one of these. */
  for (guint i = 0; gtk_widget_class_query_action (widget_class, i, &owner, &name,
                                                   &parameter_type, &property); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), name, FALSE);
}

void
ooo_window_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.add-person", NULL, add_person);
  gtk_widget_class_install_action (widget_class, "win.edit-person", NULL, edit_person);
  gtk_widget_class_install_action (widget_class, "win.archive-person", NULL, archive_person);
  gtk_widget_class_install_action (widget_class, "win.restore-person", "s", restore_person);
  gtk_widget_class_install_action (widget_class, "win.delete-person", NULL, delete_person);
  gtk_widget_class_install_action (widget_class, "win.show-archived", NULL, show_archived);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, go_back);
  gtk_widget_class_install_action (widget_class, "win.manage-templates", NULL,
                                   manage_templates);

}
