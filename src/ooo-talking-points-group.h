/* ooo-talking-points-group.h — topics queued for the next 1:1, on the
 * person's page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ooo-session.h"

G_BEGIN_DECLS

#define OOO_TYPE_TALKING_POINTS_GROUP (ooo_talking_points_group_get_type ())
G_DECLARE_FINAL_TYPE (OooTalkingPointsGroup, ooo_talking_points_group, OOO,
                      TALKING_POINTS_GROUP, AdwPreferencesGroup)

void ooo_talking_points_group_set_session (OooTalkingPointsGroup *self,
                                           OooSession            *session);
void ooo_talking_points_group_set_person  (OooTalkingPointsGroup *self,
                                           OooPerson             *person);

G_END_DECLS
