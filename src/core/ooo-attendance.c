/* ooo-attendance.c — when a person's next 1:1 is due, and whether the
 * manager turned up to the last ten
 *
 * "Turn up to your next ten 1:1s, and check back on your attendance for the
 * last ten." The rules, exactly as implemented below:
 *
 * Days. Every date is a calendar date in the person's time zone (an empty
 * or unknown zone: the manager's). A meeting's day is its started_at there.
 * Differences are counted in calendar days (Julian day numbers), never as
 * seconds / 86400, so month ends and daylight-saving changes are exact.
 * c is the cadence in days (7, 14 or 28); G is the grace, 1 day.
 *
 * Held days. Rows with status held or in-progress (the manager turned up)
 * count on their started_at day (a row without one, on its due_on);
 * several on one day are one held day.
 *
 * Decisions. A rescheduled row (due_on → rescheduled_to) or a cancelled row
 * (due_on) is a decision about an occurrence. A decision belongs to the
 * first occurrence, in order, whose date (+ G) is on or after its due_on;
 * if several belong to one, the newest (the last row given) wins. A
 * reschedule moves the occurrence to its new date, and decisions made
 * against that new date then belong to it too (a reschedule of a
 * reschedule).
 *
 * Occurrences. The first is due on the start date: the later of
 * reporting_since and the day the person was added (the app cannot know of
 * 1:1s held before it was told about them, so a report of five years is not
 * five years overdue on the day they are added), or the first held day if
 * that is earlier, so a history recorded afterwards counts. For the occurrence due
 * on D, in this order:
 *   1. Extras: after an occurrence held on P, a held day before
 *      P + ⌈c/2⌉ is an extra 1:1 of that same period. It counts nothing
 *      (two in one week count once), but, being a 1:1, it moves D to its
 *      day + c.
 *   2. Held: the next held day, if on or before D + G (early is fine) →
 *      HELD. The next occurrence is due on that day + c.
 *   3. Otherwise the decisions: rescheduled to E, and a held day in
 *      (D + G, E + G] → HELD LATE, and the next is due on that day + c.
 *   4. Otherwise cancelled → CANCELLED; the next is due on its date + c
 *      (the new date, if it had been moved first).
 *   5. Otherwise, when its date (E if rescheduled, else D) + G is before
 *      today → MISSED; the next is due on that date + c. A 1:1 held later
 *      counts for the next occurrence, early.
 *   6. Otherwise it is the open occurrence: the next due date. Stop.
 * A decision counts as soon as it is stored: a 1:1 cancelled ahead of its
 * date is a cancelled occurrence at once (unless it is held after all).
 *
 * Figures. The last ten are the last ten occurrences (1–5), newest first;
 * "N of the last ten held" counts held and held late. The streak counts
 * held and held late occurrences from the newest backwards, to the first
 * cancelled or missed one. Days since is today minus the last held day
 * (extras included); -1 when none. Due: OVERDUE when the newest
 * occurrences were missed (by today minus the first of those missed
 * dates: the 1:1 has been owed since then) or when the next due date has
 * passed (within its grace day); else TODAY when it is today; else
 * UPCOMING.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "ooo-attendance.h"
#include "ooo-time-zones.h"

#define GRACE OOO_ATTENDANCE_GRACE_DAYS

G_DEFINE_ENUM_TYPE (OooOccurrenceStatus, ooo_occurrence_status,
                    G_DEFINE_ENUM_VALUE (OOO_OCCURRENCE_HELD, "held"),
                    G_DEFINE_ENUM_VALUE (OOO_OCCURRENCE_HELD_LATE, "held-late"),
                    G_DEFINE_ENUM_VALUE (OOO_OCCURRENCE_CANCELLED, "cancelled"),
                    G_DEFINE_ENUM_VALUE (OOO_OCCURRENCE_MISSED, "missed"))

G_DEFINE_ENUM_TYPE (OooDueState, ooo_due_state,
                    G_DEFINE_ENUM_VALUE (OOO_DUE_UPCOMING, "upcoming"),
                    G_DEFINE_ENUM_VALUE (OOO_DUE_TODAY, "today"),
                    G_DEFINE_ENUM_VALUE (OOO_DUE_OVERDUE, "overdue"))

G_DEFINE_BOXED_TYPE (OooAttendance, ooo_attendance, ooo_attendance_copy, ooo_attendance_free)

/* A reschedule or a cancellation, on Julian days. */
typedef struct {
  gint64   due_on;
  gint64   new_date;   /* 0 for a cancellation */
  guint    order;      /* position in the rows: higher is newer */
} Decision;

