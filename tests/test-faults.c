/* test-faults.c — what the data does when the machine misbehaves: a full
 * disk, a read-only folder, another program holding the file, and a wall
 * clock that jumps backwards and forwards
 *
 * The disk faults come from a SQLite VFS that wraps the system's own and
 * refuses writes on demand (ooo-fault-vfs.h); the lock is held by another
 * process; the clocks are the fake ones every test moves by hand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ooo-autosave.h"
#include "ooo-fault-vfs.h"
#include "ooo-lock-holder.h"
#include "ooo-overview.h"
#include "ooo-session-fixture.h"

#define SECONDS(s) ((gint64) (s) * G_USEC_PER_SEC)
#define DAYS(d)    (SECONDS (d) * 24 * 3600)

static void
faults_set_up (Fixture       *fixture,
               gconstpointer  data)
{
  ooo_fault_set (OOO_FAULT_NONE);
  fixture_make_folder (fixture, "faults");
  fixture_add_ana (fixture, "Ana", "UTC");
  open_session (fixture);
}

static void
faults_tear_down (Fixture       *fixture,
                  gconstpointer  data)
{
  ooo_fault_set (OOO_FAULT_NONE);
  fixture_tear_down (fixture, data);
}

/* Through a connection of its own, without the faults: what is really in
 * the file. */
static gint64
rows_in_file (Fixture    *fixture,
              const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, "unix"), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

static void
assert_file_whole (Fixture *fixture)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (ooo_store_get_db (fixture->store), "PRAGMA quick_check",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);
}

static guint
n_people (Fixture *fixture)
{
  return g_list_model_get_n_items (G_LIST_MODEL (ooo_session_get_people (fixture->session)));
}

/* A person and an action item refused by the file: the error says why in
 * plain words, nothing is half written, in the file or in memory; once the
 * fault is gone the same calls work. */
static void
check_refused_then_saved (Fixture       *fixture,
                          int            code,
                          const char    *words)
{
  OooPeople *people = ooo_session_get_people (fixture->session);
  OooFollowUps *follow_ups = ooo_session_get_follow_ups (fixture->session);
  g_autoptr(OooPerson) bo = ooo_person_new ("Bo");
  g_autoptr(OooActionItem) item = NULL;
  g_autoptr(GError) error = NULL;

  ooo_person_set_time_zone (bo, "UTC");
  g_assert_false (ooo_people_add (people, bo, &error));
  g_assert_error (error, OOO_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, words));
  g_assert_cmpuint (n_people (fixture), ==, 1);
  g_assert_cmpint (ooo_person_get_id (bo), <=, 0);
  g_clear_error (&error);

  item = ooo_follow_ups_add_action (follow_ups, ooo_person_get_id (fixture->ana), 0,
                                    "Send the budget", OOO_SIDE_ME, NULL, &error);
  g_assert_null (item);
  g_assert_error (error, OOO_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, words));
  g_clear_error (&error);

  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM person"), ==, 1);
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM action_item"), ==, 0);

  ooo_fault_set (OOO_FAULT_NONE);
  g_assert_true (ooo_people_add (people, bo, &error));
  g_assert_no_error (error);
  item = ooo_follow_ups_add_action (follow_ups, ooo_person_get_id (fixture->ana), 0,
                                    "Send the budget", OOO_SIDE_ME, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (item);
  g_assert_cmpuint (n_people (fixture), ==, 2);
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM person"), ==, 2);
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM action_item"
                                          " WHERE text = 'Send the budget'"), ==, 1);
  assert_file_whole (fixture);
}

static void
test_disk_full (Fixture       *fixture,
                gconstpointer  data)
{
  int refused = ooo_fault_get_refused ();

  ooo_fault_set (OOO_FAULT_DISK_FULL);
  check_refused_then_saved (fixture, OOO_STORE_ERROR_FULL, "The disk is full");
  g_assert_cmpint (ooo_fault_get_refused (), >, refused);
}

