/* ooo-person.c — someone the manager meets one-on-one
 *
 * A plain value object: it knows nothing of the database. OooPeople stores it
 * and emits the list changes the sidebar observes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-enums.h"
#include "ooo-person.h"

struct _OooPerson
{
  GObject          parent_instance;

  gint64           id;
  char            *uuid;
  char            *name;
  char            *role;
  OooRelationship  relationship;
  OooPersonKind    kind;
  OooEmployment    employment;
  char            *time_zone;
  OooCadence       cadence;
  char            *reporting_since;
  char            *default_template;
  gboolean         archived;
  char            *personal_notes;
  OooRollout       rollout_status;
  char            *rollout_since;
  int              team_size;
};

G_DEFINE_TYPE (OooPerson, ooo_person, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_NAME,
  PROP_ROLE,
  PROP_RELATIONSHIP,
  PROP_KIND,
  PROP_EMPLOYMENT,
  PROP_TIME_ZONE,
  PROP_CADENCE,
  PROP_REPORTING_SINCE,
  PROP_DEFAULT_TEMPLATE,
  PROP_ARCHIVED,
  PROP_PERSONAL_NOTES,
  PROP_ROLLOUT_STATUS,
  PROP_ROLLOUT_SINCE,
  PROP_TEAM_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ooo_person_finalize (GObject *object)
{
  OooPerson *self = OOO_PERSON (object);

  g_free (self->uuid);
  g_free (self->name);
  g_free (self->role);
  g_free (self->time_zone);
  g_free (self->reporting_since);
  g_free (self->default_template);
  g_free (self->personal_notes);
  g_free (self->rollout_since);

  G_OBJECT_CLASS (ooo_person_parent_class)->finalize (object);
}

static void
ooo_person_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  OooPerson *self = OOO_PERSON (object);

  switch (prop_id) {
  case PROP_ID:
    g_value_set_int64 (value, self->id);
    break;
  case PROP_UUID:
    g_value_set_string (value, self->uuid);
    break;
  case PROP_NAME:
    g_value_set_string (value, self->name);
    break;
  case PROP_ROLE:
    g_value_set_string (value, self->role);
    break;
  case PROP_RELATIONSHIP:
    g_value_set_enum (value, self->relationship);
    break;
  case PROP_KIND:
    g_value_set_enum (value, self->kind);
    break;
  case PROP_EMPLOYMENT:
    g_value_set_enum (value, self->employment);
    break;
  case PROP_TIME_ZONE:
    g_value_set_string (value, self->time_zone);
    break;
  case PROP_CADENCE:
    g_value_set_enum (value, self->cadence);
    break;
  case PROP_REPORTING_SINCE:
    g_value_set_string (value, self->reporting_since);
    break;
  case PROP_DEFAULT_TEMPLATE:
    g_value_set_string (value, self->default_template);
    break;
  case PROP_ARCHIVED:
    g_value_set_boolean (value, self->archived);
    break;
  case PROP_PERSONAL_NOTES:
    g_value_set_string (value, self->personal_notes);
    break;
  case PROP_ROLLOUT_STATUS:
    g_value_set_enum (value, self->rollout_status);
    break;
  case PROP_ROLLOUT_SINCE:
    g_value_set_string (value, self->rollout_since);
    break;
  case PROP_TEAM_SIZE:
    g_value_set_int (value, self->team_size);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_person_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  OooPerson *self = OOO_PERSON (object);

  switch (prop_id) {
  case PROP_ID:
    ooo_person_set_id (self, g_value_get_int64 (value));
    break;
  case PROP_UUID:
    ooo_person_set_uuid (self, g_value_get_string (value));
    break;
  case PROP_NAME:
    ooo_person_set_name (self, g_value_get_string (value));
    break;
  case PROP_ROLE:
    ooo_person_set_role (self, g_value_get_string (value));
    break;
  case PROP_RELATIONSHIP:
    ooo_person_set_relationship (self, g_value_get_enum (value));
    break;
  case PROP_KIND:
    ooo_person_set_kind (self, g_value_get_enum (value));
    break;
  case PROP_EMPLOYMENT:
    ooo_person_set_employment (self, g_value_get_enum (value));
    break;
  case PROP_TIME_ZONE:
    ooo_person_set_time_zone (self, g_value_get_string (value));
    break;
  case PROP_CADENCE:
    ooo_person_set_cadence (self, g_value_get_enum (value));
    break;
  case PROP_REPORTING_SINCE:
    ooo_person_set_reporting_since (self, g_value_get_string (value));
    break;
  case PROP_DEFAULT_TEMPLATE:
    ooo_person_set_default_template (self, g_value_get_string (value));
    break;
  case PROP_ARCHIVED:
    ooo_person_set_archived (self, g_value_get_boolean (value));
    break;
  case PROP_PERSONAL_NOTES:
    ooo_person_set_personal_notes (self, g_value_get_string (value));
    break;
  case PROP_ROLLOUT_STATUS:
    ooo_person_set_rollout_status (self, g_value_get_enum (value));
    break;
  case PROP_ROLLOUT_SINCE:
    ooo_person_set_rollout_since (self, g_value_get_string (value));
    break;
  case PROP_TEAM_SIZE:
    ooo_person_set_team_size (self, g_value_get_int (value));
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_person_class_init (OooPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ooo_person_finalize;
  object_class->get_property = ooo_person_get_property;
  object_class->set_property = ooo_person_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL, flags);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, "", flags);
  properties[PROP_RELATIONSHIP] =
    g_param_spec_enum ("relationship", NULL, NULL, OOO_TYPE_RELATIONSHIP,
                       OOO_RELATIONSHIP_DIRECT, flags);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, OOO_TYPE_PERSON_KIND,
                       OOO_PERSON_KIND_INDIVIDUAL, flags);
  properties[PROP_EMPLOYMENT] =
    g_param_spec_enum ("employment", NULL, NULL, OOO_TYPE_EMPLOYMENT,
                       OOO_EMPLOYMENT_EMPLOYEE, flags);
  properties[PROP_TIME_ZONE] =
    g_param_spec_string ("time-zone", NULL, NULL, "", flags);
  properties[PROP_CADENCE] =
    g_param_spec_enum ("cadence", NULL, NULL, OOO_TYPE_CADENCE, OOO_CADENCE_WEEKLY, flags);
  properties[PROP_REPORTING_SINCE] =
    g_param_spec_string ("reporting-since", NULL, NULL, NULL, flags);
  /* The UUID of the agenda their 1:1s start on; NULL: the one that fits. */
  properties[PROP_DEFAULT_TEMPLATE] =
    g_param_spec_string ("default-template", NULL, NULL, NULL, flags);
  properties[PROP_ARCHIVED] =
    g_param_spec_boolean ("archived", NULL, NULL, FALSE, flags);
  /* The personal card's free text; saved on its own, as the manager types. */
  properties[PROP_PERSONAL_NOTES] =
    g_param_spec_string ("personal-notes", NULL, NULL, "", flags);
  /* For someone who manages others: their own team's 1:1s, since when, and
   * how many they manage (-1: not known). */
  properties[PROP_ROLLOUT_STATUS] =
    g_param_spec_enum ("rollout-status", NULL, NULL, OOO_TYPE_ROLLOUT, OOO_ROLLOUT_NOT_YET,
                       flags);
  properties[PROP_ROLLOUT_SINCE] =
    g_param_spec_string ("rollout-since", NULL, NULL, NULL, flags);
  properties[PROP_TEAM_SIZE] =
    g_param_spec_int ("team-size", NULL, NULL, -1, G_MAXINT, -1, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ooo_person_init (OooPerson *self)
{
  self->name = g_strdup ("");
  self->role = g_strdup ("");
  self->time_zone = g_strdup ("");
  self->personal_notes = g_strdup ("");
  self->relationship = OOO_RELATIONSHIP_DIRECT;
  self->kind = OOO_PERSON_KIND_INDIVIDUAL;
  self->employment = OOO_EMPLOYMENT_EMPLOYEE;
  self->cadence = OOO_CADENCE_WEEKLY;
  self->rollout_status = OOO_ROLLOUT_NOT_YET;
  self->team_size = -1;
}

OooPerson *
ooo_person_new (const char *name)
{
  return g_object_new (OOO_TYPE_PERSON, "name", name, NULL);
}

/* A detached copy, for an editor to change without touching the original. */
OooPerson *
ooo_person_copy (OooPerson *self)
{
  OooPerson *copy;

  g_return_val_if_fail (OOO_IS_PERSON (self), NULL);

  copy = g_object_new (OOO_TYPE_PERSON, NULL);
  ooo_person_assign (copy, self);
  ooo_person_set_id (copy, self->id);
  ooo_person_set_uuid (copy, self->uuid);

  return copy;
}

/* Takes every field the manager edits from @from, notifying once per change;
 * identity (id, uuid) stays. */
void
ooo_person_assign (OooPerson *self,
                   OooPerson *from)
{
  g_return_if_fail (OOO_IS_PERSON (self));
  g_return_if_fail (OOO_IS_PERSON (from));

  g_object_freeze_notify (G_OBJECT (self));
  ooo_person_set_name (self, from->name);
  ooo_person_set_role (self, from->role);
  ooo_person_set_relationship (self, from->relationship);
  ooo_person_set_kind (self, from->kind);
  ooo_person_set_employment (self, from->employment);
  ooo_person_set_time_zone (self, from->time_zone);
  ooo_person_set_cadence (self, from->cadence);
  ooo_person_set_reporting_since (self, from->reporting_since);
  ooo_person_set_default_template (self, from->default_template);
  ooo_person_set_archived (self, from->archived);
  ooo_person_set_personal_notes (self, from->personal_notes);
  ooo_person_set_rollout_status (self, from->rollout_status);
  ooo_person_set_rollout_since (self, from->rollout_since);
  ooo_person_set_team_size (self, from->team_size);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
set_string (OooPerson   *self,
            char       **field,
            const char  *value,
            guint        prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

gint64
ooo_person_get_id (OooPerson *self)
{
  g_return_val_if_fail (OOO_IS_PERSON (self), 0);
  return self->id;
}

void
ooo_person_set_id (OooPerson *self,
                   gint64     id)
{
  g_return_if_fail (OOO_IS_PERSON (self));

  if (self->id != id) {
    self->id = id;
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
  }
}

const char *
ooo_person_get_uuid (OooPerson *self)
{
  g_return_val_if_fail (OOO_IS_PERSON (self), NULL);
  return self->uuid;
}

void
ooo_person_set_uuid (OooPerson  *self,
                     const char *uuid)
{
  g_return_if_fail (OOO_IS_PERSON (self));
  set_string (self, &self->uuid, uuid, PROP_UUID);
}

const char *
ooo_person_get_name (OooPerson *self)
{
  g_return_val_if_fail (OOO_IS_PERSON (self), NULL);
  return self->name;
}

void
ooo_person_set_name (OooPerson  *self,
                     const char *name)
{
  g_return_if_fail (OOO_IS_PERSON (self));
  set_string (self, &self->name, name ? name : "", PROP_NAME);
}

const char *
ooo_person_get_role (OooPerson *self)
{
  g_return_val_if_fail (OOO_IS_PERSON (self), NULL);
  return self->role;
}

void
ooo_person_set_role (OooPerson  *self,
                     const char *role)
{
  g_return_if_fail (OOO_IS_PERSON (self));
  set_string (self, &self->role, role ? role : "", PROP_ROLE);
}

OooRelationship
ooo_person_get_relationship (OooPerson *self)
{
  g_return_val_if_fail (OOO_IS_PERSON (self), OOO_RELATIONSHIP_DIRECT);
  return self->relationship;
}

void
ooo_person_set_relationship (OooPerson       *self,
                             OooRelationship  relationship)
{
  g_return_if_fail (OOO_IS_PERSON (self));

  if (self->relationship != relationship) {
    self->relationship = relationship;
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RELATIONSHIP]);
  }
}

OooPersonKind
ooo_person_get_kind (OooPerson *self)
{
  g_return_val_if_fail (OOO_IS_PERSON (self), OOO_PERSON_KIND_INDIVIDUAL);
  return self->kind;
}

void
ooo_person_set_kind (OooPerson     *self,
                     OooPersonKind  kind)
{
  g_return_if_fail (OOO_IS_PERSON (self));

  if (self->kind != kind) {
    self->kind = kind;
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
  }
}

OooEmployment
ooo_person_get_employment (OooPerson *self)
{
  g_return_val_if_fail (OOO_IS_PERSON (self), OOO_EMPLOYMENT_EMPLOYEE);
  return self->employment;
}

void
ooo_person_set_employment (OooPerson     *self,
                           OooEmployment  employment)
{
  g_return_if_fail (OOO_IS_PERSON (self));

  if (self->employment != employment) {
    self->employment = employment;
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPLOYMENT]);
  }
}

