/* test-meetings.c — starting, storing, resuming and ending a 1:1's timer,
 * with a clock the test moves: a quit, a crash and a reboot mid-meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ooo-session-fixture.h"

#define SECONDS(s) ((gint64) (s) * G_USEC_PER_SEC)

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture_make_folder (fixture, "meetings");
  fixture_add_ana (fixture, "Ana", "UTC");
  open_session (fixture);
}

static OooMeeting *
start_o3 (Fixture *fixture)
{
  OooTemplates *templates = ooo_session_get_templates (fixture->session);
  g_autoptr(GError) error = NULL;
  OooMeeting *meeting;

  meeting = ooo_meetings_start (ooo_session_get_meetings (fixture->session), fixture->ana,
                                ooo_templates_find_builtin (templates, "o3"), &error);
  g_assert_no_error (error);
  g_assert_nonnull (meeting);

  return meeting;
}

static OooMeeting *
in_progress (Fixture *fixture)
{
  return ooo_meetings_get_in_progress (ooo_session_get_meetings (fixture->session),
                                       fixture->ana);
}

static gint64
query_int (Fixture    *fixture,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (ooo_store_get_db (fixture->store), sql, -1, &stmt,
                                       NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

static void
test_start_copies_agenda (Fixture       *fixture,
                          gconstpointer  data)
{
  OooMeeting *meeting = start_o3 (fixture);
  OooTimer *timer = ooo_meeting_get_timer (meeting);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (ooo_meeting_get_n_segments (meeting), ==, 3);
  g_assert_cmpstr (ooo_meeting_get_segment (meeting, 0)->title, ==, "Their time");
  g_assert_cmpint (ooo_meeting_get_segment (meeting, 0)->owner, ==, OOO_SEGMENT_OWNER_THEM);
  g_assert_cmpstr (ooo_meeting_get_segment (meeting, 2)->title, ==, "The future");
  g_assert_cmpint (ooo_timer_get_total_planned (timer), ==, SECONDS (30 * 60));
  /* Ready, not running: the manager starts the clock. */
  g_assert_cmpint (ooo_timer_get_state (timer), ==, OOO_TIMER_STATE_READY);
  g_assert_true (in_progress (fixture) == meeting);

  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM meeting WHERE status ="
                                       " 'in-progress' AND template_name = 'O3 (Manager Tools)'"),
                   ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT sum(planned_seconds) FROM meeting_segment"), ==,
                   1800);

  /* One meeting in progress per person. */
  g_assert_null (ooo_meetings_start (ooo_session_get_meetings (fixture->session), fixture->ana,
                                     ooo_templates_find_builtin (
                                       ooo_session_get_templates (fixture->session), "split"),
                                     &error));
  g_assert_error (error, OOO_MEETINGS_ERROR, OOO_MEETINGS_ERROR_ALREADY_RUNNING);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM meeting"), ==, 1);
}

static void
test_every_change_is_stored (Fixture       *fixture,
                             gconstpointer  data)
{
  OooMeeting *meeting = start_o3 (fixture);
  OooTimer *timer = ooo_meeting_get_timer (meeting);

  ooo_timer_start (timer);
  ooo_fake_clock_advance (fixture->clock, SECONDS (125));
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM meeting WHERE timer_state ="
                                       " 'running' AND boot_id = 'first-boot'"), ==, 1);
  ooo_timer_next (timer);
  g_assert_cmpint (query_int (fixture, "SELECT elapsed_ms FROM meeting_segment"
                                       " WHERE position = 0"), ==, 125000);
  g_assert_cmpint (query_int (fixture, "SELECT current_segment FROM meeting"), ==, 1);

  ooo_timer_extend (timer, SECONDS (60));
  g_assert_cmpint (query_int (fixture, "SELECT planned_seconds FROM meeting_segment"
                                       " WHERE position = 1"), ==, 660);

  ooo_fake_clock_advance (fixture->clock, SECONDS (30));
  ooo_timer_pause (timer);
  g_assert_cmpint (query_int (fixture, "SELECT elapsed_ms FROM meeting_segment"
                                       " WHERE position = 1"), ==, 30000);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM meeting WHERE timer_state ="
                                       " 'paused'"), ==, 1);
}

/* The app quits or crashes mid-meeting and starts again in the same boot:
 * the meeting goes on with the time that passed, by the boot clock. */
