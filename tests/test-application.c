/* test-application.c — the application as the manager starts it: a usual
 * start, a damaged database file, and a place where nothing can be saved
 *
 * Each case runs the real g_application_run() with command-line arguments,
 * then looks at what the manager would see once the window is up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ooo-application.h"
#include "ooo-window.h"

typedef void (*Inspect) (GtkApplication *application,
                         gpointer        data);

typedef struct {
  Inspect  inspect;
  gpointer data;
  gboolean inspected;
} Run;

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

static gboolean
inspect_then_quit (gpointer user_data)
{
  GtkApplication *application = user_data;
  Run *run = g_object_get_data (G_OBJECT (application), "run");

  run->inspect (application, run->data);
  run->inspected = TRUE;

  /* Close what the start opened, the way Ctrl+Q does. */
  g_action_group_activate_action (G_ACTION_GROUP (application), "quit", NULL);
  for (GtkWindow *dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG); dialog != NULL;
       dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG))
    gtk_window_destroy (dialog);

  return G_SOURCE_REMOVE;
}

static void
on_activate (GtkApplication *application)
{
  g_idle_add_full (G_PRIORITY_LOW, inspect_then_quit, application, NULL);
}

static void
run_app (const char *database,
         Inspect     inspect,
         gpointer    data)
{
  g_autoptr(OooApplication) application = ooo_application_new ();
  Run run = { inspect, data, FALSE };
  char *argv[] = { (char *) "one-on-one", (char *) "--database", (char *) database, NULL };

  g_object_set_data (G_OBJECT (application), "run", &run);
  g_signal_connect_after (application, "activate", G_CALLBACK (on_activate), NULL);
  g_assert_cmpint (g_application_run (G_APPLICATION (application), 3, argv), ==, 0);
  g_assert_true (run.inspected);
}

static OooWindow *
main_window (GtkApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (application);

  g_assert_true (OOO_IS_WINDOW (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  return OOO_WINDOW (window);
}

static const char *
main_page (OooWindow *window)
{
  GtkWidget *stack = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                OOO_TYPE_WINDOW,
                                                                "main_stack"));

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static void
inspect_fresh (GtkApplication *application,
               gpointer        data)
{
  OooWindow *window = main_window (application);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "One-on-One");
  g_assert_cmpstr (main_page (window), ==, "welcome");
  g_assert_nonnull (ooo_window_get_session (window));
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static void
test_fresh_start (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ooo-app-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sub", "one-on-one.db", NULL);

  run_app (path, inspect_fresh, NULL);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  /* The second start finds what the first wrote, and says nothing. */
  run_app (path, inspect_fresh, NULL);
}

static void
inspect_recovered (GtkApplication *application,
                   gpointer        data)
{
  OooWindow *window = main_window (application);
  AdwMessageDialog *dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  const char *path = data;

  /* The app works on a new file, and says so in plain words. */
  g_assert_cmpstr (main_page (window), ==, "welcome");
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Your Data Could Not Be Read");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), path));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), ".damaged-"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "not deleted"));
}

static void
test_damaged_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ooo-app-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "one-on-one.db", NULL);
  const char *garbage = "SQLite format 3\0 but then nothing sensible at all, for pages";
  g_autoptr(GDir) listing = NULL;
  const char *name;
  gboolean kept = FALSE;

  g_assert_true (g_file_set_contents (path, garbage, 60, NULL));
  run_app (path, inspect_recovered, path);

  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL) {
    if (g_str_has_prefix (name, "one-on-one.db.damaged-")) {
      g_autofree char *moved = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (moved, &contents, &length, NULL));
      g_assert_cmpmem (contents, length, garbage, 60);
      kept = TRUE;
    }
  }
  g_assert_true (kept);
}

static void
inspect_unwritable (GtkApplication *application,
                    gpointer        data)
{
  OooWindow *window = main_window (application);
  GtkWidget *error_page = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                     OOO_TYPE_WINDOW,
                                                                     "error_page"));
  const char *description = adw_status_page_get_description (ADW_STATUS_PAGE (error_page));

  g_assert_cmpstr (main_page (window), ==, "error");
  g_assert_nonnull (strstr (description, "Cannot create the folder"));
  g_assert_null (ooo_window_get_session (window));
}

static void
test_unwritable_location (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ooo-app-XXXXXX", NULL);
  g_autofree char *blocker = g_build_filename (dir, "a-file", NULL);
  g_autofree char *path = g_build_filename (blocker, "one-on-one.db", NULL);

  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  /* The app explains itself in the window instead of crashing. */
  run_app (path, inspect_unwritable, NULL);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  {
    /* A test machine has no sound to play the chime on. */
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_settings_set_boolean (settings, "alert-sound", FALSE);
  }

  g_test_add_func ("/application/fresh-start", test_fresh_start);
  g_test_add_func ("/application/damaged-file", test_damaged_file);
  g_test_add_func ("/application/unwritable-location", test_unwritable_location);

  return g_test_run ();
}
