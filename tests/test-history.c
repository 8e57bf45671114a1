/* test-history.c — a person's history (order, summaries, the report's
 * share, the first line of the notes), rescheduling and cancelling, and
 * opening a past 1:1 again
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ooo-history-fixture.h"

static OooMeetingSummary *
summary_at (GListModel *history,
            guint       position)
{
  OooMeetingSummary *summary = g_list_model_get_item (history, position);

  g_assert_nonnull (summary);
  g_object_unref (summary);   /* the model keeps it */
  return summary;
}

static GListModel *
history_of (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GListModel *history = ooo_history_list (fixture->store, fixture->ana, &error);

  g_assert_no_error (error);
  g_assert_nonnull (history);
  return history;
}

static void
test_history_order_and_summaries (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(OooMeeting) first = record (fixture, "o3", "2026-11-02T10:00:00Z", 30,
                                        "Weekly sync\nsecond line");
  g_autoptr(OooMeeting) second = record (fixture, "split", "2026-11-09T23:30:00Z", 20, "");
  g_autoptr(OooMeeting) live = run_live (fixture);
  g_autoptr(OooMeeting) moved = NULL;
  g_autoptr(OooMeeting) cancelled = NULL;
  g_autoptr(OooMeeting) running = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GError) error = NULL;
  OooMeetingSummary *summary;

  moved = ooo_meetings_reschedule (meetings (fixture), fixture->ana, "2026-11-23",
                                   "2026-11-25", &error);
  g_assert_no_error (error);
  g_assert_cmpint (ooo_meeting_get_status (moved), ==, OOO_MEETING_STATUS_RESCHEDULED);
  cancelled = ooo_meetings_cancel (meetings (fixture), fixture->ana, "2026-11-30",
                                   "  Off sick  ", &error);
  g_assert_no_error (error);
  g_assert_cmpint (ooo_meeting_get_status (cancelled), ==, OOO_MEETING_STATUS_CANCELLED);
  /* The one running now is not history yet. */
  running = g_object_ref (ooo_meetings_start (meetings (fixture), fixture->ana,
                                              builtin (fixture, "o3"), &error));
  g_assert_no_error (error);

  history = history_of (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 5);

  summary = summary_at (history, 0);
  g_assert_cmpstr (ooo_meeting_summary_get_uuid (summary), ==,
                   ooo_meeting_get_uuid (cancelled));
  g_assert_cmpint (ooo_meeting_summary_get_status (summary), ==, OOO_MEETING_STATUS_CANCELLED);
  g_assert_cmpstr (ooo_meeting_summary_get_date (summary), ==, "2026-11-30");
  g_assert_cmpstr (ooo_meeting_summary_get_cancel_reason (summary), ==, "Off sick");
  g_assert_null (ooo_meeting_summary_get_rescheduled_to (summary));
  g_assert_cmpint (ooo_meeting_summary_get_started_at (summary), ==, 0);
  g_assert_cmpint (ooo_meeting_summary_get_length (summary), ==, 0);
  g_assert_cmpfloat (ooo_meeting_summary_get_their_share (summary), ==, -1);
  g_assert_cmpstr (ooo_meeting_summary_get_first_line (summary), ==, "");

  summary = summary_at (history, 1);
  g_assert_cmpint (ooo_meeting_summary_get_status (summary), ==, OOO_MEETING_STATUS_RESCHEDULED);
  g_assert_cmpstr (ooo_meeting_summary_get_date (summary), ==, "2026-11-23");
  g_assert_cmpstr (ooo_meeting_summary_get_rescheduled_to (summary), ==, "2026-11-25");
  g_assert_cmpstr (ooo_meeting_summary_get_cancel_reason (summary), ==, "");

  summary = summary_at (history, 2);
  g_assert_cmpint (ooo_meeting_summary_get_id (summary), ==, ooo_meeting_get_id (live));
  g_assert_cmpint (ooo_meeting_summary_get_status (summary), ==, OOO_MEETING_STATUS_HELD);
  g_assert_cmpstr (ooo_meeting_summary_get_date (summary), ==, "2026-11-16");
  g_assert_cmpint (ooo_meeting_summary_get_length (summary), ==, 30 * 60);
  /* (20 + 5 / 2) / 30, the same rule as the meeting's own figure. */
  g_assert_cmpfloat_with_epsilon (ooo_meeting_summary_get_their_share (summary), 0.75, 1e-9);
  g_assert_cmpfloat_with_epsilon (ooo_meeting_summary_get_their_share (summary),
                                  ooo_meeting_get_their_share (live), 1e-9);
  g_assert_cmpstr (ooo_meeting_summary_get_first_line (summary), ==, "Budget talk");
  g_assert_cmpstr (ooo_meeting_summary_get_template_name (summary), ==, "O3 (Manager Tools)");

  /* Late in the evening, in Lisbon (on UTC in November): still the 9th. */
  summary = summary_at (history, 3);
  g_assert_cmpint (ooo_meeting_summary_get_id (summary), ==, ooo_meeting_get_id (second));
  g_assert_cmpstr (ooo_meeting_summary_get_date (summary), ==, "2026-11-09");
  g_assert_cmpint (ooo_meeting_summary_get_length (summary), ==, 20 * 60);
  g_assert_cmpfloat_with_epsilon (ooo_meeting_summary_get_their_share (summary), 0.5, 1e-9);
  g_assert_cmpstr (ooo_meeting_summary_get_first_line (summary), ==, "");

  summary = summary_at (history, 4);
  g_assert_cmpint (ooo_meeting_summary_get_id (summary), ==, ooo_meeting_get_id (first));
  g_assert_cmpstr (ooo_meeting_summary_get_date (summary), ==, "2026-11-02");
  /* O3: 10 theirs, 10 mine, 10 shared. */
  g_assert_cmpfloat_with_epsilon (ooo_meeting_summary_get_their_share (summary), 0.5, 1e-9);
  g_assert_cmpstr (ooo_meeting_summary_get_first_line (summary), ==, "Weekly sync");

  /* Properties say the same as the getters. */
  {
    g_autofree char *date = NULL;
    double share;

    g_object_get (summary, "date", &date, "their-share", &share, NULL);
    g_assert_cmpstr (date, ==, "2026-11-02");
    g_assert_cmpfloat_with_epsilon (share, 0.5, 1e-9);
  }
}

