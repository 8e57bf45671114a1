/* ooo-follow-up-private.h — setters for OooFollowUps only: the objects
 * change after their row did, never on their own; and what those setters
 * share, for the types' own files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ooo-follow-up.h"

G_BEGIN_DECLS

/* *@field becomes @value and @pspec is notified, unless it already was
 * @value (ooo-follow-up.c). */
void   ooo_follow_up_set_string (GObject     *object,
                                 char       **field,
                                 const char  *value,
                                 GParamSpec  *pspec);
void   ooo_follow_up_set_int64  (GObject     *object,
                                 gint64      *field,
                                 gint64       value,
                                 GParamSpec  *pspec);

void   ooo_action_item_set_id              (OooActionItem   *self,
                                            gint64           id);
void   ooo_action_item_set_uuid            (OooActionItem   *self,
                                            const char      *uuid);
void   ooo_action_item_set_person_id       (OooActionItem   *self,
                                            gint64           person_id);
void   ooo_action_item_set_meeting_id      (OooActionItem   *self,
                                            gint64           meeting_id);
void   ooo_action_item_set_text            (OooActionItem   *self,
                                            const char      *text);
void   ooo_action_item_set_owner           (OooActionItem   *self,
                                            OooSide          owner);
void   ooo_action_item_set_due_on          (OooActionItem   *self,
                                            const char      *due_on);
void   ooo_action_item_set_done_at         (OooActionItem   *self,
                                            gint64           done_at);
void   ooo_action_item_set_done_meeting_id (OooActionItem   *self,
                                            gint64           meeting_id);

void   ooo_talking_point_set_id                   (OooTalkingPoint *self,
                                                   gint64           id);
void   ooo_talking_point_set_uuid                 (OooTalkingPoint *self,
                                                   const char      *uuid);
void   ooo_talking_point_set_person_id            (OooTalkingPoint *self,
                                                   gint64           person_id);
void   ooo_talking_point_set_text                 (OooTalkingPoint *self,
                                                   const char      *text);
void   ooo_talking_point_set_raised_by            (OooTalkingPoint *self,
                                                   OooSide          raised_by);
void   ooo_talking_point_set_discussed_meeting_id (OooTalkingPoint *self,
                                                   gint64           meeting_id);
gint64 ooo_talking_point_get_discussed_at         (OooTalkingPoint *self);
void   ooo_talking_point_set_discussed_at         (OooTalkingPoint *self,
                                                   gint64           discussed_at);

void   ooo_reminder_set_id        (OooReminder *self,
                                   gint64       id);
void   ooo_reminder_set_uuid      (OooReminder *self,
                                   const char  *uuid);
void   ooo_reminder_set_person_id (OooReminder *self,
                                   gint64       person_id);
void   ooo_reminder_set_text      (OooReminder *self,
                                   const char  *text);
void   ooo_reminder_set_remind_on (OooReminder *self,
                                   const char  *remind_on);
gint64 ooo_reminder_get_done_at   (OooReminder *self);
void   ooo_reminder_set_done_at   (OooReminder *self,
                                   gint64       done_at);

G_END_DECLS
