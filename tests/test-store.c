/* test-store.c — the SQLite store: creation, modes, people, migrations,
 * damaged files and places that cannot be written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "ooo-people.h"
#include "ooo-schema.h"
#include "ooo-store.h"

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("ooo-store-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "one-on-one.db", NULL);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL) {
    while ((name = g_dir_read_name (dir)) != NULL) {
      g_autofree char *child = g_build_filename (path, name, NULL);
      remove_tree (child);
    }
    g_rmdir (path);
  } else {
    g_unlink (path);
  }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static OooStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  OooStore *store = ooo_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);

  return store;
}

static OooPeople *
open_people (OooStore *store)
{
  g_autoptr(GError) error = NULL;
  OooPeople *people = ooo_people_new (store);

  g_assert_true (ooo_people_load (people, &error));
  g_assert_no_error (error);

  return people;
}

static OooPerson *
add_person (OooPeople  *people,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  OooPerson *person = ooo_person_new (name);

  ooo_person_set_time_zone (person, "Europe/Lisbon");
  g_assert_true (ooo_people_add (people, person, &error));
  g_assert_no_error (error);

  return person;
}

static gint64
count_rows (OooStore   *store,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 count;

  g_assert_cmpint (sqlite3_prepare_v2 (ooo_store_get_db (store), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return count;
}

static void
exec_ok (sqlite3    *db,
         const char *sql)
{
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

static void
test_create (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(OooStore) store = open_store (fixture->path);
  g_autoptr(OooPeople) people = open_people (store);
  GStatBuf st;

  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (ooo_store_get_schema_version (store), ==, ooo_schema_latest_version ());
  g_assert_null (ooo_store_get_recovered_path (store));
  g_assert_null (ooo_store_get_backup_path (store));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 0);

  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (count_rows (store, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (count_rows (store, "SELECT journal_mode = 'wal' FROM pragma_journal_mode"),
                   ==, 1);
}

/* The default location: a private folder under the user data dir. */
static void
test_default_location_modes (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *path = ooo_store_default_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(OooStore) store = NULL;
  GStatBuf st;

  /* main() pointed XDG_DATA_HOME into a scratch folder. */
  g_assert_true (g_str_has_prefix (path, g_get_user_data_dir ()));
  g_assert_true (g_str_has_suffix (folder, "com.example.OneOnOne"));

  store = open_store (path);
  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* A folder made public by hand is made private again. */
  g_clear_object (&store);
  g_assert_cmpint (g_chmod (folder, 0755), ==, 0);
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  store = open_store (path);
  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_people_round_trip (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(OooStore) store = open_store (fixture->path);
  g_autoptr(OooPeople) people = open_people (store);
  g_autoptr(OooPerson) ana = ooo_person_new ("Ana Costa");
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  OooPerson *loaded;

  g_object_set (ana,
                "role", "Staff Engineer",
                "relationship", OOO_RELATIONSHIP_SKIP_LEVEL,
                "kind", OOO_PERSON_KIND_MANAGER,
                "employment", OOO_EMPLOYMENT_CONTRACTOR,
                "time-zone", "America/Sao_Paulo",
                "cadence", OOO_CADENCE_EVERY_TWO_WEEKS,
                "reporting-since", "2024-02-29",
                NULL);
  g_assert_true (ooo_people_add (people, ana, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ooo_person_get_id (ana), >, 0);
  g_assert_true (g_uuid_string_is_valid (ooo_person_get_uuid (ana)));
  uuid = g_strdup (ooo_person_get_uuid (ana));

  g_clear_object (&people);
  g_clear_object (&store);

  store = open_store (fixture->path);
  people = open_people (store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 1);
  loaded = ooo_people_find_by_uuid (people, uuid);
  g_assert_nonnull (loaded);
  g_assert_cmpstr (ooo_person_get_name (loaded), ==, "Ana Costa");
  g_assert_cmpstr (ooo_person_get_role (loaded), ==, "Staff Engineer");
  g_assert_cmpint (ooo_person_get_relationship (loaded), ==, OOO_RELATIONSHIP_SKIP_LEVEL);
  g_assert_cmpint (ooo_person_get_kind (loaded), ==, OOO_PERSON_KIND_MANAGER);
  g_assert_cmpint (ooo_person_get_employment (loaded), ==, OOO_EMPLOYMENT_CONTRACTOR);
  g_assert_cmpstr (ooo_person_get_time_zone (loaded), ==, "America/Sao_Paulo");
  g_assert_cmpint (ooo_person_get_cadence (loaded), ==, OOO_CADENCE_EVERY_TWO_WEEKS);
  g_assert_cmpstr (ooo_person_get_reporting_since (loaded), ==, "2024-02-29");
  g_assert_false (ooo_person_get_archived (loaded));

  /* The stored words are the documented ones, not enum numbers. */
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM person WHERE relationship ="
                                      " 'skip-level' AND kind = 'manager' AND employment ="
                                      " 'contractor' AND cadence_days = 14"), ==, 1);
}

