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

G_END_DECLS
