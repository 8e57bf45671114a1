/* test-import.c — merging an export into the database: updates, additions,
 * nothing deleted, private notes kept, segments reordered and imported
 * twice; and a table of malformed files, each refused with its message and
 * the database left exactly as it was
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "ooo-export-fixture.h"

static void
assert_count (const OooImportCount *count,
              guint                 added,
              guint                 updated,
              guint                 unchanged)
{
  g_assert_cmpuint (count->added, ==, added);
  g_assert_cmpuint (count->updated, ==, updated);
  g_assert_cmpuint (count->unchanged, ==, unchanged);
}

static char *
query_text (OooStore   *store,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text;

  g_assert_cmpint (sqlite3_prepare_v2 (ooo_store_get_db (store), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return text;
}

static void
test_merge (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *before = export_all (fixture->store);
  g_autofree char *renamed = edit (before, "\"name\" : \"Ana Lima\"",
                                   "\"name\" : \"Ana Lima-Souza\"", FALSE);
  g_autofree char *noted = edit (renamed, "\"notes\" : \"Shared the reorg news.\"",
                                 "\"notes\" : \"Shared the reorg news, again.\"", FALSE);
  g_autoptr(GString) file = g_string_new (noted);
  g_autofree char *after = NULL;
  g_autofree char *dump = NULL;
  OooImportSummary summary;
  const char *zoe;
  const char *zoe_end;

  /* Zoë, the last person, left out of the file: she stays in the database. */
  zoe = strstr (file->str, ",\n    {\n      \"uuid\" : \"" ZOE "\"");
  g_assert_nonnull (zoe);
  zoe_end = strstr (zoe, "\n    }");
  g_assert_nonnull (zoe_end);
  g_string_erase (file, zoe - file->str, zoe_end + strlen ("\n    }") - zoe);

  /* Bruno gets a meeting the database does not have. */
  g_assert_cmpuint (g_string_replace (file,
                                      "\"meetings\" : [\n        {\n          \"uuid\" : \""
                                      BRUNO_1 "\"",
                                      "\"meetings\" : [\n        {\"uuid\": "
                                      "\"c0000000-0000-4000-8000-0000000000aa\", \"template\": "
                                      "null, \"template_name\": \"\", \"status\": \"held\", "
                                      "\"due_on\": null, \"rescheduled_to\": null, "
                                      "\"cancel_reason\": \"\", \"started_at\": "
                                      "\"2024-01-20T10:00:00+01:00\", \"ended_at\": null, "
                                      "\"segments\": [{\"uuid\": "
                                      "\"d0000000-0000-4000-8000-0000000000aa\", \"title\": "
                                      "\"Talk\", \"owner\": \"both\", \"prompts\": [], "
                                      "\"planned_seconds\": 1800, \"actual_seconds\": 1700, "
                                      "\"notes\": \"Walked.\"}]},\n        {\n          "
                                      "\"uuid\" : \"" BRUNO_1 "\"", 1), ==, 1);

  import_ok (fixture->store, file->str, &summary);
  assert_count (&summary.people, 0, 1, 3);
  assert_count (&summary.meetings, 1, 0, 5);
  assert_count (&summary.segments, 1, 1, 5);
  assert_count (&summary.action_items, 0, 0, 4);
  assert_count (&summary.talking_points, 0, 0, 2);
  assert_count (&summary.reminders, 0, 0, 2);
  assert_count (&summary.templates, 0, 0, 2);

  g_assert_cmpint (count_rows (fixture->store, "SELECT count(*) FROM person"), ==, 5);
  g_assert_cmpint (count_rows (fixture->store, "SELECT count(*) FROM person WHERE uuid = '"
                                               ZOE "'"), ==, 1);
  g_assert_cmpint (count_rows (fixture->store, "SELECT count(*) FROM meeting"), ==, 6);
  {
    g_autofree char *name = query_text (fixture->store,
                                        "SELECT name FROM person WHERE uuid = '" ANA "'");
    g_autofree char *started = query_text (fixture->store,
                                           "SELECT started_at FROM meeting WHERE uuid ="
                                           " 'c0000000-0000-4000-8000-0000000000aa'");
    g_autofree char *owner = query_text (fixture->store,
                                         "SELECT person_id FROM meeting WHERE uuid ="
                                         " 'c0000000-0000-4000-8000-0000000000aa'");
    g_autofree char *elapsed = query_text (fixture->store,
                                           "SELECT group_concat (elapsed_ms) FROM"
                                           " meeting_segment WHERE meeting_id = 10");

    g_assert_cmpstr (name, ==, "Ana Lima-Souza");
    g_assert_cmpstr (started, ==, "1705741200");
    g_assert_cmpstr (owner, ==, "2");
    /* 612999 ms is 612 s in the file: the milliseconds were kept. */
    g_assert_cmpstr (elapsed, ==, "612999,598000,0");
  }

  /* The same file again changes nothing. */
  dump = dump_database (fixture->store);
  import_ok (fixture->store, file->str, &summary);
  assert_count (&summary.people, 0, 0, 4);
  assert_count (&summary.meetings, 0, 0, 6);
  assert_count (&summary.segments, 0, 0, 7);
  after = dump_database (fixture->store);
  g_assert_cmpstr (after, ==, dump);
}

