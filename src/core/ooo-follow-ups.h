/* ooo-follow-ups.h — keeps action items, talking points and reminders in
 * the store, and says which come back in a person's next 1:1
 *
 * Lists are returned as new GListModels (snapshots, in a stable order);
 * after any change the service emits "changed" with the person's id, and
 * whoever shows a list asks for it again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ooo-follow-up.h"
#include "ooo-store.h"

G_BEGIN_DECLS

#define OOO_FOLLOW_UPS_ERROR (ooo_follow_ups_error_quark ())

typedef enum {
  OOO_FOLLOW_UPS_ERROR_INVALID,   /* empty text, a date that is not one, … */
} OooFollowUpsError;

#define OOO_TYPE_FOLLOW_UPS (ooo_follow_ups_get_type ())
G_DECLARE_FINAL_TYPE (OooFollowUps, ooo_follow_ups, OOO, FOLLOW_UPS, GObject)

/* signal "changed" (gint64 person_id): something of this person's changed. */

GQuark        ooo_follow_ups_error_quark          (void);
OooFollowUps *ooo_follow_ups_new                  (OooStore        *store);

/* Action items. @meeting_id 0: not agreed in a meeting. @due_on NULL (or "")
 * for none, or 'YYYY-MM-DD'. Text is trimmed; empty text, more than 2000
 * characters or a date that is not one are refused with
 * OOO_FOLLOW_UPS_ERROR_INVALID; a changed or ticked item that is no longer
 * in the file gives OOO_STORE_ERROR_NOT_FOUND. */
OooActionItem *ooo_follow_ups_add_action          (OooFollowUps    *self,
                                                   gint64           person_id,
                                                   gint64           meeting_id,
                                                   const char      *text,
                                                   OooSide          owner,
                                                   const char      *due_on,
                                                   GError         **error);
gboolean      ooo_follow_ups_update_action        (OooFollowUps    *self,
                                                   OooActionItem   *item,
                                                   const char      *text,
                                                   OooSide          owner,
                                                   const char      *due_on,
                                                   GError         **error);
/* Ticks an item off (or back on); @meeting_id: the meeting it was ticked in,
 * or 0. */
gboolean      ooo_follow_ups_set_action_done      (OooFollowUps    *self,
                                                   OooActionItem   *item,
                                                   gboolean         done,
                                                   gint64           meeting_id,
                                                   GError         **error);
gboolean      ooo_follow_ups_delete_action        (OooFollowUps    *self,
                                                   OooActionItem   *item,
                                                   GError         **error);
/* Every open item of the person, oldest first. */
GListModel   *ooo_follow_ups_list_open_actions    (OooFollowUps    *self,
                                                   gint64           person_id);
/* "Open from last time": open items agreed before @meeting_id (in earlier
 * meetings or outside any), plus those ticked off in @meeting_id itself, so
 * the manager can see and undo what they just ticked. Oldest first. */
GListModel   *ooo_follow_ups_list_carried_actions (OooFollowUps    *self,
                                                   gint64           person_id,
                                                   gint64           meeting_id);
/* The items agreed in @meeting_id, in the order they were added. */
GListModel   *ooo_follow_ups_list_meeting_actions (OooFollowUps    *self,
                                                   gint64           meeting_id);
void          ooo_follow_ups_count_meeting_actions (OooFollowUps   *self,
                                                   gint64           meeting_id,
                                                   guint           *theirs,
                                                   guint           *mine);

/* Talking points. */
OooTalkingPoint *ooo_follow_ups_add_talking_point (OooFollowUps    *self,
                                                   gint64           person_id,
                                                   const char      *text,
                                                   OooSide          raised_by,
                                                   GError         **error);
gboolean      ooo_follow_ups_update_talking_point (OooFollowUps    *self,
                                                   OooTalkingPoint *point,
                                                   const char      *text,
                                                   OooSide          raised_by,
                                                   GError         **error);
/* Ticks a point as discussed in @meeting_id, or (FALSE) puts it back in the
 * queue. */
gboolean      ooo_follow_ups_set_discussed        (OooFollowUps    *self,
                                                   OooTalkingPoint *point,
                                                   gboolean         discussed,
                                                   gint64           meeting_id,
                                                   GError         **error);
gboolean      ooo_follow_ups_delete_talking_point (OooFollowUps    *self,
                                                   OooTalkingPoint *point,
                                                   GError         **error);
/* Pending points, oldest first. */
GListModel   *ooo_follow_ups_list_pending_points  (OooFollowUps    *self,
                                                   gint64           person_id);
/* What a meeting shows for one side: the points pending, plus those
 * discussed in @meeting_id (ticked), oldest first. */
GListModel   *ooo_follow_ups_list_meeting_points  (OooFollowUps    *self,
                                                   gint64           person_id,
                                                   gint64           meeting_id,
                                                   OooSide          raised_by);

/* Reminders ("ask about"). @remind_on 'YYYY-MM-DD', required. */
OooReminder  *ooo_follow_ups_add_reminder         (OooFollowUps    *self,
                                                   gint64           person_id,
                                                   const char      *text,
                                                   const char      *remind_on,
                                                   GError         **error);
gboolean      ooo_follow_ups_set_reminder_done    (OooFollowUps    *self,
                                                   OooReminder     *reminder,
                                                   gboolean         done,
                                                   GError         **error);
gboolean      ooo_follow_ups_delete_reminder      (OooFollowUps    *self,
                                                   OooReminder     *reminder,
                                                   GError         **error);
/* Open reminders, soonest first. */
GListModel   *ooo_follow_ups_list_open_reminders  (OooFollowUps    *self,
                                                   gint64           person_id);
/* Open reminders due on or before @today ('YYYY-MM-DD'), soonest first:
 * what the first segment of a meeting shows. */
GListModel   *ooo_follow_ups_list_due_reminders   (OooFollowUps    *self,
                                                   gint64           person_id,
                                                   const char      *today);

G_END_DECLS
