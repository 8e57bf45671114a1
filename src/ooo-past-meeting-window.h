/* ooo-past-meeting-window.h — a 1:1 of the history, opened again: how it
 * went, and its notes and action items, editable with the timer off
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ooo-session.h"

G_BEGIN_DECLS

#define OOO_TYPE_PAST_MEETING_WINDOW (ooo_past_meeting_window_get_type ())
G_DECLARE_FINAL_TYPE (OooPastMeetingWindow, ooo_past_meeting_window, OOO, PAST_MEETING_WINDOW,
                      AdwWindow)

/* Opens the meeting with @meeting_uuid. The caller makes it transient for
 * the main window, which it is then modal to. A meeting that cannot be
 * opened (gone, not held, or still in progress) says so in the window. */
GtkWindow  *ooo_past_meeting_window_new         (OooSession           *session,
                                                 const char           *meeting_uuid);
/* The meeting shown; NULL when it could not be opened. */
OooMeeting *ooo_past_meeting_window_get_meeting (OooPastMeetingWindow *self);
/* The Markdown recap the Copy Recap button puts on the clipboard. */
char       *ooo_past_meeting_window_dup_recap   (OooPastMeetingWindow *self);

G_END_DECLS
