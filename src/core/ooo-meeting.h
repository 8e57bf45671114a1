/* ooo-meeting.h — one one-on-one: its agenda, as copied from a template
 * when it started, and the timer that keeps it on track
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "ooo-template.h"
#include "ooo-timer.h"

G_BEGIN_DECLS

/* Nicks are stored in the database: never rename one. */
typedef enum {
  OOO_MEETING_STATUS_IN_PROGRESS,
  OOO_MEETING_STATUS_HELD,
  OOO_MEETING_STATUS_RESCHEDULED,
  OOO_MEETING_STATUS_CANCELLED,
} OooMeetingStatus;

typedef struct {
  gint64           id;
  char            *uuid;
  char            *title;
  OooSegmentOwner  owner;
  char            *prompts;
  gint64           planned_seconds;
  char            *notes;
} OooMeetingSegment;

#define OOO_TYPE_MEETING (ooo_meeting_get_type ())
G_DECLARE_FINAL_TYPE (OooMeeting, ooo_meeting, OOO, MEETING, GObject)

OooMeeting              *ooo_meeting_new                (gint64            person_id,
                                                         const char       *template_name,
                                                         GPtrArray        *segments);
gint64                   ooo_meeting_get_id             (OooMeeting       *self);
void                     ooo_meeting_set_id             (OooMeeting       *self,
                                                         gint64            id);
const char              *ooo_meeting_get_uuid           (OooMeeting       *self);
void                     ooo_meeting_set_uuid           (OooMeeting       *self,
                                                         const char       *uuid);
gint64                   ooo_meeting_get_person_id      (OooMeeting       *self);
const char              *ooo_meeting_get_template_name  (OooMeeting       *self);
OooMeetingStatus         ooo_meeting_get_status         (OooMeeting       *self);
void                     ooo_meeting_set_status         (OooMeeting       *self,
                                                         OooMeetingStatus  status);
gint64                   ooo_meeting_get_started_at     (OooMeeting       *self);
void                     ooo_meeting_set_started_at     (OooMeeting       *self,
                                                         gint64            unix_seconds);
gint64                   ooo_meeting_get_ended_at       (OooMeeting       *self);
void                     ooo_meeting_set_ended_at       (OooMeeting       *self,
                                                         gint64            unix_seconds);
guint                    ooo_meeting_get_n_segments     (OooMeeting       *self);
const OooMeetingSegment *ooo_meeting_get_segment        (OooMeeting       *self,
                                                         guint             position);
OooTimer                *ooo_meeting_get_timer          (OooMeeting       *self);
void                     ooo_meeting_set_timer          (OooMeeting       *self,
                                                         OooTimer         *timer);
double                   ooo_meeting_get_their_share    (OooMeeting       *self);
const char              *ooo_meeting_get_private_notes  (OooMeeting       *self);
void                     ooo_meeting_set_private_notes  (OooMeeting       *self,
                                                         const char       *notes);
void                     ooo_meeting_set_segment_notes  (OooMeeting       *self,
                                                         guint             position,
                                                         const char       *notes);

OooMeetingSegment       *ooo_meeting_segment_new        (const char       *title,
                                                         OooSegmentOwner   owner,
                                                         const char       *prompts,
                                                         gint64            planned_seconds);
void                     ooo_meeting_segment_free       (OooMeetingSegment *segment);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OooMeetingSegment, ooo_meeting_segment_free)

G_END_DECLS
