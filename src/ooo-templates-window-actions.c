/* ooo-templates-window-actions.c — what the manager can do with templates
 *
 * New, duplicate, delete, save, import and export, and the question asked
 * first when the draft has unsaved changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-template-file.h"
#include "ooo-templates-window-private.h"

/* One place decides what can be done now. */
void
ooo_templates_window_update_actions (OooTemplatesWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean have_template = self->selected != NULL;
  gboolean editable = ooo_templates_window_is_editable (self);
  guint n = self->draft != NULL ? ooo_template_get_n_segments (self->draft) : 0;

  gtk_widget_action_set_enabled (widget, "templates.new", TRUE);
  gtk_widget_action_set_enabled (widget, "templates.import", TRUE);
  gtk_widget_action_set_enabled (widget, "templates.duplicate", have_template);
  gtk_widget_action_set_enabled (widget, "templates.export", have_template);
  gtk_widget_action_set_enabled (widget, "templates.delete", editable);
  gtk_widget_action_set_enabled (widget, "templates.save", editable && self->dirty);
  gtk_widget_action_set_enabled (widget, "templates.add-segment",
                                 editable && n < OOO_TEMPLATE_MAX_SEGMENTS);
  gtk_widget_action_set_enabled (widget, "templates.remove-segment", editable && n > 1);
  gtk_widget_action_set_enabled (widget, "templates.move-up", editable && n > 1);
  gtk_widget_action_set_enabled (widget, "templates.move-down", editable && n > 1);

  gtk_widget_set_visible (self->save_button, editable);
  gtk_widget_set_visible (self->template_menu_button, have_template);
  gtk_widget_set_visible (self->readonly_group, have_template && !editable);
  gtk_widget_set_visible (self->add_segment_button, editable);
  ooo_templates_window_update_segment_rows (self);
}

/* Unsaved changes */

static void
on_settle_response (OooTemplatesWindow *self,
                    const char         *response,
                    AdwMessageDialog   *dialog)
{
  OooTemplatesWindowThen then = g_steal_pointer (&self->then);
  g_autoptr(OooTemplate) template = g_steal_pointer (&self->then_template);

  if (then == NULL)
    return;

  if (g_strcmp0 (response, "save") == 0) {
    if (!ooo_templates_window_save_draft (self)) {
      ooo_templates_window_sync_selection (self);
      return;
    }
  } else if (g_strcmp0 (response, "discard") == 0) {
    ooo_templates_window_show_template (self, self->selected);
  } else {
    ooo_templates_window_sync_selection (self);
    return;
  }

  then (self, template);
}

/* Runs @then at once when nothing is unsaved; otherwise asks whether to save
 * or discard the changes first, or to do nothing. */
void
ooo_templates_window_settle_then (OooTemplatesWindow     *self,
                                  OooTemplatesWindowThen  then,
                                  OooTemplate            *template)
{
  AdwMessageDialog *dialog;

  if (!self->dirty) {
    then (self, template);
    return;
  }

  if (self->settle_dialog != NULL) {
    gtk_window_present (GTK_WINDOW (self->settle_dialog));
    return;
  }

  self->then = then;
  g_set_object (&self->then_template, template);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Save Changes?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("“%s” has unsaved changes. Changes which are not "
                                    "saved will be lost."),
                                  ooo_template_get_name (self->selected));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);

  self->settle_dialog = GTK_WIDGET (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->settle_dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_settle_response), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Actions: templates */

static void
then_new (OooTemplatesWindow *self,
          OooTemplate        *unused)
{
  g_autoptr(OooTemplate) template = ooo_template_new (_("New Agenda"));
  g_autoptr(OooTemplateSegment) segment =
    ooo_template_segment_new (_("Their time"), 10, OOO_SEGMENT_OWNER_THEM, "");
  g_autoptr(GError) error = NULL;

  ooo_template_add_segment (template, segment);
  if (!ooo_templates_add (self->templates, template, &error)) {
    ooo_templates_window_show_error (self, error->message);
    return;
  }

  ooo_templates_window_show_new_template (self, template);
}

static void
new_template (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ooo_templates_window_settle_then (OOO_TEMPLATES_WINDOW (widget), then_new, NULL);
}

static void
then_duplicate (OooTemplatesWindow *self,
                OooTemplate        *unused)
{
  g_autoptr(OooTemplate) copy = NULL;
  g_autoptr(GError) error = NULL;

  if (self->selected == NULL)
    return;

  copy = ooo_templates_duplicate (self->templates, self->selected, &error);
  if (copy == NULL) {
    ooo_templates_window_show_error (self, error->message);
    return;
  }

  ooo_templates_window_show_new_template (self, copy);
}

static void
duplicate_template (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ooo_templates_window_settle_then (OOO_TEMPLATES_WINDOW (widget), then_duplicate, NULL);
}

static void
on_delete_response (OooTemplatesWindow *self,
                    const char         *response,
                    AdwMessageDialog   *dialog)
{
  OooTemplate *template = g_object_get_data (G_OBJECT (dialog), "template");
  guint position = ooo_templates_window_template_position (self, template);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autoptr(OooTemplate) next = NULL;
  guint n;

  if (g_strcmp0 (response, "delete") != 0 || position == GTK_INVALID_LIST_POSITION)
    return;

  message = g_strdup_printf (_("“%s” deleted"), ooo_template_get_name (template));
  if (!ooo_templates_delete (self->templates, template, &error)) {
    ooo_templates_window_show_error (self, error->message);
    return;
  }

  /* Its neighbour takes its place, as in a list of files. */
  if (template == self->selected || self->selected == NULL) {
    n = g_list_model_get_n_items (G_LIST_MODEL (self->templates));
    if (n > 0)
      next = g_list_model_get_item (G_LIST_MODEL (self->templates), MIN (position, n - 1));
    ooo_templates_window_show_template (self, next);
  }

  ooo_templates_window_show_message (self, message);
}

