/* ooo-recap.h — a meeting's recap in Markdown, to send to the report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ooo-follow-up.h"
#include "ooo-meeting.h"

G_BEGIN_DECLS

char *ooo_recap_markdown (OooMeeting *meeting,
                          const char *person_name,
                          GListModel *actions);

G_END_DECLS
