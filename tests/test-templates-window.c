/* test-templates-window.c — the agenda templates window under a display:
 * creating, editing, reordering and saving a template through the window's
 * actions and fields, built-ins staying read-only, deleting after the
 * question, unsaved changes, import and export, the narrow layout, and the
 * window being freed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "ooo-template-file.h"
#include "ooo-templates-window.h"
#include "ooo-templates-window-private.h"

#define N_BUILTINS 7

typedef struct {
  char               *dir;
  char               *path;
  OooStore           *store;
  OooTemplates       *templates;
  GtkWindow          *parent;
  OooTemplatesWindow *window;
} Fixture;

static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Lets the main loop run until @done says so, or fails after 5 seconds. */
static void
wait_until (gboolean (*done) (gpointer),
            gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!done (data)) {
    g_assert_cmpint (g_get_monotonic_time (), <, deadline);
    g_main_context_iteration (NULL, FALSE);
    g_usleep (1000);
  }
  drain ();
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static GtkWidget *
child (Fixture    *fixture,
       const char *name)
{
  GtkWidget *found = GTK_WIDGET (gtk_widget_get_template_child (
    GTK_WIDGET (fixture->window), OOO_TYPE_TEMPLATES_WINDOW, name));

  g_assert_nonnull (found);
  return found;
}

static GtkWidget *
field (Fixture    *fixture,
       guint       position,
       const char *name)
{
  GtkWidget *found = ooo_templates_window_get_segment_field (fixture->window, position, name);

  g_assert_nonnull (found);
  return found;
}

static void
fixture_open_window (Fixture *fixture,
                     int      width,
                     int      height)
{
  fixture->window = g_object_ref (ooo_templates_window_new (fixture->templates));
  gtk_window_set_transient_for (GTK_WINDOW (fixture->window), fixture->parent);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, height);
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until (is_mapped, fixture->window);
}

static void
fixture_close_window (Fixture *fixture)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  drain ();
  g_assert_finalize_object (fixture->window);
  fixture->window = NULL;
}

static void
fixture_open_store (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  fixture->store = ooo_store_open (fixture->path, &error);
  g_assert_no_error (error);
  fixture->templates = ooo_templates_new (fixture->store);
  g_assert_true (ooo_templates_load (fixture->templates, &error));
  g_assert_no_error (error);
}

static void
fixture_close_store (Fixture *fixture)
{
  g_assert_finalize_object (fixture->templates);
  g_assert_finalize_object (fixture->store);
  fixture->templates = NULL;
  fixture->store = NULL;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* A leaflet animation cut short by closing the window keeps what it drew
   * until it would have ended; at exit that memory is lost for good. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  fixture->dir = g_dir_make_tmp ("ooo-templates-window-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "one-on-one.db", NULL);
  fixture_open_store (fixture);

  fixture->parent = g_object_ref (GTK_WINDOW (adw_window_new ()));
  gtk_window_present (fixture->parent);
  wait_until (is_mapped, fixture->parent);

  fixture_open_window (fixture, GPOINTER_TO_INT (data) != 0 ? GPOINTER_TO_INT (data) : 860,
                       620);
}

/* Everything written so far, read back through a new connection. */
static void
fixture_reopen (Fixture *fixture)
{
  fixture_close_window (fixture);
  fixture_close_store (fixture);
  fixture_open_store (fixture);
  fixture_open_window (fixture, 860, 620);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL) {
    g_autofree char *file = g_build_filename (path, name, NULL);
    g_unlink (file);
  }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    fixture_close_window (fixture);
  gtk_window_destroy (fixture->parent);
  drain ();
  g_assert_finalize_object (fixture->parent);
  fixture_close_store (fixture);
  remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++) {
    g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

    if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
      return window;
  }

  return NULL;
}

/* Gives the dialog's answer as if its button was pressed, then closes it. */
static void
answer_dialog (const char *response,
               const char *expected_heading)
{
  AdwMessageDialog *dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  g_assert_nonnull (dialog);
  if (expected_heading != NULL)
    g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, expected_heading);

  /* Closing the templates window in the answer closes the dialog with it. */
  g_object_ref (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  drain ();
  g_object_unref (dialog);
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static void
activate (Fixture    *fixture,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), action, NULL));
  drain ();
}

static void
activate_at (Fixture    *fixture,
             const char *action,
             guint       position)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), action, "u",
                                             position));
  drain ();
}

static void
set_text (GtkWidget  *editable,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
  drain ();
}

