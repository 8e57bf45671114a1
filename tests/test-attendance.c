/* test-attendance.c — the attendance rules with a fixed "now": cadences,
 * on time, early, late after a reschedule, cancelled, missed, extras,
 * streaks, days since, what is due, month ends and daylight-saving changes
 * in the report's zone while the manager's machine runs on UTC
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <time.h>

#include "ooo-attendance.h"

/* 'h' held at @a (ISO 8601 with its offset), 'p' in progress since @a,
 * 'r' due on @a rescheduled to @b, 'c' due on @a cancelled. */
typedef struct {
  char        kind;
  const char *a;
  const char *b;
} Row;

typedef struct {
  const char  *name;
  OooCadence   cadence;
  const char  *zone;
  const char  *start;
  Row          rows[20];
  const char  *now;
  /* Expected: statuses newest first (H held, L held late, C cancelled,
   * M missed), the same occurrences' dates ("" to skip), figures. */
  const char  *statuses;
  const char  *dates;
  guint        streak;
  int          days_since;
  const char  *next_due;
  OooDueState  due_state;
  int          overdue_days;
} Case;

#define W OOO_CADENCE_WEEKLY
#define B OOO_CADENCE_EVERY_TWO_WEEKS
#define F OOO_CADENCE_EVERY_FOUR_WEEKS
#define H(t) { 'h', t, NULL }
#define P(t) { 'p', t, NULL }
#define R(d, n) { 'r', d, n }
#define C(d) { 'c', d, NULL }

