/* ooo-follow-up.h — what carries over from one 1:1 to the next: action
 * items, talking points queued for next time, and "ask about" reminders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Whose it is: the report's or the manager's. The nicks ("them", "me") are
 * stored and exported: never rename one. */
typedef enum {
  OOO_SIDE_THEM,
  OOO_SIDE_ME,
} OooSide;

const char *ooo_side_to_label (OooSide side);   /* "Them" / "Me", translated */

/* An action item: a promise made in a 1:1, open until it is done. */
#define OOO_TYPE_ACTION_ITEM (ooo_action_item_get_type ())
G_DECLARE_FINAL_TYPE (OooActionItem, ooo_action_item, OOO, ACTION_ITEM, GObject)

/* Properties (all G_PARAM_READWRITE | EXPLICIT_NOTIFY):
 *   "id" gint64, "uuid" string, "person-id" gint64,
 *   "meeting-id" gint64 (the meeting it was agreed in; 0: none),
 *   "text" string, "owner" OooSide,
 *   "due-on" string 'YYYY-MM-DD' or NULL,
 *   "done-at" gint64 Unix seconds, 0 while open,
 *   "done-meeting-id" gint64 (the meeting it was ticked off in; 0: none). */
gint64      ooo_action_item_get_id              (OooActionItem *self);
const char *ooo_action_item_get_uuid            (OooActionItem *self);
gint64      ooo_action_item_get_person_id       (OooActionItem *self);
gint64      ooo_action_item_get_meeting_id      (OooActionItem *self);
const char *ooo_action_item_get_text            (OooActionItem *self);
OooSide     ooo_action_item_get_owner           (OooActionItem *self);
const char *ooo_action_item_get_due_on          (OooActionItem *self);
gint64      ooo_action_item_get_done_at         (OooActionItem *self);
gboolean    ooo_action_item_is_done             (OooActionItem *self);
gint64      ooo_action_item_get_done_meeting_id (OooActionItem *self);

/* A topic queued for the next 1:1, raised by one side; it comes back until
 * it is ticked as discussed in a meeting. */
#define OOO_TYPE_TALKING_POINT (ooo_talking_point_get_type ())
G_DECLARE_FINAL_TYPE (OooTalkingPoint, ooo_talking_point, OOO, TALKING_POINT, GObject)

/* Properties: "id", "uuid", "person-id", "text", "raised-by" OooSide,
 *   "discussed-meeting-id" gint64 (0 while pending), "discussed-at" gint64. */
gint64      ooo_talking_point_get_id                   (OooTalkingPoint *self);
const char *ooo_talking_point_get_uuid                 (OooTalkingPoint *self);
gint64      ooo_talking_point_get_person_id            (OooTalkingPoint *self);
const char *ooo_talking_point_get_text                 (OooTalkingPoint *self);
OooSide     ooo_talking_point_get_raised_by            (OooTalkingPoint *self);
gint64      ooo_talking_point_get_discussed_meeting_id (OooTalkingPoint *self);
gboolean    ooo_talking_point_is_pending               (OooTalkingPoint *self);

/* "Ask how the move went", on 10 December: part of the personal card. */
#define OOO_TYPE_REMINDER (ooo_reminder_get_type ())
G_DECLARE_FINAL_TYPE (OooReminder, ooo_reminder, OOO, REMINDER, GObject)

/* Properties: "id", "uuid", "person-id", "text", "remind-on" 'YYYY-MM-DD',
 *   "done-at" gint64 (0 while open). */
gint64      ooo_reminder_get_id        (OooReminder *self);
const char *ooo_reminder_get_uuid      (OooReminder *self);
gint64      ooo_reminder_get_person_id (OooReminder *self);
const char *ooo_reminder_get_text      (OooReminder *self);
const char *ooo_reminder_get_remind_on (OooReminder *self);
gboolean    ooo_reminder_is_done       (OooReminder *self);

G_END_DECLS