static guint
n_templates (Fixture *fixture)
{
  return g_list_model_get_n_items (G_LIST_MODEL (fixture->templates));
}

static OooTemplate *
selected (Fixture *fixture)
{
  return ooo_templates_window_get_selected (fixture->window);
}

static void
select_position (Fixture *fixture,
                 guint    position)
{
  GtkListBox *list = GTK_LIST_BOX (child (fixture, "sidebar_list"));

  gtk_list_box_select_row (list, gtk_list_box_get_row_at_index (list, position));
  drain ();
}

static guint
position_of (Fixture     *fixture,
             OooTemplate *template)
{
  for (guint i = 0; i < n_templates (fixture); i++) {
    g_autoptr(OooTemplate) item = g_list_model_get_item (G_LIST_MODEL (fixture->templates), i);

    if (item == template)
      return i;
  }

  g_assert_not_reached ();
}

static gboolean
can (Fixture    *fixture,
     const char *button)
{
  GtkWidget *widget = child (fixture, button);

  return gtk_widget_get_visible (widget) && gtk_widget_get_sensitive (widget);
}

static GtkLabel *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return GTK_LABEL (widget);

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c)) {
    GtkLabel *found = find_label (c, text);

    if (found != NULL)
      return found;
  }

  return NULL;
}

/* The toast on screen reads exactly @text. */
static void
assert_toast (Fixture    *fixture,
              const char *text)
{
  drain ();
  if (find_label (child (fixture, "toast_overlay"), text) == NULL)
    g_error ("No toast reads “%s”", text);
}

static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  g_assert_no_error (error);

  return path;
}

