/* ooo-person-page.h — what the manager knows about one person
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ooo-session.h"

G_BEGIN_DECLS

#define OOO_TYPE_PERSON_PAGE (ooo_person_page_get_type ())
G_DECLARE_FINAL_TYPE (OooPersonPage, ooo_person_page, OOO, PERSON_PAGE, GtkWidget)

OooPerson *ooo_person_page_get_person    (OooPersonPage *self);
void       ooo_person_page_set_person    (OooPersonPage *self,
                                          OooPerson     *person);
void       ooo_person_page_refresh_clock (OooPersonPage *self,
                                          GDateTime     *now);
void       ooo_person_page_set_session   (OooPersonPage *self,
                                          OooSession    *session);
OooTemplate *ooo_person_page_get_agenda  (OooPersonPage *self);

G_END_DECLS
