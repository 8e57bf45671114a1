/* ooo-person-editor.h — the form that adds a person or edits one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ooo-session.h"

G_BEGIN_DECLS

#define OOO_TYPE_PERSON_EDITOR (ooo_person_editor_get_type ())
G_DECLARE_FINAL_TYPE (OooPersonEditor, ooo_person_editor, OOO, PERSON_EDITOR, AdwWindow)

OooPersonEditor *ooo_person_editor_new (OooSession *session,
                                        OooPerson  *person);

G_END_DECLS