/* As a folder remounted read-only answers: EROFS on write. */
static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  int refused = ooo_fault_get_refused ();

  ooo_fault_set (OOO_FAULT_READ_ONLY);
  check_refused_then_saved (fixture, OOO_STORE_ERROR_READ_ONLY, "cannot be written to");
  g_assert_cmpint (ooo_fault_get_refused (), >, refused);
}

/* Another program keeps the file locked longer than the app waits. */
static void
test_locked (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GSubprocess) holder = ooo_lock_holder_start (fixture->path, 8);
  g_autoptr(OooPerson) bo = ooo_person_new ("Bo");
  g_autoptr(GError) error = NULL;
  OooPeople *people = ooo_session_get_people (fixture->session);

  ooo_person_set_time_zone (bo, "UTC");
  g_assert_false (ooo_people_add (people, bo, &error));
  g_assert_error (error, OOO_STORE_ERROR, OOO_STORE_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "in use by another program"));
  g_assert_cmpuint (n_people (fixture), ==, 1);
  g_clear_error (&error);

  /* Reading goes on meanwhile (WAL). */
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM person"), ==, 1);

  ooo_lock_holder_wait (holder);
  g_assert_true (ooo_people_add (people, bo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM person"), ==, 2);
}

typedef struct {
  OooMeetings *meetings;
  OooMeeting  *meeting;
  const char  *text;
  GError      *failure;
  guint        n_failed;
  guint        n_recovered;
} Notes;

static gboolean
save_notes (gpointer   user_data,
            GError   **error)
{
  Notes *notes = user_data;

  return ooo_meetings_save_notes (notes->meetings, notes->meeting, 0, notes->text, error);
}

static void
on_failed (OooAutosave  *autosave,
           const GError *error,
           Notes        *notes)
{
  g_clear_error (&notes->failure);
  notes->failure = g_error_copy (error);
  notes->n_failed++;
}

static void
on_recovered (OooAutosave *autosave,
              Notes       *notes)
{
  notes->n_recovered++;
}

static void
run_until (gboolean (*done) (gpointer),
           gpointer   data)
{
  /* Generous: the tries come seconds apart, and the machine may be busy. */
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!done (data)) {
    g_assert_cmpint (g_get_monotonic_time (), <, deadline);
    g_main_context_iteration (NULL, TRUE);
  }
}

static gboolean
failed_twice (gpointer data)
{
  return ((Notes *) data)->n_failed >= 2;
}

static gboolean
recovered (gpointer data)
{
  return ((Notes *) data)->n_recovered > 0;
}

/* Typed notes the disk refuses stay pending, are tried again without another
 * keystroke, and are written once there is space. */
static void
test_autosave_retries (Fixture       *fixture,
                       gconstpointer  data)
{
  OooTemplates *templates = ooo_session_get_templates (fixture->session);
  Notes notes = { ooo_session_get_meetings (fixture->session), NULL, "Wants to lead", NULL };
  g_autoptr(OooAutosave) autosave = NULL;
  g_autoptr(GError) error = NULL;

  notes.meeting = ooo_meetings_start (notes.meetings, fixture->ana,
                                      ooo_templates_find_builtin (templates, "o3"), &error);
  g_assert_no_error (error);
  autosave = ooo_autosave_new (50, save_notes, &notes, NULL);
  g_signal_connect (autosave, "failed", G_CALLBACK (on_failed), &notes);
  g_signal_connect (autosave, "recovered", G_CALLBACK (on_recovered), &notes);

  ooo_fault_set (OOO_FAULT_DISK_FULL);
  ooo_autosave_schedule (autosave);
  run_until (failed_twice, &notes);
  g_assert_error (notes.failure, OOO_STORE_ERROR, OOO_STORE_ERROR_FULL);
  g_assert_true (ooo_autosave_get_pending (autosave));
  g_assert_true (ooo_autosave_get_failing (autosave));
  g_assert_cmpuint (notes.n_recovered, ==, 0);
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM meeting_segment"
                                          " WHERE notes = 'Wants to lead'"), ==, 0);

  ooo_fault_set (OOO_FAULT_NONE);
  run_until (recovered, &notes);
  g_assert_false (ooo_autosave_get_pending (autosave));
  g_assert_false (ooo_autosave_get_failing (autosave));
  g_assert_cmpuint (ooo_autosave_get_n_saves (autosave), ==, 1);
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM meeting_segment"
                                          " WHERE position = 0 AND notes = 'Wants to lead'"),
                   ==, 1);
  g_clear_error (&notes.failure);
}

