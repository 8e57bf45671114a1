/* ooo-reminder.c — an "ask about" reminder: "ask how the move went", on
 * 10 December, part of the personal card
 *
 * A plain value object, like the other follow-ups (ooo-follow-up.c): it
 * knows nothing of the database. OooFollowUps writes a change to the store
 * first and only then to the object, through the setters in
 * ooo-follow-up-private.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ooo-follow-up-private.h"

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

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
  ooo_follow_up_set_int64 (G_OBJECT (self), &self->id, id, reminder_properties[PROP_REMINDER_ID]);
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
  ooo_follow_up_set_string (G_OBJECT (self), &self->uuid, uuid,
                            reminder_properties[PROP_REMINDER_UUID]);
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
  ooo_follow_up_set_int64 (G_OBJECT (self), &self->person_id, person_id,
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
  ooo_follow_up_set_string (G_OBJECT (self), &self->text, text ? text : "",
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
  ooo_follow_up_set_string (G_OBJECT (self), &self->remind_on, remind_on,
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
  ooo_follow_up_set_int64 (G_OBJECT (self), &self->done_at, done_at,
                           reminder_properties[PROP_REMINDER_DONE_AT]);
}

gboolean
ooo_reminder_is_done (OooReminder *self)
{
  g_return_val_if_fail (OOO_IS_REMINDER (self), FALSE);
  return self->done_at != 0;
}