static const Case cases[] = {
  /* Weekly, on Mondays, in UTC. */
  { "weekly-on-time", W, "UTC", "2026-03-02",
    { H ("2026-03-02T10:00:00Z"), H ("2026-03-09T10:00:00Z"), H ("2026-03-16T10:00:00Z") },
    "2026-03-18T12:00:00Z", "HHH", "2026-03-16,2026-03-09,2026-03-02", 3, 2, "2026-03-23",
    OOO_DUE_UPCOMING, 0 },
  { "due-today", W, "UTC", "2026-03-02",
    { H ("2026-03-02T10:00:00Z"), H ("2026-03-09T10:00:00Z") },
    "2026-03-16T08:00:00Z", "HH", "", 2, 7, "2026-03-16", OOO_DUE_TODAY, 0 },
  { "grace-day-is-overdue-not-missed", W, "UTC", "2026-03-02",
    { H ("2026-03-02T10:00:00Z"), H ("2026-03-09T10:00:00Z") },
    "2026-03-17T08:00:00Z", "HH", "", 2, 8, "2026-03-16", OOO_DUE_OVERDUE, 1 },
  { "held-on-grace-day-counts", W, "UTC", "2026-03-02",
    { H ("2026-03-02T10:00:00Z"), H ("2026-03-10T10:00:00Z") },
    "2026-03-11T08:00:00Z", "HH", "2026-03-10,2026-03-02", 2, 1, "2026-03-17",
    OOO_DUE_UPCOMING, 0 },
  { "missed-after-grace", W, "UTC", "2026-03-02",
    { H ("2026-03-02T10:00:00Z"), H ("2026-03-09T10:00:00Z") },
    "2026-03-18T08:00:00Z", "MHH", "2026-03-16,,", 0, 9, "2026-03-23", OOO_DUE_OVERDUE, 2 },
  { "missed-twice-owed-since-first", W, "UTC", "2026-03-02",
    { H ("2026-03-02T10:00:00Z") },
    "2026-03-18T08:00:00Z", "MMH", "2026-03-16,2026-03-09,2026-03-02", 0, 16, "2026-03-23",
    OOO_DUE_OVERDUE, 9 },
  { "held-late-after-reschedule", W, "UTC", "2026-03-02",
    { H ("2026-03-02T10:00:00Z"), R ("2026-03-09", "2026-03-12"), H ("2026-03-12T10:00:00Z") },
    "2026-03-13T08:00:00Z", "LH", "2026-03-12,2026-03-02", 2, 1, "2026-03-19",
    OOO_DUE_UPCOMING, 0 },
  { "held-late-on-grace-of-new-date", W, "UTC", "2026-03-02",
    { H ("2026-03-02T10:00:00Z"), R ("2026-03-09", "2026-03-12"), H ("2026-03-13T10:00:00Z") },
    "2026-03-14T08:00:00Z", "LH", "2026-03-13,", 2, 1, "2026-03-20", OOO_DUE_UPCOMING, 0 },
  { "rescheduled-and-pending", W, "UTC", "2026-03-02",
    { H ("2026-03-02T10:00:00Z"), R ("2026-03-09", "2026-03-12") },
    "2026-03-10T08:00:00Z", "H", "", 1, 8, "2026-03-12", OOO_DUE_UPCOMING, 0 },
  { "rescheduled-then-missed", W, "UTC", "2026-03-02",
    { H ("2026-03-02T10:00:00Z"), R ("2026-03-09", "2026-03-12") },
    "2026-03-14T08:00:00Z", "MH", "2026-03-12,", 0, 12, "2026-03-19", OOO_DUE_OVERDUE, 2 },
  { "rescheduled-twice", W, "UTC", "2026-03-02",
    { H ("2026-03-02T10:00:00Z"), R ("2026-03-09", "2026-03-11"), R ("2026-03-11", "2026-03-13"),
      H ("2026-03-13T10:00:00Z") },
    "2026-03-14T08:00:00Z", "LH", "2026-03-13,", 2, 1, "2026-03-20", OOO_DUE_UPCOMING, 0 },
  { "rescheduled-again-from-first-date", W, "UTC", "2026-03-02",
    { H ("2026-03-02T10:00:00Z"), R ("2026-03-09", "2026-03-11"), R ("2026-03-09", "2026-03-13") },
    "2026-03-12T08:00:00Z", "H", "", 1, 10, "2026-03-13", OOO_DUE_UPCOMING, 0 },
  { "rescheduled-then-cancelled", W, "UTC", "2026-03-02",
    { H ("2026-03-02T10:00:00Z"), R ("2026-03-09", "2026-03-11"), C ("2026-03-11") },
    "2026-03-12T08:00:00Z", "CH", "2026-03-11,", 0, 10, "2026-03-18", OOO_DUE_UPCOMING, 0 },
  { "cancelled", W, "UTC", "2026-03-02",
    { H ("2026-03-02T10:00:00Z"), C ("2026-03-09") },
    "2026-03-10T08:00:00Z", "CH", "2026-03-09,", 0, 8, "2026-03-16", OOO_DUE_UPCOMING, 0 },
  { "cancelled-ahead-counts-now", W, "UTC", "2026-03-02",
    { H ("2026-03-02T10:00:00Z"), C ("2026-03-09") },
    "2026-03-04T08:00:00Z", "CH", "", 0, 2, "2026-03-16", OOO_DUE_UPCOMING, 0 },
  { "held-beats-cancel", W, "UTC", "2026-03-02",
    { H ("2026-03-02T10:00:00Z"), C ("2026-03-09"), H ("2026-03-09T15:00:00Z") },
    "2026-03-10T08:00:00Z", "HH", "", 2, 1, "2026-03-16", OOO_DUE_UPCOMING, 0 },
  { "held-after-cancel-counts-for-next", W, "UTC", "2026-03-02",
    { H ("2026-03-02T10:00:00Z"), C ("2026-03-09"), H ("2026-03-12T10:00:00Z") },
    "2026-03-13T08:00:00Z", "HCH", "2026-03-12,2026-03-09,2026-03-02", 1, 1, "2026-03-19",
    OOO_DUE_UPCOMING, 0 },
  /* Two in one week count once; the second still moves the next date. */
  { "two-in-one-week", W, "UTC", "2026-03-02",
    { H ("2026-03-02T10:00:00Z"), H ("2026-03-04T10:00:00Z"), H ("2026-03-09T10:00:00Z") },
    "2026-03-10T08:00:00Z", "HH", "2026-03-09,2026-03-02", 2, 1, "2026-03-16",
    OOO_DUE_UPCOMING, 0 },
  { "extra-moves-next-due", W, "UTC", "2026-03-02",
    { H ("2026-03-02T10:00:00Z"), H ("2026-03-04T10:00:00Z") },
    "2026-03-10T08:00:00Z", "H", "", 1, 6, "2026-03-11", OOO_DUE_UPCOMING, 0 },
  { "two-on-one-day", W, "UTC", "2026-03-02",
    { H ("2026-03-02T10:00:00Z"), H ("2026-03-02T16:00:00Z") },
    "2026-03-03T08:00:00Z", "H", "", 1, 1, "2026-03-09", OOO_DUE_UPCOMING, 0 },
  { "early-counts", W, "UTC", "2026-03-02",
    { H ("2026-03-02T10:00:00Z"), H ("2026-03-07T10:00:00Z") },
    "2026-03-08T08:00:00Z", "HH", "2026-03-07,2026-03-02", 2, 1, "2026-03-14",
    OOO_DUE_UPCOMING, 0 },
  { "late-without-reschedule-is-missed", W, "UTC", "2026-03-02",
    { H ("2026-03-02T10:00:00Z"), H ("2026-03-12T10:00:00Z") },
    "2026-03-13T08:00:00Z", "HMH", "2026-03-12,2026-03-09,2026-03-02", 1, 1, "2026-03-19",
    OOO_DUE_UPCOMING, 0 },
  { "in-progress-counts-as-held", W, "UTC", "2026-03-02",
    { H ("2026-03-02T10:00:00Z"), P ("2026-03-09T10:00:00Z") },
    "2026-03-09T10:20:00Z", "HH", "", 2, 0, "2026-03-16", OOO_DUE_UPCOMING, 0 },
  { "never-held", W, "UTC", "2026-03-02", { { 0 } },
    "2026-03-20T08:00:00Z", "MMM", "2026-03-16,2026-03-09,2026-03-02", 0, -1, "2026-03-23",
    OOO_DUE_OVERDUE, 18 },
  { "new-person-due-today", W, "UTC", "2026-03-02", { { 0 } },
    "2026-03-02T08:00:00Z", "", "", 0, -1, "2026-03-02", OOO_DUE_TODAY, 0 },
  { "start-ahead", B, "UTC", "2026-04-01", { { 0 } },
    "2026-03-20T08:00:00Z", "", "", 0, -1, "2026-04-01", OOO_DUE_UPCOMING, 0 },
  { "history-before-start-counts", W, "UTC", "2026-03-16",
    { H ("2026-03-02T10:00:00Z"), H ("2026-03-09T10:00:00Z") },
    "2026-03-10T08:00:00Z", "HH", "2026-03-09,2026-03-02", 2, 1, "2026-03-16",
    OOO_DUE_UPCOMING, 0 },
  /* Streak and the last ten: 14 weeks, week 2 missed, week 12 cancelled. */
  { "last-ten-and-streak", W, "UTC", "2026-01-05",
    { H ("2026-01-05T10:00:00Z"), H ("2026-01-19T10:00:00Z"), H ("2026-01-26T10:00:00Z"),
      H ("2026-02-02T10:00:00Z"), H ("2026-02-09T10:00:00Z"), H ("2026-02-16T10:00:00Z"),
      H ("2026-02-23T10:00:00Z"), H ("2026-03-02T10:00:00Z"), H ("2026-03-09T10:00:00Z"),
      H ("2026-03-16T10:00:00Z"), C ("2026-03-23"), H ("2026-03-30T10:00:00Z"),
      H ("2026-04-06T10:00:00Z") },
    "2026-04-07T08:00:00Z", "HHCHHHHHHH", "2026-04-06,2026-03-30,2026-03-23,,,,,,,2026-02-02",
    2, 1, "2026-04-13", OOO_DUE_UPCOMING, 0 },
  { "biweekly", B, "UTC", "2026-03-02",
    { H ("2026-03-02T10:00:00Z"), H ("2026-03-16T10:00:00Z"), H ("2026-03-30T10:00:00Z") },
    "2026-04-01T08:00:00Z", "HHH", "", 3, 2, "2026-04-13", OOO_DUE_UPCOMING, 0 },
  { "biweekly-extra-within-a-week", B, "UTC", "2026-03-02",
    { H ("2026-03-02T10:00:00Z"), H ("2026-03-06T10:00:00Z"), H ("2026-03-19T10:00:00Z") },
    "2026-03-20T08:00:00Z", "HH", "2026-03-19,2026-03-02", 2, 1, "2026-04-02",
    OOO_DUE_UPCOMING, 0 },
  { "biweekly-missed", B, "UTC", "2026-03-02",
    { H ("2026-03-02T10:00:00Z") },
    "2026-03-20T08:00:00Z", "MH", "2026-03-16,", 0, 18, "2026-03-30", OOO_DUE_OVERDUE, 4 },
  /* Month ends: Jan 31 + 28 days is Feb 28, then Mar 28. */
  { "four-weekly-across-february", F, "UTC", "2026-01-31",
    { H ("2026-01-31T10:00:00Z"), H ("2026-02-28T10:00:00Z") },
    "2026-03-01T08:00:00Z", "HH", "2026-02-28,2026-01-31", 2, 1, "2026-03-28",
    OOO_DUE_UPCOMING, 0 },
  { "four-weekly-leap-year", F, "UTC", "2028-02-01",
    { H ("2028-02-01T10:00:00Z"), H ("2028-02-29T10:00:00Z") },
    "2028-03-27T08:00:00Z", "HH", "2028-02-29,2028-02-01", 2, 27, "2028-03-28",
    OOO_DUE_UPCOMING, 0 },
  { "weekly-across-year-end", W, "UTC", "2026-12-28",
    { H ("2026-12-28T10:00:00Z") },
    "2027-01-04T08:00:00Z", "H", "", 1, 7, "2027-01-04", OOO_DUE_TODAY, 0 },
  { "days-since-across-month-end", F, "UTC", "2026-01-30",
    { H ("2026-01-30T10:00:00Z") },
    "2026-03-02T08:00:00Z", "MH", "2026-02-27,", 0, 31, "2026-03-27", OOO_DUE_OVERDUE, 3 },
  /* Berlin: summer time from Sunday 29 March 2026 02:00 (a 23-hour day). */
  { "berlin-spring-forward", W, "Europe/Berlin", "2026-03-23",
    { H ("2026-03-23T09:00:00+01:00"), H ("2026-03-30T09:00:00+02:00") },
    /* 00:30 in Berlin on Monday 6 April is still Sunday in UTC. */
    "2026-04-06T00:30:00+02:00", "HH", "2026-03-30,2026-03-23", 2, 7, "2026-04-06",
    OOO_DUE_TODAY, 0 },
  /* …and back on Sunday 25 October 2026 03:00 (a 25-hour day). */
  { "berlin-fall-back", W, "Europe/Berlin", "2026-10-19",
    { H ("2026-10-19T00:30:00+02:00"), H ("2026-10-26T00:30:00+01:00") },
    "2026-11-01T23:30:00+01:00", "HH", "2026-10-26,2026-10-19", 2, 6, "2026-11-02",
    OOO_DUE_UPCOMING, 0 },
  { "berlin-missed-across-change", W, "Europe/Berlin", "2026-10-19",
    { H ("2026-10-19T09:00:00+02:00") },
    "2026-10-28T00:10:00+01:00", "MH", "2026-10-26,", 0, 9, "2026-11-02",
    OOO_DUE_OVERDUE, 2 },
  /* New York: summer time from Sunday 8 March 2026; evening 1:1s fall on
   * the next day in UTC. */
  { "new-york-spring-forward", W, "America/New_York", "2026-03-02",
    { H ("2026-03-02T20:00:00-05:00"), H ("2026-03-09T20:00:00-04:00") },
    "2026-03-16T21:00:00-04:00", "HH", "2026-03-09,2026-03-02", 2, 7, "2026-03-16",
    OOO_DUE_TODAY, 0 },
  { "new-york-fall-back-grace", W, "America/New_York", "2026-10-26",
    { H ("2026-10-26T22:00:00-04:00") },
    "2026-11-03T22:30:00-05:00", "H", "", 1, 8, "2026-11-02", OOO_DUE_OVERDUE, 1 },
  /* Ahead of UTC: a Monday morning in Auckland is Sunday in UTC, and New
   * Zealand leaves summer time on Sunday 5 April 2026. */
  { "auckland-ahead-of-utc", W, "Pacific/Auckland", "2026-03-30",
    { H ("2026-03-30T09:00:00+13:00"), H ("2026-04-06T09:00:00+12:00") },
    "2026-04-13T08:00:00+12:00", "HH", "2026-04-06,2026-03-30", 2, 7, "2026-04-13",
    OOO_DUE_TODAY, 0 },
  { "tokyo-start-from-local-date", W, "Asia/Tokyo", "2026-03-02",
    { H ("2026-03-02T08:00:00+09:00") },
    "2026-03-09T07:00:00+09:00", "H", "2026-03-02", 1, 7, "2026-03-09", OOO_DUE_TODAY, 0 },
};