/* An export without private notes does not erase those the database has. */
static void
test_private_notes_kept (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *without = export_data (fixture->store, OOO_EXPORT_SCOPE_ALL, NULL, FALSE);
  g_autofree char *changed = edit (without, "\"cancel_reason\" : \"Sick day\"",
                                   "\"cancel_reason\" : \"Sick day (flu)\"", FALSE);
  g_autofree char *notes = NULL;
  g_autoptr(OooStore) copy = open_empty (fixture, "copy.db");
  OooImportSummary summary;

  /* The app reading at the same time keeps what it was reading. */
  {
    g_autoptr(OooStore) app = open_store (fixture->path);

    exec_ok (app, "BEGIN");
    g_assert_cmpint (count_rows (app, "SELECT count(*) FROM meeting WHERE cancel_reason ="
                                      " 'Sick day'"), ==, 1);
    import_ok (fixture->store, changed, &summary);
    g_assert_cmpint (count_rows (app, "SELECT count(*) FROM meeting WHERE cancel_reason ="
                                      " 'Sick day'"), ==, 1);
    exec_ok (app, "COMMIT");
    g_assert_cmpint (count_rows (app, "SELECT count(*) FROM meeting WHERE cancel_reason ="
                                      " 'Sick day (flu)'"), ==, 1);
  }
  assert_count (&summary.meetings, 0, 1, 4);
  notes = query_text (fixture->store, "SELECT private_notes FROM meeting WHERE uuid = '"
                                      HELD "'");
  g_assert_cmpstr (notes, ==, PRIVATE_NOTE);

  /* Into a new database they are empty. */
  import_ok (copy, without, &summary);
  g_assert_cmpint (count_rows (copy, "SELECT count(*) FROM meeting WHERE private_notes <> ''"),
                   ==, 0);
}

/* The file's order for the segments; those only the database has follow. */
static void
test_segments_reordered (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *text = export_all (fixture->store);
  g_autofree char *swapped = NULL;
  g_autofree char *order = NULL;
  OooImportSummary summary;

  exec_ok (fixture->store,
           "INSERT INTO template_segment (uuid, template_id, position, title, minutes, owner,"
           " prompts) VALUES ('b1000000-0000-4000-8000-0000000000ff', 100, 2, 'Extra', 5, 'me',"
           " '')");
  swapped = edit (text, "b1000000-0000-4000-8000-000000000001", "SWAP", TRUE);
  g_free (text);
  text = edit (swapped, "b1000000-0000-4000-8000-000000000002",
               "b1000000-0000-4000-8000-000000000001", TRUE);
  g_free (swapped);
  swapped = edit (text, "SWAP", "b1000000-0000-4000-8000-000000000002", TRUE);

  import_ok (fixture->store, swapped, &summary);
  assert_count (&summary.templates, 0, 0, 2);
  order = query_text (fixture->store,
                      "SELECT group_concat (substr (uuid, 34) || ':' || title, ' ') FROM"
                      " (SELECT * FROM template_segment WHERE template_id = 100"
                      "  ORDER BY position)");
  g_assert_cmpstr (order, ==, "002:Updates 001:Plans 0ff:Extra");
}

