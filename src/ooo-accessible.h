/* ooo-accessible.h — names for controls that show only an icon
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void ooo_accessible_set_label           (GtkWidget  *widget,
                                         const char *label);
void ooo_accessible_label_from_tooltips (GtkWidget  *root);

G_END_DECLS