const char *
ooo_person_get_time_zone (OooPerson *self)
{
  g_return_val_if_fail (OOO_IS_PERSON (self), NULL);
  return self->time_zone;
}

void
ooo_person_set_time_zone (OooPerson  *self,
                          const char *time_zone)
{
  g_return_if_fail (OOO_IS_PERSON (self));
  set_string (self, &self->time_zone, time_zone ? time_zone : "", PROP_TIME_ZONE);
}

OooCadence
ooo_person_get_cadence (OooPerson *self)
{
  g_return_val_if_fail (OOO_IS_PERSON (self), OOO_CADENCE_WEEKLY);
  return self->cadence;
}

void
ooo_person_set_cadence (OooPerson  *self,
                        OooCadence  cadence)
{
  g_return_if_fail (OOO_IS_PERSON (self));

  if (self->cadence != cadence) {
    self->cadence = cadence;
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CADENCE]);
  }
}

/* A calendar date as 'YYYY-MM-DD', or NULL when not known. */
const char *
ooo_person_get_reporting_since (OooPerson *self)
{
  g_return_val_if_fail (OOO_IS_PERSON (self), NULL);
  return self->reporting_since;
}

void
ooo_person_set_reporting_since (OooPerson  *self,
                                const char *date)
{
  g_return_if_fail (OOO_IS_PERSON (self));
  set_string (self, &self->reporting_since, date != NULL && *date ? date : NULL,
              PROP_REPORTING_SINCE);
}

