/* ooo-person-row.h — one person in the sidebar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ooo-overview.h"
#include "ooo-person.h"

G_BEGIN_DECLS

#define OOO_TYPE_PERSON_ROW (ooo_person_row_get_type ())
G_DECLARE_FINAL_TYPE (OooPersonRow, ooo_person_row, OOO, PERSON_ROW, GtkListBoxRow)

GtkWidget *ooo_person_row_new           (OooPerson    *person);
OooPerson *ooo_person_row_get_person    (OooPersonRow *self);
void       ooo_person_row_refresh_clock (OooPersonRow *self,
                                         GDateTime    *now);
void       ooo_person_row_set_due       (OooPersonRow     *self,
                                         OooPersonFigures *figures,
                                         gboolean          in_meeting);
/* What the row says is due; NULL before the figures are known. */
const char *ooo_person_row_get_due_text (OooPersonRow     *self);
char       *ooo_person_row_format_due   (OooPersonFigures *figures,
                                         gboolean         *overdue);

G_END_DECLS
