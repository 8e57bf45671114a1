/* ooo-autosave.h — saves what is typed within a moment of each key
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Writes the pending text; FALSE with @error when it could not. */
typedef gboolean (*OooAutosaveFunc) (gpointer   user_data,
                                     GError   **error);

#define OOO_TYPE_AUTOSAVE (ooo_autosave_get_type ())
G_DECLARE_FINAL_TYPE (OooAutosave, ooo_autosave, OOO, AUTOSAVE, GObject)

OooAutosave *ooo_autosave_new          (guint            delay_ms,
                                        OooAutosaveFunc  save,
                                        gpointer         user_data,
                                        GDestroyNotify   destroy);
void         ooo_autosave_schedule     (OooAutosave     *self);
gboolean     ooo_autosave_flush        (OooAutosave     *self,
                                        GError         **error);
gboolean     ooo_autosave_get_pending  (OooAutosave     *self);
gboolean     ooo_autosave_get_failing  (OooAutosave     *self);
guint        ooo_autosave_get_n_saves  (OooAutosave     *self);

G_END_DECLS
