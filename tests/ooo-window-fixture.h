/* ooo-window-fixture.h — a real main window on a scratch database, with
 * a clock the test moves, and the helpers the widget tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ooo-fake-clock.h"
#include "ooo-meeting-view.h"
#include "ooo-person-editor.h"
#include "ooo-person-row.h"
#include "ooo-window.h"

typedef struct {
  char         *dir;
  char         *path;
  OooFakeClock *clock;
  OooStore     *store;
  OooSession   *session;
  OooPeople    *people;
  OooWindow    *window;
} Fixture;

G_GNUC_UNUSED static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* How many times slower than a plain build this one runs: the sanitizer
 * pass of the test suite sets OOO_TEST_SLOWDOWN, and waits stretch by it. */
G_GNUC_UNUSED static gint64
slowdown (void)
{
  const char *value = g_getenv ("OOO_TEST_SLOWDOWN");
  gint64 factor = value != NULL ? g_ascii_strtoll (value, NULL, 10) : 1;

  return MAX (factor, 1);
}

/* Lets the main loop run until @done says so, or fails after 5 seconds. */
G_GNUC_UNUSED static void
wait_until (gboolean (*done) (gpointer),
            gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC * slowdown ();

  while (!done (data)) {
    g_assert_cmpint (g_get_monotonic_time (), <, deadline);
    g_main_context_iteration (NULL, FALSE);
    g_usleep (1000);
  }
  drain ();
}

G_GNUC_UNUSED static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

G_GNUC_UNUSED static GtkWidget *
child (gpointer    widget,
       GType       type,
       const char *name)
{
  GtkWidget *found = GTK_WIDGET (gtk_widget_get_template_child (widget, type, name));

  g_assert_nonnull (found);
  return found;
}

G_GNUC_UNUSED static GtkWidget *
window_child (Fixture    *fixture,
              const char *name)
{
  return child (fixture->window, OOO_TYPE_WINDOW, name);
}

G_GNUC_UNUSED static void
fixture_open_window (Fixture *fixture,
                     int      width,
                     int      height)
{
  fixture->window = g_object_ref (g_object_new (OOO_TYPE_WINDOW,
                                                "session", fixture->session, NULL));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, height);
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until (is_mapped, fixture->window);
}

G_GNUC_UNUSED static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* A leaflet animation cut short by closing the window holds its pages
   * until it would have ended, and the test checks they are freed now. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  fixture->dir = g_dir_make_tmp ("ooo-window-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "one-on-one.db", NULL);
  fixture->store = ooo_store_open (fixture->path, &error);
  g_assert_no_error (error);
  fixture->clock = g_object_new (OOO_TYPE_FAKE_CLOCK, NULL);
  fixture->session = ooo_session_new (fixture->store, OOO_CLOCK (fixture->clock));
  g_assert_true (ooo_session_load (fixture->session, &error));
  g_assert_no_error (error);
  fixture->people = ooo_session_get_people (fixture->session);

  fixture_open_window (fixture, 1000, 700);
}

G_GNUC_UNUSED static void
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

G_GNUC_UNUSED static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL) {
    gtk_window_destroy (GTK_WINDOW (fixture->window));
    drain ();
    g_assert_finalize_object (fixture->window);
  }
  drain ();
  g_assert_finalize_object (fixture->session);
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->clock);
  remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

G_GNUC_UNUSED static gpointer
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

G_GNUC_UNUSED static const char *
visible_page (GtkWidget *stack)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

G_GNUC_UNUSED static OooPersonEditor *
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

G_GNUC_UNUSED static void
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

G_GNUC_UNUSED static OooPerson *
add_through_ui (Fixture    *fixture,
                const char *name,
                const char *role)
{
  fill_and_save (open_editor (fixture, "win.add-person"), name, role);
  return ooo_window_get_selected (fixture->window);
}

G_GNUC_UNUSED static OooPerson *
row_person (Fixture *fixture,
            int      index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (
    GTK_LIST_BOX (window_child (fixture, "sidebar_list")), index);

  return row != NULL ? ooo_person_row_get_person (OOO_PERSON_ROW (row)) : NULL;
}

G_GNUC_UNUSED static gint64
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

G_GNUC_UNUSED static void
count_frame (GdkFrameClock *clock,
             guint         *frames)
{
  (*frames)++;
}

G_GNUC_UNUSED static gboolean
set_done (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Frames @window draws while the main loop runs for @ms. */
G_GNUC_UNUSED static guint
frames_drawn (GtkWidget *window,
              guint      ms)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gboolean done = FALSE;
  guint frames = 0;
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (count_frame), &frames);

  g_timeout_add (ms, set_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);

  return frames;
}

/* Whether a visible label reading @text is inside @widget. */
G_GNUC_UNUSED static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c)) {
    if (!gtk_widget_get_visible (c))
      continue;
    if (GTK_IS_LABEL (c) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (c)), text) == 0)
      return TRUE;
    if (shows_label (c, text))
      return TRUE;
  }

  return FALSE;
}

G_GNUC_UNUSED static OooNotesPane *
notes_pane (Fixture *fixture)
{
  return ooo_meeting_view_get_notes (OOO_MEETING_VIEW (window_child (fixture,
                                                                     "meeting_view")));
}

/* As typing does: an insertion at the end, one user action. */
G_GNUC_UNUSED static void
type_into (GtkTextView *view,
           const char  *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_insert (buffer, &end, text, -1);
  gtk_text_buffer_end_user_action (buffer);
}

G_GNUC_UNUSED static char *
text_of (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}
