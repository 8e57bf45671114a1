/* ooo-past-meeting-dialog.h — records a 1:1 held away from the desk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ooo-session.h"

G_BEGIN_DECLS

#define OOO_TYPE_PAST_MEETING_DIALOG (ooo_past_meeting_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OooPastMeetingDialog, ooo_past_meeting_dialog, OOO, PAST_MEETING_DIALOG,
                      AdwWindow)

/* signal "recorded" (OooMeeting *meeting): stored, with its action items;
 * the dialog then closes. */
OooPastMeetingDialog *ooo_past_meeting_dialog_new (OooSession *session,
                                                   OooPerson  *person);

G_END_DECLS
