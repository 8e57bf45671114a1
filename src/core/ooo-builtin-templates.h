/* ooo-builtin-templates.h — the agenda templates the app comes with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ooo-store.h"

G_BEGIN_DECLS

guint    ooo_builtin_templates_rank   (const char  *key);
gboolean ooo_builtin_templates_ensure (OooStore    *store,
                                       GError     **error);

G_END_DECLS
