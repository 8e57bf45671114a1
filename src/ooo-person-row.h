/* ooo-person-row.h — one person in the sidebar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ooo-person.h"

G_BEGIN_DECLS

#define OOO_TYPE_PERSON_ROW (ooo_person_row_get_type ())
G_DECLARE_FINAL_TYPE (OooPersonRow, ooo_person_row, OOO, PERSON_ROW, GtkListBoxRow)

GtkWidget *ooo_person_row_new           (OooPerson    *person);
OooPerson *ooo_person_row_get_person    (OooPersonRow *self);
void       ooo_person_row_refresh_clock (OooPersonRow *self,
                                         GDateTime    *now);

G_END_DECLS