static gint64
unix_of (const char *iso)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (time);
  return g_date_time_to_unix (time);
}

static char *
statuses_of (const OooAttendance *attendance)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < attendance->n_recent; i++)
    g_string_append_c (text, "HLCM"[attendance->recent[i].status]);

  return g_string_free (text, FALSE);
}

static OooAttendance *
compute (const Case *c)
{
  OooAttendanceRow rows[G_N_ELEMENTS (c->rows)];
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (c->now, NULL);
  guint n = 0;

  g_assert_nonnull (now);
  for (; n < G_N_ELEMENTS (c->rows) && c->rows[n].kind != 0; n++) {
    const Row *row = &c->rows[n];

    memset (&rows[n], 0, sizeof rows[n]);
    switch (row->kind) {
    case 'h':
    case 'p':
      rows[n].status = row->kind == 'h' ? OOO_MEETING_STATUS_HELD
                                        : OOO_MEETING_STATUS_IN_PROGRESS;
      rows[n].started_at = unix_of (row->a);
      break;
    case 'r':
      rows[n].status = OOO_MEETING_STATUS_RESCHEDULED;
      rows[n].due_on = row->a;
      rows[n].rescheduled_to = row->b;
      break;
    case 'c':
      rows[n].status = OOO_MEETING_STATUS_CANCELLED;
      rows[n].due_on = row->a;
      break;
    default:
      g_assert_not_reached ();
    }
  }

  return ooo_attendance_compute (c->cadence, c->zone, c->start, rows, n, now);
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(OooAttendance) attendance = compute (c);
  g_autofree char *statuses = statuses_of (attendance);
  g_autofree char *next_due = ooo_attendance_format_date (&attendance->next_due);
  guint expected_held = 0;

  g_assert_cmpstr (statuses, ==, c->statuses);
  for (const char *s = c->statuses; *s; s++)
    expected_held += *s == 'H' || *s == 'L';
  g_assert_cmpuint (attendance->n_held, ==, expected_held);
  g_assert_cmpuint (attendance->streak, ==, c->streak);
  g_assert_cmpint (attendance->days_since, ==, c->days_since);
  g_assert_cmpstr (next_due, ==, c->next_due);
  g_assert_cmpint (attendance->due_state, ==, c->due_state);
  g_assert_cmpint (attendance->overdue_days, ==, c->overdue_days);

  if (*c->dates != '\0') {
    g_auto(GStrv) dates = g_strsplit (c->dates, ",", -1);

    g_assert_cmpuint (g_strv_length (dates), ==, attendance->n_recent);
    for (guint i = 0; dates[i] != NULL; i++) {
      g_autofree char *date = ooo_attendance_format_date (&attendance->recent[i].date);

      if (*dates[i] != '\0')
        g_assert_cmpstr (date, ==, dates[i]);
    }
  }
}