/* The person's zone; an empty or unknown one is the manager's. */
GTimeZone *
ooo_attendance_zone (const char *time_zone)
{
  GTimeZone *zone = ooo_time_zones_lookup (time_zone);

  return zone != NULL ? zone : g_time_zone_new_local ();
}

/* Strict 'YYYY-MM-DD': what the store writes and the rules read. */
gboolean
ooo_attendance_parse_date (const char *text,
                           GDate      *date)
{
  int year, month, day;

  if (text == NULL || strlen (text) != 10)
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i == 4 || i == 7 ? text[i] != '-' : !g_ascii_isdigit (text[i]))
      return FALSE;

  year = atoi (text);
  month = atoi (text + 5);
  day = atoi (text + 8);
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  if (date != NULL) {
    g_date_clear (date, 1);
    g_date_set_dmy (date, day, month, year);
  }

  return TRUE;
}

char *
ooo_attendance_format_date (const GDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  if (!g_date_valid (date))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

void
ooo_attendance_local_date (gint64     unix_seconds,
                           GTimeZone *zone,
                           GDate     *date)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_seconds);
  g_autoptr(GDateTime) local = NULL;
  int year, month, day;

  g_date_clear (date, 1);
  if (utc == NULL)
    return;

  local = g_date_time_to_timezone (utc, zone);
  g_date_time_get_ymd (local, &year, &month, &day);
  g_date_set_dmy (date, day, month, year);
}

/* The Julian day of @unix_seconds where @epoch (the Unix epoch, in the
 * person's zone) is: GDateTime finds the zone's offset at that instant.
 * One object per meeting, for histories of hundreds. */
