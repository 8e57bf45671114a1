/* ooo-templates-private.h — what the parts of OooTemplates share
 *
 * The list, loading it and finding in it live in ooo-templates.c; adding,
 * updating, duplicating and deleting the manager's own templates in
 * ooo-templates-edit.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ooo-templates.h"

G_BEGIN_DECLS

/* The GListStore behind the list model: a change there is a change of the
 * model. */
GListStore *ooo_templates_get_list (OooTemplates  *self);
/* The list's order, for g_list_store_insert_sorted(): built-ins first, in
 * their table's order, then by name. */
int         ooo_templates_compare  (gconstpointer  a,
                                    gconstpointer  b,
                                    gpointer       user_data);

G_END_DECLS