static void
test_history_date_in_their_zone (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(OooPerson) changes = ooo_person_copy (fixture->ana);
  g_autoptr(OooMeeting) meeting = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GError) error = NULL;

  /* 22:00 UTC on 9 November is 11:00 on the 10th in Auckland. */
  ooo_person_set_time_zone (changes, "Pacific/Auckland");
  g_assert_true (ooo_people_update (ooo_session_get_people (fixture->session), fixture->ana,
                                    changes, &error));
  g_assert_no_error (error);
  meeting = record (fixture, "o3", "2026-11-09T22:00:00Z", 30, "x");

  history = history_of (fixture);
  g_assert_cmpstr (ooo_meeting_summary_get_date (summary_at (history, 0)), ==, "2026-11-10");
}

static void
test_first_line (void)
{
  const struct { const char *notes; const char *line; } cases[] = {
    { "", "" },
    { "\n \t\n", "" },
    { "One", "One" },
    { "\n\n  Two words  \nThree", "Two words" },
    { "\r\nWindows line\r\nnext", "Windows line" },
  };

  g_autoptr(GString) long_line = g_string_new (NULL);
  g_autofree char *shortened = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *unbroken = NULL;
  g_autofree char *no_spaces = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
    g_autofree char *line = ooo_history_first_line (cases[i].notes);

    g_assert_cmpstr (line, ==, cases[i].line);
  }

  /* A long line is cut after a whole word, and the cut is shown. */
  while (long_line->len < 1000)
    g_string_append (long_line, "Équipe réunie ");
  shortened = ooo_history_first_line (long_line->str);
  g_assert_true (g_utf8_validate (shortened, -1, NULL));
  g_assert_cmpint (g_utf8_strlen (shortened, -1), <=, OOO_HISTORY_FIRST_LINE_MAX + 1);
  g_assert_cmpint (g_utf8_strlen (shortened, -1), >, OOO_HISTORY_FIRST_LINE_MAX / 2);
  g_assert_true (g_str_has_suffix (shortened, "e…"));
  prefix = g_strndup (shortened, strlen (shortened) - strlen ("…"));
  g_assert_true (g_str_has_prefix (long_line->str, prefix));

  /* Without a space to cut at, it is cut between characters, never inside one. */
  no_spaces = g_strnfill (400, 'x');
  unbroken = ooo_history_first_line (no_spaces);
  g_assert_cmpint (g_utf8_strlen (unbroken, -1), ==, OOO_HISTORY_FIRST_LINE_MAX + 1);

  /* A line exactly at the limit stays whole. */
  no_spaces[OOO_HISTORY_FIRST_LINE_MAX] = '\0';
  g_free (unbroken);
  unbroken = ooo_history_first_line (no_spaces);
  g_assert_cmpstr (unbroken, ==, no_spaces);
}