static OooMeeting *
start_running (Fixture *fixture)
{
  OooTemplates *templates = ooo_session_get_templates (fixture->session);
  g_autoptr(GError) error = NULL;
  OooMeeting *meeting;

  meeting = ooo_meetings_start (ooo_session_get_meetings (fixture->session), fixture->ana,
                                ooo_templates_find_builtin (templates, "o3"), &error);
  g_assert_no_error (error);
  ooo_timer_start (ooo_meeting_get_timer (meeting));

  return meeting;
}

static gboolean
set_flag (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
is_set (gpointer data)
{
  return *(gboolean *) data;
}

static gboolean
timer_saved_as (Fixture    *fixture,
                const char *state)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM meeting WHERE timer_state = '%s'",
                                          state);

  return rows_in_file (fixture, sql) == 1;
}

/* A pause the disk refuses stays pending and is written by itself once
 * there is space: after a restart the timer must not have run on. The
 * failure is said at each try, the recovery once. */
static void
test_timer_retries (Fixture       *fixture,
                    gconstpointer  data)
{
  OooMeetings *meetings = ooo_session_get_meetings (fixture->session);
  g_autoptr(OooMeeting) meeting = g_object_ref (start_running (fixture));
  Notes watch = { meetings, meeting, NULL, NULL, 0, 0 };
  g_autoptr(GError) error = NULL;
  gboolean waited = FALSE;
  guint n_failed;

  g_signal_connect (meetings, "save-failed", G_CALLBACK (on_failed), &watch);
  g_signal_connect (meetings, "save-recovered", G_CALLBACK (on_recovered), &watch);
  g_assert_true (timer_saved_as (fixture, "running"));

  ooo_fault_set (OOO_FAULT_DISK_FULL);
  ooo_timer_pause (ooo_meeting_get_timer (meeting));
  g_assert_cmpuint (watch.n_failed, ==, 1);
  g_assert_error (watch.failure, OOO_STORE_ERROR, OOO_STORE_ERROR_FULL);
  g_assert_true (ooo_meetings_get_timer_pending (meetings, meeting));
  run_until (failed_twice, &watch);
  g_assert_true (timer_saved_as (fixture, "running"));
  g_assert_cmpuint (watch.n_recovered, ==, 0);

  ooo_fault_set (OOO_FAULT_NONE);
  run_until (recovered, &watch);
  g_assert_false (ooo_meetings_get_timer_pending (meetings, meeting));
  g_assert_true (timer_saved_as (fixture, "paused"));
  g_assert_cmpuint (watch.n_recovered, ==, 1);

  /* Refused again, and the end refused too: the meeting goes on, its timer
   * running as before, not finished. */
  ooo_fault_set (OOO_FAULT_DISK_FULL);
  ooo_timer_start (ooo_meeting_get_timer (meeting));
  g_assert_true (ooo_meetings_get_timer_pending (meetings, meeting));
  g_assert_false (ooo_meetings_end (meetings, meeting, &error));
  g_assert_error (error, OOO_STORE_ERROR, OOO_STORE_ERROR_FULL);
  g_clear_error (&error);
  g_assert_cmpint (ooo_meeting_get_status (meeting), ==, OOO_MEETING_STATUS_IN_PROGRESS);
  g_assert_cmpint (ooo_timer_get_state (ooo_meeting_get_timer (meeting)), ==,
                   OOO_TIMER_STATE_RUNNING);

  /* Then ended once there is space: the end writes the timer with it, says
   * the failure is over, and no try left over writes anything after that. */
  ooo_fault_set (OOO_FAULT_NONE);
  g_assert_true (ooo_meetings_end (meetings, meeting, &error));
  g_assert_no_error (error);
  g_assert_false (ooo_meetings_get_timer_pending (meetings, meeting));
  g_assert_cmpuint (watch.n_recovered, ==, 2);
  g_assert_true (timer_saved_as (fixture, "finished"));
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM meeting WHERE status = 'held'"),
                   ==, 1);
  n_failed = watch.n_failed;
  g_timeout_add (2500, set_flag, &waited);
  run_until (is_set, &waited);
  g_assert_cmpuint (watch.n_failed, ==, n_failed);
  g_assert_cmpuint (watch.n_recovered, ==, 2);
  g_assert_true (timer_saved_as (fixture, "finished"));
  g_signal_handlers_disconnect_by_data (meetings, &watch);
  g_clear_error (&watch.failure);
}

