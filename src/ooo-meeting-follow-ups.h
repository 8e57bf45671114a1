/* ooo-meeting-follow-ups.h — in a running 1:1: what is still open from
 * before, and the action items, talking points and reminders of now
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ooo-session.h"

G_BEGIN_DECLS

typedef enum {
  OOO_FOLLOW_UPS_VIEW_CARRIED,   /* "Open from last time" */
  OOO_FOLLOW_UPS_VIEW_AGENDA,    /* this part of the agenda and this meeting */
} OooFollowUpsView;

#define OOO_TYPE_MEETING_FOLLOW_UPS (ooo_meeting_follow_ups_get_type ())
G_DECLARE_FINAL_TYPE (OooMeetingFollowUps, ooo_meeting_follow_ups, OOO, MEETING_FOLLOW_UPS,
                      GtkWidget)

void ooo_meeting_follow_ups_setup       (OooMeetingFollowUps *self,
                                         OooSession          *session,
                                         OooFollowUpsView     view);
void ooo_meeting_follow_ups_set_meeting (OooMeetingFollowUps *self,
                                         OooMeeting          *meeting,
                                         guint                segment);
void ooo_meeting_follow_ups_focus_new_action (OooMeetingFollowUps *self);

G_END_DECLS