/* The next due date and days until agree with the calendar in the zone,
 * whatever the manager's own zone. */
static void
test_days_until (void)
{
  const Case *c = &cases[0];
  g_autoptr(OooAttendance) attendance = compute (c);

  g_assert_cmpint (attendance->days_until, ==, 5);
  g_assert_false (attendance->next_rescheduled);
  g_assert_cmpuint (attendance->n_occurrences, ==, 3);
  g_assert_cmpfloat (ooo_attendance_get_ratio (attendance), ==, 1.0);
}

static void
test_more_than_ten (void)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (OooAttendanceRow));
  g_autoptr(GDateTime) first = g_date_time_new_from_iso8601 ("2025-01-06T10:00:00Z", NULL);
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(OooAttendance) attendance = NULL;

  /* A year of Mondays, every fourth one missed. */
  for (guint week = 0; week < 52; week++) {
    g_autoptr(GDateTime) day = g_date_time_add_weeks (first, week);
    OooAttendanceRow row = { OOO_MEETING_STATUS_HELD, g_date_time_to_unix (day), NULL, NULL };

    if (week % 4 != 3)
      g_array_append_val (rows, row);
  }
  now = g_date_time_add_weeks (first, 52);

  attendance = ooo_attendance_compute (OOO_CADENCE_WEEKLY, "Europe/Berlin", "2025-01-06",
                                       (OooAttendanceRow *) (gpointer) rows->data, rows->len,
                                       now);
  g_assert_cmpuint (attendance->n_occurrences, ==, 52);
  g_assert_cmpuint (attendance->n_recent, ==, 10);
  /* Weeks 42 to 51: 43, 47 and 51 missed. */
  g_assert_cmpuint (attendance->n_held, ==, 7);
  g_assert_cmpint (attendance->recent[0].status, ==, OOO_OCCURRENCE_MISSED);
  g_assert_cmpuint (attendance->streak, ==, 0);
  g_assert_cmpint (attendance->due_state, ==, OOO_DUE_OVERDUE);
  g_assert_cmpint (attendance->overdue_days, ==, 7);
  g_assert_cmpint (attendance->days_since, ==, 14);
}

