/* test-window-data.c — export, import and the recap from the main window,
 * through what the actions do once a file is chosen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ooo-import-page.h"
#include "ooo-meeting-view.h"
#include "ooo-window-fixture.h"
#include "ooo-window-private.h"

static GFile *
file_in (Fixture    *fixture,
         const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

  return g_file_new_for_path (path);
}

static char *
contents_of (GFile *file)
{
  char *contents = NULL;

  g_assert_true (g_file_load_contents (file, NULL, &contents, NULL, NULL, NULL));
  return contents;
}

/* A held meeting with notes, private notes and an action item; its summary
 * stays on screen. */
static OooPerson *
hold_meeting (Fixture *fixture)
{
  OooMeetings *meetings = ooo_session_get_meetings (fixture->session);
  OooPerson *ana = add_through_ui (fixture, "Ana Costa", "Staff Engineer");
  g_autoptr(GError) error = NULL;
  g_autoptr(OooActionItem) item = NULL;
  OooMeeting *meeting;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.start-meeting", NULL);
  drain ();
  meeting = ooo_meetings_get_in_progress (meetings, ana);
  g_assert_true (ooo_meetings_save_notes (meetings, meeting, 0, "Shipped the importer", &error));
  g_assert_true (ooo_meetings_save_private_notes (meetings, meeting, "Seems tired", &error));
  item = ooo_follow_ups_add_action (ooo_session_get_follow_ups (fixture->session),
                                    ooo_person_get_id (ana), ooo_meeting_get_id (meeting),
                                    "Draft the plan", OOO_SIDE_THEM, NULL, &error);
  g_assert_no_error (error);
  ooo_fake_clock_advance (fixture->clock, 25 * 60 * G_USEC_PER_SEC);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.end-meeting", NULL);
  drain ();

  return ana;
}

/* What an export or import said when it ended. */
typedef struct {
  gboolean  done;
  gboolean  ok;
  GError   *error;
} Outcome;

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  Outcome *outcome = data;

  outcome->ok = ooo_window_export_to_file_finish (OOO_WINDOW (source), result,
                                                  &outcome->error);
  outcome->done = TRUE;
}

static void
on_imported (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  Outcome *outcome = data;

  outcome->ok = ooo_window_import_file_finish (OOO_WINDOW (source), result, &outcome->error);
  outcome->done = TRUE;
}

static gboolean
is_done (gpointer data)
{
  return ((Outcome *) data)->done;
}

static gboolean
export_and_wait (Fixture         *fixture,
                 OooExportScope   scope,
                 const char      *uuid,
                 gboolean         include_private,
                 GFile           *file,
                 GError         **error)
{
  Outcome outcome = { FALSE, FALSE, NULL };

  ooo_window_export_to_file (fixture->window, scope, uuid, include_private, file, on_exported,
                             &outcome);
  wait_until (is_done, &outcome);
  if (outcome.error != NULL)
    g_propagate_error (error, outcome.error);

  return outcome.ok;
}

static gboolean
import_and_wait (Fixture  *fixture,
                 GFile    *file,
                 GError  **error)
{
  Outcome outcome = { FALSE, FALSE, NULL };

  ooo_window_import_file (fixture->window, file, on_imported, &outcome);
  wait_until (is_done, &outcome);
  if (outcome.error != NULL)
    g_propagate_error (error, outcome.error);

  return outcome.ok;
}

/* A new, empty database in the same window's place. */
static void
start_over_empty (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->window);
  g_assert_finalize_object (fixture->session);
  g_assert_finalize_object (fixture->store);
  g_free (fixture->path);
  fixture->path = g_build_filename (fixture->dir, "second.db", NULL);
  fixture->store = ooo_store_open (fixture->path, &error);
  g_assert_no_error (error);
  fixture->session = ooo_session_new (fixture->store, OOO_CLOCK (fixture->clock));
  g_assert_true (ooo_session_load (fixture->session, &error));
  fixture->people = ooo_session_get_people (fixture->session);
  fixture_open_window (fixture, 1000, 700);
  g_assert_cmpstr (visible_page (window_child (fixture, "main_stack")), ==, "welcome");
}

