/* ooo-follow-up.c — what carries over from one 1:1 to the next: action
 * items, talking points queued for next time, and "ask about" reminders
 *
 * Plain value objects: they know nothing of the database. OooFollowUps
 * writes a change to the store first and only then to the object, through
 * the setters in ooo-follow-up-private.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-enums.h"
#include "ooo-follow-up-private.h"

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

const char *
ooo_side_to_label (OooSide side)
{
  return side == OOO_SIDE_ME ? _("Me") : _("Them");
}

static void
set_string (GObject     *object,
            char       **field,
            const char  *value,
            GParamSpec  *pspec)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (object, pspec);
}

static void
set_int64 (GObject    *object,
           gint64     *field,
           gint64      value,
           GParamSpec *pspec)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (object, pspec);
}

/* Action items */

struct _OooActionItem
{
  GObject  parent_instance;

  gint64   id;
  char    *uuid;
  gint64   person_id;
  gint64   meeting_id;
  char    *text;
  OooSide  owner;
  char    *due_on;
  gint64   done_at;
  gint64   done_meeting_id;
};

G_DEFINE_TYPE (OooActionItem, ooo_action_item, G_TYPE_OBJECT)

enum {
  PROP_ACTION_0,
  PROP_ACTION_ID,
  PROP_ACTION_UUID,
  PROP_ACTION_PERSON_ID,
  PROP_ACTION_MEETING_ID,
  PROP_ACTION_TEXT,
  PROP_ACTION_OWNER,
  PROP_ACTION_DUE_ON,
  PROP_ACTION_DONE_AT,
  PROP_ACTION_DONE_MEETING_ID,
  N_ACTION_PROPS
};

static GParamSpec *action_properties[N_ACTION_PROPS];

static void
ooo_action_item_finalize (GObject *object)
{
  OooActionItem *self = OOO_ACTION_ITEM (object);

  g_free (self->uuid);
  g_free (self->text);
  g_free (self->due_on);

  G_OBJECT_CLASS (ooo_action_item_parent_class)->finalize (object);
}