static void
test_dates (void)
{
  GDate date;
  g_autofree char *formatted = NULL;
  g_autofree char *from_reporting = NULL;
  g_autofree char *from_created = NULL;
  g_autofree char *from_added = NULL;
  g_autofree char *from_created_utc = NULL;

  g_assert_true (ooo_attendance_parse_date ("2028-02-29", &date));
  formatted = ooo_attendance_format_date (&date);
  g_assert_cmpstr (formatted, ==, "2028-02-29");
  g_assert_false (ooo_attendance_parse_date ("2026-02-29", NULL));
  g_assert_false (ooo_attendance_parse_date ("2026-3-01", NULL));
  g_assert_false (ooo_attendance_parse_date ("2026-03-01x", NULL));
  g_assert_false (ooo_attendance_parse_date ("tomorrow", NULL));
  g_assert_false (ooo_attendance_parse_date (" 202-03-01", NULL));
  g_assert_false (ooo_attendance_parse_date ("+202-03-01", NULL));
  g_assert_false (ooo_attendance_parse_date ("2026-00-10", NULL));
  g_assert_false (ooo_attendance_parse_date ("0000-01-01", NULL));
  g_assert_false (ooo_attendance_parse_date (NULL, NULL));

  /* Someone who starts after they were added: from the day they start. */
  from_reporting = ooo_attendance_start_date ("2026-09-01", 1772409600, "Asia/Tokyo");
  g_assert_cmpstr (from_reporting, ==, "2026-09-01");
  /* Someone reporting for years before they were added: from the day they
   * were added, 2 March in Tokyo; the app knows nothing of the years before. */
  from_added = ooo_attendance_start_date ("2025-09-01", 1772409600, "Asia/Tokyo");
  g_assert_cmpstr (from_added, ==, "2026-03-02");
  /* 2026-03-01 23:30 UTC is already 2 March in Tokyo. */
  from_created = ooo_attendance_start_date (NULL, unix_of ("2026-03-01T23:30:00Z"),
                                            "Asia/Tokyo");
  g_assert_cmpstr (from_created, ==, "2026-03-02");
  from_created_utc = ooo_attendance_start_date ("", unix_of ("2026-03-01T23:30:00Z"), "");
  g_assert_cmpstr (from_created_utc, ==, "2026-03-01");
}