static void
test_recap_leaves_out_private_notes (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autofree char *recap = NULL;

  hold_meeting (fixture);
  recap = ooo_window_dup_recap (fixture->window);
  g_assert_nonnull (recap);
  g_assert_true (g_str_has_prefix (recap, "# One-on-one with Ana Costa — "));
  g_assert_nonnull (strstr (recap, "## Their time\n\nShipped the importer\n"));
  g_assert_nonnull (strstr (recap, "- [ ] Draft the plan — Ana Costa\n"));
  g_assert_null (strstr (recap, "Seems tired"));

  /* Nothing on screen, nothing to recap. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.close-summary", NULL);
  drain ();
  g_assert_null (ooo_window_dup_recap (fixture->window));
}

static void
test_export_private_only_when_asked (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(GFile) plain = file_in (fixture, "plain.json");
  g_autoptr(GFile) everything = file_in (fixture, "everything.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *plain_text = NULL;
  g_autofree char *everything_text = NULL;
  OooPerson *ana = hold_meeting (fixture);

  g_assert_true (export_and_wait (fixture, OOO_EXPORT_SCOPE_PERSON, ooo_person_get_uuid (ana),
                                  FALSE, plain, &error));
  g_assert_true (export_and_wait (fixture, OOO_EXPORT_SCOPE_ALL, NULL, TRUE, everything,
                                  &error));
  g_assert_no_error (error);

  plain_text = contents_of (plain);
  everything_text = contents_of (everything);
  g_assert_nonnull (strstr (plain_text, "Shipped the importer"));
  g_assert_null (strstr (plain_text, "Seems tired"));
  g_assert_nonnull (strstr (everything_text, "Seems tired"));
}

static void
test_import_into_another_database (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GFile) exported = file_in (fixture, "export.json");
  g_autoptr(GFile) broken = file_in (fixture, "broken.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 people_before;

  hold_meeting (fixture);
  g_assert_true (export_and_wait (fixture, OOO_EXPORT_SCOPE_ALL, NULL, FALSE, exported,
                                  &error));
  g_assert_no_error (error);
  start_over_empty (fixture);

  /* A broken file: a clear message, and nothing imported. */
  text = contents_of (exported);
  g_assert_true (g_file_replace_contents (broken, text, strlen (text) / 2, NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, NULL));
  g_assert_false (import_and_wait (fixture, broken, &error));
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);
  people_before = rows_in_file (fixture, "SELECT count(*) FROM person");
  g_assert_cmpint (people_before, ==, 0);
  g_assert_cmpstr (visible_page (window_child (fixture, "main_stack")), ==, "welcome");

  g_assert_true (import_and_wait (fixture, exported, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (visible_page (window_child (fixture, "main_stack")), ==, "people");
  drain ();
  /* In a toast, in a few words. */
  g_assert_true (shows_label (window_child (fixture, "toast_overlay"),
                              "Imported 1 person and 1 one-on-one"));
  g_assert_cmpstr (ooo_person_get_name (row_person (fixture, 0)), ==, "Ana Costa");
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM meeting_segment"
                                          " WHERE notes = 'Shipped the importer'"), ==, 1);
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM action_item"), ==, 1);
}

static gboolean
count_tick (gpointer data)
{
  guint *ticks = data;

  (*ticks)++;
  return G_SOURCE_CONTINUE;
}

static gboolean
ticked_ten_times (gpointer data)
{
  return *(guint *) data >= 10;
}

static gboolean
is_checking (gpointer page)
{
  return g_strcmp0 (ooo_import_page_get_stage_text (page), "Checking the file…") == 0;
}

/* The import runs in a thread: while it waits for the database (held here
 * by another connection), the window's main loop goes on, the window says
 * it is importing and nothing can change the data. */