static void
delete_template (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  OooTemplatesWindow *self = OOO_TEMPLATES_WINDOW (widget);
  AdwMessageDialog *dialog;

  if (!ooo_templates_window_is_editable (self))
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL));
  adw_message_dialog_format_heading (dialog, _("Delete “%s”?"),
                                     ooo_template_get_name (self->selected));
  adw_message_dialog_set_body (dialog,
                               _("Past meetings keep their agenda, and people who used it "
                                 "get the standard one. This cannot be undone."));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_object_set_data_full (G_OBJECT (dialog), "template", g_object_ref (self->selected),
                          g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  ooo_templates_window_save_draft (OOO_TEMPLATES_WINDOW (widget));
}

/* Actions: import and export */

gboolean
ooo_templates_window_import_file (OooTemplatesWindow *self,
                                  GFile              *file)
{
  g_autoptr(OooTemplate) template = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (OOO_IS_TEMPLATES_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  template = ooo_template_file_load (file, &error);
  if (template == NULL || !ooo_templates_add (self->templates, template, &error)) {
    ooo_templates_window_show_error (self, error->message);
    return FALSE;
  }

  ooo_templates_window_show_template (self, template);
  ooo_templates_window_show_content (self);
  /* Translators: %s is the name of the template just imported */
  message = g_strdup_printf (_("Imported “%s”"), ooo_template_get_name (template));
  ooo_templates_window_show_message (self, message);

  return TRUE;
}

gboolean
ooo_templates_window_export_file (OooTemplatesWindow *self,
                                  GFile              *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (OOO_IS_TEMPLATES_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->selected == NULL)
    return FALSE;

  if (!ooo_template_file_save (self->selected, file, &error)) {
    ooo_templates_window_show_error (self, error->message);
    return FALSE;
  }

  basename = g_file_get_basename (file);
  /* Translators: %s is the name of the file the template was written to */
  message = g_strdup_printf (_("Exported to “%s”"), basename);
  ooo_templates_window_show_message (self, message);

  return TRUE;
}

void
ooo_templates_window_clear_chooser (OooTemplatesWindow *self)
{
  if (self->chooser != NULL) {
    gtk_native_dialog_destroy (self->chooser);
    g_clear_object (&self->chooser);
  }
}

static void
on_chooser_response (OooTemplatesWindow *self,
                     int                 response,
                     GtkNativeDialog    *chooser)
{
  g_autoptr(GFile) file = NULL;
  gboolean saving = FALSE;

  if (response == GTK_RESPONSE_ACCEPT) {
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
    saving = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) ==
             GTK_FILE_CHOOSER_ACTION_SAVE;
  }

  ooo_templates_window_clear_chooser (self);

  if (file == NULL)
    return;

  if (saving)
    ooo_templates_window_export_file (self, file);
  else
    ooo_templates_window_import_file (self, file);
}

static void
open_chooser (OooTemplatesWindow   *self,
              GtkFileChooserAction  action,
              const char           *title,
              const char           *accept_label,
              const char           *current_name)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  ooo_templates_window_clear_chooser (self);

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept_label,
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Agenda template"));
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (current_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), current_name);

  self->chooser = GTK_NATIVE_DIALOG (chooser);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (self->chooser);
}

static void
then_import (OooTemplatesWindow *self,
             OooTemplate        *unused)
{
  open_chooser (self, GTK_FILE_CHOOSER_ACTION_OPEN, _("Import Template"), _("_Import"), NULL);
}

static void
import_template (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ooo_templates_window_settle_then (OOO_TEMPLATES_WINDOW (widget), then_import, NULL);
}

/* "Weekly sync.json": the name, without what a file name cannot hold. */
static char *
file_name_for (OooTemplate *template)
{
  g_autofree char *name = g_strstrip (g_strdup (ooo_template_get_name (template)));

  g_strdelimit (name, "/\\:*?\"<>|", '-');
  for (char *p = name; *p; p++) {
    if (g_ascii_iscntrl (*p))
      *p = ' ';
  }

  return g_strdup_printf ("%s.json", *name != '\0' && *name != '.' ? name : _("Agenda"));
}

static void
then_export (OooTemplatesWindow *self,
             OooTemplate        *unused)
{
  g_autofree char *name = NULL;

  if (self->selected == NULL)
    return;

  name = file_name_for (self->selected);
  open_chooser (self, GTK_FILE_CHOOSER_ACTION_SAVE, _("Export Template"), _("_Export"), name);
}

static void
export_template (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ooo_templates_window_settle_then (OOO_TEMPLATES_WINDOW (widget), then_export, NULL);
}

void
ooo_templates_window_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "templates.new", NULL, new_template);
  gtk_widget_class_install_action (widget_class, "templates.duplicate", NULL,
                                   duplicate_template);
  gtk_widget_class_install_action (widget_class, "templates.delete", NULL, delete_template);
  gtk_widget_class_install_action (widget_class, "templates.save", NULL, save);
  gtk_widget_class_install_action (widget_class, "templates.import", NULL, import_template);
  gtk_widget_class_install_action (widget_class, "templates.export", NULL, export_template);
}
