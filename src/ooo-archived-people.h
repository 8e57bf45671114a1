/* ooo-archived-people.h — people the manager no longer meets, restorable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ooo-people.h"

G_BEGIN_DECLS

#define OOO_TYPE_ARCHIVED_PEOPLE (ooo_archived_people_get_type ())
G_DECLARE_FINAL_TYPE (OooArchivedPeople, ooo_archived_people, OOO, ARCHIVED_PEOPLE, AdwWindow)

OooArchivedPeople *ooo_archived_people_new (OooPeople *people);

G_END_DECLS
