/* test-window.c — the real main window under a display: the welcome page,
 * adding, editing, archiving and deleting people through the same actions
 * the buttons use, the narrow layout, and the window being freed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "ooo-archived-people.h"
#include "ooo-person-editor.h"
#include "ooo-person-page.h"
#include "ooo-person-row.h"
#include "ooo-window.h"

typedef struct {
  char      *dir;
  char      *path;
  OooStore  *store;
  OooPeople *people;
  OooWindow *window;
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
child (gpointer    widget,
       GType       type,
       const char *name)
{
  GtkWidget *found = GTK_WIDGET (gtk_widget_get_template_child (widget, type, name));

  g_assert_nonnull (found);
  return found;
}

static GtkWidget *
window_child (Fixture    *fixture,
              const char *name)
{
  return child (fixture->window, OOO_TYPE_WINDOW, name);
}

static void
fixture_open_window (Fixture *fixture,
                     int      width,
                     int      height)
{
  fixture->window = g_object_ref (g_object_new (OOO_TYPE_WINDOW,
                                                "people", fixture->people, NULL));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, height);
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until (is_mapped, fixture->window);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("ooo-window-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "one-on-one.db", NULL);
  fixture->store = ooo_store_open (fixture->path, &error);
  g_assert_no_error (error);
  fixture->people = ooo_people_new (fixture->store);
  g_assert_true (ooo_people_load (fixture->people, &error));

  fixture_open_window (fixture, 1000, 700);
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
  if (fixture->window != NULL) {
    gtk_window_destroy (GTK_WINDOW (fixture->window));
    drain ();
    g_assert_finalize_object (fixture->window);
  }
  drain ();
  g_assert_finalize_object (fixture->people);
  g_assert_finalize_object (fixture->store);
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

    if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
      return window;
  }

  return NULL;
}

static const char *
visible_page (GtkWidget *stack)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static OooPersonEditor *
open_editor (Fixture    *fixture,
             const char *action)
{
  OooPersonEditor *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), action, NULL));
  drain ();
  editor = find_toplevel (OOO_TYPE_PERSON_EDITOR);
  g_assert_nonnull (editor);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) ==
                 GTK_WINDOW (fixture->window));

  return editor;
}

static void
fill_and_save (OooPersonEditor *editor,
               const char      *name,
               const char      *role)
{
  GtkWidget *save_button = child (editor, OOO_TYPE_PERSON_EDITOR, "save_button");

  gtk_editable_set_text (GTK_EDITABLE (child (editor, OOO_TYPE_PERSON_EDITOR, "name_row")),
                         name);
  if (role != NULL)
    gtk_editable_set_text (GTK_EDITABLE (child (editor, OOO_TYPE_PERSON_EDITOR, "role_row")),
                           role);
  g_assert_true (gtk_widget_get_sensitive (save_button));
  g_object_ref (editor);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  drain ();
  /* Saving closes the form and frees it. */
  g_assert_finalize_object (editor);
}

static OooPerson *
add_through_ui (Fixture    *fixture,
                const char *name,
                const char *role)
{
  fill_and_save (open_editor (fixture, "win.add-person"), name, role);
  return ooo_window_get_selected (fixture->window);
}

static OooPerson *
row_person (Fixture *fixture,
            int      index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (
    GTK_LIST_BOX (window_child (fixture, "sidebar_list")), index);

  return row != NULL ? ooo_person_row_get_person (OOO_PERSON_ROW (row)) : NULL;
}

static gint64
rows_in_file (Fixture    *fixture,
              const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 count;

  /* A second connection sees only what was really written. */
  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return count;
}

