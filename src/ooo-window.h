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
/* What the file refuses to store, each kind said apart. */
typedef enum {
  OOO_STORAGE_NOTES,
  OOO_STORAGE_TIMER,
  OOO_STORAGE_N_KINDS
} OooStorageKind;

void       ooo_window_show_storage_problem  (OooWindow      *self,
                                             OooStorageKind  kind,
                                             const char     *message);
void       ooo_window_clear_storage_problem (OooWindow      *self,
                                             OooStorageKind  kind,
                                             const char     *message);
const char *ooo_window_get_storage_problem  (OooWindow  *self);

G_END_DECLS
