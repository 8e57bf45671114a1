/* ooo-alerts.h — the sound and the notification that keep a 1:1 on time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ooo-meeting.h"

G_BEGIN_DECLS

#define OOO_TYPE_ALERTS (ooo_alerts_get_type ())
G_DECLARE_FINAL_TYPE (OooAlerts, ooo_alerts, OOO, ALERTS, GObject)

OooAlerts  *ooo_alerts_new              (GSettings   *settings);
void        ooo_alerts_watch            (OooAlerts   *self,
                                         OooMeeting  *meeting,
                                         const char  *person_name);
const char *ooo_alerts_get_last_message (OooAlerts   *self);

G_END_DECLS