/* A segment the file lacks stays after the file's; importing the same file
 * again then changes nothing, and says so. */
static void
test_segments_imported_twice (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *text = export_all (fixture->store);
  g_autofree char *replaced = edit (text, "d0000000-0000-4000-8000-000000000003",
                                    "d0000000-0000-4000-8000-0000000000ff", FALSE);
  g_autofree char *order = NULL;
  OooImportSummary summary;

  import_ok (fixture->store, replaced, &summary);
  assert_count (&summary.segments, 1, 0, 5);
  order = query_text (fixture->store,
                      "SELECT group_concat (substr (uuid, 34), ' ') FROM"
                      " (SELECT * FROM meeting_segment WHERE meeting_id = 10 ORDER BY position)");
  g_assert_cmpstr (order, ==, "001 002 0ff 003");

  import_ok (fixture->store, replaced, &summary);
  assert_count (&summary.segments, 0, 0, 6);
}

/* A built-in cannot be overwritten; a custom template can be added. */
static void
test_templates (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(OooStore) copy = open_empty (fixture, "copy.db");
  g_autofree char *text = export_data (fixture->store, OOO_EXPORT_SCOPE_PERSON, BRUNO, FALSE);
  g_autofree char *name = NULL;
  OooImportSummary summary;

  import_ok (copy, text, &summary);
  assert_count (&summary.templates, 1, 0, 0);
  name = query_text (copy, "SELECT t.name FROM person p JOIN template t"
                           " ON t.id = p.default_template_id");
  g_assert_cmpstr (name, ==, "Weekly sync");
  g_assert_cmpint (count_rows (copy, "SELECT count(*) FROM template WHERE builtin_key IS NOT"
                                     " NULL"), ==, 7);
}

/* An in-progress meeting may replace none but itself. */
static void
test_in_progress (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *text = export_all (fixture->store);
  g_autofree char *ended = edit (text, "\"status\" : \"in-progress\"", "\"status\" : \"held\"",
                                 FALSE);
  g_autofree char *started = edit (ended, "\"status\" : \"cancelled\"",
                                   "\"status\" : \"in-progress\"", FALSE);
  OooImportSummary summary;

  import_ok (fixture->store, started, &summary);
  assert_count (&summary.meetings, 0, 2, 3);
  g_assert_cmpint (count_rows (fixture->store, "SELECT count(*) FROM meeting WHERE"
                                               " status = 'in-progress' AND uuid = '"
                                               CANCELLED "'"), ==, 1);
}