/* A change still refused when the data is read again (after an import) is
 * tried once more first, not dropped with the meeting it belonged to. */
static void
test_timer_kept_across_reload (Fixture       *fixture,
                               gconstpointer  data)
{
  OooMeetings *meetings = ooo_session_get_meetings (fixture->session);
  OooMeeting *meeting = start_running (fixture);
  g_autoptr(GError) error = NULL;

  ooo_fault_set (OOO_FAULT_DISK_FULL);
  ooo_timer_pause (ooo_meeting_get_timer (meeting));
  g_assert_true (timer_saved_as (fixture, "running"));
  ooo_fault_set (OOO_FAULT_NONE);

  g_assert_true (ooo_meetings_load (meetings, &error));
  g_assert_no_error (error);
  g_assert_true (timer_saved_as (fixture, "paused"));
  meeting = ooo_meetings_get_in_progress (meetings, fixture->ana);
  g_assert_nonnull (meeting);
  g_assert_cmpint (ooo_timer_get_state (ooo_meeting_get_timer (meeting)), ==,
                   OOO_TIMER_STATE_PAUSED);
}

/* Someone sets the time of day back three days, then a week forward, while
 * the meeting runs: the timer counts only the time that passed. */
static void
test_clock_jumps_while_running (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(OooMeeting) meeting = g_object_ref (start_running (fixture));
  OooTimer *timer = ooo_meeting_get_timer (meeting);
  g_autoptr(GError) error = NULL;
  gint64 started_at = ooo_meeting_get_started_at (meeting);

  ooo_fake_clock_advance (fixture->clock, SECONDS (60));
  fixture->clock->wall_us -= DAYS (3);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 0), ==, SECONDS (60));
  ooo_fake_clock_advance (fixture->clock, SECONDS (30));
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 0), ==, SECONDS (90));
  ooo_timer_next (timer);

  fixture->clock->wall_us += DAYS (7);
  ooo_fake_clock_advance (fixture->clock, SECONDS (45));
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 1), ==, SECONDS (45));
  g_assert_cmpint (ooo_timer_get_total_elapsed (timer), ==, SECONDS (135));

  /* Ended while the wall clock is behind the start: the end is never before
   * it, and the time recorded is the time that passed. */
  fixture->clock->wall_us -= DAYS (30);
  g_assert_true (ooo_meetings_end (ooo_session_get_meetings (fixture->session), meeting,
                                   &error));
  g_assert_no_error (error);
  g_assert_cmpint (ooo_meeting_get_ended_at (meeting), >=, started_at);
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM meeting"
                                          " WHERE ended_at >= started_at"), ==, 1);
  g_assert_cmpint (rows_in_file (fixture, "SELECT sum(elapsed_ms) FROM meeting_segment"), ==,
                   135000);
}

