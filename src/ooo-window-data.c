/* ooo-window-data.c — taking the data out and bringing it back: JSON export
 * and import, and a meeting's recap to send to the report
 *
 * Files go through GtkFileChooserNative, which uses the portal inside
 * Flatpak: the app itself has no access to the manager's files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ooo-export.h"
#include "ooo-import.h"
#include "ooo-meeting-view.h"
#include "ooo-recap.h"
#include "ooo-window-private.h"

typedef struct {
  OooExportScope  scope;
  char           *uuid;
} ExportRequest;

static void
export_request_free (gpointer data)
{
  ExportRequest *request = data;

  g_free (request->uuid);
  g_free (request);
}

/* The meeting on screen, running or just ended; NULL when none is. */
static OooMeeting *
meeting_on_screen (OooWindow *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (self->content_stack)),
                 "meeting") != 0)
    return NULL;

  return ooo_meeting_view_get_meeting (OOO_MEETING_VIEW (self->meeting_view));
}

static void
show_problem (OooWindow  *self,
              const char *heading,
              const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_OK"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Writes the export; the private notes only when the manager ticked it. */
gboolean
ooo_window_export_to_file (OooWindow       *self,
                           OooExportScope   scope,
                           const char      *uuid,
                           gboolean         include_private,
                           GFile           *file,
                           GError         **error)
{
  OooExportOptions options = { scope, uuid, include_private, NULL };

  return ooo_export_to_file (ooo_session_get_store (self->session), &options, file, error);
}

/* Merges @file into the data, then shows the data as it is now. */
gboolean
ooo_window_import_file (OooWindow  *self,
                        GFile      *file,
                        GError    **error)
{
  OooImportSummary summary = { { 0 } };
  g_autofree char *said = NULL;
  g_autofree char *uuid = NULL;

  if (!ooo_import_from_file (ooo_session_get_store (self->session), file, &summary, error))
    return FALSE;

  if (self->selected != NULL)
    uuid = g_strdup (ooo_person_get_uuid (self->selected));
  if (!ooo_session_load (self->session, error))
    return FALSE;
  if (uuid != NULL && ooo_people_find_by_uuid (self->people, uuid) != NULL)
    ooo_window_select_person (self, ooo_people_find_by_uuid (self->people, uuid));

  said = ooo_import_summary_to_string (&summary);
  ooo_window_show_toast (self, said);
  return TRUE;
}

static void
on_export_response (GtkNativeDialog *chooser,
                    int              response,
                    OooWindow       *self)
{
  ExportRequest *request = g_object_get_data (G_OBJECT (chooser), "ooo-request");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  const char *include;

  if (response == GTK_RESPONSE_ACCEPT) {
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
    include = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "private");

    if (!ooo_window_export_to_file (self, request->scope, request->uuid,
                                    g_strcmp0 (include, "true") == 0, file, &error)) {
      show_problem (self, _("Nothing Was Exported"), error->message);
    } else {
      g_autofree char *name = g_file_get_basename (file);
      /* Translators: %s is a file name */
      g_autofree char *said = g_strdup_printf (_("Exported to “%s”"), name);

      ooo_window_show_toast (self, said);
    }
  }
  g_object_unref (chooser);
}

static void
ask_where_to_export (OooWindow      *self,
                     OooExportScope  scope,
                     const char     *uuid,
                     const char     *title,
                     const char     *file_name)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  ExportRequest *request = g_new0 (ExportRequest, 1);

  request->scope = scope;
  request->uuid = g_strdup (uuid);
  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  gtk_file_filter_set_name (filter, _("One-on-One data (JSON)"));
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* Private notes stay on this machine unless the manager asks. */
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "private",
                               _("Include private notes"), NULL, NULL);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "private", "false");
  g_object_set_data_full (G_OBJECT (chooser), "ooo-request", request, export_request_free);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static char *
dated_name (const char *stem,
            const char *suffix)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");

  return g_strdup_printf ("%s-%s.%s", stem, day, suffix);
}

static void
export_all (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  g_autofree char *name = dated_name ("one-on-one", "json");

  ask_where_to_export (OOO_WINDOW (widget), OOO_EXPORT_SCOPE_ALL, NULL, _("Export All"), name);
}

