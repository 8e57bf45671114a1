/* ooo-overview-page.h — everyone at a glance: how the 1:1s go with each
 * person, and whether the managers among them hold their own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ooo-overview.h"

G_BEGIN_DECLS

#define OOO_TYPE_OVERVIEW_PAGE (ooo_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (OooOverviewPage, ooo_overview_page, OOO, OVERVIEW_PAGE, AdwBin)

/* signal "person-activated" (OooPerson): the manager chose someone. */
GtkWidget *ooo_overview_page_new         (void);
/* Shows @figures (a model of OooPersonFigures, NULL for none); the rows are
 * built when the page is next on screen. */
void       ooo_overview_page_set_figures (OooOverviewPage *self,
                                          GListModel      *figures);
/* The person a row of the page shows. */
OooPerson *ooo_overview_page_row_person  (GtkWidget       *row);

G_END_DECLS
