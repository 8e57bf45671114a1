/* ooo-history.h — a person's past 1:1s, newest first, as the person page
 * lists them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ooo-meeting.h"
#include "ooo-person.h"
#include "ooo-store.h"

G_BEGIN_DECLS

#define OOO_TYPE_MEETING_SUMMARY (ooo_meeting_summary_get_type ())
G_DECLARE_FINAL_TYPE (OooMeetingSummary, ooo_meeting_summary, OOO, MEETING_SUMMARY, GObject)

/* Read-only properties:
 *   "id" gint64, "uuid" string: open it with ooo_meetings_load_past();
 *   "status" OooMeetingStatus: held, rescheduled or cancelled;
 *   "date" string 'YYYY-MM-DD' in the person's zone: the day it was held,
 *     or, for a rescheduled or cancelled one, the day it was due;
 *   "started-at" gint64 Unix seconds, 0 when it was not held;
 *   "length" gint64: seconds spent in its segments;
 *   "their-share" double 0–1: the report's part of that time (their
 *     segments whole, shared ones half, as ooo_meeting_get_their_share()),
 *     -1 when no time was recorded;
 *   "first-line" string: the first non-empty line of its notes, segments in
 *     order; "" when none;
 *   "rescheduled-to" string 'YYYY-MM-DD' or NULL;
 *   "cancel-reason" string, "" when none;
 *   "template-name" string: the agenda it ran on. */
gint64            ooo_meeting_summary_get_id             (OooMeetingSummary *self);
const char       *ooo_meeting_summary_get_uuid           (OooMeetingSummary *self);
OooMeetingStatus  ooo_meeting_summary_get_status         (OooMeetingSummary *self);
const char       *ooo_meeting_summary_get_date           (OooMeetingSummary *self);
gint64            ooo_meeting_summary_get_started_at     (OooMeetingSummary *self);
gint64            ooo_meeting_summary_get_length         (OooMeetingSummary *self);
double            ooo_meeting_summary_get_their_share    (OooMeetingSummary *self);
const char       *ooo_meeting_summary_get_first_line     (OooMeetingSummary *self);
const char       *ooo_meeting_summary_get_rescheduled_to (OooMeetingSummary *self);
const char       *ooo_meeting_summary_get_cancel_reason  (OooMeetingSummary *self);
const char       *ooo_meeting_summary_get_template_name  (OooMeetingSummary *self);

/* Every meeting of @person but the one in progress, newest first (by date,
 * then start, then the order they were stored in), as a new model of
 * OooMeetingSummary. Which meetings there are is read now; each one's
 * details when the model is first asked for it. NULL with @error set when
 * the store fails. */
GListModel       *ooo_history_list                       (OooStore          *store,
                                                          OooPerson         *person,
                                                          GError           **error);

/* A history row shows one line; text past this many characters would never
 * be seen, yet costs time to lay out at every switch to a person. */
#define OOO_HISTORY_FIRST_LINE_MAX 160

/* The first line of @notes with more than white space, trimmed, and cut
 * after a whole word with "…" when longer than OOO_HISTORY_FIRST_LINE_MAX
 * characters; "" if none. */
char             *ooo_history_first_line                 (const char        *notes);

G_END_DECLS
