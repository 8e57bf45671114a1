/* ooo-talking-point.c — a topic queued for the next 1:1, raised by one
 * side; it comes back until it is ticked as discussed in a meeting
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
  ooo_follow_up_set_int64 (G_OBJECT (self), &self->id, id, point_properties[PROP_POINT_ID]);
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
  ooo_follow_up_set_string (G_OBJECT (self), &self->uuid, uuid, point_properties[PROP_POINT_UUID]);
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
  ooo_follow_up_set_int64 (G_OBJECT (self), &self->person_id, person_id,
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
  ooo_follow_up_set_string (G_OBJECT (self), &self->text, text ? text : "",
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
  ooo_follow_up_set_int64 (G_OBJECT (self), &self->discussed_meeting_id, meeting_id,
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
  ooo_follow_up_set_int64 (G_OBJECT (self), &self->discussed_at, discussed_at,
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