static void
ooo_action_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OooActionItem *self = OOO_ACTION_ITEM (object);

  switch (prop_id) {
  case PROP_ACTION_ID:
    g_value_set_int64 (value, self->id);
    break;
  case PROP_ACTION_UUID:
    g_value_set_string (value, self->uuid);
    break;
  case PROP_ACTION_PERSON_ID:
    g_value_set_int64 (value, self->person_id);
    break;
  case PROP_ACTION_MEETING_ID:
    g_value_set_int64 (value, self->meeting_id);
    break;
  case PROP_ACTION_TEXT:
    g_value_set_string (value, self->text);
    break;
  case PROP_ACTION_OWNER:
    g_value_set_enum (value, self->owner);
    break;
  case PROP_ACTION_DUE_ON:
    g_value_set_string (value, self->due_on);
    break;
  case PROP_ACTION_DONE_AT:
    g_value_set_int64 (value, self->done_at);
    break;
  case PROP_ACTION_DONE_MEETING_ID:
    g_value_set_int64 (value, self->done_meeting_id);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_action_item_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OooActionItem *self = OOO_ACTION_ITEM (object);

  switch (prop_id) {
  case PROP_ACTION_ID:
    ooo_action_item_set_id (self, g_value_get_int64 (value));
    break;
  case PROP_ACTION_UUID:
    ooo_action_item_set_uuid (self, g_value_get_string (value));
    break;
  case PROP_ACTION_PERSON_ID:
    ooo_action_item_set_person_id (self, g_value_get_int64 (value));
    break;
  case PROP_ACTION_MEETING_ID:
    ooo_action_item_set_meeting_id (self, g_value_get_int64 (value));
    break;
  case PROP_ACTION_TEXT:
    ooo_action_item_set_text (self, g_value_get_string (value));
    break;
  case PROP_ACTION_OWNER:
    ooo_action_item_set_owner (self, g_value_get_enum (value));
    break;
  case PROP_ACTION_DUE_ON:
    ooo_action_item_set_due_on (self, g_value_get_string (value));
    break;
  case PROP_ACTION_DONE_AT:
    ooo_action_item_set_done_at (self, g_value_get_int64 (value));
    break;
  case PROP_ACTION_DONE_MEETING_ID:
    ooo_action_item_set_done_meeting_id (self, g_value_get_int64 (value));
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_action_item_class_init (OooActionItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ooo_action_item_finalize;
  object_class->get_property = ooo_action_item_get_property;
  object_class->set_property = ooo_action_item_set_property;

  action_properties[PROP_ACTION_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  action_properties[PROP_ACTION_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL, FLAGS);
  action_properties[PROP_ACTION_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  /* The meeting it was agreed in; 0: none. */
  action_properties[PROP_ACTION_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  action_properties[PROP_ACTION_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "", FLAGS);
  action_properties[PROP_ACTION_OWNER] =
    g_param_spec_enum ("owner", NULL, NULL, OOO_TYPE_SIDE, OOO_SIDE_THEM, FLAGS);
  /* 'YYYY-MM-DD', or NULL: no due date. */
  action_properties[PROP_ACTION_DUE_ON] =
    g_param_spec_string ("due-on", NULL, NULL, NULL, FLAGS);
  /* Unix seconds; 0 while open. */
  action_properties[PROP_ACTION_DONE_AT] =
    g_param_spec_int64 ("done-at", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  /* The meeting it was ticked off in; 0: none, or still open. */
  action_properties[PROP_ACTION_DONE_MEETING_ID] =
    g_param_spec_int64 ("done-meeting-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);

  g_object_class_install_properties (object_class, N_ACTION_PROPS, action_properties);
}

static void
ooo_action_item_init (OooActionItem *self)
{
  self->text = g_strdup ("");
  self->owner = OOO_SIDE_THEM;
}

gint64
ooo_action_item_get_id (OooActionItem *self)
{
  g_return_val_if_fail (OOO_IS_ACTION_ITEM (self), 0);
  return self->id;
}

void
ooo_action_item_set_id (OooActionItem *self,
                        gint64         id)
{
  g_return_if_fail (OOO_IS_ACTION_ITEM (self));
  set_int64 (G_OBJECT (self), &self->id, id, action_properties[PROP_ACTION_ID]);
}

const char *
ooo_action_item_get_uuid (OooActionItem *self)
{
  g_return_val_if_fail (OOO_IS_ACTION_ITEM (self), NULL);
  return self->uuid;
}

void
ooo_action_item_set_uuid (OooActionItem *self,
                          const char    *uuid)
{
  g_return_if_fail (OOO_IS_ACTION_ITEM (self));
  set_string (G_OBJECT (self), &self->uuid, uuid, action_properties[PROP_ACTION_UUID]);
}

gint64
ooo_action_item_get_person_id (OooActionItem *self)
{
  g_return_val_if_fail (OOO_IS_ACTION_ITEM (self), 0);
  return self->person_id;
}

void
ooo_action_item_set_person_id (OooActionItem *self,
                               gint64         person_id)
{
  g_return_if_fail (OOO_IS_ACTION_ITEM (self));
  set_int64 (G_OBJECT (self), &self->person_id, person_id,
             action_properties[PROP_ACTION_PERSON_ID]);
}

gint64
ooo_action_item_get_meeting_id (OooActionItem *self)
{
  g_return_val_if_fail (OOO_IS_ACTION_ITEM (self), 0);
  return self->meeting_id;
}

void
ooo_action_item_set_meeting_id (OooActionItem *self,
                                gint64         meeting_id)
{
  g_return_if_fail (OOO_IS_ACTION_ITEM (self));
  set_int64 (G_OBJECT (self), &self->meeting_id, meeting_id,
             action_properties[PROP_ACTION_MEETING_ID]);
}

const char *
ooo_action_item_get_text (OooActionItem *self)
{
  g_return_val_if_fail (OOO_IS_ACTION_ITEM (self), NULL);
  return self->text;
}

void
ooo_action_item_set_text (OooActionItem *self,
                          const char    *text)
{
  g_return_if_fail (OOO_IS_ACTION_ITEM (self));
  set_string (G_OBJECT (self), &self->text, text ? text : "",
              action_properties[PROP_ACTION_TEXT]);
}

OooSide
ooo_action_item_get_owner (OooActionItem *self)
{
  g_return_val_if_fail (OOO_IS_ACTION_ITEM (self), OOO_SIDE_THEM);
  return self->owner;
}

void
ooo_action_item_set_owner (OooActionItem *self,
                           OooSide        owner)
{
  g_return_if_fail (OOO_IS_ACTION_ITEM (self));

  if (self->owner != owner) {
    self->owner = owner;
    g_object_notify_by_pspec (G_OBJECT (self), action_properties[PROP_ACTION_OWNER]);
  }
}

const char *
ooo_action_item_get_due_on (OooActionItem *self)
{
  g_return_val_if_fail (OOO_IS_ACTION_ITEM (self), NULL);
  return self->due_on;
}

void
ooo_action_item_set_due_on (OooActionItem *self,
                            const char    *due_on)
{
  g_return_if_fail (OOO_IS_ACTION_ITEM (self));
  set_string (G_OBJECT (self), &self->due_on, due_on, action_properties[PROP_ACTION_DUE_ON]);
}

gint64
ooo_action_item_get_done_at (OooActionItem *self)
{
  g_return_val_if_fail (OOO_IS_ACTION_ITEM (self), 0);
  return self->done_at;
}

void
ooo_action_item_set_done_at (OooActionItem *self,
                             gint64         done_at)
{
  g_return_if_fail (OOO_IS_ACTION_ITEM (self));
  set_int64 (G_OBJECT (self), &self->done_at, done_at, action_properties[PROP_ACTION_DONE_AT]);
}

gboolean
ooo_action_item_is_done (OooActionItem *self)
{
  g_return_val_if_fail (OOO_IS_ACTION_ITEM (self), FALSE);
  return self->done_at != 0;
}

gint64
ooo_action_item_get_done_meeting_id (OooActionItem *self)
{
  g_return_val_if_fail (OOO_IS_ACTION_ITEM (self), 0);
  return self->done_meeting_id;
}

void
ooo_action_item_set_done_meeting_id (OooActionItem *self,
                                     gint64         meeting_id)
{
  g_return_if_fail (OOO_IS_ACTION_ITEM (self));
  set_int64 (G_OBJECT (self), &self->done_meeting_id, meeting_id,
             action_properties[PROP_ACTION_DONE_MEETING_ID]);
}

/* Talking points */

struct _OooTalkingPoint
{
  GObject  parent_instance;

  gint64   id;
  char    *uuid;
  gint64   person_id;
  char    *text;
  OooSide  raised_by;
  gint64   discussed_meeting_id;
  gint64   discussed_at;
};

G_DEFINE_TYPE (OooTalkingPoint, ooo_talking_point, G_TYPE_OBJECT)

enum {
  PROP_POINT_0,
  PROP_POINT_ID,
  PROP_POINT_UUID,
  PROP_POINT_PERSON_ID,
  PROP_POINT_TEXT,
  PROP_POINT_RAISED_BY,
  PROP_POINT_DISCUSSED_MEETING_ID,
  PROP_POINT_DISCUSSED_AT,
  N_POINT_PROPS
};

static GParamSpec *point_properties[N_POINT_PROPS];

static void
ooo_talking_point_finalize (GObject *object)
{
  OooTalkingPoint *self = OOO_TALKING_POINT (object);

  g_free (self->uuid);
  g_free (self->text);

  G_OBJECT_CLASS (ooo_talking_point_parent_class)->finalize (object);
}

static void
ooo_talking_point_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OooTalkingPoint *self = OOO_TALKING_POINT (object);

  switch (prop_id) {
  case PROP_POINT_ID:
    g_value_set_int64 (value, self->id);
    break;
  case PROP_POINT_UUID:
    g_value_set_string (value, self->uuid);
    break;
  case PROP_POINT_PERSON_ID:
    g_value_set_int64 (value, self->person_id);
    break;
  case PROP_POINT_TEXT:
    g_value_set_string (value, self->text);
    break;
  case PROP_POINT_RAISED_BY:
    g_value_set_enum (value, self->raised_by);
    break;
  case PROP_POINT_DISCUSSED_MEETING_ID:
    g_value_set_int64 (value, self->discussed_meeting_id);
    break;
  case PROP_POINT_DISCUSSED_AT:
    g_value_set_int64 (value, self->discussed_at);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_talking_point_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OooTalkingPoint *self = OOO_TALKING_POINT (object);

  switch (prop_id) {
  case PROP_POINT_ID:
    ooo_talking_point_set_id (self, g_value_get_int64 (value));
    break;
  case PROP_POINT_UUID:
    ooo_talking_point_set_uuid (self, g_value_get_string (value));
    break;
  case PROP_POINT_PERSON_ID:
    ooo_talking_point_set_person_id (self, g_value_get_int64 (value));
    break;
  case PROP_POINT_TEXT:
    ooo_talking_point_set_text (self, g_value_get_string (value));
    break;
  case PROP_POINT_RAISED_BY:
    ooo_talking_point_set_raised_by (self, g_value_get_enum (value));
    break;
  case PROP_POINT_DISCUSSED_MEETING_ID:
    ooo_talking_point_set_discussed_meeting_id (self, g_value_get_int64 (value));
    break;
  case PROP_POINT_DISCUSSED_AT:
    ooo_talking_point_set_discussed_at (self, g_value_get_int64 (value));
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_talking_point_class_init (OooTalkingPointClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ooo_talking_point_finalize;
  object_class->get_property = ooo_talking_point_get_property;
  object_class->set_property = ooo_talking_point_set_property;

  point_properties[PROP_POINT_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  point_properties[PROP_POINT_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL, FLAGS);
  point_properties[PROP_POINT_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  point_properties[PROP_POINT_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "", FLAGS);
  point_properties[PROP_POINT_RAISED_BY] =
    g_param_spec_enum ("raised-by", NULL, NULL, OOO_TYPE_SIDE, OOO_SIDE_THEM, FLAGS);
  /* The meeting it was ticked in; 0 while pending (or if that meeting was
   * deleted since). */
  point_properties[PROP_POINT_DISCUSSED_MEETING_ID] =
    g_param_spec_int64 ("discussed-meeting-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  /* Unix seconds; 0 while pending. */
  point_properties[PROP_POINT_DISCUSSED_AT] =
    g_param_spec_int64 ("discussed-at", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);

  g_object_class_install_properties (object_class, N_POINT_PROPS, point_properties);
}

static void
ooo_talking_point_init (OooTalkingPoint *self)
{
  self->text = g_strdup ("");
  self->raised_by = OOO_SIDE_THEM;
}

gint64
ooo_talking_point_get_id (OooTalkingPoint *self)
{
  g_return_val_if_fail (OOO_IS_TALKING_POINT (self), 0);
  return self->id;
}

void
ooo_talking_point_set_id (OooTalkingPoint *self,
                          gint64           id)
{
  g_return_if_fail (OOO_IS_TALKING_POINT (self));
  set_int64 (G_OBJECT (self), &self->id, id, point_properties[PROP_POINT_ID]);
}

const char *
ooo_talking_point_get_uuid (OooTalkingPoint *self)
{
  g_return_val_if_fail (OOO_IS_TALKING_POINT (self), NULL);
  return self->uuid;
}

void
ooo_talking_point_set_uuid (OooTalkingPoint *self,
                            const char      *uuid)
{
  g_return_if_fail (OOO_IS_TALKING_POINT (self));
  set_string (G_OBJECT (self), &self->uuid, uuid, point_properties[PROP_POINT_UUID]);
}

gint64
ooo_talking_point_get_person_id (OooTalkingPoint *self)
{
  g_return_val_if_fail (OOO_IS_TALKING_POINT (self), 0);
  return self->person_id;
}

void
ooo_talking_point_set_person_id (OooTalkingPoint *self,
                                 gint64           person_id)
{
  g_return_if_fail (OOO_IS_TALKING_POINT (self));
  set_int64 (G_OBJECT (self), &self->person_id, person_id,
             point_properties[PROP_POINT_PERSON_ID]);
}

const char *
ooo_talking_point_get_text (OooTalkingPoint *self)
{
  g_return_val_if_fail (OOO_IS_TALKING_POINT (self), NULL);
  return self->text;
}

void
ooo_talking_point_set_text (OooTalkingPoint *self,
                            const char      *text)
{
  g_return_if_fail (OOO_IS_TALKING_POINT (self));
  set_string (G_OBJECT (self), &self->text, text ? text : "",
              point_properties[PROP_POINT_TEXT]);
}

OooSide
ooo_talking_point_get_raised_by (OooTalkingPoint *self)
{
  g_return_val_if_fail (OOO_IS_TALKING_POINT (self), OOO_SIDE_THEM);
  return self->raised_by;
}

void
ooo_talking_point_set_raised_by (OooTalkingPoint *self,
                                 OooSide          raised_by)
{
  g_return_if_fail (OOO_IS_TALKING_POINT (self));

  if (self->raised_by != raised_by) {
    self->raised_by = raised_by;
    g_object_notify_by_pspec (G_OBJECT (self), point_properties[PROP_POINT_RAISED_BY]);
  }
}

gint64
ooo_talking_point_get_discussed_meeting_id (OooTalkingPoint *self)
{
  g_return_val_if_fail (OOO_IS_TALKING_POINT (self), 0);
  return self->discussed_meeting_id;
}

void
ooo_talking_point_set_discussed_meeting_id (OooTalkingPoint *self,
                                            gint64           meeting_id)
{
  g_return_if_fail (OOO_IS_TALKING_POINT (self));
  set_int64 (G_OBJECT (self), &self->discussed_meeting_id, meeting_id,
             point_properties[PROP_POINT_DISCUSSED_MEETING_ID]);
}

gint64
ooo_talking_point_get_discussed_at (OooTalkingPoint *self)
{
  g_return_val_if_fail (OOO_IS_TALKING_POINT (self), 0);
  return self->discussed_at;
}

void
ooo_talking_point_set_discussed_at (OooTalkingPoint *self,
                                    gint64           discussed_at)
{
  g_return_if_fail (OOO_IS_TALKING_POINT (self));
  set_int64 (G_OBJECT (self), &self->discussed_at, discussed_at,
             point_properties[PROP_POINT_DISCUSSED_AT]);
}

/* Pending until ticked: the time says so even when the meeting it was
 * ticked in has been deleted since. */
gboolean
ooo_talking_point_is_pending (OooTalkingPoint *self)
{
  g_return_val_if_fail (OOO_IS_TALKING_POINT (self), FALSE);
  return self->discussed_at == 0;
}

/* Reminders */

struct _OooReminder
{
  GObject  parent_instance;

  gint64   id;
  char    *uuid;
  gint64   person_id;
  char    *text;
  char    *remind_on;
  gint64   done_at;
};

G_DEFINE_TYPE (OooReminder, ooo_reminder, G_TYPE_OBJECT)

enum {
  PROP_REMINDER_0,
  PROP_REMINDER_ID,
  PROP_REMINDER_UUID,
  PROP_REMINDER_PERSON_ID,
  PROP_REMINDER_TEXT,
  PROP_REMINDER_REMIND_ON,
  PROP_REMINDER_DONE_AT,
  N_REMINDER_PROPS
};

static GParamSpec *reminder_properties[N_REMINDER_PROPS];

static void
ooo_reminder_finalize (GObject *object)
{
  OooReminder *self = OOO_REMINDER (object);

  g_free (self->uuid);
  g_free (self->text);
  g_free (self->remind_on);

  G_OBJECT_CLASS (ooo_reminder_parent_class)->finalize (object);
}

static void
ooo_reminder_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  OooReminder *self = OOO_REMINDER (object);

  switch (prop_id) {
  case PROP_REMINDER_ID:
    g_value_set_int64 (value, self->id);
    break;
  case PROP_REMINDER_UUID:
    g_value_set_string (value, self->uuid);
    break;
  case PROP_REMINDER_PERSON_ID:
    g_value_set_int64 (value, self->person_id);
    break;
  case PROP_REMINDER_TEXT:
    g_value_set_string (value, self->text);
    break;
  case PROP_REMINDER_REMIND_ON:
    g_value_set_string (value, self->remind_on);
    break;
  case PROP_REMINDER_DONE_AT:
    g_value_set_int64 (value, self->done_at);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_reminder_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  OooReminder *self = OOO_REMINDER (object);

  switch (prop_id) {
  case PROP_REMINDER_ID:
    ooo_reminder_set_id (self, g_value_get_int64 (value));
    break;
  case PROP_REMINDER_UUID:
    ooo_reminder_set_uuid (self, g_value_get_string (value));
    break;
  case PROP_REMINDER_PERSON_ID:
    ooo_reminder_set_person_id (self, g_value_get_int64 (value));
    break;
  case PROP_REMINDER_TEXT:
    ooo_reminder_set_text (self, g_value_get_string (value));
    break;
  case PROP_REMINDER_REMIND_ON:
    ooo_reminder_set_remind_on (self, g_value_get_string (value));
    break;
  case PROP_REMINDER_DONE_AT:
    ooo_reminder_set_done_at (self, g_value_get_int64 (value));
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_reminder_class_init (OooReminderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ooo_reminder_finalize;
  object_class->get_property = ooo_reminder_get_property;
  object_class->set_property = ooo_reminder_set_property;

  reminder_properties[PROP_REMINDER_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  reminder_properties[PROP_REMINDER_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL, FLAGS);
  reminder_properties[PROP_REMINDER_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  reminder_properties[PROP_REMINDER_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "", FLAGS);
  /* 'YYYY-MM-DD': from that day on it shows in the person's next meeting. */
  reminder_properties[PROP_REMINDER_REMIND_ON] =
    g_param_spec_string ("remind-on", NULL, NULL, NULL, FLAGS);
  /* Unix seconds; 0 while open. */
  reminder_properties[PROP_REMINDER_DONE_AT] =
    g_param_spec_int64 ("done-at", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);

  g_object_class_install_properties (object_class, N_REMINDER_PROPS, reminder_properties);
}

static void
ooo_reminder_init (OooReminder *self)
{
  self->text = g_strdup ("");
}

gint64
ooo_reminder_get_id (OooReminder *self)
{
  g_return_val_if_fail (OOO_IS_REMINDER (self), 0);
  return self->id;
}

void
ooo_reminder_set_id (OooReminder *self,
                     gint64       id)
{
  g_return_if_fail (OOO_IS_REMINDER (self));
  set_int64 (G_OBJECT (self), &self->id, id, reminder_properties[PROP_REMINDER_ID]);
}

const char *
ooo_reminder_get_uuid (OooReminder *self)
{
  g_return_val_if_fail (OOO_IS_REMINDER (self), NULL);
  return self->uuid;
}

void
ooo_reminder_set_uuid (OooReminder *self,
                       const char  *uuid)
{
  g_return_if_fail (OOO_IS_REMINDER (self));
  set_string (G_OBJECT (self), &self->uuid, uuid, reminder_properties[PROP_REMINDER_UUID]);
}

gint64
ooo_reminder_get_person_id (OooReminder *self)
{
  g_return_val_if_fail (OOO_IS_REMINDER (self), 0);
  return self->person_id;
}

void
ooo_reminder_set_person_id (OooReminder *self,
                            gint64       person_id)
{
  g_return_if_fail (OOO_IS_REMINDER (self));
  set_int64 (G_OBJECT (self), &self->person_id, person_id,
             reminder_properties[PROP_REMINDER_PERSON_ID]);
}

const char *
ooo_reminder_get_text (OooReminder *self)
{
  g_return_val_if_fail (OOO_IS_REMINDER (self), NULL);
  return self->text;
}

void
ooo_reminder_set_text (OooReminder *self,
                       const char  *text)
{
  g_return_if_fail (OOO_IS_REMINDER (self));
  set_string (G_OBJECT (self), &self->text, text ? text : "",
              reminder_properties[PROP_REMINDER_TEXT]);
}

const char *
ooo_reminder_get_remind_on (OooReminder *self)
{
  g_return_val_if_fail (OOO_IS_REMINDER (self), NULL);
  return self->remind_on;
}

void
ooo_reminder_set_remind_on (OooReminder *self,
                            const char  *remind_on)
{
  g_return_if_fail (OOO_IS_REMINDER (self));
  set_string (G_OBJECT (self), &self->remind_on, remind_on,
              reminder_properties[PROP_REMINDER_REMIND_ON]);
}

gint64
ooo_reminder_get_done_at (OooReminder *self)
{
  g_return_val_if_fail (OOO_IS_REMINDER (self), 0);
  return self->done_at;
}

void
ooo_reminder_set_done_at (OooReminder *self,
                          gint64       done_at)
{
  g_return_if_fail (OOO_IS_REMINDER (self));
  set_int64 (G_OBJECT (self), &self->done_at, done_at,
             reminder_properties[PROP_REMINDER_DONE_AT]);
}

gboolean
ooo_reminder_is_done (OooReminder *self)
{
  g_return_val_if_fail (OOO_IS_REMINDER (self), FALSE);
  return self->done_at != 0;
}
