/* ooo-application.h — the application: one store, one window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OOO_TYPE_APPLICATION (ooo_application_get_type ())
G_DECLARE_FINAL_TYPE (OooApplication, ooo_application, OOO, APPLICATION, AdwApplication)

OooApplication *ooo_application_new (void);

G_END_DECLS