static void
test_add_person (Fixture       *fixture,
                 gconstpointer  data)
{
  OooPersonEditor *editor;
  GtkWidget *page = window_child (fixture, "person_page");
  GtkWidget *zone_dropdown;
  GtkStringList *zones;
  OooPerson *ana;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "One-on-One");
  g_assert_cmpstr (visible_page (window_child (fixture, "main_stack")), ==, "welcome");

  editor = open_editor (fixture, "win.add-person");
  /* No name, no saving. */
  g_assert_false (gtk_widget_get_sensitive (child (editor, OOO_TYPE_PERSON_EDITOR,
                                                   "save_button")));
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (editor, OOO_TYPE_PERSON_EDITOR,
                                                    "relationship_row")),
                              OOO_RELATIONSHIP_SKIP_LEVEL);
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (editor, OOO_TYPE_PERSON_EDITOR,
                                                    "cadence_row")), 1);
  zone_dropdown = child (editor, OOO_TYPE_PERSON_EDITOR, "time_zone_dropdown");
  zones = GTK_STRING_LIST (gtk_drop_down_get_model (GTK_DROP_DOWN (zone_dropdown)));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (zones)); i++)
    if (g_strcmp0 (gtk_string_list_get_string (zones, i), "Asia/Kolkata") == 0)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (zone_dropdown), i);
  fill_and_save (editor, "  Ana Costa ", "Staff Engineer");

  ana = ooo_window_get_selected (fixture->window);
  g_assert_nonnull (ana);
  g_assert_cmpstr (ooo_person_get_name (ana), ==, "Ana Costa");
  g_assert_cmpint (ooo_person_get_relationship (ana), ==, OOO_RELATIONSHIP_SKIP_LEVEL);
  g_assert_cmpint (ooo_person_get_cadence (ana), ==, OOO_CADENCE_EVERY_TWO_WEEKS);
  g_assert_cmpstr (ooo_person_get_time_zone (ana), ==, "Asia/Kolkata");

  /* The sidebar shows them, selected, with their page beside. */
  g_assert_cmpstr (visible_page (window_child (fixture, "main_stack")), ==, "people");
  g_assert_true (row_person (fixture, 0) == ana);
  g_assert_true (gtk_list_box_get_selected_row (GTK_LIST_BOX (window_child (fixture,
                                                                             "sidebar_list")))
                 == gtk_list_box_get_row_at_index (GTK_LIST_BOX (window_child (fixture,
                                                                               "sidebar_list")),
                                                   0));
  g_assert_cmpstr (visible_page (window_child (fixture, "content_stack")), ==, "person");
  g_assert_true (ooo_person_page_get_person (OOO_PERSON_PAGE (page)) == ana);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (child (page, OOO_TYPE_PERSON_PAGE,
                                                          "name_label"))), ==, "Ana Costa");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (child (page, OOO_TYPE_PERSON_PAGE,
                                                          "relationship_label"))), ==,
                   "Skip-level");

  /* And it is in the file. */
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM person WHERE name ="
                                          " 'Ana Costa' AND role = 'Staff Engineer'"
                                          " AND relationship = 'skip-level'"), ==, 1);
}

static void
test_edit_keeps_selection (Fixture       *fixture,
                           gconstpointer  data)
{
  OooPerson *ana = add_through_ui (fixture, "Ana", NULL);
  OooPerson *bob = add_through_ui (fixture, "Bob", NULL);
  OooPersonEditor *editor;

  g_assert_true (row_person (fixture, 0) == ana);
  ooo_window_select_person (fixture->window, ana);
  g_assert_true (ooo_window_get_selected (fixture->window) == ana);

  editor = open_editor (fixture, "win.edit-person");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (editor, OOO_TYPE_PERSON_EDITOR,
                                                                "name_row"))), ==, "Ana");
  fill_and_save (editor, "Zara", "Product Manager");

  /* Renamed, moved after Bob, and still the one selected. */
  g_assert_cmpstr (ooo_person_get_name (ana), ==, "Zara");
  g_assert_true (row_person (fixture, 0) == bob);
  g_assert_true (row_person (fixture, 1) == ana);
  g_assert_true (ooo_window_get_selected (fixture->window) == ana);
  g_assert_true (gtk_list_box_get_selected_row (GTK_LIST_BOX (window_child (fixture,
                                                                             "sidebar_list")))
                 == gtk_list_box_get_row_at_index (GTK_LIST_BOX (window_child (fixture,
                                                                               "sidebar_list")),
                                                   1));
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM person WHERE name = 'Zara'"
                                          " AND role = 'Product Manager'"), ==, 1);
}

static void
test_cancel_saves_nothing (Fixture       *fixture,
                           gconstpointer  data)
{
  OooPersonEditor *editor = open_editor (fixture, "win.add-person");

  gtk_editable_set_text (GTK_EDITABLE (child (editor, OOO_TYPE_PERSON_EDITOR, "name_row")),
                         "Never Mind");
  g_object_ref (editor);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL);
  drain ();
  g_assert_finalize_object (editor);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->people)), ==, 0);
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM person"), ==, 0);
}

