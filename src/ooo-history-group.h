/* ooo-history-group.h — a person's past 1:1s, newest first, on their page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ooo-session.h"

G_BEGIN_DECLS

/* How many of the newest meetings are listed before "Show All". */
#define OOO_HISTORY_GROUP_FIRST_ROWS 8

#define OOO_TYPE_HISTORY_GROUP (ooo_history_group_get_type ())
G_DECLARE_FINAL_TYPE (OooHistoryGroup, ooo_history_group, OOO, HISTORY_GROUP,
                      AdwPreferencesGroup)

void        ooo_history_group_set_session (OooHistoryGroup *self,
                                           OooSession      *session);
void        ooo_history_group_set_person  (OooHistoryGroup *self,
                                           OooPerson       *person);
/* Reads the history again, after a meeting was held, moved or cancelled. */
void        ooo_history_group_reload      (OooHistoryGroup *self);
/* Every meeting listed (OooMeetingSummary), shown or behind "Show All". */
GListModel *ooo_history_group_get_history (OooHistoryGroup *self);

G_END_DECLS