static void
assert_refused (OooMeeting *meeting,
                GError     *error,
                const char *words)
{
  g_assert_null (meeting);
  g_assert_error (error, OOO_MEETINGS_ERROR, OOO_MEETINGS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, words));
}

static void
test_reschedule_and_cancel_validation (Fixture       *fixture,
                                       gconstpointer  data)
{
  OooMeetings *all = meetings (fixture);
  g_autoptr(OooMeeting) same_day = NULL;
  g_autoptr(GListModel) history = NULL;

  {
    g_autoptr(GError) error = NULL;
    OooMeeting *refused = ooo_meetings_reschedule (all, fixture->ana, "2026-11-23",
                                                   "2026-11-22", &error);

    assert_refused (refused, error, "before the day");
  }
  {
    g_autoptr(GError) error = NULL;
    OooMeeting *refused = ooo_meetings_reschedule (all, fixture->ana, "2026-11-23",
                                                   "next week", &error);

    assert_refused (refused, error, "is not a date");
  }
  {
    g_autoptr(GError) error = NULL;
    OooMeeting *refused = ooo_meetings_reschedule (all, fixture->ana, "2026-02-30",
                                                   "2026-03-02", &error);

    assert_refused (refused, error, "is not a date");
  }
  {
    g_autoptr(GError) error = NULL;
    OooMeeting *refused = ooo_meetings_cancel (all, fixture->ana, NULL, "x", &error);

    assert_refused (refused, error, "is not a date");
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GString) long_reason = g_string_new (NULL);
    OooMeeting *refused;

    for (guint i = 0; i < 2001; i++)
      g_string_append (long_reason, "é");
    refused = ooo_meetings_cancel (all, fixture->ana, "2026-11-23", long_reason->str, &error);
    assert_refused (refused, error, "too long");
  }
  {
    g_autoptr(GError) error = NULL;

    /* The same day is not before it. */
    same_day = ooo_meetings_reschedule (all, fixture->ana, "2026-11-23", "2026-11-23", &error);
    g_assert_no_error (error);
  }

  history = history_of (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 1);
}

