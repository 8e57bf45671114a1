/* ooo-notes-pane.h — what the manager writes during a 1:1: notes for each
 * part of the agenda, private notes, and what carries over
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ooo-session.h"

G_BEGIN_DECLS

#define OOO_TYPE_NOTES_PANE (ooo_notes_pane_get_type ())
G_DECLARE_FINAL_TYPE (OooNotesPane, ooo_notes_pane, OOO, NOTES_PANE, GtkWidget)

void        ooo_notes_pane_set_session  (OooNotesPane *self,
                                         OooSession   *session);
void        ooo_notes_pane_set_meeting  (OooNotesPane *self,
                                         OooMeeting   *meeting);
guint       ooo_notes_pane_get_shown    (OooNotesPane *self);
GtkTextView *ooo_notes_pane_get_view    (OooNotesPane *self,
                                         guint         segment);
gboolean    ooo_notes_pane_flush        (OooNotesPane *self,
                                         GError      **error);
void        ooo_notes_pane_focus_new_action (OooNotesPane *self);
void        ooo_notes_pane_focus_notes  (OooNotesPane *self);

G_END_DECLS
