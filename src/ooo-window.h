/* ooo-window.h — the main window: the people sidebar and the person's page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ooo-alerts.h"
#include "ooo-session.h"

G_BEGIN_DECLS

#define OOO_TYPE_WINDOW (ooo_window_get_type ())
G_DECLARE_FINAL_TYPE (OooWindow, ooo_window, OOO, WINDOW, AdwApplicationWindow)

OooWindow *ooo_window_new             (AdwApplication *application,
                                       OooSession     *session);
OooSession *ooo_window_get_session    (OooWindow      *self);
OooPeople *ooo_window_get_people      (OooWindow      *self);
OooPerson *ooo_window_get_selected    (OooWindow      *self);
OooAlerts *ooo_window_get_alerts      (OooWindow      *self);
void       ooo_window_select_person   (OooWindow      *self,
                                       OooPerson      *person);
void       ooo_window_show_error      (OooWindow      *self,
                                       const char     *message);
void       ooo_window_show_toast      (OooWindow      *self,
                                       const char     *message);
void       ooo_window_show_storage_problem  (OooWindow  *self,
                                             const char *message);
void       ooo_window_clear_storage_problem (OooWindow  *self,
                                             const char *message);
const char *ooo_window_get_storage_problem  (OooWindow  *self);

G_END_DECLS
