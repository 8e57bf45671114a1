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
#include "ooo-import-page.h"
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

/* An export or an import, done in a thread of its own on a connection of
 * its own (an SQLite connection serves one thread), so that the window goes
 * on drawing and the meeting's clock on ticking, however big the file. */
typedef struct {
  char             *path;             /* the database's */
  GFile            *file;
  OooExportScope    scope;
  char             *uuid;
  gboolean          include_private;
  OooImportSummary  summary;
  OooImportMeter   *meter;            /* an import's, for the page that shows it */
} DataJob;

static void
data_job_free (gpointer data)
{
  DataJob *job = data;

  g_free (job->path);
  g_clear_object (&job->file);
  g_free (job->uuid);
  g_clear_pointer (&job->meter, ooo_import_meter_unref);
  g_free (job);
}

static void
hold_application (OooWindow *self,
                  gboolean   hold)
{
  GApplication *application = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

  /* Closing the window does not cut a running import or export short. */
  if (application == NULL)
    return;
  if (hold)
    g_application_hold (application);
  else
    g_application_release (application);
}

/* The typed notes and timer changes not written yet belong in an export,
 * and must not be written while an import holds the database. What is
 * still refused was said already, and is tried again afterwards. */
static void
flush_pending (OooWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!ooo_notes_pane_flush (ooo_meeting_view_get_notes (OOO_MEETING_VIEW (self->meeting_view)),
                             &error))
    ooo_window_show_toast (self, error->message);
  ooo_meetings_flush_timers (self->meetings);
}

static void job_done (OooWindow *self,
                      GTask     *task,
                      gboolean   ok);

static void
on_thread_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  job_done (OOO_WINDOW (source), task, ok);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static DataJob *
data_job_new (OooWindow *self,
              GFile     *file)
{
  DataJob *job = g_new0 (DataJob, 1);

  job->path = g_strdup (ooo_store_get_path (ooo_session_get_store (self->session)));
  job->file = g_object_ref (file);

  return job;
}

/* The caller's task, which ends after the window's own bookkeeping; the
 * work itself runs in a second one. */
static void
start_job (OooWindow           *self,
           DataJob             *job,
           GAsyncReadyCallback  callback,
           gpointer             user_data,
           gpointer             source_tag,
           GTaskThreadFunc      work)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, callback, user_data);
  g_autoptr(GTask) worker = NULL;

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, job, data_job_free);

  flush_pending (self);
  hold_application (self, TRUE);

  worker = g_task_new (self, NULL, on_thread_done, g_object_ref (task));
  g_task_set_task_data (worker, job, NULL);
  g_task_run_in_thread (worker, work);
}

