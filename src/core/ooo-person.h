/* ooo-person.h — someone the manager meets one-on-one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The nicks ("direct", "skip-level", …) are the values stored in the database
 * and written to exports: never rename one. */
typedef enum {
  OOO_RELATIONSHIP_DIRECT,
  OOO_RELATIONSHIP_SKIP_LEVEL,
  OOO_RELATIONSHIP_PEER,
} OooRelationship;

typedef enum {
  OOO_PERSON_KIND_INDIVIDUAL,
  OOO_PERSON_KIND_MANAGER,
} OooPersonKind;

typedef enum {
  OOO_EMPLOYMENT_EMPLOYEE,
  OOO_EMPLOYMENT_CONTRACTOR,
} OooEmployment;

/* Values are the days between two 1:1s. */
typedef enum {
  OOO_CADENCE_WEEKLY = 7,
  OOO_CADENCE_EVERY_TWO_WEEKS = 14,
  OOO_CADENCE_EVERY_FOUR_WEEKS = 28,
} OooCadence;

/* For someone who manages others: do they hold 1:1s with their own team?
 * (The director's roll-out view.) */
typedef enum {
  OOO_ROLLOUT_NOT_YET,
  OOO_ROLLOUT_STARTING,
  OOO_ROLLOUT_YES,
} OooRollout;

/* The largest team a person can be said to manage. */
#define OOO_TEAM_SIZE_MAX 1000

#define OOO_TYPE_PERSON (ooo_person_get_type ())
G_DECLARE_FINAL_TYPE (OooPerson, ooo_person, OOO, PERSON, GObject)

OooPerson       *ooo_person_new                 (const char      *name);
OooPerson       *ooo_person_copy                (OooPerson       *self);
void             ooo_person_assign              (OooPerson       *self,
                                                 OooPerson       *from);

gint64           ooo_person_get_id              (OooPerson       *self);
void             ooo_person_set_id              (OooPerson       *self,
                                                 gint64           id);
const char      *ooo_person_get_uuid            (OooPerson       *self);
void             ooo_person_set_uuid            (OooPerson       *self,
                                                 const char      *uuid);
const char      *ooo_person_get_name            (OooPerson       *self);
void             ooo_person_set_name            (OooPerson       *self,
                                                 const char      *name);
const char      *ooo_person_get_role            (OooPerson       *self);
void             ooo_person_set_role            (OooPerson       *self,
                                                 const char      *role);
OooRelationship  ooo_person_get_relationship    (OooPerson       *self);
void             ooo_person_set_relationship    (OooPerson       *self,
                                                 OooRelationship  relationship);
OooPersonKind    ooo_person_get_kind            (OooPerson       *self);
void             ooo_person_set_kind            (OooPerson       *self,
                                                 OooPersonKind    kind);
OooEmployment    ooo_person_get_employment      (OooPerson       *self);
void             ooo_person_set_employment      (OooPerson       *self,
                                                 OooEmployment    employment);
const char      *ooo_person_get_time_zone       (OooPerson       *self);
void             ooo_person_set_time_zone       (OooPerson       *self,
                                                 const char      *time_zone);
OooCadence       ooo_person_get_cadence         (OooPerson       *self);
void             ooo_person_set_cadence         (OooPerson       *self,
                                                 OooCadence       cadence);
const char      *ooo_person_get_reporting_since (OooPerson       *self);
void             ooo_person_set_reporting_since (OooPerson       *self,
                                                 const char      *date);
const char      *ooo_person_get_default_template (OooPerson      *self);
void             ooo_person_set_default_template (OooPerson      *self,
                                                  const char     *template_uuid);
gboolean         ooo_person_get_archived        (OooPerson       *self);
void             ooo_person_set_archived        (OooPerson       *self,
                                                 gboolean         archived);
/* Free notes for the personal card: family, hobbies, what matters to them. */
const char      *ooo_person_get_personal_notes  (OooPerson       *self);
void             ooo_person_set_personal_notes  (OooPerson       *self,
                                                 const char      *notes);
OooRollout       ooo_person_get_rollout_status  (OooPerson       *self);
void             ooo_person_set_rollout_status  (OooPerson       *self,
                                                 OooRollout       status);
/* 'YYYY-MM-DD' since when the roll-out status holds, or NULL. */
const char      *ooo_person_get_rollout_since   (OooPerson       *self);
void             ooo_person_set_rollout_since   (OooPerson       *self,
                                                 const char      *date);
/* How many people they manage; -1: not known. */
int              ooo_person_get_team_size       (OooPerson       *self);
void             ooo_person_set_team_size       (OooPerson       *self,
                                                 int              team_size);

const char      *ooo_relationship_to_label      (OooRelationship  relationship);
const char      *ooo_person_kind_to_label       (OooPersonKind    kind);
const char      *ooo_employment_to_label        (OooEmployment    employment);
const char      *ooo_cadence_to_label           (OooCadence       cadence);
const char      *ooo_rollout_to_label           (OooRollout       status);

G_END_DECLS
