/* ooo-session-fixture.h — a database in a folder of its own, a clock the
 * test moves, and a session on them with Ana in it: what the core tests of
 * meetings, search, history and storage faults start from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gstdio.h>

#include "ooo-fake-clock.h"
#include "ooo-session.h"

#define ANA "aaaaaaaa-0000-4000-8000-000000000001"

typedef struct {
  char         *dir;
  char         *path;
  OooFakeClock *clock;
  OooStore     *store;
  OooSession   *session;
  OooPerson    *ana;
} Fixture;

/* Opens the file and loads everything, as the app starts. */
static inline void
open_session (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  fixture->store = ooo_store_open (fixture->path, &error);
  g_assert_no_error (error);
  fixture->session = ooo_session_new (fixture->store, OOO_CLOCK (fixture->clock));
  g_assert_true (ooo_session_load (fixture->session, &error));
  g_assert_no_error (error);
  fixture->ana = ooo_people_find_by_uuid (ooo_session_get_people (fixture->session), ANA);
  g_assert_nonnull (fixture->ana);
}

/* Quitting, as far as the data knows: everything let go, nothing else. */
static inline void
close_session (Fixture *fixture)
{
  fixture->ana = NULL;
  g_assert_finalize_object (fixture->session);
  g_assert_finalize_object (fixture->store);
  fixture->session = NULL;
  fixture->store = NULL;
}

/* A folder "ooo-@test-XXXXXX" for the file, and the clock. */
static inline void
fixture_make_folder (Fixture    *fixture,
                     const char *test)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pattern = g_strdup_printf ("ooo-%s-XXXXXX", test);

  fixture->dir = g_dir_make_tmp (pattern, &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "one-on-one.db", NULL);
  fixture->clock = g_object_new (OOO_TYPE_FAKE_CLOCK, NULL);
}

/* Writes Ana, called @name, in @time_zone, to the file, before the session
 * opens it. */
static inline void
fixture_add_ana (Fixture    *fixture,
                 const char *name,
                 const char *time_zone)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OooPerson) ana = ooo_person_new (name);
  g_autoptr(OooStore) store = ooo_store_open (fixture->path, &error);
  g_autoptr(OooPeople) people = NULL;

  g_assert_no_error (error);
  people = ooo_people_new (store);
  ooo_person_set_uuid (ana, ANA);
  ooo_person_set_time_zone (ana, time_zone);
  g_assert_true (ooo_people_add (people, ana, &error));
  g_assert_no_error (error);
}

static inline void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (fixture->session != NULL)
    close_session (fixture);
  g_assert_finalize_object (fixture->clock);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL) {
    g_autofree char *file = g_build_filename (fixture->dir, name, NULL);
    g_unlink (file);
  }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}
