/* ooo-templates-window.h — the manager's agenda templates: browse, edit, share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ooo-templates.h"

G_BEGIN_DECLS

#define OOO_TYPE_TEMPLATES_WINDOW (ooo_templates_window_get_type ())
G_DECLARE_FINAL_TYPE (OooTemplatesWindow, ooo_templates_window, OOO, TEMPLATES_WINDOW, AdwWindow)

OooTemplatesWindow *ooo_templates_window_new (OooTemplates *templates);

G_END_DECLS