static void
test_empty_state (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkListBox *list = GTK_LIST_BOX (child (fixture, "sidebar_list"));
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (list, 0);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "Agenda Templates");
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (fixture->window)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (fixture,
                                                                       "content_stack"))),
                   ==, "none");
  g_assert_null (selected (fixture));
  g_assert_cmpuint (n_templates (fixture), ==, N_BUILTINS);
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, N_BUILTINS - 1));
  g_assert_null (gtk_list_box_get_row_at_index (list, N_BUILTINS));
  /* The built-ins say so in the list. */
  g_assert_nonnull (find_label (GTK_WIDGET (first), "O3 (Manager Tools)"));
  g_assert_nonnull (find_label (GTK_WIDGET (first), "Built-in · 30 min"));
  g_assert_false (can (fixture, "save_button"));
  g_assert_false (gtk_widget_get_visible (child (fixture, "template_menu_button")));

  /* Nothing to delete or export. */
  activate (fixture, "templates.delete");
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static void
test_create_edit_save (Fixture       *fixture,
                       gconstpointer  data)
{
  OooTemplate *template;
  g_autofree char *uuid = NULL;
  OooTemplateSegment *segment;
  GtkListBox *list = GTK_LIST_BOX (child (fixture, "sidebar_list"));

  activate (fixture, "templates.new");
  template = selected (fixture);
  g_assert_nonnull (template);
  g_assert_cmpuint (n_templates (fixture), ==, N_BUILTINS + 1);
  g_assert_false (ooo_template_is_builtin (template));
  g_assert_cmpstr (ooo_template_get_name (template), ==, "New Agenda");
  g_assert_cmpuint (ooo_template_get_n_segments (template), ==, 1);
  segment = ooo_template_get_segment (template, 0);
  g_assert_cmpstr (ooo_template_segment_get_title (segment), ==, "Their time");
  g_assert_cmpuint (ooo_template_segment_get_minutes (segment), ==, 10);
  g_assert_cmpint (ooo_template_segment_get_owner (segment), ==, OOO_SEGMENT_OWNER_THEM);
  g_assert_true (gtk_list_box_get_selected_row (list) ==
                 gtk_list_box_get_row_at_index (list, position_of (fixture, template)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (fixture,
                                                                       "content_stack"))),
                   ==, "editor");
  g_assert_true (gtk_widget_get_sensitive (child (fixture, "name_row")));
  g_assert_false (gtk_widget_get_visible (child (fixture, "readonly_group")));
  /* Nothing to save yet, and a lone segment cannot go. */
  g_assert_false (can (fixture, "save_button"));
  g_assert_false (gtk_widget_get_sensitive (field (fixture, 0, "remove")));
  uuid = g_strdup (ooo_template_get_uuid (template));

  set_text (child (fixture, "name_row"), "  Weekly sync ");
  g_assert_true (can (fixture, "save_button"));
  activate (fixture, "templates.add-segment");
  g_assert_cmpuint (ooo_template_get_n_segments (ooo_templates_window_get_draft
                                                   (fixture->window)), ==, 2);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (field (fixture, 1, "row"))));
  set_text (field (fixture, 1, "title"), "Career");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (field (fixture, 1, "minutes")), 25);
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (fixture, 1, "owner")), 2);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field (fixture, 1,
                                                                            "prompts"))),
                            "Where next?\nWhich skill?", -1);
  drain ();
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (field (fixture, 1,
                                                                               "row"))),
                   ==, "Career");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (field (fixture, 1, "row"))),
                   ==, "25 min · Both");
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (
                     child (fixture, "segments_group"))), ==, "Total: 35 minutes");
  /* The first cannot move up, the last cannot move down. */
  g_assert_false (gtk_widget_get_sensitive (field (fixture, 0, "up")));
  g_assert_true (gtk_widget_get_sensitive (field (fixture, 0, "down")));
  g_assert_true (gtk_widget_get_sensitive (field (fixture, 1, "up")));
  g_assert_false (gtk_widget_get_sensitive (field (fixture, 1, "down")));

  /* Reordered by the action, and back and again by the row's own button. */
  activate_at (fixture, "templates.move-up", 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (fixture, 0, "title"))), ==,
                   "Career");
  g_signal_emit_by_name (field (fixture, 0, "down"), "clicked");
  drain ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (fixture, 0, "title"))), ==,
                   "Their time");
  g_signal_emit_by_name (field (fixture, 1, "up"), "clicked");
  drain ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (fixture, 0, "title"))), ==,
                   "Career");

  /* Nothing is stored before Save. */
  g_assert_cmpstr (ooo_template_get_name (template), ==, "New Agenda");
  g_assert_cmpuint (ooo_template_get_n_segments (template), ==, 1);

  activate (fixture, "templates.save");
  g_assert_false (can (fixture, "save_button"));
  g_assert_true (selected (fixture) == template);
  g_assert_cmpstr (ooo_template_get_name (template), ==, "Weekly sync");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (fixture, "name_row"))), ==,
                   "Weekly sync");
  g_assert_cmpuint (ooo_template_get_total_minutes (template), ==, 35);
  /* Still selected in the list after the rename moved it. */
  g_assert_true (gtk_list_box_get_selected_row (list) ==
                 gtk_list_box_get_row_at_index (list, position_of (fixture, template)));
  g_assert_nonnull (find_label (GTK_WIDGET (gtk_list_box_get_selected_row (list)),
                                "35 min"));

  fixture_reopen (fixture);
  template = ooo_templates_find_by_uuid (fixture->templates, uuid);
  g_assert_nonnull (template);
  g_assert_cmpstr (ooo_template_get_name (template), ==, "Weekly sync");
  g_assert_cmpuint (ooo_template_get_n_segments (template), ==, 2);
  segment = ooo_template_get_segment (template, 0);
  g_assert_cmpstr (ooo_template_segment_get_title (segment), ==, "Career");
  g_assert_cmpuint (ooo_template_segment_get_minutes (segment), ==, 25);
  g_assert_cmpint (ooo_template_segment_get_owner (segment), ==, OOO_SEGMENT_OWNER_BOTH);
  g_assert_cmpstr (ooo_template_segment_get_prompts (segment), ==, "Where next?\nWhich skill?");
  segment = ooo_template_get_segment (template, 1);
  g_assert_cmpstr (ooo_template_segment_get_title (segment), ==, "Their time");
  g_assert_cmpuint (ooo_template_segment_get_minutes (segment), ==, 10);

  /* Shown as stored, and removing a segment is saved too. */
  select_position (fixture, position_of (fixture, template));
  g_assert_true (selected (fixture) == template);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (fixture, 1, "title"))), ==,
                   "Their time");
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (field (fixture, 0,
                                                                        "minutes"))), ==, 25);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (field (fixture, 0, "owner"))),
                    ==, 2);
  activate_at (fixture, "templates.remove-segment", 0);
  g_assert_null (ooo_templates_window_get_segment_field (fixture->window, 1, "row"));
  activate (fixture, "templates.save");
  g_assert_cmpuint (ooo_template_get_n_segments (template), ==, 1);
  g_assert_cmpstr (ooo_template_segment_get_title (ooo_template_get_segment (template, 0)), ==,
                   "Their time");
}

