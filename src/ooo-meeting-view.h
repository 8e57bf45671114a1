/* ooo-meeting-view.h — the running 1:1: the current segment, its time and
 * prompts, and the whole agenda as a bar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ooo-notes-pane.h"

G_BEGIN_DECLS

#define OOO_TYPE_MEETING_VIEW (ooo_meeting_view_get_type ())
G_DECLARE_FINAL_TYPE (OooMeetingView, ooo_meeting_view, OOO, MEETING_VIEW, GtkWidget)

OooMeeting *ooo_meeting_view_get_meeting  (OooMeetingView *self);
void        ooo_meeting_view_set_meeting  (OooMeetingView *self,
                                           OooMeeting     *meeting);
void        ooo_meeting_view_show_summary (OooMeetingView *self);
gboolean    ooo_meeting_view_is_ticking   (OooMeetingView *self);
void        ooo_meeting_view_set_session  (OooMeetingView *self,
                                           OooSession     *session);
OooNotesPane *ooo_meeting_view_get_notes  (OooMeetingView *self);
void        ooo_meeting_view_focus_new_action (OooMeetingView *self);

G_END_DECLS
