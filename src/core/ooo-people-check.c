/* ooo-people-check.c — what a person's fields must be, in words a manager
 * understands
 *
 * The checks run before anything is written, so the database's own
 * constraints never have to say no in their terms.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "ooo-people.h"
#include "ooo-time-zones.h"

#define NAME_MAX_CHARS 200

static gboolean
is_valid_date (const char *text)
{
  int year, month, day;
  char tail;

  if (text == NULL)
    return TRUE;

  return strlen (text) == 10 &&
         sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &tail) == 3 &&
         g_date_valid_dmy (day, month, year);
}

/* Checks what the database's constraints would refuse, in words a manager
 * understands, before anything is written. */
gboolean
ooo_people_validate (OooPerson  *person,
                     GError    **error)
{
  const char *name = ooo_person_get_name (person);
  g_autofree char *trimmed = g_strstrip (g_strdup (name));
  OooCadence cadence = ooo_person_get_cadence (person);

  if (*trimmed == '\0') {
    g_set_error_literal (error, OOO_PEOPLE_ERROR, OOO_PEOPLE_ERROR_INVALID,
                         _("A person needs a name."));
    return FALSE;
  }
  if (g_utf8_strlen (name, -1) > NAME_MAX_CHARS) {
    g_set_error (error, OOO_PEOPLE_ERROR, OOO_PEOPLE_ERROR_INVALID,
                 _("The name is too long: keep it under %d characters."), NAME_MAX_CHARS);
    return FALSE;
  }
  if (!ooo_time_zones_is_valid (ooo_person_get_time_zone (person))) {
    g_set_error (error, OOO_PEOPLE_ERROR, OOO_PEOPLE_ERROR_INVALID,
                 _("“%s” is not a known time zone."), ooo_person_get_time_zone (person));
    return FALSE;
  }
  if (cadence != OOO_CADENCE_WEEKLY && cadence != OOO_CADENCE_EVERY_TWO_WEEKS &&
      cadence != OOO_CADENCE_EVERY_FOUR_WEEKS) {
    g_set_error (error, OOO_PEOPLE_ERROR, OOO_PEOPLE_ERROR_INVALID,
                 _("A 1:1 happens weekly, every two weeks or every four weeks."));
    return FALSE;
  }
  if (!is_valid_date (ooo_person_get_reporting_since (person))) {
    g_set_error (error, OOO_PEOPLE_ERROR, OOO_PEOPLE_ERROR_INVALID,
                 _("“%s” is not a date: write it as year-month-day, like 2026-03-01."),
                 ooo_person_get_reporting_since (person));
    return FALSE;
  }
  if (!is_valid_date (ooo_person_get_rollout_since (person))) {
    g_set_error (error, OOO_PEOPLE_ERROR, OOO_PEOPLE_ERROR_INVALID,
                 _("“%s” is not a date: write it as year-month-day, like 2026-03-01."),
                 ooo_person_get_rollout_since (person));
    return FALSE;
  }
  if (ooo_person_get_team_size (person) > OOO_TEAM_SIZE_MAX) {
    g_set_error (error, OOO_PEOPLE_ERROR, OOO_PEOPLE_ERROR_INVALID,
                 _("A team size is a whole number from 0 to %d."), OOO_TEAM_SIZE_MAX);
    return FALSE;
  }

  return TRUE;
}

/* Reads what the manager typed in the team size field: empty means "not
 * known" (-1); anything but a whole number from 0 to OOO_TEAM_SIZE_MAX is
 * refused with a message that says what to write. */
gboolean
ooo_people_parse_team_size (const char  *text,
                            int         *team_size,
                            GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  guint64 value = 0;
  gboolean digits = TRUE;

  g_return_val_if_fail (team_size != NULL, FALSE);

  if (*trimmed == '\0') {
    *team_size = -1;
    return TRUE;
  }

  for (const char *p = trimmed; *p != '\0'; p++)
    digits &= g_ascii_isdigit (*p);

  if (!digits) {
    const char *p = trimmed + (*trimmed == '-' || *trimmed == '+');

    /* "-3" and "2.5" are numbers, only not team sizes. */
    if (*p != '\0' && strspn (p, "0123456789.,") == strlen (p))
      g_set_error (error, OOO_PEOPLE_ERROR, OOO_PEOPLE_ERROR_INVALID,
                   _("A team size is a whole number from 0 to %d."), OOO_TEAM_SIZE_MAX);
    else
      g_set_error (error, OOO_PEOPLE_ERROR, OOO_PEOPLE_ERROR_INVALID,
                   _("“%s” is not a number: write the team size in digits, like 8."), trimmed);
    return FALSE;
  }

  if (strlen (trimmed) > 6 ||
      !g_ascii_string_to_unsigned (trimmed, 10, 0, OOO_TEAM_SIZE_MAX, &value, NULL)) {
    g_set_error (error, OOO_PEOPLE_ERROR, OOO_PEOPLE_ERROR_INVALID,
                 _("A team size is a whole number from 0 to %d."), OOO_TEAM_SIZE_MAX);
    return FALSE;
  }

  *team_size = (int) value;
  return TRUE;
}