static void
test_archive_and_restore (Fixture       *fixture,
                          gconstpointer  data)
{
  OooPerson *cleo = add_through_ui (fixture, "Cleo", NULL);
  g_autofree char *uuid = g_strdup (ooo_person_get_uuid (cleo));
  OooArchivedPeople *archived;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.archive-person", NULL));
  drain ();
  /* Gone from the sidebar, kept in the file. */
  g_assert_null (row_person (fixture, 0));
  g_assert_null (ooo_window_get_selected (fixture->window));
  g_assert_cmpstr (visible_page (window_child (fixture, "main_stack")), ==, "welcome");
  g_assert_cmpint (rows_in_file (fixture, "SELECT archived FROM person WHERE name = 'Cleo'"),
                   ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.show-archived", NULL));
  drain ();
  archived = find_toplevel (OOO_TYPE_ARCHIVED_PEOPLE);
  g_assert_nonnull (archived);
  g_assert_cmpstr (visible_page (child (archived, OOO_TYPE_ARCHIVED_PEOPLE, "stack")), ==,
                   "list");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (archived), "archived.restore", "s",
                                             uuid));
  drain ();
  g_assert_cmpstr (visible_page (child (archived, OOO_TYPE_ARCHIVED_PEOPLE, "stack")), ==,
                   "empty");
  g_object_ref (archived);
  gtk_window_destroy (GTK_WINDOW (archived));
  drain ();
  g_assert_finalize_object (archived);

  g_assert_true (row_person (fixture, 0) == cleo);
  g_assert_cmpstr (visible_page (window_child (fixture, "main_stack")), ==, "people");
  g_assert_cmpint (rows_in_file (fixture, "SELECT archived FROM person WHERE name = 'Cleo'"),
                   ==, 0);
}

static void
test_delete_asks_first (Fixture       *fixture,
                        gconstpointer  data)
{
  OooPerson *dan = add_through_ui (fixture, "Dan", NULL);
  AdwMessageDialog *dialog;

  for (guint round = 0; round < 2; round++) {
    const char *response = round == 0 ? "cancel" : "delete";

    ooo_window_select_person (fixture->window, dan);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                               "win.delete-person", NULL));
    drain ();
    dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    g_assert_nonnull (dialog);
    g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Delete Dan?");
    g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "cannot be undone"));
    adw_message_dialog_response (dialog, response);
    gtk_window_destroy (GTK_WINDOW (dialog));
    drain ();

    if (round == 0)
      g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM person"), ==, 1);
  }

  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM person"), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->people)), ==, 0);
  g_assert_cmpstr (visible_page (window_child (fixture, "main_stack")), ==, "welcome");
}

static gboolean
is_folded (gpointer leaflet)
{
  return adw_leaflet_get_folded (leaflet);
}

static void
test_narrow_window_folds (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *leaflet;
  OooPerson *eva;

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->window);
  fixture_open_window (fixture, 360, 640);
  leaflet = window_child (fixture, "leaflet");

  eva = add_through_ui (fixture, "Eva", NULL);
  wait_until (is_folded, leaflet);
  ooo_window_select_person (fixture->window, eva);
  g_assert_true (adw_leaflet_get_visible_child (ADW_LEAFLET (leaflet)) ==
                 window_child (fixture, "content"));
  g_assert_true (gtk_widget_get_visible (window_child (fixture, "back_button")));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL));
  drain ();
  g_assert_true (adw_leaflet_get_visible_child (ADW_LEAFLET (leaflet)) ==
                 window_child (fixture, "sidebar"));
}

static void
test_remembers_size (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  int width, height;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 900, 650);
  gtk_window_close (GTK_WINDOW (fixture->window));
  drain ();
  g_assert_finalize_object (fixture->window);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 650);

  fixture->window = g_object_ref (g_object_new (OOO_TYPE_WINDOW,
                                                "people", fixture->people, NULL));
  gtk_window_get_default_size (GTK_WINDOW (fixture->window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 650);
}

static void
test_error_state (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *message = "Cannot save your data in “/nowhere”: Permission denied.";
  OooWindow *window = g_object_ref (g_object_new (OOO_TYPE_WINDOW, NULL));

  gtk_window_present (GTK_WINDOW (window));
  ooo_window_show_error (window, message);
  drain ();
  g_assert_cmpstr (visible_page (child (window, OOO_TYPE_WINDOW, "main_stack")), ==, "error");
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (
                     child (window, OOO_TYPE_WINDOW, "error_page"))), ==, message);
  /* Nothing to add people to. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-person", NULL);
  drain ();
  g_assert_null (find_toplevel (OOO_TYPE_PERSON_EDITOR));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(name, func) \
  g_test_add ("/window/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("add-person", test_add_person);
  ADD ("edit-keeps-selection", test_edit_keeps_selection);
  ADD ("cancel-saves-nothing", test_cancel_saves_nothing);
  ADD ("archive-and-restore", test_archive_and_restore);
  ADD ("delete-asks-first", test_delete_asks_first);
  ADD ("narrow-window-folds", test_narrow_window_folds);
  ADD ("remembers-size", test_remembers_size);
  ADD ("error-state", test_error_state);
#undef ADD

  return g_test_run ();
}