static void
test_load_past (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(OooMeeting) first = record (fixture, "o3", "2026-11-02T10:00:00Z", 30,
                                        "Weekly sync\nsecond line");
  g_autoptr(OooMeeting) cancelled = NULL;
  g_autoptr(OooMeeting) opened = NULL;
  g_autoptr(OooMeeting) running = NULL;
  g_autoptr(OooMeeting) same = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GError) error = NULL;
  OooTimer *timer;

  cancelled = ooo_meetings_cancel (meetings (fixture), fixture->ana, "2026-11-09", "", &error);
  g_assert_no_error (error);

  /* After a restart, so nothing is cached in memory. */
  close_session (fixture);
  open_session (fixture);

  opened = ooo_meetings_load_past (meetings (fixture), ooo_meeting_get_uuid (first), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ooo_meeting_get_id (opened), ==, ooo_meeting_get_id (first));
  g_assert_cmpint (ooo_meeting_get_status (opened), ==, OOO_MEETING_STATUS_HELD);
  g_assert_cmpint (ooo_meeting_get_started_at (opened), ==, unix_of ("2026-11-02T10:00:00Z"));
  g_assert_cmpint (ooo_meeting_get_ended_at (opened), ==, unix_of ("2026-11-02T10:30:00Z"));
  g_assert_cmpuint (ooo_meeting_get_n_segments (opened), ==, 3);
  g_assert_cmpstr (ooo_meeting_get_segment (opened, 0)->notes, ==, "Weekly sync\nsecond line");
  timer = ooo_meeting_get_timer (opened);
  g_assert_cmpint (ooo_timer_get_state (timer), ==, OOO_TIMER_STATE_FINISHED);
  g_assert_cmpint (ooo_timer_get_total_elapsed (timer), ==, MINUTES (30));
  g_assert_cmpfloat_with_epsilon (ooo_meeting_get_their_share (opened), 0.5, 1e-9);
  /* Opening it starts nothing. */
  g_assert_null (ooo_meetings_get_in_progress (meetings (fixture), fixture->ana));

  /* Editable: the notes go to the same row. */
  g_assert_true (ooo_meetings_save_notes (meetings (fixture), opened, 0, "Changed\nlater",
                                          &error));
  g_assert_no_error (error);
  g_assert_true (ooo_meetings_save_private_notes (meetings (fixture), opened, "only mine",
                                                  &error));
  g_assert_no_error (error);
  history = history_of (fixture);
  g_assert_cmpstr (ooo_meeting_summary_get_first_line (summary_at (history, 1)), ==, "Changed");
  g_clear_object (&opened);
  opened = ooo_meetings_load_past (meetings (fixture), ooo_meeting_get_uuid (first), &error);
  g_assert_cmpstr (ooo_meeting_get_private_notes (opened), ==, "only mine");

  /* A cancelled one has nothing to open; an unknown one is not found. */
  g_assert_null (ooo_meetings_load_past (meetings (fixture), ooo_meeting_get_uuid (cancelled),
                                         &error));
  g_assert_error (error, OOO_MEETINGS_ERROR, OOO_MEETINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (ooo_meetings_load_past (meetings (fixture),
                                         "00000000-0000-4000-8000-000000000000", &error));
  g_assert_error (error, OOO_STORE_ERROR, OOO_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The running one is the very object the meeting view has. */
  running = g_object_ref (ooo_meetings_start (meetings (fixture), fixture->ana,
                                              builtin (fixture, "o3"), &error));
  g_assert_no_error (error);
  same = ooo_meetings_load_past (meetings (fixture), ooo_meeting_get_uuid (running), &error);
  g_assert_no_error (error);
  g_assert_true (same == running);
}

static void
count_recorded (OooMeetings *all,
                OooMeeting  *meeting,
                GPtrArray   *recorded)
{
  g_ptr_array_add (recorded, g_object_ref (meeting));
}

/* What is due next changes with each 1:1 that enters the history without
 * running, and the window hears of it at once. */
static void
test_recorded_signal (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) recorded = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(OooMeeting) held = NULL;
  g_autoptr(OooMeeting) moved = NULL;
  g_autoptr(OooMeeting) cancelled = NULL;
  g_autoptr(GError) error = NULL;

  g_signal_connect (meetings (fixture), "recorded", G_CALLBACK (count_recorded), recorded);

  held = record (fixture, "o3", "2026-11-02T10:00:00Z", 30, "Away from the desk");
  g_assert_cmpuint (recorded->len, ==, 1);
  g_assert_true (recorded->pdata[0] == held);

  moved = ooo_meetings_reschedule (meetings (fixture), fixture->ana, "2026-11-09", "2026-11-10",
                                   &error);
  g_assert_no_error (error);
  cancelled = ooo_meetings_cancel (meetings (fixture), fixture->ana, "2026-11-16", "Off sick",
                                   &error);
  g_assert_no_error (error);
  g_assert_cmpuint (recorded->len, ==, 3);
  g_assert_true (recorded->pdata[1] == moved);
  g_assert_true (recorded->pdata[2] == cancelled);

  /* Refused: nothing stored, nothing said. */
  g_assert_null (ooo_meetings_reschedule (meetings (fixture), fixture->ana, "2026-11-23",
                                          "2026-11-20", &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (recorded->len, ==, 3);

  g_signal_handlers_disconnect_by_func (meetings (fixture), count_recorded, recorded);
}

/* The list knows at once which meetings there are; a meeting's details
 * are read when its row is first asked for, and kept. One whose details
 * cannot be read by then (here: deleted in between) still says its day and
 * what became of it, with nothing made up and no uuid to open it by. */
static void
test_history_reads_details_when_asked (Fixture       *fixture,
                                       gconstpointer  data)
{
  g_autoptr(OooMeeting) older = record (fixture, "o3", "2026-11-02T10:00:00Z", 30,
                                        "Talked about the offsite");
  g_autoptr(OooMeeting) newer = record (fixture, "o3", "2026-11-09T10:00:00Z", 20,
                                        "Promotion case");
  g_autoptr(GListModel) history = history_of (fixture);
  g_autofree char *sql = g_strdup_printf ("DELETE FROM meeting WHERE uuid = '%s'",
                                          ooo_meeting_get_uuid (older));
  OooMeetingSummary *summary;

  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 2);
  g_assert_null (g_list_model_get_item (history, 2));

  summary = summary_at (history, 0);
  g_assert_cmpstr (ooo_meeting_summary_get_first_line (summary), ==, "Promotion case");
  g_assert_true (summary_at (history, 0) == summary);

  g_assert_cmpint (sqlite3_exec (ooo_store_get_db (fixture->store), sql, NULL, NULL, NULL),
                   ==, SQLITE_OK);
  {
    /* Not kept: the next ask tries again. */
    g_autoptr(OooMeetingSummary) unread = g_list_model_get_item (history, 1);
    g_autoptr(OooMeetingSummary) again = g_list_model_get_item (history, 1);

    g_assert_true (unread != again);
    g_assert_cmpstr (ooo_meeting_summary_get_date (unread), ==, "2026-11-02");
    g_assert_cmpint (ooo_meeting_summary_get_status (unread), ==, OOO_MEETING_STATUS_HELD);
    g_assert_null (ooo_meeting_summary_get_uuid (unread));
    g_assert_cmpstr (ooo_meeting_summary_get_first_line (unread), ==, "");
    g_assert_cmpint (ooo_meeting_summary_get_length (unread), ==, 0);
    g_assert_cmpfloat (ooo_meeting_summary_get_their_share (unread), ==, -1);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/history/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("order-and-summaries", test_history_order_and_summaries);
  ADD ("date-in-their-zone", test_history_date_in_their_zone);
  ADD ("reads-details-when-asked", test_history_reads_details_when_asked);
  ADD ("reschedule-and-cancel-validation", test_reschedule_and_cancel_validation);
  ADD ("load-past", test_load_past);
  ADD ("recorded-signal", test_recorded_signal);
#undef ADD
  g_test_add_func ("/history/first-line", test_first_line);

  return g_test_run ();
}