const char *
ooo_person_get_default_template (OooPerson *self)
{
  g_return_val_if_fail (OOO_IS_PERSON (self), NULL);
  return self->default_template;
}

void
ooo_person_set_default_template (OooPerson  *self,
                                 const char *template_uuid)
{
  g_return_if_fail (OOO_IS_PERSON (self));
  set_string (self, &self->default_template,
              template_uuid != NULL && *template_uuid ? template_uuid : NULL,
              PROP_DEFAULT_TEMPLATE);
}

gboolean
ooo_person_get_archived (OooPerson *self)
{
  g_return_val_if_fail (OOO_IS_PERSON (self), FALSE);
  return self->archived;
}

void
ooo_person_set_archived (OooPerson *self,
                         gboolean   archived)
{
  g_return_if_fail (OOO_IS_PERSON (self));

  archived = !!archived;
  if (self->archived != archived) {
    self->archived = archived;
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARCHIVED]);
  }
}

const char *
ooo_person_get_personal_notes (OooPerson *self)
{
  g_return_val_if_fail (OOO_IS_PERSON (self), NULL);
  return self->personal_notes;
}

void
ooo_person_set_personal_notes (OooPerson  *self,
                               const char *notes)
{
  g_return_if_fail (OOO_IS_PERSON (self));
  set_string (self, &self->personal_notes, notes ? notes : "", PROP_PERSONAL_NOTES);
}

