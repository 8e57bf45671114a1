/* ooo-action-items-group.h — every open action item of a person, on their
 * page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ooo-session.h"

G_BEGIN_DECLS

#define OOO_TYPE_ACTION_ITEMS_GROUP (ooo_action_items_group_get_type ())
G_DECLARE_FINAL_TYPE (OooActionItemsGroup, ooo_action_items_group, OOO, ACTION_ITEMS_GROUP,
                      AdwPreferencesGroup)

void ooo_action_items_group_set_session (OooActionItemsGroup *self,
                                         OooSession          *session);
void ooo_action_items_group_set_person  (OooActionItemsGroup *self,
                                         OooPerson           *person);

G_END_DECLS