static void
test_import_leaves_window_running (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GFile) exported = file_in (fixture, "export.json");
  g_autoptr(GError) error = NULL;
  Outcome outcome = { FALSE, FALSE, NULL };
  sqlite3 *holder = NULL;
  OooImportPage *page;
  guint ticks = 0;
  guint tick_source;

  hold_meeting (fixture);
  g_assert_true (export_and_wait (fixture, OOO_EXPORT_SCOPE_ALL, NULL, FALSE, exported,
                                  &error));
  g_assert_no_error (error);
  start_over_empty (fixture);

  g_assert_cmpint (sqlite3_open (fixture->path, &holder), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (holder, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  ooo_window_import_file (fixture->window, exported, on_imported, &outcome);
  g_assert_cmpstr (visible_page (window_child (fixture, "main_stack")), ==, "importing");

  tick_source = g_timeout_add (20, count_tick, &ticks);
  wait_until (ticked_ten_times, &ticks);
  g_source_remove (tick_source);
  g_assert_false (outcome.done);
  /* The page says how far it is: the file is read and checked, and the
   * writing waits for the database. */
  page = OOO_IMPORT_PAGE (window_child (fixture, "import_page"));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  wait_until (is_checking, page);
  g_assert_cmpfloat (ooo_import_page_get_fraction (page), >, 0.5);
  g_assert_false (outcome.done);

  /* Hands off the data meanwhile: no editor opens, no second import. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.add-person", NULL);
  drain ();
  g_assert_null (find_toplevel (OOO_TYPE_PERSON_EDITOR));
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM person"), ==, 0);

  g_assert_cmpint (sqlite3_exec (holder, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (holder);
  wait_until (is_done, &outcome);
  g_assert_no_error (outcome.error);
  g_assert_true (outcome.ok);

  g_assert_cmpstr (visible_page (window_child (fixture, "main_stack")), ==, "people");
  g_assert_cmpstr (ooo_person_get_name (row_person (fixture, 0)), ==, "Ana Costa");
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM action_item"), ==, 1);

  /* And the data can change again. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.add-person", NULL);
  drain ();
  g_assert_nonnull (find_toplevel (OOO_TYPE_PERSON_EDITOR));
  gtk_window_destroy (GTK_WINDOW (find_toplevel (OOO_TYPE_PERSON_EDITOR)));
  drain ();
}

typedef struct {
  OooImportPage *page;
  double         fraction;
} FractionWait;

static gboolean
fraction_is (gpointer data)
{
  FractionWait *wait = data;

  return G_APPROX_VALUE (ooo_import_page_get_fraction (wait->page), wait->fraction, 1e-6);
}

/* The import page follows its meter: the furthest report wins, whichever
 * thread sends it last; reading fills the first half of the bar, writing
 * most of the rest; the end pulses, and stops pulsing (and drawing) once
 * the page no longer follows an import. */
static void
test_import_page (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  OooImportPage *page = OOO_IMPORT_PAGE (ooo_import_page_new ());
  g_autoptr(OooImportMeter) meter = ooo_import_meter_new ();
  FractionWait wait = { page, 0.0 };

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  ooo_import_page_follow (page, meter);

  ooo_import_meter_report (OOO_IMPORT_STAGE_READING, 3, 10, meter);
  ooo_import_meter_report (OOO_IMPORT_STAGE_READING, 2, 10, meter);
  wait.fraction = 0.55 * 0.3;
  wait_until (fraction_is, &wait);
  g_assert_cmpstr (ooo_import_page_get_stage_text (page), ==, "Reading the file…");

  ooo_import_meter_report (OOO_IMPORT_STAGE_WRITING, 5, 10, meter);
  ooo_import_meter_report (OOO_IMPORT_STAGE_READING, 10, 10, meter);
  wait.fraction = 0.6 + 0.35 * 0.5;
  wait_until (fraction_is, &wait);
  g_assert_cmpstr (ooo_import_page_get_stage_text (page), ==, "Adding what it brings…");

  ooo_import_meter_report (OOO_IMPORT_STAGE_FINISHING, 0, 0, meter);
  g_assert_cmpuint (frames_drawn (window, 300 * slowdown ()), >, 0);
  g_assert_cmpstr (ooo_import_page_get_stage_text (page), ==, "Updating the search index…");

  ooo_import_page_follow (page, NULL);
  frames_drawn (window, 200 * slowdown ());
  g_assert_cmpuint (frames_drawn (window, 500 * slowdown ()), ==, 0);

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_settings_set_boolean (settings, "alert-sound", FALSE);
  }

#define ADD(name, func) \
  g_test_add ("/window-data/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("recap-leaves-out-private-notes", test_recap_leaves_out_private_notes);
  ADD ("export-private-only-when-asked", test_export_private_only_when_asked);
  ADD ("import-into-another-database", test_import_into_another_database);
  ADD ("import-leaves-window-running", test_import_leaves_window_running);
  ADD ("import-page", test_import_page);
#undef ADD

  return g_test_run ();
}
