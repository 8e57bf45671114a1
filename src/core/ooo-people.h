/* ooo-people.h — everyone the manager meets, kept in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ooo-clock.h"
#include "ooo-person.h"
#include "ooo-store.h"

G_BEGIN_DECLS

#define OOO_PEOPLE_ERROR (ooo_people_error_quark ())

typedef enum {
  OOO_PEOPLE_ERROR_INVALID,
} OooPeopleError;

#define OOO_TYPE_PEOPLE (ooo_people_get_type ())
G_DECLARE_FINAL_TYPE (OooPeople, ooo_people, OOO, PEOPLE, GObject)

GQuark      ooo_people_error_quark     (void);

OooPeople  *ooo_people_new             (OooStore   *store);
gboolean    ooo_people_load            (OooPeople  *self,
                                        GError    **error);
OooStore   *ooo_people_get_store       (OooPeople  *self);
void        ooo_people_set_clock       (OooPeople  *self,
                                        OooClock   *clock);
OooPerson  *ooo_people_find_by_uuid    (OooPeople  *self,
                                        const char *uuid);

gboolean    ooo_people_validate        (OooPerson  *person,
                                        GError    **error);
gboolean    ooo_people_parse_team_size (const char *text,
                                        int        *team_size,
                                        GError    **error);
gboolean    ooo_people_add             (OooPeople  *self,
                                        OooPerson  *person,
                                        GError    **error);
gboolean    ooo_people_update          (OooPeople  *self,
                                        OooPerson  *person,
                                        OooPerson  *changes,
                                        GError    **error);
gboolean    ooo_people_save_personal_notes (OooPeople  *self,
                                            OooPerson  *person,
                                            const char *text,
                                            GError    **error);
gboolean    ooo_people_set_archived    (OooPeople  *self,
                                        OooPerson  *person,
                                        gboolean    archived,
                                        GError    **error);
gboolean    ooo_people_delete          (OooPeople  *self,
                                        OooPerson  *person,
                                        GError    **error);
gint64      ooo_people_count_meetings  (OooPeople  *self,
                                        OooPerson  *person,
                                        GError    **error);

G_END_DECLS
