/* test-search.c — full-text search: each kind of text is found, triggers
 * keep the index in step, the migration indexes an existing file, hostile
 * input is searched literally, accents and prefixes, snippets and limits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ooo-schema.h"
#include "ooo-search.h"
#include "ooo-session-fixture.h"

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture_make_folder (fixture, "search");
  /* The migration test writes its own file first. */
  if (data == NULL) {
    fixture_add_ana (fixture, "José Núñez", "Asia/Tokyo");
    open_session (fixture);
  }
}

static GListModel *
search (Fixture    *fixture,
        const char *text,
        guint       limit)
{
  g_autoptr(GError) error = NULL;
  GListModel *results = ooo_search_run (fixture->store, text, limit, &error);

  g_assert_no_error (error);
  g_assert_nonnull (results);
  return results;
}

static guint
count (Fixture    *fixture,
       const char *text)
{
  g_autoptr(GListModel) results = search (fixture, text, 0);

  return g_list_model_get_n_items (results);
}

static OooSearchResult *
only_result (Fixture    *fixture,
             const char *text)
{
  g_autoptr(GListModel) results = search (fixture, text, 0);

  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  return g_list_model_get_item (results, 0);
}

static gint64
query_int (Fixture    *fixture,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (ooo_store_get_db (fixture->store), sql, -1, &stmt,
                                       NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

/* The FTS5 index agrees with its content, row for row. */
static void
assert_index_sound (Fixture *fixture)
{
  char *message = NULL;
  int rc = sqlite3_exec (ooo_store_get_db (fixture->store),
                         "INSERT INTO search_index (search_index, rank)"
                         " VALUES ('integrity-check', 1)", NULL, NULL, &message);

  g_assert_cmpstr (message, ==, NULL);
  g_assert_cmpint (rc, ==, SQLITE_OK);
}

/* A 1:1 held on Monday 2 November 2026 at 23:30 UTC: Tuesday in Tokyo. */
static OooMeeting *
record (Fixture    *fixture,
        const char *notes)
{
  g_autoptr(GError) error = NULL;
  OooTemplate *o3 = ooo_templates_find_builtin (ooo_session_get_templates (fixture->session),
                                                "o3");
  OooMeeting *meeting = ooo_meetings_record_past (ooo_session_get_meetings (fixture->session),
                                                  fixture->ana, o3, 1793662200, 30, notes,
                                                  &error);

  g_assert_no_error (error);
  return meeting;
}

static void
test_each_kind (Fixture       *fixture,
                gconstpointer  data)
{
  OooMeetings *meetings = ooo_session_get_meetings (fixture->session);
  OooFollowUps *follow_ups = ooo_session_get_follow_ups (fixture->session);
  gint64 ana_id = ooo_person_get_id (fixture->ana);
  g_autoptr(OooMeeting) meeting = record (fixture, "We talked about the migration plan");
  g_autoptr(OooActionItem) action = NULL;
  g_autoptr(OooTalkingPoint) point = NULL;
  g_autoptr(OooReminder) reminder = NULL;
  g_autoptr(GError) error = NULL;
  const struct { const char *query; OooSearchKind kind; gboolean in_meeting; } expected[] = {
    { "migration", OOO_SEARCH_KIND_NOTES, TRUE },
    { "burnout", OOO_SEARCH_KIND_PRIVATE_NOTES, TRUE },
    { "spreadsheet", OOO_SEARCH_KIND_ACTION_ITEM, TRUE },
    { "conference", OOO_SEARCH_KIND_TALKING_POINT, FALSE },
    { "daughter", OOO_SEARCH_KIND_PERSONAL_NOTES, FALSE },
    { "marathon", OOO_SEARCH_KIND_REMINDER, FALSE },
  };

  g_assert_true (ooo_meetings_save_private_notes (meetings, meeting, "Signs of burnout?",
                                                  &error));
  action = ooo_follow_ups_add_action (follow_ups, ana_id, ooo_meeting_get_id (meeting),
                                      "Send the spreadsheet", OOO_SIDE_THEM, NULL, &error);
  point = ooo_follow_ups_add_talking_point (follow_ups, ana_id, "The conference budget",
                                            OOO_SIDE_ME, &error);
  reminder = ooo_follow_ups_add_reminder (follow_ups, ana_id, "Ask how the marathon went",
                                          "2026-12-01", &error);
  g_assert_true (ooo_people_save_personal_notes (ooo_session_get_people (fixture->session),
                                                 fixture->ana, "Her daughter started school",
                                                 &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++) {
    g_autoptr(OooSearchResult) result = only_result (fixture, expected[i].query);

    g_assert_cmpint (ooo_search_result_get_kind (result), ==, expected[i].kind);
    g_assert_cmpstr (ooo_search_result_get_person_uuid (result), ==, ANA);
    g_assert_cmpstr (ooo_search_result_get_person_name (result), ==, "José Núñez");
    if (expected[i].in_meeting) {
      g_assert_cmpstr (ooo_search_result_get_meeting_uuid (result), ==,
                       ooo_meeting_get_uuid (meeting));
      /* The meeting's day where the report lives. */
      g_assert_cmpstr (ooo_search_result_get_date (result), ==, "2026-11-03");
    } else {
      g_assert_null (ooo_search_result_get_meeting_uuid (result));
    }
  }

  {
    g_autoptr(OooSearchResult) result = only_result (fixture, "marathon");

    g_assert_cmpstr (ooo_search_result_get_date (result), ==, "2026-12-01");
    g_assert_cmpint (ooo_search_result_get_source_id (result), ==,
                     ooo_reminder_get_id (reminder));
  }
  {
    /* Discussed in the meeting: the talking point now opens it. */
    g_autoptr(OooSearchResult) result = NULL;

    g_assert_true (ooo_follow_ups_set_discussed (follow_ups, point, TRUE,
                                                 ooo_meeting_get_id (meeting), &error));
    g_assert_no_error (error);
    result = only_result (fixture, "conference");
    g_assert_cmpstr (ooo_search_result_get_meeting_uuid (result), ==,
                     ooo_meeting_get_uuid (meeting));
  }
  g_assert_cmpstr (ooo_search_kind_to_label (OOO_SEARCH_KIND_PRIVATE_NOTES), ==,
                   "Private notes");
  assert_index_sound (fixture);
}

static void
test_triggers (Fixture       *fixture,
               gconstpointer  data)
{
  OooMeetings *meetings = ooo_session_get_meetings (fixture->session);
  OooFollowUps *follow_ups = ooo_session_get_follow_ups (fixture->session);
  OooPeople *people = ooo_session_get_people (fixture->session);
  g_autoptr(OooMeeting) meeting = record (fixture, "apples");
  g_autoptr(OooActionItem) action = NULL;
  g_autoptr(OooReminder) reminder = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (count (fixture, "apples"), ==, 1);

  /* Updates: the old words go, the new ones come. */
  g_assert_true (ooo_meetings_save_notes (meetings, meeting, 0, "pears", &error));
  g_assert_true (ooo_meetings_save_notes (meetings, meeting, 2, "plums", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (fixture, "apples"), ==, 0);
  g_assert_cmpuint (count (fixture, "pears"), ==, 1);
  g_assert_cmpuint (count (fixture, "plums"), ==, 1);
  g_assert_true (ooo_meetings_save_notes (meetings, meeting, 2, "", &error));
  g_assert_cmpuint (count (fixture, "plums"), ==, 0);

  action = ooo_follow_ups_add_action (follow_ups, ooo_person_get_id (fixture->ana),
                                      ooo_meeting_get_id (meeting), "Order cherries",
                                      OOO_SIDE_ME, NULL, &error);
  g_assert_cmpuint (count (fixture, "cherries"), ==, 1);
  g_assert_true (ooo_follow_ups_update_action (follow_ups, action, "Order grapes", OOO_SIDE_ME,
                                               NULL, &error));
  g_assert_cmpuint (count (fixture, "cherries"), ==, 0);
  g_assert_cmpuint (count (fixture, "grapes"), ==, 1);
  g_assert_true (ooo_follow_ups_delete_action (follow_ups, action, &error));
  g_assert_cmpuint (count (fixture, "grapes"), ==, 0);

  reminder = ooo_follow_ups_add_reminder (follow_ups, ooo_person_get_id (fixture->ana),
                                          "Mango season", "2026-12-01", &error);
  g_assert_true (ooo_people_save_personal_notes (people, fixture->ana, "Likes kiwis", &error));
  g_assert_true (ooo_people_save_personal_notes (people, fixture->ana, "Likes lemons", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (fixture, "kiwis"), ==, 0);
  g_assert_cmpuint (count (fixture, "lemons"), ==, 1);
  assert_index_sound (fixture);

  /* Deleting the person cascades to everything, and to the index. */
  g_assert_true (ooo_people_delete (people, fixture->ana, &error));
  g_assert_no_error (error);
  fixture->ana = NULL;
  g_assert_cmpuint (count (fixture, "pears"), ==, 0);
  g_assert_cmpuint (count (fixture, "mango"), ==, 0);
  g_assert_cmpuint (count (fixture, "lemons"), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM search_index_docsize"), ==, 0);
  assert_index_sound (fixture);
}

static void
exec_ok (sqlite3    *db,
         const char *sql)
{
  char *message = NULL;

  sqlite3_exec (db, sql, NULL, NULL, &message);
  g_assert_cmpstr (message, ==, NULL);
}

/* A file as version 3 of the schema left it, with something to find. */
static void
test_migration_indexes (Fixture       *fixture,
                        gconstpointer  data)
{
  sqlite3 *db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OooSearchResult) notes = NULL;
  g_autoptr(OooSearchResult) private = NULL;

  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  exec_ok (db, "PRAGMA application_id = 1330597681");
  g_assert_true (ooo_schema_migrate (db, 3, &error));
  g_assert_no_error (error);
  exec_ok (db,
           "INSERT INTO person (id, uuid, name, time_zone, personal_notes, created_at,"
           " updated_at) VALUES (1, '" ANA "', 'José Núñez', 'UTC', 'Plays the cello',"
           " 1700000000, 1700000000);"
           "INSERT INTO meeting (id, uuid, person_id, status, started_at, private_notes,"
           " created_at, updated_at) VALUES (1, 'bbbbbbbb-0000-4000-8000-000000000001', 1,"
           " 'held', 1700000000, 'Worried about the reorg', 1700000000, 1700000000);"
           "INSERT INTO meeting_segment (uuid, meeting_id, position, title, planned_seconds,"
           " notes) VALUES ('cccccccc-0000-4000-8000-000000000001', 1, 0, 'Their time', 600,"
           " 'Résumé of the quarter');"
           "INSERT INTO action_item (uuid, person_id, meeting_id, text, owner, created_at,"
           " updated_at) VALUES ('dddddddd-0000-4000-8000-000000000001', 1, 1,"
           " 'Book the offsite', 'me', 1700000000, 1700000000);"
           "INSERT INTO talking_point (uuid, person_id, text, raised_by, created_at,"
           " updated_at) VALUES ('eeeeeeee-0000-4000-8000-000000000001', 1, 'Hiring freeze',"
           " 'them', 1700000000, 1700000000);"
           "INSERT INTO reminder (uuid, person_id, text, remind_on, created_at, updated_at)"
           " VALUES ('ffffffff-0000-4000-8000-000000000001', 1, 'Wedding anniversary',"
           " '2026-06-01', 1700000000, 1700000000);");
  g_assert_cmpint (ooo_schema_get_version (db), ==, 3);
  sqlite3_close (db);

  open_session (fixture);
  g_assert_cmpint (ooo_store_get_schema_version (fixture->store), ==,
                   ooo_schema_latest_version ());
  g_assert_nonnull (ooo_store_get_backup_path (fixture->store));
  /* The roll-out columns came with their defaults. */
  g_assert_cmpint (ooo_person_get_rollout_status (fixture->ana), ==, OOO_ROLLOUT_NOT_YET);
  g_assert_cmpint (ooo_person_get_team_size (fixture->ana), ==, -1);

  notes = only_result (fixture, "resume");
  g_assert_cmpint (ooo_search_result_get_kind (notes), ==, OOO_SEARCH_KIND_NOTES);
  g_assert_cmpstr (ooo_search_result_get_meeting_uuid (notes), ==,
                   "bbbbbbbb-0000-4000-8000-000000000001");
  g_assert_cmpstr (ooo_search_result_get_date (notes), ==, "2023-11-14");
  private = only_result (fixture, "reorg");
  g_assert_cmpint (ooo_search_result_get_kind (private), ==, OOO_SEARCH_KIND_PRIVATE_NOTES);
  g_assert_cmpuint (count (fixture, "offsite"), ==, 1);
  g_assert_cmpuint (count (fixture, "freeze"), ==, 1);
  g_assert_cmpuint (count (fixture, "cello"), ==, 1);
  g_assert_cmpuint (count (fixture, "anniversary"), ==, 1);
  assert_index_sound (fixture);

  /* And it stays in step afterwards. */
  g_assert_true (ooo_people_save_personal_notes (ooo_session_get_people (fixture->session),
                                                 fixture->ana, "Plays the viola", &error));
  g_assert_cmpuint (count (fixture, "cello"), ==, 0);
  g_assert_cmpuint (count (fixture, "viola"), ==, 1);
}

static void
test_hostile_queries (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(OooMeeting) meeting = record (fixture, "Ask about OR and AND, \"quoted\" -x");
  const char *queries[] = {
    "AND", "OR", "NOT", "NEAR", "AND OR \"(", "\"", "\"\"", "(", ")", "-x", "*", "^", ":",
    "a:b", "{x}", "NEAR(a b)", "body:x", "x*y", "'", "\\", "\" OR 1=1 --", "\t\n ",
    "x AND", "+", "\xff\xfe broken", "…", "🙂",
  };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++) {
    g_autoptr(GError) error = NULL;
    g_autoptr(GListModel) results = ooo_search_run (fixture->store, queries[i], 0, &error);

    g_assert_no_error (error);
    g_assert_nonnull (results);
  }

  /* The words in them are searched as words. */
  g_assert_cmpuint (count (fixture, "AND OR"), ==, 1);
  g_assert_cmpuint (count (fixture, "\"quoted\""), ==, 1);
  g_assert_cmpuint (count (fixture, "-x"), ==, 1);
  g_assert_cmpuint (count (fixture, "NOT"), ==, 0);
  g_assert_cmpuint (count (fixture, ""), ==, 0);
  g_assert_cmpuint (count (fixture, NULL), ==, 0);
}

static void
test_build_query (void)
{
  const struct { const char *text; const char *query; } cases[] = {
    { "jose", "\"jose\" *" },
    { "jose ", "\"jose\"" },
    { "  two   words", "\"two\" \"words\" *" },
    { "say \"hi\"", "\"say\" \"\"\"hi\"\"\" *" },
    { "AND OR \"(", "\"AND\" \"OR\"" },
    { "-x", "\"-x\"" },
    { "-xy", "\"-xy\" *" },
    { "p", "\"p\"" },
    { "( ) *", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
    g_autofree char *query = ooo_search_build_query (cases[i].text);

    g_assert_cmpstr (query, ==, cases[i].query);
  }
}

static void
test_diacritics_and_prefix (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(OooMeeting) meeting = record (fixture, "José wants the Zürich café role");

  g_assert_cmpuint (count (fixture, "jose"), ==, 1);
  g_assert_cmpuint (count (fixture, "JOSÉ"), ==, 1);
  g_assert_cmpuint (count (fixture, "zurich cafe"), ==, 1);
  g_assert_cmpuint (count (fixture, "Zürich"), ==, 1);
  /* The last word while typing. */
  g_assert_cmpuint (count (fixture, "zür"), ==, 1);
  g_assert_cmpuint (count (fixture, "jo"), ==, 1);
  g_assert_cmpuint (count (fixture, "wants ro"), ==, 1);
  /* A whole word is whole once a space follows it, and only the last one
   * is a prefix. */
  g_assert_cmpuint (count (fixture, "jos "), ==, 0);
  g_assert_cmpuint (count (fixture, "jos role"), ==, 0);
  g_assert_cmpuint (count (fixture, "josé rolex"), ==, 0);
}

static void
test_snippet (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(OooMeeting) meeting = record (fixture, "Talked <b>salary</b> & bonus for the team");
  g_autoptr(OooSearchResult) result = only_result (fixture, "salary");
  g_autofree char *markup = NULL;
  const char *snippet = ooo_search_result_get_snippet (result);

  g_assert_nonnull (strstr (snippet, OOO_SEARCH_MATCH_START "salary" OOO_SEARCH_MATCH_END));
  markup = ooo_search_snippet_to_markup (snippet);
  g_assert_cmpstr (markup, ==, "Talked &lt;b&gt;<b>salary</b>&lt;/b&gt; &amp; bonus for the team");

  {
    g_autofree char *stray = ooo_search_snippet_to_markup ("a\003b\002c");
    g_autofree char *none = ooo_search_snippet_to_markup (NULL);

    g_assert_cmpstr (stray, ==, "ab<b>c</b>");
    g_assert_cmpstr (none, ==, "");
  }
  {
    g_autoptr(GString) longer = g_string_new (NULL);
    g_autoptr(OooMeeting) other = NULL;
    g_autoptr(OooSearchResult) cut = NULL;

    for (guint i = 0; i < 60; i++)
      g_string_append_printf (longer, "word%u ", i);
    g_string_append (longer, "needle");
    other = record (fixture, longer->str);
    cut = only_result (fixture, "needle");
    g_assert_true (g_str_has_prefix (ooo_search_result_get_snippet (cut), "…"));
    g_assert_true (g_str_has_suffix (ooo_search_result_get_snippet (cut),
                                     OOO_SEARCH_MATCH_START "needle" OOO_SEARCH_MATCH_END));
  }
}

static void
test_limit (Fixture       *fixture,
            gconstpointer  data)
{
  OooFollowUps *follow_ups = ooo_session_get_follow_ups (fixture->session);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 70; i++) {
    g_autofree char *text = g_strdup_printf ("Topic %u about budgets", i);

    g_object_unref (ooo_follow_ups_add_talking_point (follow_ups,
                                                      ooo_person_get_id (fixture->ana), text,
                                                      OOO_SIDE_THEM, &error));
    g_assert_no_error (error);
  }

  {
    g_autoptr(GListModel) three = search (fixture, "budgets", 3);
    g_autoptr(GListModel) fallback = search (fixture, "budgets", 0);
    g_autoptr(GListModel) all = search (fixture, "budgets", 500);

    g_assert_cmpuint (g_list_model_get_n_items (three), ==, 3);
    g_assert_cmpuint (g_list_model_get_n_items (fallback), ==, OOO_SEARCH_DEFAULT_LIMIT);
    g_assert_cmpuint (g_list_model_get_n_items (all), ==, 70);
  }
}

/* Best matches first; a search that matches thousands of texts lists the
 * newest first, and returns as many as asked all the same. */
static void
test_order (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(OooMeeting) thin = record (fixture, "budget, and a long list of other things to say");
  g_autoptr(OooMeeting) dense = record (fixture, "budget budget budget");
  g_autofree char *sql = NULL;

  {
    g_autoptr(GListModel) results = search (fixture, "budget", 0);
    g_autoptr(OooSearchResult) best = g_list_model_get_item (results, 0);

    g_assert_cmpuint (g_list_model_get_n_items (results), ==, 2);
    g_assert_cmpstr (ooo_search_result_get_meeting_uuid (best), ==,
                     ooo_meeting_get_uuid (dense));
  }

  sql = g_strdup_printf ("WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                         " WHERE i < 1100) INSERT INTO talking_point (uuid, person_id, text,"
                         " raised_by, created_at, updated_at)"
                         " SELECT 'point-' || i, %" G_GINT64_FORMAT ", 'common ground ' || i,"
                         " 'them', 0, 0 FROM n",
                         ooo_person_get_id (fixture->ana));
  g_assert_cmpint (sqlite3_exec (ooo_store_get_db (fixture->store), sql, NULL, NULL, NULL), ==,
                   SQLITE_OK);
  {
    g_autoptr(GListModel) results = search (fixture, "common", 5);
    gint64 previous = G_MAXINT64;

    g_assert_cmpuint (g_list_model_get_n_items (results), ==, 5);
    for (guint i = 0; i < 5; i++) {
      g_autoptr(OooSearchResult) result = g_list_model_get_item (results, i);

      g_assert_cmpint (ooo_search_result_get_source_id (result), <, previous);
      previous = ooo_search_result_get_source_id (result);
    }
    g_assert_cmpint (previous, ==, query_int (fixture, "SELECT max(id) - 4 FROM talking_point"));
  }
  assert_index_sound (fixture);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/search/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("each-kind", test_each_kind);
  ADD ("triggers", test_triggers);
  ADD ("hostile-queries", test_hostile_queries);
  ADD ("diacritics-and-prefix", test_diacritics_and_prefix);
  ADD ("snippet", test_snippet);
  ADD ("limit", test_limit);
  ADD ("order", test_order);
#undef ADD
  g_test_add ("/search/migration-indexes", Fixture, "v3", fixture_set_up,
              test_migration_indexes, fixture_tear_down);
  g_test_add_func ("/search/build-query", test_build_query);

  return g_test_run ();
}