OooRollout
ooo_person_get_rollout_status (OooPerson *self)
{
  g_return_val_if_fail (OOO_IS_PERSON (self), OOO_ROLLOUT_NOT_YET);
  return self->rollout_status;
}

void
ooo_person_set_rollout_status (OooPerson  *self,
                               OooRollout  status)
{
  g_return_if_fail (OOO_IS_PERSON (self));

  if (self->rollout_status != status) {
    self->rollout_status = status;
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLLOUT_STATUS]);
  }
}

const char *
ooo_person_get_rollout_since (OooPerson *self)
{
  g_return_val_if_fail (OOO_IS_PERSON (self), NULL);
  return self->rollout_since;
}

void
ooo_person_set_rollout_since (OooPerson  *self,
                              const char *date)
{
  g_return_if_fail (OOO_IS_PERSON (self));
  set_string (self, &self->rollout_since, date != NULL && *date ? date : NULL,
              PROP_ROLLOUT_SINCE);
}

int
ooo_person_get_team_size (OooPerson *self)
{
  g_return_val_if_fail (OOO_IS_PERSON (self), -1);
  return self->team_size;
}

/* Any negative size means "not known"; OooPeople refuses sizes above
 * OOO_TEAM_SIZE_MAX with a message, so they are kept here as given. */
void
ooo_person_set_team_size (OooPerson *self,
                          int        team_size)
{
  g_return_if_fail (OOO_IS_PERSON (self));

  team_size = MAX (team_size, -1);
  if (self->team_size != team_size) {
    self->team_size = team_size;
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEAM_SIZE]);
  }
}

const char *
ooo_relationship_to_label (OooRelationship relationship)
{
  switch (relationship) {
  case OOO_RELATIONSHIP_SKIP_LEVEL:
    return _("Skip-level");
  case OOO_RELATIONSHIP_PEER:
    return _("Peer");
  case OOO_RELATIONSHIP_DIRECT:
  default:
    return _("Direct report");
  }
}

const char *
ooo_person_kind_to_label (OooPersonKind kind)
{
  return kind == OOO_PERSON_KIND_MANAGER ? _("Manages others") : _("Individual contributor");
}

const char *
ooo_employment_to_label (OooEmployment employment)
{
  return employment == OOO_EMPLOYMENT_CONTRACTOR ? _("Contractor") : _("Employee");
}

const char *
ooo_cadence_to_label (OooCadence cadence)
{
  switch (cadence) {
  case OOO_CADENCE_EVERY_TWO_WEEKS:
    return _("Every two weeks");
  case OOO_CADENCE_EVERY_FOUR_WEEKS:
    return _("Every four weeks");
  case OOO_CADENCE_WEEKLY:
  default:
    return _("Weekly");
  }
}

const char *
ooo_rollout_to_label (OooRollout status)
{
  switch (status) {
  case OOO_ROLLOUT_STARTING:
    return _("Starting");
  case OOO_ROLLOUT_YES:
    return _("Yes");
  case OOO_ROLLOUT_NOT_YET:
  default:
    return _("Not yet");
  }
}
