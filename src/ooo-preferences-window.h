/* ooo-preferences-window.h — how the meeting timer alerts the manager
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OOO_TYPE_PREFERENCES_WINDOW (ooo_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (OooPreferencesWindow, ooo_preferences_window, OOO, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

OooPreferencesWindow *ooo_preferences_window_new (GSettings *settings);

G_END_DECLS