static void
test_resume_same_boot (Fixture       *fixture,
                       gconstpointer  data)
{
  OooTimer *timer = ooo_meeting_get_timer (start_o3 (fixture));

  ooo_timer_start (timer);
  ooo_fake_clock_advance (fixture->clock, SECONDS (200));
  ooo_timer_next (timer);
  ooo_fake_clock_advance (fixture->clock, SECONDS (45));
  close_session (fixture);

  /* Down for two minutes; someone also set the wall clock back an hour,
   * which must not matter within a boot. */
  ooo_fake_clock_advance (fixture->clock, SECONDS (120));
  fixture->clock->wall_us -= SECONDS (3600);
  open_session (fixture);

  g_assert_nonnull (in_progress (fixture));
  timer = ooo_meeting_get_timer (in_progress (fixture));
  g_assert_cmpint (ooo_timer_get_state (timer), ==, OOO_TIMER_STATE_RUNNING);
  g_assert_cmpuint (ooo_timer_get_current (timer), ==, 1);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 0), ==, SECONDS (200));
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 1), ==, SECONDS (45 + 120));

  ooo_fake_clock_advance (fixture->clock, SECONDS (5));
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 1), ==, SECONDS (170));
}

/* After a reboot the boot clock starts again: the wall clock tells. */
static void
test_resume_after_reboot (Fixture       *fixture,
                          gconstpointer  data)
{
  OooTimer *timer = ooo_meeting_get_timer (start_o3 (fixture));

  ooo_timer_start (timer);
  ooo_fake_clock_advance (fixture->clock, SECONDS (90));
  ooo_timer_extend (timer, SECONDS (60));
  close_session (fixture);

  ooo_fake_clock_reboot (fixture->clock, SECONDS (300));
  open_session (fixture);

  timer = ooo_meeting_get_timer (in_progress (fixture));
  g_assert_cmpint (ooo_timer_get_state (timer), ==, OOO_TIMER_STATE_RUNNING);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 0), ==, SECONDS (90 + 300));
  g_assert_cmpint (ooo_timer_get_planned (timer, 0), ==, SECONDS (11 * 60));
}

static void
test_resume_paused (Fixture       *fixture,
                    gconstpointer  data)
{
  OooTimer *timer = ooo_meeting_get_timer (start_o3 (fixture));

  ooo_timer_start (timer);
  ooo_fake_clock_advance (fixture->clock, SECONDS (61));
  ooo_timer_pause (timer);
  close_session (fixture);

  ooo_fake_clock_reboot (fixture->clock, SECONDS (7200));
  open_session (fixture);

  /* Paused time is not meeting time, however long the break. */
  timer = ooo_meeting_get_timer (in_progress (fixture));
  g_assert_cmpint (ooo_timer_get_state (timer), ==, OOO_TIMER_STATE_PAUSED);
  g_assert_cmpint (ooo_timer_get_elapsed (timer, 0), ==, SECONDS (61));
}

static void
test_end_records_summary (Fixture       *fixture,
                          gconstpointer  data)
{
  OooMeetings *meetings = ooo_session_get_meetings (fixture->session);
  g_autoptr(OooMeeting) meeting = g_object_ref (start_o3 (fixture));
  OooTimer *timer = ooo_meeting_get_timer (meeting);
  g_autoptr(GError) error = NULL;
  guint ended = 0;

  g_signal_connect_swapped (meetings, "ended", G_CALLBACK (g_atomic_int_inc), &ended);

  ooo_timer_start (timer);
  ooo_fake_clock_advance (fixture->clock, SECONDS (12 * 60));   /* theirs, 2 min over */
  ooo_timer_next (timer);
  ooo_fake_clock_advance (fixture->clock, SECONDS (6 * 60));    /* mine */
  ooo_timer_next (timer);
  ooo_fake_clock_advance (fixture->clock, SECONDS (10 * 60));   /* both */

  /* 12 + 10/2 of 28 minutes were theirs. */
  g_assert_cmpfloat_with_epsilon (ooo_meeting_get_their_share (meeting), 17.0 / 28.0, 1e-9);

  g_assert_true (ooo_meetings_end (meetings, meeting, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ended, ==, 1);
  g_assert_null (in_progress (fixture));
  g_assert_cmpint (ooo_meeting_get_status (meeting), ==, OOO_MEETING_STATUS_HELD);
  g_assert_cmpint (ooo_timer_get_state (timer), ==, OOO_TIMER_STATE_FINISHED);

  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM meeting WHERE status = 'held'"
                                       " AND timer_state = 'finished'"
                                       " AND ended_at - started_at = 28 * 60"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT group_concat(elapsed_ms / 1000, ',')"
                                       " = '720,360,600' FROM (SELECT elapsed_ms"
                                       " FROM meeting_segment ORDER BY position)"), ==, 1);

  /* Time goes on, the ended meeting does not. */
  ooo_fake_clock_advance (fixture->clock, SECONDS (600));
  g_assert_cmpint (ooo_timer_get_total_elapsed (timer), ==, SECONDS (28 * 60));

  /* And a new one can start. */
  close_session (fixture);
  open_session (fixture);
  g_assert_null (in_progress (fixture));
  g_assert_nonnull (start_o3 (fixture));
}

