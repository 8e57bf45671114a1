/* ooo-action-item.c — an action item: a promise made in a 1:1, open until
 * it is done
 *
 * A plain value object, like the other follow-ups (ooo-follow-up.c): it
 * knows nothing of the database. OooFollowUps writes a change to the store
 * first and only then to the object, through the setters in
 * ooo-follow-up-private.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ooo-enums.h"
#include "ooo-follow-up-private.h"

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

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
  ooo_follow_up_set_int64 (G_OBJECT (self), &self->id, id, action_properties[PROP_ACTION_ID]);
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
  ooo_follow_up_set_string (G_OBJECT (self), &self->uuid, uuid,
                            action_properties[PROP_ACTION_UUID]);
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
  ooo_follow_up_set_int64 (G_OBJECT (self), &self->person_id, person_id,
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
  ooo_follow_up_set_int64 (G_OBJECT (self), &self->meeting_id, meeting_id,
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
  ooo_follow_up_set_string (G_OBJECT (self), &self->text, text ? text : "",
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
  ooo_follow_up_set_string (G_OBJECT (self), &self->due_on, due_on,
                            action_properties[PROP_ACTION_DUE_ON]);
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
  ooo_follow_up_set_int64 (G_OBJECT (self), &self->done_at, done_at,
                           action_properties[PROP_ACTION_DONE_AT]);
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
  ooo_follow_up_set_int64 (G_OBJECT (self), &self->done_meeting_id, meeting_id,
                           action_properties[PROP_ACTION_DONE_MEETING_ID]);
}