static void
test_invalid_keeps_edits (Fixture       *fixture,
                          gconstpointer  data)
{
  OooTemplate *template;
  GtkWidget *minutes;

  activate (fixture, "templates.new");
  template = selected (fixture);
  set_text (child (fixture, "name_row"), "Retro");
  activate (fixture, "templates.add-segment");

  /* Segment 2 was left without a title. */
  activate (fixture, "templates.save");
  assert_toast (fixture, "Segment 2 has no title.");
  g_assert_true (gtk_widget_has_css_class (field (fixture, 1, "title"), "error"));
  g_assert_true (can (fixture, "save_button"));
  g_assert_cmpstr (ooo_template_get_name (template), ==, "New Agenda");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (fixture, "name_row"))), ==,
                   "Retro");
  g_assert_cmpuint (ooo_template_get_n_segments (ooo_templates_window_get_draft
                                                   (fixture->window)), ==, 2);

  /* A blank name: the same. */
  set_text (field (fixture, 1, "title"), "Wrap-up");
  g_assert_false (gtk_widget_has_css_class (field (fixture, 1, "title"), "error"));
  set_text (child (fixture, "name_row"), "   ");
  activate (fixture, "templates.save");
  assert_toast (fixture, "The template needs a name.");
  g_assert_true (gtk_widget_has_css_class (child (fixture, "name_row"), "error"));
  g_assert_cmpstr (ooo_template_get_name (template), ==, "New Agenda");

  /* Text that is not a number never reaches the minutes. */
  minutes = field (fixture, 1, "minutes");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (minutes), 7);
  set_text (minutes, "abc");
  set_text (child (fixture, "name_row"), "Retro");
  activate (fixture, "templates.save");
  g_assert_false (can (fixture, "save_button"));
  g_assert_cmpstr (ooo_template_get_name (template), ==, "Retro");
  g_assert_cmpuint (ooo_template_segment_get_minutes (ooo_template_get_segment (template, 1)),
                    ==, 7);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (minutes)), ==, 7);
}

static void
test_builtin_read_only (Fixture       *fixture,
                        gconstpointer  data)
{
  OooTemplate *o3 = ooo_templates_find_builtin (fixture->templates, OOO_TEMPLATE_KEY_O3);
  OooTemplate *copy;

  select_position (fixture, position_of (fixture, o3));
  g_assert_true (selected (fixture) == o3);
  g_assert_true (gtk_widget_get_visible (child (fixture, "readonly_group")));
  g_assert_true (can (fixture, "duplicate_button"));
  g_assert_false (gtk_widget_get_sensitive (child (fixture, "name_row")));
  g_assert_false (gtk_widget_get_visible (child (fixture, "save_button")));
  g_assert_false (gtk_widget_get_visible (child (fixture, "add_segment_button")));
  g_assert_false (gtk_widget_get_sensitive (field (fixture, 0, "title")));
  g_assert_false (gtk_widget_get_sensitive (field (fixture, 0, "minutes")));
  g_assert_false (gtk_widget_get_sensitive (field (fixture, 0, "owner")));
  g_assert_false (gtk_text_view_get_editable (GTK_TEXT_VIEW (field (fixture, 0, "prompts"))));
  g_assert_null (ooo_templates_window_get_segment_field (fixture->window, 0, "remove"));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (field (fixture, 0, "row"))),
                   ==, "10 min · Them");

  /* Its actions do nothing to it. */
  activate (fixture, "templates.add-segment");
  activate_at (fixture, "templates.move-down", 0);
  activate (fixture, "templates.delete");
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  activate (fixture, "templates.save");
  g_assert_cmpuint (ooo_template_get_n_segments (o3), ==, 3);
  g_assert_cmpstr (ooo_template_segment_get_title (ooo_template_get_segment (o3, 0)), ==,
                   "Their time");
  g_assert_cmpuint (n_templates (fixture), ==, N_BUILTINS);

  activate (fixture, "templates.duplicate");
  copy = selected (fixture);
  g_assert_true (copy != o3);
  g_assert_false (ooo_template_is_builtin (copy));
  g_assert_cmpstr (ooo_template_get_name (copy), ==, "O3 (Manager Tools) (copy)");
  g_assert_cmpuint (ooo_template_get_total_minutes (copy), ==, 30);
  g_assert_cmpuint (n_templates (fixture), ==, N_BUILTINS + 1);
  g_assert_false (gtk_widget_get_visible (child (fixture, "readonly_group")));
  g_assert_true (gtk_widget_get_sensitive (child (fixture, "name_row")));
  g_assert_true (gtk_widget_get_sensitive (field (fixture, 0, "title")));
  g_assert_true (gtk_widget_get_visible (child (fixture, "add_segment_button")));

  /* The copy is the manager's to change; the built-in stays as it was. */
  set_text (field (fixture, 2, "title"), "Growth");
  activate (fixture, "templates.save");
  g_assert_cmpstr (ooo_template_segment_get_title (ooo_template_get_segment (copy, 2)), ==,
                   "Growth");
  g_assert_cmpstr (ooo_template_segment_get_title (ooo_template_get_segment (o3, 2)), ==,
                   "The future");
}