static void
export_person (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OooWindow *self = OOO_WINDOW (widget);
  g_autofree char *name = NULL;

  if (self->selected == NULL)
    return;

  name = dated_name (ooo_person_get_name (self->selected), "json");
  ask_where_to_export (self, OOO_EXPORT_SCOPE_PERSON, ooo_person_get_uuid (self->selected),
                       _("Export Person"), name);
}

static void
export_meeting (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  OooWindow *self = OOO_WINDOW (widget);
  OooMeeting *meeting = meeting_on_screen (self);
  g_autofree char *name = NULL;

  if (meeting == NULL || self->selected == NULL)
    return;

  name = dated_name (ooo_person_get_name (self->selected), "json");
  ask_where_to_export (self, OOO_EXPORT_SCOPE_MEETING, ooo_meeting_get_uuid (meeting),
                       _("Export Meeting"), name);
}

static void
on_import_response (GtkNativeDialog *chooser,
                    int              response,
                    OooWindow       *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT) {
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
    if (!ooo_window_import_file (self, file, &error))
      /* The message names the first problem and where it is in the file. */
      show_problem (self, _("Nothing Was Imported"), error->message);
  }
  g_object_unref (chooser);
}

static void
import_data (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OooWindow *self = OOO_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("One-on-One data (JSON)"));
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_import_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The recap of the meeting on screen: its notes and action items, never
 * its private notes. */
char *
ooo_window_dup_recap (OooWindow *self)
{
  OooMeeting *meeting = meeting_on_screen (self);
  g_autoptr(GListModel) actions = NULL;
  GError *error = NULL;

  if (meeting == NULL || self->selected == NULL)
    return NULL;

  /* What is typed and not yet written belongs in the recap too. */
  if (!ooo_notes_pane_flush (ooo_meeting_view_get_notes (OOO_MEETING_VIEW (self->meeting_view)),
                             &error)) {
    ooo_window_show_toast (self, error->message);
    g_error_free (error);
  }
  actions = ooo_follow_ups_list_meeting_actions (ooo_session_get_follow_ups (self->session),
                                                 ooo_meeting_get_id (meeting));

  return ooo_recap_markdown (meeting, ooo_person_get_name (self->selected), actions);
}

static void
copy_recap (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  OooWindow *self = OOO_WINDOW (widget);
  g_autofree char *recap = ooo_window_dup_recap (self);

  if (recap == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), recap);
  ooo_window_show_toast (self, _("Recap copied: paste it in a message to them"));
}

static void
on_save_recap_response (GtkNativeDialog *chooser,
                        int              response,
                        OooWindow       *self)
{
  const char *recap = g_object_get_data (G_OBJECT (chooser), "ooo-recap");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT) {
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
    if (!g_file_replace_contents (file, recap, strlen (recap), NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, &error))
      show_problem (self, _("The Recap Was Not Saved"), error->message);
    else
      ooo_window_show_toast (self, _("Recap saved"));
  }
  g_object_unref (chooser);
}

static void
save_recap (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  OooWindow *self = OOO_WINDOW (widget);
  g_autofree char *recap = ooo_window_dup_recap (self);
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (recap == NULL)
    return;

  name = dated_name (ooo_person_get_name (self->selected), "md");
  chooser = gtk_file_chooser_native_new (_("Save Recap"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data_full (G_OBJECT (chooser), "ooo-recap", g_steal_pointer (&recap), g_free);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_save_recap_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
ooo_window_update_data_actions (OooWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean have_data = self->session != NULL;
  gboolean have_meeting = have_data && meeting_on_screen (self) != NULL;

  gtk_widget_action_set_enabled (widget, "win.export-all", have_data);
  gtk_widget_action_set_enabled (widget, "win.import", have_data);
  gtk_widget_action_set_enabled (widget, "win.export-person",
                                 have_data && self->selected != NULL);
  gtk_widget_action_set_enabled (widget, "win.export-meeting", have_meeting);
  gtk_widget_action_set_enabled (widget, "win.copy-recap", have_meeting);
  gtk_widget_action_set_enabled (widget, "win.save-recap", have_meeting);
}

void
ooo_window_class_install_data_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-all", NULL, export_all);
  gtk_widget_class_install_action (widget_class, "win.export-person", NULL, export_person);
  gtk_widget_class_install_action (widget_class, "win.export-meeting", NULL, export_meeting);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_data);
  gtk_widget_class_install_action (widget_class, "win.copy-recap", NULL, copy_recap);
  gtk_widget_class_install_action (widget_class, "win.save-recap", NULL, save_recap);
}
