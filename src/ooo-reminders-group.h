/* ooo-reminders-group.h — "ask about" reminders: what to ask a person, and
 * from which day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ooo-session.h"

G_BEGIN_DECLS

#define OOO_TYPE_REMINDERS_GROUP (ooo_reminders_group_get_type ())
G_DECLARE_FINAL_TYPE (OooRemindersGroup, ooo_reminders_group, OOO, REMINDERS_GROUP,
                      AdwPreferencesGroup)

void ooo_reminders_group_set_session (OooRemindersGroup *self,
                                      OooSession        *session);
void ooo_reminders_group_set_person  (OooRemindersGroup *self,
                                      OooPerson         *person);

G_END_DECLS