static void
test_boxed (void)
{
  g_autoptr(OooAttendance) attendance = compute (&cases[0]);
  g_autoptr(OooAttendance) copy = g_boxed_copy (OOO_TYPE_ATTENDANCE, attendance);
  g_autoptr(GEnumClass) statuses = g_type_class_ref (OOO_TYPE_OCCURRENCE_STATUS);

  g_assert_cmpuint (copy->streak, ==, attendance->streak);
  g_assert_cmpstr (ooo_occurrence_status_to_label (OOO_OCCURRENCE_HELD_LATE), ==, "Held late");
  g_assert_true (G_TYPE_IS_ENUM (OOO_TYPE_DUE_STATE));
  g_assert_cmpstr (g_enum_get_value (statuses, OOO_OCCURRENCE_HELD_LATE)->value_nick, ==,
                   "held-late");
}

int
main (int   argc,
      char *argv[])
{
  /* The manager's machine runs on UTC; every report lives elsewhere. */
  g_setenv ("TZ", "UTC", TRUE);
  tzset ();
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
    g_autofree char *path = g_strdup_printf ("/attendance/%s", cases[i].name);

    g_test_add_data_func (path, &cases[i], test_case);
  }
  g_test_add_func ("/attendance/days-until", test_days_until);
  g_test_add_func ("/attendance/more-than-ten", test_more_than_ten);
  g_test_add_func ("/attendance/dates", test_dates);
  g_test_add_func ("/attendance/boxed", test_boxed);

  return g_test_run ();
}