static GPtrArray *
list_schema (OooStore   *store,
             const char *sql)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (ooo_store_get_db (store), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (rows, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  return rows;
}

static void
assert_indexes_whole (OooStore  *store,
                      GPtrArray *tables)
{
  for (guint i = 0; i < tables->len; i++) {
    const char *table = g_ptr_array_index (tables, i);
    g_autofree char *sql = g_strdup_printf ("INSERT INTO \"%s\" (\"%s\") VALUES"
                                            " ('integrity-check')", table, table);
    exec_ok (store, sql);
  }
}

/* An import bigger than the database builds the search index once, at the
 * end: the triggers come back as they were and the index matches the rows. */
static void
test_big_import_index (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) tables = list_schema (fixture->store,
                                             "SELECT name FROM sqlite_schema WHERE type ="
                                             " 'table' AND sql LIKE '%USING fts5%'");
  g_autoptr(GPtrArray) triggers = list_schema (fixture->store,
                                               "SELECT sql FROM sqlite_schema WHERE type ="
                                               " 'trigger' ORDER BY name");
  g_autoptr(GPtrArray) triggers_after = NULL;
  g_autoptr(GString) text = g_string_new ("{\"format\": \"one-on-one\", \"version\": 1, "
                                          "\"people\": [{\"uuid\": \"" SAM_1 "\", "
                                          "\"name\": \"Sam Lee\", \"role\": \"Writer\", "
                                          "\"relationship\": \"direct\", \"kind\": "
                                          "\"individual\", \"employment\": \"employee\", "
                                          "\"time_zone\": \"\", \"cadence_days\": 7, "
                                          "\"reporting_since\": null, \"archived\": false, "
                                          "\"default_template\": null, \"personal_notes\": "
                                          "\"\", \"rollout_status\": \"not-yet\", "
                                          "\"rollout_since\": null, \"team_size\": null, "
                                          "\"meetings\": [");
  OooImportSummary summary;

  if (tables->len == 0) {
    g_test_skip ("No full-text index in this schema");
    return;
  }

  for (guint i = 0; i < 600; i++)
    g_string_append_printf (text,
                            "%s{\"uuid\": \"c1000000-0000-4000-8000-%012x\", \"template\": "
                            "null, \"template_name\": \"\", \"status\": \"held\", "
                            "\"due_on\": null, \"rescheduled_to\": null, \"cancel_reason\": "
                            "\"\", \"started_at\": null, \"ended_at\": null, "
                            "\"segments\": [{\"uuid\": \"d1000000-0000-4000-8000-%012x\", "
                            "\"title\": \"Talk\", \"owner\": \"both\", \"prompts\": [], "
                            "\"planned_seconds\": 600, \"actual_seconds\": 600, \"notes\": "
                            "\"Week %u: talked about the zanzibar project.\"}]}",
                            i > 0 ? ", " : "", i, i, i);
  g_string_append (text, "]}]}");

  import_ok (fixture->store, text->str, &summary);
  assert_count (&summary.meetings, 600, 0, 0);
  assert_count (&summary.segments, 600, 0, 0);

  triggers_after = list_schema (fixture->store,
                                "SELECT sql FROM sqlite_schema WHERE type = 'trigger'"
                                " ORDER BY name");
  g_assert_cmpuint (triggers_after->len, ==, triggers->len);
  for (guint i = 0; i < triggers->len; i++)
    g_assert_cmpstr (g_ptr_array_index (triggers_after, i), ==,
                     g_ptr_array_index (triggers, i));
  assert_indexes_whole (fixture->store, tables);

  /* The triggers work again: a change afterwards is indexed as it is made. */
  exec_ok (fixture->store, "UPDATE meeting_segment SET notes = 'Quokka sighting'"
                           " WHERE uuid = 'd1000000-0000-4000-8000-000000000007'");
  assert_indexes_whole (fixture->store, tables);
}

typedef struct {
  GMutex  lock;
  GArray *reports;   /* Report */
} Progress;

typedef struct {
  OooImportStage stage;
  guint          done;
  guint          total;
} Report;

static void
record_progress (OooImportStage stage,
                 guint          done,
                 guint          total,
                 gpointer       user_data)
{
  Progress *progress = user_data;
  Report report = { stage, done, total };

  g_mutex_lock (&progress->lock);
  g_array_append_val (progress->reports, report);
  g_mutex_unlock (&progress->lock);
}

/* An import says how far it is: reading and writing person by person, up
 * to everyone, checking in between, and finishing last; the stages in
 * order, never back. */