static void
export_in_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  DataJob *job = task_data;
  OooExportOptions options = { job->scope, job->uuid, job->include_private, NULL };
  g_autoptr(OooStore) store = NULL;
  GError *error = NULL;

  store = ooo_store_open_reader (job->path, &error);
  if (store == NULL || !ooo_export_to_file (store, &options, job->file, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* Writes the export, the private notes only when the manager ticked it, and
 * says so in a toast; a problem comes back through the finish function. */
void
ooo_window_export_to_file (OooWindow           *self,
                           OooExportScope       scope,
                           const char          *uuid,
                           gboolean             include_private,
                           GFile               *file,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  DataJob *job;

  g_return_if_fail (OOO_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  job = data_job_new (self, file);
  job->scope = scope;
  job->uuid = g_strdup (uuid);
  job->include_private = include_private;
  self->exporting++;
  ooo_window_update_data_actions (self);
  start_job (self, job, callback, user_data, ooo_window_export_to_file, export_in_thread);
}

gboolean
ooo_window_export_to_file_finish (OooWindow     *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
import_in_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  DataJob *job = task_data;
  g_autoptr(OooStore) store = NULL;
  GError *error = NULL;

  store = ooo_store_open (job->path, &error);
  if (store == NULL ||
      !ooo_import_from_file_full (store, job->file, ooo_import_meter_report, job->meter,
                                  &job->summary, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* Shows the data as it is now, on the person who was on screen. */
static gboolean
reload (OooWindow  *self,
        GError    **error)
{
  g_autofree char *uuid = NULL;

  if (self->selected != NULL)
    uuid = g_strdup (ooo_person_get_uuid (self->selected));
  if (!ooo_session_load (self->session, error))
    return FALSE;
  if (uuid != NULL && ooo_people_find_by_uuid (self->people, uuid) != NULL)
    ooo_window_select_person (self, ooo_people_find_by_uuid (self->people, uuid));

  return TRUE;
}

/* Merges @file into the data in a thread; meanwhile the window says it is
 * importing and nothing can change the data. Then it shows the data as it
 * is now, and a toast says what came in; a problem (the first one in the
 * file, and where it is) comes back through the finish function. */
void
ooo_window_import_file (OooWindow           *self,
                        GFile               *file,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  DataJob *job;

  g_return_if_fail (OOO_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  job = data_job_new (self, file);
  job->meter = ooo_import_meter_new ();
  self->importing = TRUE;
  ooo_import_page_follow (OOO_IMPORT_PAGE (self->import_page), job->meter);
  gtk_stack_set_visible_child_name (GTK_STACK (self->main_stack), "importing");
  ooo_window_update_actions (self);
  start_job (self, job, callback, user_data, ooo_window_import_file, import_in_thread);
}

gboolean
ooo_window_import_file_finish (OooWindow     *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* In the main thread, before the caller hears of it. */
static void
job_done (OooWindow *self,
          GTask     *task,
          gboolean   ok)
{
  DataJob *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *said = NULL;

  hold_application (self, FALSE);
  if (self->session == NULL)   /* the window is gone */
    return;

  if (g_task_get_source_tag (task) == ooo_window_export_to_file) {
    g_autofree char *name = g_file_get_basename (job->file);

    self->exporting--;
    ooo_window_update_data_actions (self);
    /* Translators: %s is a file name */
    said = ok ? g_strdup_printf (_("Exported to “%s”"), name) : NULL;
  } else {
    self->importing = FALSE;
    ooo_import_page_follow (OOO_IMPORT_PAGE (self->import_page), NULL);
    if (ok && !reload (self, &error)) {
      ooo_window_show_error (self, error->message);
      return;
    }
    ooo_window_update_main_page (self);
    said = ok ? ooo_import_summary_to_sentence (&job->summary) : NULL;
  }

  if (said != NULL)
    ooo_window_show_toast (self, said);
}

static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  OooWindow *self = OOO_WINDOW (source);
  g_autoptr(GError) error = NULL;

  if (!ooo_window_export_to_file_finish (self, result, &error) && self->session != NULL)
    show_problem (self, _("Nothing Was Exported"), error->message);
}

static void
on_export_response (GtkNativeDialog *chooser,
                    int              response,
                    OooWindow       *self)
{
  ExportRequest *request = g_object_get_data (G_OBJECT (chooser), "ooo-request");
  g_autoptr(GFile) file = NULL;
  const char *include;

  if (response == GTK_RESPONSE_ACCEPT) {
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
    include = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "private");
    ooo_window_export_to_file (self, request->scope, request->uuid,
                               g_strcmp0 (include, "true") == 0, file, on_export_done, NULL);
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
on_import_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  OooWindow *self = OOO_WINDOW (source);
  g_autoptr(GError) error = NULL;

  if (!ooo_window_import_file_finish (self, result, &error) && self->session != NULL)
    /* The message names the first problem and where it is in the file. */
    show_problem (self, _("Nothing Was Imported"), error->message);
}

static void
on_import_response (GtkNativeDialog *chooser,
                    int              response,
                    OooWindow       *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT) {
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
    ooo_window_import_file (self, file, on_import_done, NULL);
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
  /* One file at a time: a second export would only compete with the first. */
  gboolean can_export = have_data && self->exporting == 0;

  gtk_widget_action_set_enabled (widget, "win.export-all", can_export);
  gtk_widget_action_set_enabled (widget, "win.import", can_export);
  gtk_widget_action_set_enabled (widget, "win.export-person",
                                 can_export && self->selected != NULL);
  gtk_widget_action_set_enabled (widget, "win.export-meeting", can_export && have_meeting);
  gtk_widget_action_set_enabled (widget, "win.copy-recap", have_meeting);
  gtk_widget_action_set_enabled (widget, "win.save-recap", have_meeting);
  ooo_window_disable_while_importing (self);
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