/* The app restarts after a reboot with the wall clock behind the time the
 * meeting's run began: nothing negative, the finished parts kept. */
static void
test_resume_with_clock_behind (Fixture       *fixture,
                               gconstpointer  data)
{
  OooTimer *timer = ooo_meeting_get_timer (start_running (fixture));

  ooo_fake_clock_advance (fixture->clock, SECONDS (200));
  ooo_timer_next (timer);
  ooo_fake_clock_advance (fixture->clock, SECONDS (40));
  close_session (fixture);

  ooo_fake_clock_reboot (fixture->clock, -SECONDS (2 * 3600));
  open_session (fixture);

  timer = ooo_meeting_get_timer (ooo_meetings_get_in_progress (
    ooo_session_get_meetings (fixture->session), fixture->ana));
  g_assert_cmpint (ooo_timer_get_state (timer), ==, OOO_TIMER_STATE_RUNNING);
  g_assert_cmpuint (ooo_timer_get_current (timer), ==, 1);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 0), ==, SECONDS (200));
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 1), >=, 0);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 1), <=, SECONDS (40));

  /* And it runs on from there. */
  ooo_fake_clock_advance (fixture->clock, SECONDS (10));
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 1), >=, SECONDS (10));
  g_assert_cmpint (ooo_timer_get_total_elapsed (timer), >=, SECONDS (210));
}

static OooPersonFigures *
figures_now (Fixture *fixture)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_utc (fixture->clock->wall_us /
                                                            G_USEC_PER_SEC);
  g_autoptr(GError) error = NULL;
  OooPersonFigures *figures;

  figures = ooo_overview_load_person (ooo_session_get_people (fixture->session), fixture->ana,
                                      now, &error);
  g_assert_no_error (error);

  return figures;
}

/* A clock set before the last 1:1 (or far ahead of it): the figures that
 * count days stay sensible, none negative. */
static void
test_figures_with_clock_behind (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OooPersonFigures) behind = NULL;
  g_autoptr(OooPersonFigures) ahead = NULL;
  const OooAttendance *attendance;

  g_assert_true (ooo_meetings_end (ooo_session_get_meetings (fixture->session),
                                   start_running (fixture), &error));
  g_assert_no_error (error);

  fixture->clock->wall_us -= DAYS (400);
  behind = figures_now (fixture);
  attendance = ooo_person_figures_get_attendance (behind);
  g_assert_cmpint (attendance->days_since, ==, 0);
  g_assert_cmpint (attendance->overdue_days, >=, 0);
  g_assert_cmpuint (attendance->n_held, <=, attendance->n_recent);

  fixture->clock->wall_us += DAYS (400 + 800);
  ahead = figures_now (fixture);
  attendance = ooo_person_figures_get_attendance (ahead);
  g_assert_cmpint (attendance->days_since, ==, 800);
  g_assert_cmpint (attendance->due_state, ==, OOO_DUE_OVERDUE);
  g_assert_cmpint (attendance->overdue_days, >, 0);
  g_assert_cmpuint (attendance->n_held, <=, attendance->n_recent);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  ooo_fault_vfs_register ();

#define ADD(name, func) \
  g_test_add ("/faults/" name, Fixture, NULL, faults_set_up, func, faults_tear_down)
  ADD ("disk-full", test_disk_full);
  ADD ("read-only", test_read_only);
  ADD ("locked-by-another-program", test_locked);
  ADD ("autosave-retries", test_autosave_retries);
  ADD ("timer-retries", test_timer_retries);
  ADD ("timer-kept-across-reload", test_timer_kept_across_reload);
  ADD ("clock/jumps-while-running", test_clock_jumps_while_running);
  ADD ("clock/resume-with-clock-behind", test_resume_with_clock_behind);
  ADD ("clock/figures-with-clock-behind", test_figures_with_clock_behind);
#undef ADD

  return g_test_run ();
}