static void
test_progress (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *text = export_all (fixture->store);
  g_autofree char *path = g_build_filename (fixture->dir, "export.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(OooStore) copy = open_empty (fixture, "copy.db");
  g_autofree char *people = query_text (fixture->store, "SELECT count(*) FROM person");
  guint n_people = (guint) g_ascii_strtoull (people, NULL, 10);
  Progress progress = { { 0 }, g_array_new (FALSE, FALSE, sizeof (Report)) };
  g_autoptr(GError) error = NULL;
  guint read_max = 0;
  guint written = 0;
  guint n_finishing = 0;
  OooImportStage stage = OOO_IMPORT_STAGE_READING;

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_people, >=, 3);

  g_mutex_init (&progress.lock);
  g_assert_true (ooo_import_from_file_full (copy, file, record_progress, &progress, NULL,
                                            &error));
  g_assert_no_error (error);

  g_assert_cmpuint (progress.reports->len, >, 0);
  for (guint i = 0; i < progress.reports->len; i++) {
    Report *report = &g_array_index (progress.reports, Report, i);

    g_assert_cmpint (report->stage, >=, stage);
    stage = report->stage;
    g_assert_cmpuint (report->done, <=, report->total);
    switch (report->stage) {
    case OOO_IMPORT_STAGE_READING:
      g_assert_true (report->total == 0 || report->total == n_people);
      read_max = MAX (read_max, report->done);
      break;
    case OOO_IMPORT_STAGE_WRITING:
      g_assert_cmpuint (report->total, ==, n_people);
      g_assert_cmpuint (report->done, ==, ++written);
      break;
    case OOO_IMPORT_STAGE_FINISHING:
      n_finishing++;
      break;
    case OOO_IMPORT_STAGE_CHECKING:
    default:
      break;
    }
  }
  g_assert_cmpuint (read_max, ==, n_people);
  g_assert_cmpuint (written, ==, n_people);
  g_assert_cmpuint (n_finishing, ==, 1);
  g_assert_cmpint (stage, ==, OOO_IMPORT_STAGE_FINISHING);

  g_array_unref (progress.reports);
  g_mutex_clear (&progress.lock);
}

static void
test_summary_text (void)
{
  OooImportSummary summary = { { 0 } };
  g_autofree char *nothing = ooo_import_summary_to_string (&summary);
  g_autofree char *some = NULL;

  g_assert_cmpstr (nothing, ==, "The file held nothing to import.");
  summary.people.added = 2;
  summary.people.unchanged = 1;
  summary.templates.updated = 1;
  some = ooo_import_summary_to_string (&summary);
  g_assert_cmpstr (some, ==, "People: 2 added, 0 updated, 1 unchanged; "
                             "Templates: 0 added, 1 updated, 0 unchanged");
}

/* The toast's sentence: short, and counting what came in or changed. */
static void
test_summary_sentence (void)
{
  OooImportSummary summary = { { 0 } };
  g_autofree char *nothing = ooo_import_summary_to_sentence (&summary);
  g_autofree char *same = NULL;
  g_autofree char *both = NULL;
  g_autofree char *one = NULL;
  g_autofree char *others = NULL;

  g_assert_cmpstr (nothing, ==, "The file held nothing to import.");

  summary.people.unchanged = 3;
  summary.meetings.unchanged = 40;
  same = ooo_import_summary_to_sentence (&summary);
  g_assert_cmpstr (same, ==, "Nothing new: everything in the file was here already.");

  summary.action_items.added = 1;
  others = ooo_import_summary_to_sentence (&summary);
  g_assert_cmpstr (others, ==, "Imported 1 change");

  summary.meetings.added = 1;
  one = ooo_import_summary_to_sentence (&summary);
  g_assert_cmpstr (one, ==, "Imported 1 one-on-one");

  summary.people.added = 1;
  summary.people.updated = 1;
  summary.meetings.updated = 2;
  both = ooo_import_summary_to_sentence (&summary);
  g_assert_cmpstr (both, ==, "Imported 2 people and 3 one-on-ones");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/summary-text", test_summary_text);
  g_test_add_func ("/import/summary-sentence", test_summary_sentence);
#define ADD(name, func) \
  g_test_add ("/import/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("merge", test_merge);
  ADD ("private-notes-kept", test_private_notes_kept);
  ADD ("segments-reordered", test_segments_reordered);
  ADD ("segments-imported-twice", test_segments_imported_twice);
  ADD ("templates", test_templates);
  ADD ("in-progress", test_in_progress);
  ADD ("big-import-index", test_big_import_index);
  ADD ("progress", test_progress);
#undef ADD

  return g_test_run ();
}
