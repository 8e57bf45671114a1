/* ooo-session.h — everything the manager has, opened once and shared by
 * the windows that show it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ooo-clock.h"
#include "ooo-follow-ups.h"
#include "ooo-meetings.h"
#include "ooo-people.h"
#include "ooo-store.h"
#include "ooo-templates.h"

G_BEGIN_DECLS

#define OOO_TYPE_SESSION (ooo_session_get_type ())
G_DECLARE_FINAL_TYPE (OooSession, ooo_session, OOO, SESSION, GObject)

OooSession   *ooo_session_new           (OooStore    *store,
                                         OooClock    *clock);
gboolean      ooo_session_load          (OooSession  *self,
                                         GError     **error);
OooStore     *ooo_session_get_store     (OooSession  *self);
OooPeople    *ooo_session_get_people    (OooSession  *self);
OooTemplates *ooo_session_get_templates (OooSession  *self);
OooMeetings  *ooo_session_get_meetings  (OooSession  *self);
OooFollowUps *ooo_session_get_follow_ups (OooSession *self);
OooTemplate  *ooo_session_agenda_for    (OooSession  *self,
                                         OooPerson   *person);

G_END_DECLS
