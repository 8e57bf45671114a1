/* ooo-reschedule-dialog.h — the questions asked before a due 1:1 is moved
 * or cancelled
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ooo-session.h"

G_BEGIN_DECLS

typedef enum {
  OOO_RESCHEDULE_DIALOG_MOVE,            /* asks for the new date */
  OOO_RESCHEDULE_DIALOG_CONFIRM_CANCEL,  /* offers to reschedule instead */
  OOO_RESCHEDULE_DIALOG_CANCEL_REASON,   /* asks why, before cancelling */
} OooRescheduleDialogKind;

/* The response IDs, as the "response" signal gives them. */
#define OOO_RESPONSE_CLOSE          "close"
#define OOO_RESPONSE_RESCHEDULE     "reschedule"
#define OOO_RESPONSE_CANCEL_MEETING "cancel-meeting"

/* Told what became of the question: @stored says whether a decision was
 * stored; @message says so (or why not) in words for the manager. */
typedef void (*OooDecidedFunc) (GObject    *owner,
                                gboolean    stored,
                                const char *message);

#define OOO_TYPE_RESCHEDULE_DIALOG (ooo_reschedule_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OooRescheduleDialog, ooo_reschedule_dialog, OOO, RESCHEDULE_DIALOG,
                      AdwMessageDialog)

/* Asks about the 1:1 of @person due on @due_on, and stores the answer in
 * @session when its response is given: confirming a cancellation asks the
 * next question in a dialog of its own. @today is today in the person's
 * zone (both dates 'YYYY-MM-DD'); a new date can be neither before @due_on
 * nor in the past. */
OooRescheduleDialog     *ooo_reschedule_dialog_new        (GtkWindow               *parent,
                                                           OooRescheduleDialogKind  kind,
                                                           OooSession              *session,
                                                           OooPerson               *person,
                                                           const char              *due_on,
                                                           const char              *today);
/* @func runs once a question is answered, while @owner lives, for this
 * dialog and the ones it leads to. */
void                     ooo_reschedule_dialog_set_decided_func
                                                          (OooRescheduleDialog     *self,
                                                           GObject                 *owner,
                                                           OooDecidedFunc           func);
OooRescheduleDialogKind  ooo_reschedule_dialog_get_kind   (OooRescheduleDialog     *self);
OooPerson               *ooo_reschedule_dialog_get_person (OooRescheduleDialog     *self);
const char              *ooo_reschedule_dialog_get_due_on (OooRescheduleDialog     *self);
const char              *ooo_reschedule_dialog_get_today  (OooRescheduleDialog     *self);
/* The new date chosen, 'YYYY-MM-DD'. */
const char              *ooo_reschedule_dialog_get_date   (OooRescheduleDialog     *self);
void                     ooo_reschedule_dialog_set_date   (OooRescheduleDialog     *self,
                                                           const char              *iso_date);
/* The reason typed, trimmed. */
char                    *ooo_reschedule_dialog_dup_reason (OooRescheduleDialog     *self);

G_END_DECLS
