/* ooo-item-edit-button.h — the pencil beside a talking point or an action
 * item: a popover to correct its text and whose it is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ooo-follow-up.h"

G_BEGIN_DECLS

#define OOO_TYPE_ITEM_EDIT_BUTTON (ooo_item_edit_button_get_type ())
G_DECLARE_FINAL_TYPE (OooItemEditButton, ooo_item_edit_button, OOO, ITEM_EDIT_BUTTON, GtkWidget)

/* signal "save" (const char *text, OooSide side) → gboolean: the handler
 * stores the change and returns TRUE, or shows why not and returns FALSE
 * (the popover then stays open with what was typed). The action
 * "item.save" saves what the popover shows. */

/* @what names the item for screen readers: "Talking point". */
GtkWidget *ooo_item_edit_button_new      (const char        *what,
                                          const char        *them_tooltip,
                                          const char        *me_tooltip);
/* The popover's entry, with what it would show on opening; the popover is
 * built the first time it opens or this is called. */
GtkEditable *ooo_item_edit_button_get_editor (OooItemEditButton *self);
/* What the popover shows when it opens for the item @id. A draft typed
 * earlier for the same item stays; one typed for another item is dropped,
 * as a row shown for one item can be given to another. */
void       ooo_item_edit_button_set_item (OooItemEditButton *self,
                                          gint64             id,
                                          const char        *text,
                                          OooSide            side);

G_END_DECLS
