/* ooo-personal-card.h — what the manager remembers about a person: free
 * notes, and what to ask them about
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ooo-session.h"

G_BEGIN_DECLS

#define OOO_TYPE_PERSONAL_CARD (ooo_personal_card_get_type ())
G_DECLARE_FINAL_TYPE (OooPersonalCard, ooo_personal_card, OOO, PERSONAL_CARD, GtkWidget)

void     ooo_personal_card_set_session (OooPersonalCard  *self,
                                        OooSession       *session);
/* Saves the notes being typed about the previous person first. */
void     ooo_personal_card_set_person  (OooPersonalCard  *self,
                                        OooPerson        *person);
/* Writes the notes now if they changed; FALSE with @error if they could
 * not be written (they stay pending). */
gboolean ooo_personal_card_flush       (OooPersonalCard  *self,
                                        GError          **error);

G_END_DECLS
