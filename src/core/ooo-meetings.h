/* ooo-meetings.h — starting, timing, resuming and ending one-on-ones
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ooo-clock.h"
#include "ooo-meeting.h"
#include "ooo-person.h"
#include "ooo-store.h"
#include "ooo-template.h"

G_BEGIN_DECLS

#define OOO_MEETINGS_ERROR (ooo_meetings_error_quark ())

typedef enum {
  OOO_MEETINGS_ERROR_ALREADY_RUNNING,
  OOO_MEETINGS_ERROR_INVALID,
} OooMeetingsError;

#define OOO_TYPE_MEETINGS (ooo_meetings_get_type ())
G_DECLARE_FINAL_TYPE (OooMeetings, ooo_meetings, OOO, MEETINGS, GObject)

GQuark       ooo_meetings_error_quark      (void);

OooMeetings *ooo_meetings_new              (OooStore     *store,
                                            OooClock     *clock);
OooClock    *ooo_meetings_get_clock        (OooMeetings  *self);
gboolean     ooo_meetings_load             (OooMeetings  *self,
                                            GError      **error);
OooMeeting  *ooo_meetings_get_in_progress  (OooMeetings  *self,
                                            OooPerson    *person);
GPtrArray   *ooo_meetings_list_in_progress (OooMeetings  *self);
OooMeeting  *ooo_meetings_start            (OooMeetings  *self,
                                            OooPerson    *person,
                                            OooTemplate  *agenda,
                                            GError      **error);
gboolean     ooo_meetings_save_timer       (OooMeetings  *self,
                                            OooMeeting   *meeting,
                                            GError      **error);
gboolean     ooo_meetings_get_timer_pending (OooMeetings *self,
                                            OooMeeting   *meeting);
gboolean     ooo_meetings_flush_timers     (OooMeetings  *self);
gboolean     ooo_meetings_end              (OooMeetings  *self,
                                            OooMeeting   *meeting,
                                            GError      **error);
gboolean     ooo_meetings_save_notes       (OooMeetings  *self,
                                            OooMeeting   *meeting,
                                            guint         segment,
                                            const char   *notes,
                                            GError      **error);
gboolean     ooo_meetings_save_private_notes (OooMeetings *self,
                                            OooMeeting   *meeting,
                                            const char   *notes,
                                            GError      **error);
OooMeeting  *ooo_meetings_record_past      (OooMeetings  *self,
                                            OooPerson    *person,
                                            OooTemplate  *agenda,
                                            gint64        held_at,
                                            guint         minutes,
                                            const char   *notes,
                                            GError      **error);

/* A due 1:1 moved to @new_date, or cancelled: each stores a meeting row
 * with that status (no segments), which stays in the history and counts in
 * the attendance (see ooo-attendance.c). @due_on is the date it was due,
 * as OooAttendance's next_due gives it; dates are 'YYYY-MM-DD'. A date that
 * is not one, or a new date before @due_on, gives OOO_MEETINGS_ERROR_INVALID
 * with a message for the manager. @reason may be empty. */
OooMeeting  *ooo_meetings_reschedule       (OooMeetings  *self,
                                            OooPerson    *person,
                                            const char   *due_on,
                                            const char   *new_date,
                                            GError      **error);
OooMeeting  *ooo_meetings_cancel           (OooMeetings  *self,
                                            OooPerson    *person,
                                            const char   *due_on,
                                            const char   *reason,
                                            GError      **error);
/* Opens a meeting of the history by its UUID, with its segments, notes and
 * the time spent in each, the timer finished: edit it with
 * ooo_meetings_save_notes() and ooo_meetings_save_private_notes(). The
 * meeting still running is returned as it is tracked. A rescheduled or
 * cancelled row gives OOO_MEETINGS_ERROR_INVALID; an unknown UUID
 * OOO_STORE_ERROR_NOT_FOUND. Returns a new reference. */
OooMeeting  *ooo_meetings_load_past        (OooMeetings  *self,
                                            const char   *uuid,
                                            GError      **error);

G_END_DECLS