static void
test_delete_asks_first (Fixture       *fixture,
                        gconstpointer  data)
{
  OooTemplate *template;
  g_autofree char *uuid = NULL;

  activate (fixture, "templates.new");
  template = selected (fixture);
  uuid = g_strdup (ooo_template_get_uuid (template));

  activate (fixture, "templates.delete");
  answer_dialog ("cancel", "Delete “New Agenda”?");
  g_assert_true (selected (fixture) == template);
  g_assert_cmpuint (n_templates (fixture), ==, N_BUILTINS + 1);

  activate (fixture, "templates.delete");
  answer_dialog ("delete", "Delete “New Agenda”?");
  g_assert_cmpuint (n_templates (fixture), ==, N_BUILTINS);
  g_assert_null (ooo_templates_find_by_uuid (fixture->templates, uuid));
  /* Its neighbour is shown in its place. */
  g_assert_nonnull (selected (fixture));
  g_assert_true (ooo_template_is_builtin (selected (fixture)));
  assert_toast (fixture, "“New Agenda” deleted");

  fixture_reopen (fixture);
  g_assert_cmpuint (n_templates (fixture), ==, N_BUILTINS);
  g_assert_null (ooo_templates_find_by_uuid (fixture->templates, uuid));
}

static void
test_unsaved_changes_ask (Fixture       *fixture,
                          gconstpointer  data)
{
  OooTemplate *template;
  OooTemplate *other;

  activate (fixture, "templates.new");
  template = selected (fixture);
  set_text (child (fixture, "name_row"), "Unsaved");

  /* Choosing another template asks; Cancel stays, Discard goes. */
  select_position (fixture, 0);
  answer_dialog ("cancel", "Save Changes?");
  g_assert_true (selected (fixture) == template);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (fixture, "name_row"))), ==,
                   "Unsaved");
  g_assert_true (gtk_list_box_get_selected_row (GTK_LIST_BOX (child (fixture, "sidebar_list")))
                 == gtk_list_box_get_row_at_index (GTK_LIST_BOX (child (fixture,
                                                                        "sidebar_list")),
                                                   position_of (fixture, template)));
  select_position (fixture, 0);
  answer_dialog ("discard", NULL);
  other = selected (fixture);
  g_assert_true (other == ooo_templates_find_builtin (fixture->templates,
                                                      OOO_TEMPLATE_KEY_O3));
  g_assert_cmpstr (ooo_template_get_name (template), ==, "New Agenda");

  /* Closing asks too: Cancel keeps the window, Save saves and closes. */
  select_position (fixture, position_of (fixture, template));
  set_text (child (fixture, "name_row"), "Kept");
  gtk_window_close (GTK_WINDOW (fixture->window));
  drain ();
  answer_dialog ("cancel", "Save Changes?");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "window.close", NULL);
  drain ();
  answer_dialog ("save", "Save Changes?");
  g_assert_cmpstr (ooo_template_get_name (template), ==, "Kept");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
  g_assert_finalize_object (fixture->window);
  fixture->window = NULL;
}

