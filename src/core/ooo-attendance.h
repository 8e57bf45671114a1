/* ooo-attendance.h — when a person's next 1:1 is due, and whether the
 * manager turned up to the last ten
 *
 * Pure functions: the rows and "now" come in, nothing reads the clock or the
 * database. The rules are spelled out at the top of ooo-attendance.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "ooo-meeting.h"
#include "ooo-person.h"

G_BEGIN_DECLS

/* How many occurrences "the last ten" looks back over. */
#define OOO_ATTENDANCE_RECENT     10
/* A 1:1 held the day after it was due is still on time. */
#define OOO_ATTENDANCE_GRACE_DAYS 1

/* What became of one 1:1 the cadence asked for. Nicks are stable. */
typedef enum {
  OOO_OCCURRENCE_HELD,
  OOO_OCCURRENCE_HELD_LATE,    /* rescheduled, then held by its new date */
  OOO_OCCURRENCE_CANCELLED,
  OOO_OCCURRENCE_MISSED,
} OooOccurrenceStatus;

/* The next 1:1, as the sidebar says it. */
typedef enum {
  OOO_DUE_UPCOMING,
  OOO_DUE_TODAY,
  OOO_DUE_OVERDUE,
} OooDueState;

#define OOO_TYPE_OCCURRENCE_STATUS (ooo_occurrence_status_get_type ())
#define OOO_TYPE_DUE_STATE         (ooo_due_state_get_type ())
#define OOO_TYPE_ATTENDANCE        (ooo_attendance_get_type ())

GType ooo_occurrence_status_get_type (void) G_GNUC_CONST;
GType ooo_due_state_get_type         (void) G_GNUC_CONST;
GType ooo_attendance_get_type        (void) G_GNUC_CONST;

/* One row of the meeting table, as the rules need it; strings are borrowed. */
typedef struct {
  OooMeetingStatus  status;
  gint64            started_at;      /* Unix seconds; 0: none */
  const char       *due_on;          /* 'YYYY-MM-DD' or NULL */
  const char       *rescheduled_to;  /* 'YYYY-MM-DD' or NULL */
} OooAttendanceRow;

typedef struct {
  OooOccurrenceStatus status;
  GDate               due;    /* the date the cadence asked for it */
  /* Held or held late: the day it was held. Cancelled or missed: the day it
   * was last due (its new date, when it had been rescheduled). */
  GDate               date;
} OooOccurrence;

/* All dates are calendar dates in the person's time zone. */
typedef struct {
  GDate          today;
  OooOccurrence  recent[OOO_ATTENDANCE_RECENT];   /* newest first */
  guint          n_recent;        /* at most OOO_ATTENDANCE_RECENT */
  guint          n_held;          /* held or held late, among recent: "N of the last n_recent" */
  guint          n_occurrences;   /* every occurrence so far */
  guint          streak;          /* held or held late in a row, newest backwards */
  int            days_since;      /* since the last 1:1 held; -1: never */
  GDate          last_held;       /* invalid when never */
  /* The open occurrence: the date to pass as due_on to
   * ooo_meetings_reschedule() or ooo_meetings_cancel(). */
  GDate          next_due;
  gboolean       next_rescheduled;   /* next_due is a new date */
  OooDueState    due_state;
  int            overdue_days;    /* > 0 when OOO_DUE_OVERDUE */
  int            days_until;      /* next_due − today */
} OooAttendance;

OooAttendance *ooo_attendance_compute       (OooCadence              cadence,
                                             const char             *time_zone,
                                             const char             *start_date,
                                             const OooAttendanceRow *rows,
                                             guint                   n_rows,
                                             GDateTime              *now);
OooAttendance *ooo_attendance_copy          (const OooAttendance    *self);
void           ooo_attendance_free          (OooAttendance          *self);
double         ooo_attendance_get_ratio     (const OooAttendance    *self);

/* The day attendance starts from: the later of @reporting_since and the day
 * the person was added (@created_at, Unix seconds) in their zone. */
char          *ooo_attendance_start_date    (const char             *reporting_since,
                                             gint64                  created_at,
                                             const char             *time_zone);

/* Calendar helpers shared by the history, the overview and the search. */
GTimeZone     *ooo_attendance_zone          (const char             *time_zone);
gboolean       ooo_attendance_parse_date    (const char             *text,
                                             GDate                  *date);
char          *ooo_attendance_format_date   (const GDate            *date);
void           ooo_attendance_local_date    (gint64                  unix_seconds,
                                             GTimeZone              *zone,
                                             GDate                  *date);

const char    *ooo_occurrence_status_to_label (OooOccurrenceStatus  status);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OooAttendance, ooo_attendance_free)

G_END_DECLS
