/* ooo-history-fixture.h — a store with three people and a clock the test
 * moves, for the history and overview tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "ooo-history.h"
#include "ooo-overview.h"
#include "ooo-session-fixture.h"

#define MINUTES(m) ((gint64) (m) * 60 * G_USEC_PER_SEC)
#define BRUNO "aaaaaaaa-0000-4000-8000-000000000002"
#define CARLA "aaaaaaaa-0000-4000-8000-000000000003"

static inline void
add_person (OooPeople  *people,
            const char *uuid,
            const char *name,
            const char *since,
            gboolean    archived)
{
  g_autoptr(OooPerson) person = ooo_person_new (name);
  g_autoptr(GError) error = NULL;

  ooo_person_set_uuid (person, uuid);
  ooo_person_set_time_zone (person, "Europe/Lisbon");
  ooo_person_set_reporting_since (person, since);
  ooo_person_set_archived (person, archived);
  g_assert_true (ooo_people_add (people, person, &error));
  g_assert_no_error (error);
}

static inline void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OooStore) store = NULL;
  g_autoptr(OooPeople) people = NULL;

  fixture_make_folder (fixture, "history");
  store = ooo_store_open (fixture->path, &error);
  g_assert_no_error (error);
  people = ooo_people_new (store);
  ooo_people_set_clock (people, OOO_CLOCK (fixture->clock));
  add_person (people, ANA, "Ana", "2026-11-02", FALSE);
  add_person (people, BRUNO, "Bruno", "2026-11-16", FALSE);
  add_person (people, CARLA, "Carla", "2026-11-02", TRUE);
  /* Carla was added on the day she started: her 1:1s are owed since then. */
  g_assert_cmpint (sqlite3_exec (ooo_store_get_db (store),
                                 "UPDATE person SET created_at = 1793577600"
                                 " WHERE name = 'Carla'", NULL, NULL, NULL), ==, SQLITE_OK);
  g_clear_object (&people);
  g_clear_object (&store);

  open_session (fixture);
}

static inline OooMeetings *
meetings (Fixture *fixture)
{
  return ooo_session_get_meetings (fixture->session);
}

static inline OooTemplate *
builtin (Fixture    *fixture,
         const char *key)
{
  return ooo_templates_find_builtin (ooo_session_get_templates (fixture->session), key);
}

static inline gint64
unix_of (const char *iso)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (iso, NULL);

  return g_date_time_to_unix (time);
}

static inline GDateTime *
clock_now (Fixture *fixture)
{
  return g_date_time_new_from_unix_utc (fixture->clock->wall_us / G_USEC_PER_SEC);
}

static inline OooMeeting *
record (Fixture    *fixture,
        const char *key,
        const char *held_at,
        guint       minutes,
        const char *notes)
{
  g_autoptr(GError) error = NULL;
  OooMeeting *meeting = ooo_meetings_record_past (meetings (fixture), fixture->ana,
                                                  builtin (fixture, key), unix_of (held_at),
                                                  minutes, notes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (meeting);
  return meeting;
}

/* A 1:1 run live on the O3 agenda: 20 minutes theirs, 5 mine, 5 shared. */
static inline OooMeeting *
run_live (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  OooMeeting *meeting;
  OooTimer *timer;

  meeting = ooo_meetings_start (meetings (fixture), fixture->ana, builtin (fixture, "o3"),
                                &error);
  g_assert_no_error (error);
  timer = ooo_meeting_get_timer (meeting);
  ooo_timer_start (timer);
  ooo_fake_clock_advance (fixture->clock, MINUTES (20));
  ooo_timer_next (timer);
  ooo_fake_clock_advance (fixture->clock, MINUTES (5));
  ooo_timer_next (timer);
  ooo_fake_clock_advance (fixture->clock, MINUTES (5));
  g_assert_true (ooo_meetings_save_notes (meetings (fixture), meeting, 1,
                                          "  \n\n   Budget talk  \nmore", &error));
  g_assert_no_error (error);

  g_object_ref (meeting);
  g_assert_true (ooo_meetings_end (meetings (fixture), meeting, &error));
  g_assert_no_error (error);

  return meeting;
}