static void
test_import_export (Fixture       *fixture,
                    gconstpointer  data)
{
  OooTemplate *skip = ooo_templates_find_builtin (fixture->templates,
                                                  OOO_TEMPLATE_KEY_SKIP_LEVEL);
  g_autofree char *export_path = g_build_filename (fixture->dir, "skip.json", NULL);
  g_autoptr(GFile) export_file = g_file_new_for_path (export_path);
  g_autofree char *expected = NULL;
  g_autofree char *written = NULL;
  g_autofree char *good_path = NULL;
  g_autofree char *bad_path = NULL;
  g_autoptr(GFile) good = NULL;
  g_autoptr(GFile) bad = NULL;
  g_autoptr(GFile) missing = NULL;
  g_autoptr(GError) error = NULL;
  OooTemplate *imported;

  /* Export writes the selected template as a template file. */
  select_position (fixture, position_of (fixture, skip));
  g_assert_true (ooo_templates_window_export_file (fixture->window, export_file));
  expected = ooo_template_file_to_data (skip, NULL);
  g_assert_true (g_file_get_contents (export_path, &written, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (written, ==, expected);
  assert_toast (fixture, "Exported to “skip.json”");

  /* It comes back in as a template of the manager's own, selected. */
  g_assert_true (ooo_templates_window_import_file (fixture->window, export_file));
  imported = selected (fixture);
  g_assert_true (imported != skip);
  g_assert_false (ooo_template_is_builtin (imported));
  g_assert_cmpstr (ooo_template_get_name (imported), ==, "Skip-level");
  g_assert_cmpuint (n_templates (fixture), ==, N_BUILTINS + 1);

  good_path = write_file (fixture, "good.json",
    "{\"format\": \"one-on-one-template\", \"version\": 1,\n"
    " \"template\": {\"name\": \"Q&A <Friday>\", \"segments\": [\n"
    "   {\"title\": \"Questions\", \"minutes\": 20, \"owner\": \"me\",\n"
    "    \"prompts\": [\"What is unclear?\", \"What is next?\"]}]}}\n");
  good = g_file_new_for_path (good_path);
  g_assert_true (ooo_templates_window_import_file (fixture->window, good));
  imported = selected (fixture);
  g_assert_cmpstr (ooo_template_get_name (imported), ==, "Q&A <Friday>");
  g_assert_cmpuint (ooo_template_get_total_minutes (imported), ==, 20);
  g_assert_cmpuint (n_templates (fixture), ==, N_BUILTINS + 2);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (fixture, "name_row"))), ==,
                   "Q&A <Friday>");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (fixture, 0, "title"))), ==,
                   "Questions");
  /* A name is shown as written, not read as markup. */
  assert_toast (fixture, "Imported “Q&A <Friday>”");

  /* A wrong file: its problem, named, and nothing imported. */
  bad_path = write_file (fixture, "bad.json",
    "{\"format\": \"one-on-one-template\", \"version\": 1,\n"
    " \"template\": {\"name\": \"Broken\", \"segments\": [\n"
    "   {\"title\": \"One\", \"minutes\": 10, \"owner\": \"them\", \"prompts\": []},\n"
    "   {\"minutes\": 10, \"owner\": \"them\", \"prompts\": []}]}}\n");
  bad = g_file_new_for_path (bad_path);
  g_assert_false (ooo_templates_window_import_file (fixture->window, bad));
  assert_toast (fixture, "Segment 2 has no title.");
  g_assert_cmpuint (n_templates (fixture), ==, N_BUILTINS + 2);
  g_assert_true (selected (fixture) == imported);

  missing = g_file_new_for_path ("/nonexistent/template.json");
  g_assert_false (ooo_templates_window_import_file (fixture->window, missing));
  g_assert_cmpuint (n_templates (fixture), ==, N_BUILTINS + 2);

  fixture_reopen (fixture);
  g_assert_cmpuint (n_templates (fixture), ==, N_BUILTINS + 2);
}

static void
test_narrow_window_folds (Fixture       *fixture,
                          gconstpointer  data)
{
  AdwLeaflet *leaflet = ADW_LEAFLET (child (fixture, "leaflet"));

  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == child (fixture, "sidebar"));

  select_position (fixture, 1);
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == child (fixture, "content"));
  g_assert_true (gtk_widget_get_visible (child (fixture, "back_button")));

  activate (fixture, "templates.back");
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == child (fixture, "sidebar"));

  activate (fixture, "templates.new");
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == child (fixture, "content"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(name, func, width) \
  g_test_add ("/templates-window/" name, Fixture, GINT_TO_POINTER (width), \
              fixture_set_up, func, fixture_tear_down)
  ADD ("empty-state", test_empty_state, 0);
  ADD ("create-edit-save", test_create_edit_save, 0);
  ADD ("invalid-keeps-edits", test_invalid_keeps_edits, 0);
  ADD ("builtin-read-only", test_builtin_read_only, 0);
  ADD ("delete-asks-first", test_delete_asks_first, 0);
  ADD ("unsaved-changes-ask", test_unsaved_changes_ask, 0);
  ADD ("import-export", test_import_export, 0);
  ADD ("narrow-window-folds", test_narrow_window_folds, 360);
#undef ADD

  return g_test_run ();
}