static void
test_uuids_stable (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(OooStore) store = open_store (fixture->path);
  g_autoptr(OooPeople) people = open_people (store);
  g_autoptr(OooPerson) a = add_person (people, "Bea");
  g_autoptr(OooPerson) b = add_person (people, "Caio");
  g_autoptr(OooPerson) changes = ooo_person_copy (a);
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid_a = g_strdup (ooo_person_get_uuid (a));
  g_autofree char *uuid_b = g_strdup (ooo_person_get_uuid (b));

  g_assert_cmpstr (uuid_a, !=, uuid_b);

  ooo_person_set_name (changes, "Beatriz");
  g_assert_true (ooo_people_update (people, a, changes, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ooo_person_get_uuid (a), ==, uuid_a);

  for (guint round = 0; round < 2; round++) {
    g_clear_object (&people);
    g_clear_object (&store);
    store = open_store (fixture->path);
    people = open_people (store);
    g_assert_cmpstr (ooo_person_get_name (ooo_people_find_by_uuid (people, uuid_a)), ==,
                     "Beatriz");
    g_assert_nonnull (ooo_people_find_by_uuid (people, uuid_b));
  }
}

static void
count_changes (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               guint      *changes)
{
  (*changes)++;
}

static void
test_update_archive_delete (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(OooStore) store = open_store (fixture->path);
  g_autoptr(OooPeople) people = open_people (store);
  g_autoptr(OooPerson) dora = add_person (people, "Dora");
  g_autoptr(OooPerson) eli = add_person (people, "Eli");
  g_autoptr(OooPerson) changes = ooo_person_copy (dora);
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  guint changes_seen = 0;

  g_signal_connect (people, "items-changed", G_CALLBACK (count_changes), &changes_seen);

  /* A rename re-sorts: Zoe goes after Eli. */
  ooo_person_set_name (changes, "Zoe");
  ooo_person_set_role (changes, "Designer");
  g_assert_true (ooo_people_update (people, dora, changes, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ooo_person_get_name (dora), ==, "Zoe");
  g_assert_cmpuint (changes_seen, >, 0);
  {
    g_autoptr(OooPerson) first = g_list_model_get_item (G_LIST_MODEL (people), 0);
    g_assert_true (first == eli);
  }

  g_assert_true (ooo_people_set_archived (people, dora, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (ooo_person_get_archived (dora));
  g_assert_cmpint (count_rows (store, "SELECT archived FROM person WHERE name = 'Zoe'"), ==, 1);
  g_assert_true (ooo_people_set_archived (people, dora, FALSE, &error));
  g_assert_cmpint (count_rows (store, "SELECT archived FROM person WHERE name = 'Zoe'"), ==, 0);

  /* Deleting someone takes their meetings with them, and only theirs. */
  sql = g_strdup_printf ("INSERT INTO meeting (uuid, person_id, created_at, updated_at)"
                         " VALUES ('m1', %1$" G_GINT64_FORMAT ", 0, 0),"
                         " ('m2', %1$" G_GINT64_FORMAT ", 0, 0),"
                         " ('m3', %2$" G_GINT64_FORMAT ", 0, 0)",
                         ooo_person_get_id (dora), ooo_person_get_id (eli));
  exec_ok (ooo_store_get_db (store), sql);
  g_assert_cmpint (ooo_people_count_meetings (people, dora, &error), ==, 2);
  g_assert_true (ooo_people_delete (people, dora, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 1);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM meeting"), ==, 1);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM person"), ==, 1);
}

static void
test_validation (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(OooStore) store = open_store (fixture->path);
  g_autoptr(OooPeople) people = open_people (store);
  g_autoptr(OooPerson) fay = add_person (people, "Fay");
  static const struct {
    const char *field;
    const char *value;
    const char *message_part;
  } cases[] = {
    { "name", "", "needs a name" },
    { "name", "   ", "needs a name" },
    { "time-zone", "Mars/Olympus_Mons", "not a known time zone" },
    { "time-zone", "../../etc/passwd", "not a known time zone" },
    { "reporting-since", "2026-02-30", "not a date" },
    { "reporting-since", "next tuesday", "not a date" },
    { "reporting-since", "2026-1-5", "not a date" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
    g_autoptr(OooPerson) changes = ooo_person_copy (fay);
    g_autoptr(OooPerson) fresh = ooo_person_copy (fay);
    g_autoptr(GError) error = NULL;

    g_object_set (changes, cases[i].field, cases[i].value, NULL);
    g_assert_false (ooo_people_update (people, fay, changes, &error));
    g_assert_error (error, OOO_PEOPLE_ERROR, OOO_PEOPLE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, cases[i].message_part));
    /* Nothing changed, in memory or on disk. */
    g_assert_cmpstr (ooo_person_get_name (fay), ==, "Fay");
    g_assert_cmpint (count_rows (store, "SELECT count(*) FROM person WHERE name = 'Fay'"
                                        " AND time_zone = 'Europe/Lisbon'"
                                        " AND reporting_since IS NULL"), ==, 1);

    g_clear_error (&error);
    ooo_person_set_id (fresh, 0);
    ooo_person_set_uuid (fresh, NULL);
    g_object_set (fresh, cases[i].field, cases[i].value, NULL);
    g_assert_false (ooo_people_add (people, fresh, &error));
    g_assert_error (error, OOO_PEOPLE_ERROR, OOO_PEOPLE_ERROR_INVALID);
  }

  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM person"), ==, 1);
}

/* The personal card's notes: stored with a new person, saved on their own,
 * and left alone by the editor's update. */
static void
test_personal_notes_round_trip (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(OooStore) store = open_store (fixture->path);
  g_autoptr(OooPeople) people = open_people (store);
  g_autoptr(OooPerson) gil = ooo_person_new ("Gil");
  g_autoptr(OooPerson) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;

  ooo_person_set_time_zone (gil, "UTC");
  ooo_person_set_personal_notes (gil, "Plays the cello.");
  g_assert_true (ooo_people_add (people, gil, &error));
  g_assert_no_error (error);
  uuid = g_strdup (ooo_person_get_uuid (gil));
  changes = ooo_person_copy (gil);

  g_assert_true (ooo_people_save_personal_notes (people, gil, "Plays the cello.\nTwo cats.",
                                                 &error));
  g_assert_no_error (error);
  ooo_person_set_role (changes, "Analyst");
  g_assert_true (ooo_people_update (people, gil, changes, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ooo_person_get_personal_notes (gil), ==, "Plays the cello.\nTwo cats.");

  g_clear_object (&people);
  g_clear_object (&store);
  store = open_store (fixture->path);
  people = open_people (store);
  g_assert_cmpstr (ooo_person_get_personal_notes (ooo_people_find_by_uuid (people, uuid)), ==,
                   "Plays the cello.\nTwo cats.");
  g_assert_cmpstr (ooo_person_get_role (ooo_people_find_by_uuid (people, uuid)), ==, "Analyst");
}

/* Text is bound, never spliced into SQL. */
static void
test_hostile_text (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *name = "Robert'); DROP TABLE person; --";
  g_autoptr(OooStore) store = open_store (fixture->path);
  g_autoptr(OooPeople) people = open_people (store);
  g_autoptr(OooPerson) bobby = add_person (people, name);
  g_autofree char *uuid = g_strdup (ooo_person_get_uuid (bobby));

  g_clear_object (&people);
  g_clear_object (&store);
  store = open_store (fixture->path);
  people = open_people (store);
  g_assert_cmpstr (ooo_person_get_name (ooo_people_find_by_uuid (people, uuid)), ==, name);
}

static void
test_sorted_by_name (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(OooStore) store = open_store (fixture->path);
  g_autoptr(OooPeople) people = open_people (store);
  const char *names[] = { "Zeca", "ana", "Émile", "Bruno" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_object_unref (add_person (people, names[i]));

  for (guint round = 0; round < 2; round++) {
    g_autofree char *joined = NULL;
    g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);

    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++) {
      g_autoptr(OooPerson) person = g_list_model_get_item (G_LIST_MODEL (people), i);
      g_ptr_array_add (seen, g_strdup (ooo_person_get_name (person)));
    }
    g_ptr_array_add (seen, NULL);
    joined = g_strjoinv (",", (char **) seen->pdata);
    g_assert_cmpstr (joined, ==, "ana,Bruno,Émile,Zeca");

    /* Loading from the file gives the same order. */
    g_clear_object (&people);
    people = open_people (store);
  }
}

/* Writes a database as version 1 of the schema left it. */
static void
write_version_1 (const char *path)
{
  sqlite3 *db = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  exec_ok (db, "PRAGMA application_id = 1330597681");
  g_assert_true (ooo_schema_migrate (db, 1, &error));
  g_assert_no_error (error);
  exec_ok (db, "INSERT INTO person (uuid, name, role, time_zone, created_at, updated_at)"
               " VALUES ('0b6f1c6e-6f0e-4a53-9d55-1f1f0d2b8a11', 'Gil', 'Analyst', 'UTC',"
               " 1700000000, 1700000000)");
  g_assert_cmpint (ooo_schema_get_version (db), ==, 1);
  sqlite3_close (db);
}

static void
test_migration_from_version_1 (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(OooStore) store = NULL;
  g_autoptr(OooPeople) people = NULL;
  g_autoptr(OooStore) backup = NULL;
  OooPerson *gil;
  GStatBuf st;

  write_version_1 (fixture->path);

  store = open_store (fixture->path);
  g_assert_cmpint (ooo_store_get_schema_version (store), ==, ooo_schema_latest_version ());
  people = open_people (store);
  gil = ooo_people_find_by_uuid (people, "0b6f1c6e-6f0e-4a53-9d55-1f1f0d2b8a11");
  g_assert_nonnull (gil);
  g_assert_cmpstr (ooo_person_get_role (gil), ==, "Analyst");
  /* The new tables are there and work with the old rows. */
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM meeting"), ==, 0);
  g_assert_cmpint (count_rows (store, "SELECT personal_notes = '' FROM person"), ==, 1);

  /* A copy of the version 1 file was taken first, private like the original. */
  g_assert_nonnull (ooo_store_get_backup_path (store));
  g_assert_true (g_str_has_prefix (ooo_store_get_backup_path (store), fixture->path));
  g_assert_cmpint (g_stat (ooo_store_get_backup_path (store), &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  {
    sqlite3 *db = NULL;

    g_assert_cmpint (sqlite3_open_v2 (ooo_store_get_backup_path (store), &db,
                                      SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
    g_assert_cmpint (ooo_schema_get_version (db), ==, 1);
    sqlite3_close (db);
  }

  /* Opening again migrates nothing and copies nothing. */
  g_clear_object (&people);
  g_clear_object (&store);
  store = open_store (fixture->path);
  g_assert_null (ooo_store_get_backup_path (store));
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);

  return contents;
}

static void
assert_moved_aside (Fixture    *fixture,
                    OooStore   *store,
                    const char *original,
                    gsize       length)
{
  const char *moved = ooo_store_get_recovered_path (store);
  g_autofree char *kept = NULL;
  gsize kept_length;

  g_assert_nonnull (moved);
  g_assert_true (g_str_has_prefix (moved, fixture->path));
  g_assert_nonnull (strstr (moved, ".damaged-"));
  g_assert_true (g_file_get_contents (moved, &kept, &kept_length, NULL));
  g_assert_cmpuint (kept_length, ==, length);
  g_assert_cmpmem (kept, kept_length, original, length);
}

static void
test_not_a_database (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *text = "These are my notes, not a database.\n";
  g_autoptr(OooStore) store = NULL;
  g_autoptr(OooPeople) people = NULL;

  g_assert_true (g_file_set_contents (fixture->path, text, -1, NULL));
  store = open_store (fixture->path);
  assert_moved_aside (fixture, store, text, strlen (text));

  /* A fresh database took its place and works. */
  people = open_people (store);
  g_object_unref (add_person (people, "Hana"));
  g_assert_cmpint (ooo_store_get_schema_version (store), ==, ooo_schema_latest_version ());
}

static void
test_damaged_database (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(OooStore) store = open_store (fixture->path);
  g_autoptr(OooPeople) people = open_people (store);
  g_autofree char *before = NULL;
  gsize length;

  for (guint i = 0; i < 200; i++) {
    g_autofree char *name = g_strdup_printf ("Person %u with a long enough name to fill pages",
                                             i);
    g_object_unref (add_person (people, name));
  }
  g_clear_object (&people);
  g_clear_object (&store);

  /* Scribble over the middle of the file, as a failing disk would. */
  g_assert_true (g_file_get_contents (fixture->path, &before, &length, NULL));
  g_assert_cmpuint (length, >, 16384);
  memset (before + 4096, 0x5a, 8192);
  g_assert_true (g_file_set_contents (fixture->path, before, length, NULL));

  store = open_store (fixture->path);
  assert_moved_aside (fixture, store, before, length);
  people = open_people (store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 0);
}

/* Another program's SQLite file is not ours to change. */
static void
test_foreign_database (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(OooStore) store = NULL;
  g_autofree char *before = NULL;
  sqlite3 *db = NULL;
  gsize length;

  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  exec_ok (db, "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('bread')");
  sqlite3_close (db);
  g_assert_true (g_file_get_contents (fixture->path, &before, &length, NULL));

  store = open_store (fixture->path);
  assert_moved_aside (fixture, store, before, length);
}

/* A worker's second connection reads what the first wrote, writes nothing,
 * and never moves a file aside: a damaged file gets an error, and stays. */
static void
test_reader (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(OooStore) store = open_store (fixture->path);
  g_autoptr(OooPeople) people = open_people (store);
  g_autoptr(OooStore) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.db", NULL);
  const char *text = "These are my notes, not a database.\n";
  g_autofree char *kept = NULL;
  sqlite3_stmt *stmt;

  g_object_unref (add_person (people, "Hana"));
  reader = ooo_store_open_reader (fixture->path, &error);
  g_assert_no_error (error);
  stmt = ooo_store_prepare (reader, "SELECT name FROM person", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "Hana");
  sqlite3_reset (stmt);
  g_assert_cmpint (sqlite3_exec (ooo_store_get_db (reader), "DELETE FROM person", NULL, NULL,
                                 NULL), ==, SQLITE_READONLY);
  g_clear_object (&reader);

  /* Nothing is created where there was nothing. */
  reader = ooo_store_open_reader (missing, &error);
  g_assert_null (reader);
  g_assert_nonnull (error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (missing, text, -1, NULL));
  reader = ooo_store_open_reader (missing, &error);
  if (reader != NULL)
    g_assert_null (ooo_store_prepare (reader, "SELECT name FROM person", &error));
  g_assert_nonnull (error);
  g_assert_true (g_file_get_contents (missing, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, text);
}

static void
test_newer_version_left_alone (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OooStore) store = open_store (fixture->path);
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d",
                                          ooo_schema_latest_version () + 1);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  OooStore *newer;

  exec_ok (ooo_store_get_db (store), sql);
  g_clear_object (&store);
  before = read_file (fixture->path);

  newer = ooo_store_open (fixture->path, &error);
  g_assert_null (newer);
  g_assert_error (error, OOO_STORE_ERROR, OOO_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer version"));
  after = read_file (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_unwritable_location (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *blocker = g_build_filename (fixture->dir, "not-a-folder", NULL);
  g_autofree char *path = g_build_filename (blocker, "inside", "one-on-one.db", NULL);
  g_autoptr(GError) error = NULL;
  OooStore *store;

  /* A file where the folder should be: refused even to root. */
  g_assert_true (g_file_set_contents (blocker, "x", 1, NULL));

  store = ooo_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, OOO_STORE_ERROR, OOO_STORE_ERROR_CANNOT_OPEN);
  g_assert_nonnull (strstr (error->message, "Cannot create the folder"));
  g_assert_nonnull (strstr (error->message, "not-a-folder"));

  /* And a database path that is itself a folder. */
  g_clear_error (&error);
  store = ooo_store_open (fixture->dir, &error);
  g_assert_null (store);
  g_assert_error (error, OOO_STORE_ERROR, OOO_STORE_ERROR_CANNOT_OPEN);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = g_dir_make_tmp ("ooo-data-home-XXXXXX", &error);
  int result;

  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/store/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("create", test_create);
  ADD ("default-location-modes", test_default_location_modes);
  ADD ("people-round-trip", test_people_round_trip);
  ADD ("uuids-stable", test_uuids_stable);
  ADD ("update-archive-delete", test_update_archive_delete);
  ADD ("validation", test_validation);
  ADD ("personal-notes-round-trip", test_personal_notes_round_trip);
  ADD ("hostile-text", test_hostile_text);
  ADD ("sorted-by-name", test_sorted_by_name);
  ADD ("migration-from-version-1", test_migration_from_version_1);
  ADD ("not-a-database", test_not_a_database);
  ADD ("damaged-database", test_damaged_database);
  ADD ("foreign-database", test_foreign_database);
  ADD ("newer-version-left-alone", test_newer_version_left_alone);
  ADD ("reader", test_reader);
  ADD ("unwritable-location", test_unwritable_location);
#undef ADD

  result = g_test_run ();
  remove_tree (data_home);

  return result;
}
