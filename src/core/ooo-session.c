/* ooo-session.c — everything the manager has, opened once and shared by
 * the windows that show it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ooo-session.h"

struct _OooSession
{
  GObject       parent_instance;

  OooStore     *store;
  OooPeople    *people;
  OooTemplates *templates;
  OooMeetings  *meetings;
  OooFollowUps *follow_ups;
};

G_DEFINE_TYPE (OooSession, ooo_session, G_TYPE_OBJECT)

static void
ooo_session_dispose (GObject *object)
{
  OooSession *self = OOO_SESSION (object);

  g_clear_object (&self->follow_ups);
  g_clear_object (&self->meetings);
  g_clear_object (&self->templates);
  g_clear_object (&self->people);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ooo_session_parent_class)->dispose (object);
}

static void
ooo_session_class_init (OooSessionClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ooo_session_dispose;
}

static void
ooo_session_init (OooSession *self)
{
}

/* @clock NULL: the system's clocks. */
OooSession *
ooo_session_new (OooStore *store,
                 OooClock *clock)
{
  OooSession *self;

  g_return_val_if_fail (OOO_IS_STORE (store), NULL);

  self = g_object_new (OOO_TYPE_SESSION, NULL);
  self->store = g_object_ref (store);
  self->people = ooo_people_new (store);
  ooo_people_set_clock (self->people, clock);
  self->templates = ooo_templates_new (store);
  self->meetings = ooo_meetings_new (store, clock);
  self->follow_ups = ooo_follow_ups_new (store);

  return self;
}

gboolean
ooo_session_load (OooSession  *self,
                  GError     **error)
{
  g_return_val_if_fail (OOO_IS_SESSION (self), FALSE);

  return ooo_templates_load (self->templates, error) &&
         ooo_people_load (self->people, error) &&
         ooo_meetings_load (self->meetings, error);
}

OooStore *
ooo_session_get_store (OooSession *self)
{
  g_return_val_if_fail (OOO_IS_SESSION (self), NULL);
  return self->store;
}

OooPeople *
ooo_session_get_people (OooSession *self)
{
  g_return_val_if_fail (OOO_IS_SESSION (self), NULL);
  return self->people;
}

OooFollowUps *
ooo_session_get_follow_ups (OooSession *self)
{
  g_return_val_if_fail (OOO_IS_SESSION (self), NULL);
  return self->follow_ups;
}

OooTemplates *
ooo_session_get_templates (OooSession *self)
{
  g_return_val_if_fail (OOO_IS_SESSION (self), NULL);
  return self->templates;
}

OooMeetings *
ooo_session_get_meetings (OooSession *self)
{
  g_return_val_if_fail (OOO_IS_SESSION (self), NULL);
  return self->meetings;
}

/* The agenda a 1:1 with @person starts on: the one chosen for them, or the
 * one that fits how they work (contractors get no career talk). */
OooTemplate *
ooo_session_agenda_for (OooSession *self,
                        OooPerson  *person)
{
  OooTemplate *chosen = NULL;
  const char *uuid;

  g_return_val_if_fail (OOO_IS_SESSION (self), NULL);
  g_return_val_if_fail (OOO_IS_PERSON (person), NULL);

  uuid = ooo_person_get_default_template (person);
  if (uuid != NULL)
    chosen = ooo_templates_find_by_uuid (self->templates, uuid);

  return chosen != NULL ? chosen
                        : ooo_templates_default_for (self->templates,
                                                     ooo_person_get_kind (person),
                                                     ooo_person_get_employment (person));
}