static void
test_notes_kept (Fixture       *fixture,
                 gconstpointer  data)
{
  OooMeetings *meetings = ooo_session_get_meetings (fixture->session);
  OooMeeting *meeting = start_o3 (fixture);
  g_autoptr(GError) error = NULL;

  g_assert_true (ooo_meetings_save_notes (meetings, meeting, 0, "Wants to lead the migration",
                                          &error));
  g_assert_true (ooo_meetings_save_notes (meetings, meeting, 2, "Conference talk in May",
                                          &error));
  g_assert_true (ooo_meetings_save_private_notes (meetings, meeting, "Seems tired; ask HR",
                                                  &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ooo_meeting_get_segment (meeting, 0)->notes, ==,
                   "Wants to lead the migration");

  /* A crash now loses none of it. */
  close_session (fixture);
  open_session (fixture);
  meeting = in_progress (fixture);
  g_assert_cmpstr (ooo_meeting_get_segment (meeting, 0)->notes, ==,
                   "Wants to lead the migration");
  g_assert_cmpstr (ooo_meeting_get_segment (meeting, 1)->notes, ==, "");
  g_assert_cmpstr (ooo_meeting_get_segment (meeting, 2)->notes, ==, "Conference talk in May");
  g_assert_cmpstr (ooo_meeting_get_private_notes (meeting), ==, "Seems tired; ask HR");
}

static void
test_record_past (Fixture       *fixture,
                  gconstpointer  data)
{
  OooMeetings *meetings = ooo_session_get_meetings (fixture->session);
  OooTemplate *o3 = ooo_templates_find_builtin (ooo_session_get_templates (fixture->session),
                                                "o3");
  gint64 yesterday = fixture->clock->wall_us / G_USEC_PER_SEC - 24 * 3600;
  g_autoptr(OooMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (ooo_meetings_record_past (meetings, fixture->ana, o3, yesterday, 0, "", &error));
  g_assert_error (error, OOO_MEETINGS_ERROR, OOO_MEETINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (ooo_meetings_record_past (meetings, fixture->ana, o3, yesterday + 2 * 86400,
                                           30, "", &error));
  g_assert_error (error, OOO_MEETINGS_ERROR, OOO_MEETINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM meeting"), ==, 0);

  /* 25 minutes over a 10/10/10 agenda, held on a walk. */
  meeting = ooo_meetings_record_past (meetings, fixture->ana, o3, yesterday, 25,
                                      "Walked and talked about the reorg", &error);
  g_assert_no_error (error);
  g_assert_nonnull (meeting);
  g_assert_cmpint (ooo_meeting_get_status (meeting), ==, OOO_MEETING_STATUS_HELD);
  g_assert_null (in_progress (fixture));
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM meeting WHERE status = 'held'"
                                       " AND timer_state = 'finished'"
                                       " AND ended_at - started_at = 1500"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT sum(elapsed_ms) FROM meeting_segment"), ==,
                   1500000);
  g_assert_cmpint (query_int (fixture, "SELECT elapsed_ms FROM meeting_segment"
                                       " WHERE position = 0"), ==, 500000);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM meeting_segment WHERE position = 0"
                                       " AND notes = 'Walked and talked about the reorg'"),
                   ==, 1);
  /* Recording one afterwards does not block starting a new one. */
  g_assert_nonnull (start_o3 (fixture));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/meetings/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("start-copies-agenda", test_start_copies_agenda);
  ADD ("every-change-is-stored", test_every_change_is_stored);
  ADD ("resume-same-boot", test_resume_same_boot);
  ADD ("resume-after-reboot", test_resume_after_reboot);
  ADD ("resume-paused", test_resume_paused);
  ADD ("end-records-summary", test_end_records_summary);
  ADD ("notes-kept", test_notes_kept);
  ADD ("record-past", test_record_past);
#undef ADD

  return g_test_run ();
}