static gint64
local_julian (GDateTime *epoch,
              gint64     unix_seconds)
{
  g_autoptr(GDateTime) local = g_date_time_add_seconds (epoch, (gdouble) unix_seconds);
  int year, month, day;
  GDate date;

  if (local == NULL)
    return 0;

  /* GDateTime's years (1–9999) are all valid GDate ones. */
  g_date_time_get_ymd (local, &year, &month, &day);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

char *
ooo_attendance_start_date (const char *reporting_since,
                           gint64      created_at,
                           const char *time_zone)
{
  g_autoptr(GTimeZone) zone = NULL;
  GDate date, since;

  zone = ooo_attendance_zone (time_zone);
  ooo_attendance_local_date (created_at, zone, &date);

  if (ooo_attendance_parse_date (reporting_since, &since) &&
      (!g_date_valid (&date) || g_date_compare (&since, &date) > 0))
    return g_strdup (reporting_since);

  return ooo_attendance_format_date (&date);
}

static gint64
julian_of (const char *text)
{
  GDate date;

  return ooo_attendance_parse_date (text, &date) ? g_date_get_julian (&date) : 0;
}

static void
set_julian (GDate  *date,
            gint64  julian)
{
  g_date_clear (date, 1);
  if (julian >= 1 && julian <= G_MAXUINT32)
    g_date_set_julian (date, (guint32) julian);
}

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static int
compare_decisions (gconstpointer a,
                   gconstpointer b)
{
  const Decision *x = a;
  const Decision *y = b;

  if (x->due_on != y->due_on)
    return (x->due_on > y->due_on) - (x->due_on < y->due_on);

  return (x->order > y->order) - (x->order < y->order);
}

/* An occurrence while walking: Julian days, made GDates at the end. */
typedef struct {
  OooOccurrenceStatus status;
  gint64              due;
  gint64              date;
} Step;

/* The walk's running figures: O(1) memory however long the history. */
typedef struct {
  OooAttendance *result;
  Step           ring[OOO_ATTENDANCE_RECENT];
  guint          ring_start;   /* index of the oldest kept occurrence */
  guint          missed_run;   /* missed occurrences since the last other one */
  gint64         owed_since;
} Tally;

static void
tally_add (Tally               *tally,
           OooOccurrenceStatus  status,
           gint64               due,
           gint64               date)
{
  OooAttendance *result = tally->result;
  Step *slot;

  /* Kept oldest first in a ring while walking; reversed at the end. */
  if (result->n_recent < OOO_ATTENDANCE_RECENT) {
    slot = &tally->ring[result->n_recent++];
  } else {
    slot = &tally->ring[tally->ring_start];
    tally->ring_start = (tally->ring_start + 1) % OOO_ATTENDANCE_RECENT;
  }
  slot->status = status;
  slot->due = due;
  slot->date = date;

  result->n_occurrences++;
  if (status == OOO_OCCURRENCE_HELD || status == OOO_OCCURRENCE_HELD_LATE)
    result->streak++;
  else
    result->streak = 0;

  if (status == OOO_OCCURRENCE_MISSED) {
    if (tally->missed_run++ == 0)
      tally->owed_since = date;
  } else {
    tally->missed_run = 0;
  }
}

static void
tally_finish (Tally *tally)
{
  OooAttendance *result = tally->result;
  guint n = result->n_recent;

  for (guint i = 0; i < n; i++) {
    const Step *step = &tally->ring[(tally->ring_start + n - 1 - i) % n];

    result->recent[i].status = step->status;
    set_julian (&result->recent[i].due, step->due);
    set_julian (&result->recent[i].date, step->date);
  }

  result->n_held = 0;
  for (guint i = 0; i < n; i++)
    if (result->recent[i].status == OOO_OCCURRENCE_HELD ||
        result->recent[i].status == OOO_OCCURRENCE_HELD_LATE)
      result->n_held++;
}

/* Reads the rows into sorted held days and sorted decisions. */
static void
collect (const OooAttendanceRow *rows,
         guint                   n_rows,
         GTimeZone              *zone,
         GArray                 *held,
         GArray                 *decisions)
{
  g_autoptr(GDateTime) epoch_utc = g_date_time_new_from_unix_utc (0);
  g_autoptr(GDateTime) epoch = g_date_time_to_timezone (epoch_utc, zone);

  for (guint i = 0; i < n_rows; i++) {
    const OooAttendanceRow *row = &rows[i];
    Decision decision = { julian_of (row->due_on), 0, i };

    switch (row->status) {
    case OOO_MEETING_STATUS_HELD:
    case OOO_MEETING_STATUS_IN_PROGRESS:
      if (row->started_at != 0) {
        gint64 julian = local_julian (epoch, row->started_at);

        if (julian > 0)
          g_array_append_val (held, julian);
      } else if (decision.due_on > 0) {
        g_array_append_val (held, decision.due_on);
      }
      break;
    case OOO_MEETING_STATUS_RESCHEDULED:
      decision.new_date = julian_of (row->rescheduled_to);
      if (decision.due_on > 0 && decision.new_date > 0)
        g_array_append_val (decisions, decision);
      break;
    case OOO_MEETING_STATUS_CANCELLED:
      if (decision.due_on > 0)
        g_array_append_val (decisions, decision);
      break;
    default:
      break;
    }
  }

  g_array_sort (held, compare_int64);
  /* One held day however many meetings it had. */
  for (guint i = 1; i < held->len;) {
    if (g_array_index (held, gint64, i) == g_array_index (held, gint64, i - 1))
      g_array_remove_index (held, i);
    else
      i++;
  }
  g_array_sort (decisions, compare_decisions);
}

OooAttendance *
ooo_attendance_compute (OooCadence              cadence,
                        const char             *time_zone,
                        const char             *start_date,
                        const OooAttendanceRow *rows,
                        guint                   n_rows,
                        GDateTime              *now)
{
  g_autoptr(GTimeZone) zone = ooo_attendance_zone (time_zone);
  g_autoptr(GDateTime) local_now = NULL;
  g_autoptr(GArray) held = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) decisions = g_array_new (FALSE, FALSE, sizeof (Decision));
  OooAttendance *result = g_new0 (OooAttendance, 1);
  Tally tally = { result, { { 0 } }, 0, 0, 0 };
  const gint64 *days;
  const Decision *decided;
  gint64 c = cadence > 0 ? cadence : OOO_CADENCE_WEEKLY;
  gint64 today, due, window_open = G_MININT64;
  guint i = 0, k = 0;

  g_return_val_if_fail (now != NULL, result);
  g_return_val_if_fail (rows != NULL || n_rows == 0, result);

  local_now = g_date_time_to_timezone (now, zone);
  {
    int year, month, day;

    g_date_time_get_ymd (local_now, &year, &month, &day);
    g_date_set_dmy (&result->today, day, month, year);
  }
  today = g_date_get_julian (&result->today);

  collect (rows, n_rows, zone, held, decisions);
  days = (const gint64 *) (gpointer) held->data;
  decided = (const Decision *) (gpointer) decisions->data;

  due = julian_of (start_date);
  if (due == 0)
    due = held->len > 0 ? days[0] : today;
  if (held->len > 0)
    due = MIN (due, days[0]);

  for (;;) {
    gint64 effective;
    gboolean rescheduled = FALSE;
    gboolean cancelled = FALSE;

    /* 1. Extras of the period just held. */
    while (i < held->len && days[i] < window_open)
      due = days[i++] + c;

    /* 2. Held on time, or early. */
    if (i < held->len && days[i] <= due + GRACE) {
      tally_add (&tally, OOO_OCCURRENCE_HELD, due, days[i]);
      /* Decisions about this occurrence no longer matter. */
      while (k < decisions->len && decided[k].due_on <= due + GRACE)
        k++;
      window_open = days[i] + (c + 1) / 2;
      due = days[i++] + c;
      continue;
    }

    /* The decisions that belong to it, following reschedules. */
    effective = due;
    for (;;) {
      const Decision *newest = NULL;

      for (; k < decisions->len && decided[k].due_on <= effective + GRACE; k++)
        if (newest == NULL || decided[k].order > newest->order)
          newest = &decided[k];
      if (newest == NULL)
        break;
      if (newest->new_date == 0) {
        cancelled = TRUE;
        break;
      }
      rescheduled = TRUE;
      effective = MAX (effective, newest->new_date);
    }

    /* 3. Held by its new date. */
    if (rescheduled && i < held->len && days[i] <= effective + GRACE) {
      tally_add (&tally, OOO_OCCURRENCE_HELD_LATE, due, days[i]);
      window_open = days[i] + (c + 1) / 2;
      due = days[i++] + c;
      continue;
    }

    /* 4. and 5. */
    if (cancelled || effective + GRACE < today) {
      tally_add (&tally, cancelled ? OOO_OCCURRENCE_CANCELLED : OOO_OCCURRENCE_MISSED,
                 due, effective);
      window_open = G_MININT64;
      due = effective + c;
      continue;
    }

    /* 6. The open occurrence. */
    set_julian (&result->next_due, effective);
    result->next_rescheduled = rescheduled;
    break;
  }

  tally_finish (&tally);

  result->days_since = -1;
  if (held->len > 0) {
    gint64 last = days[held->len - 1];

    set_julian (&result->last_held, last);
    result->days_since = (int) MAX (today - last, 0);
  }

  due = g_date_get_julian (&result->next_due);
  result->days_until = (int) (due - today);
  if (tally.missed_run > 0) {
    result->due_state = OOO_DUE_OVERDUE;
    result->overdue_days = (int) MAX (today - tally.owed_since, 1);
  } else if (due < today) {
    result->due_state = OOO_DUE_OVERDUE;
    result->overdue_days = (int) (today - due);
  } else {
    result->due_state = due == today ? OOO_DUE_TODAY : OOO_DUE_UPCOMING;
  }

  return result;
}

OooAttendance *
ooo_attendance_copy (const OooAttendance *self)
{
  return g_memdup2 (self, sizeof (OooAttendance));
}

void
ooo_attendance_free (OooAttendance *self)
{
  g_free (self);
}

/* Held (or held late) over counted, 0 to 1; 0 when nothing was counted. */
double
ooo_attendance_get_ratio (const OooAttendance *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_recent > 0 ? (double) self->n_held / self->n_recent : 0;
}

const char *
ooo_occurrence_status_to_label (OooOccurrenceStatus status)
{
  switch (status) {
  case OOO_OCCURRENCE_HELD_LATE:
    return _("Held late");
  case OOO_OCCURRENCE_CANCELLED:
    return _("Cancelled");
  case OOO_OCCURRENCE_MISSED:
    return _("Missed");
  case OOO_OCCURRENCE_HELD:
  default:
    return _("Held");
  }
}
