/* test-export.c — the JSON export: the golden file, private notes, the
 * person and meeting scopes, files on disk, and the round trip through an
 * import into an empty database
 *
 * Set OOO_UPDATE_GOLDEN=1 to write tests/data/export-golden.json anew from
 * the fixture (then read the diff before committing it).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <sys/stat.h>

#include "ooo-export-fixture.h"

#define GOLDEN_VERSION_LINE "\"app_version\" : \"@PACKAGE_VERSION@\""

static char *
golden_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "data", "export-golden.json", NULL);
}

/* The export of the fixture, as in the golden file: the app's version is a
 * placeholder there, so that a release does not change it. */
static char *
export_for_golden (OooStore *store)
{
  g_autofree char *data = export_data (store, OOO_EXPORT_SCOPE_ALL, NULL, FALSE);
  g_autoptr(GString) text = g_string_new (data);
  g_autofree char *line = g_strdup_printf ("\"app_version\" : \"%s\"", PACKAGE_VERSION);

  g_assert_cmpuint (g_string_replace (text, line, GOLDEN_VERSION_LINE, 0), ==, 1);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_golden (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *path = golden_path ();
  g_autofree char *actual = export_for_golden (fixture->store);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  if (g_getenv ("OOO_UPDATE_GOLDEN") != NULL) {
    g_assert_true (g_file_set_contents (path, actual, -1, &error));
    g_assert_no_error (error);
  }

  g_assert_true (g_file_get_contents (path, &expected, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (actual, ==, expected);

  /* The same data, exported again, gives the same bytes. */
  {
    g_autofree char *again = export_for_golden (fixture->store);
    g_assert_cmpstr (again, ==, actual);
  }
}

/* The file is assembled person by person; it must be exactly what json-glib
 * writes for the whole tree, pretty, indented by two, plus a final newline. */
static void
test_same_as_whole_tree (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *text = export_all (fixture->store);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *whole = NULL;
  g_autofree char *expected = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  whole = json_generator_to_data (generator, NULL);
  expected = g_strconcat (whole, "\n", NULL);
  g_assert_cmpstr (text, ==, expected);

  /* And with nobody in it. */
  {
    g_autoptr(OooStore) empty = open_empty (fixture, "empty.db");
    g_autofree char *none = export_all (empty);

    g_assert_cmpstr (none, ==,
                     "{\n"
                     "  \"format\" : \"one-on-one\",\n"
                     "  \"version\" : 1,\n"
                     "  \"exported_at\" : \"2024-02-01T12:00:00Z\",\n"
                     "  \"app_version\" : \"" PACKAGE_VERSION "\",\n"
                     "  \"people\" : [],\n"
                     "  \"templates\" : []\n"
                     "}\n");
  }
}

static JsonObject *
parse_object (const char *text,
              JsonParser *parser)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);

  return json_node_get_object (json_parser_get_root (parser));
}

static JsonArray *
member_array (JsonObject *object,
              const char *name)
{
  g_assert_true (json_object_has_member (object, name));
  return json_object_get_array_member (object, name);
}

static JsonObject *
element (JsonArray *array,
         guint      index)
{
  g_assert_cmpuint (index, <, json_array_get_length (array));
  return json_array_get_object_element (array, index);
}

static void
test_private_notes (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *without = export_data (fixture->store, OOO_EXPORT_SCOPE_ALL, NULL, FALSE);
  g_autofree char *with = export_data (fixture->store, OOO_EXPORT_SCOPE_ALL, NULL, TRUE);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *meeting;

  /* Left out by default: not even the member's name. */
  g_assert_null (strstr (without, PRIVATE_NOTE));
  g_assert_null (strstr (without, "Running late."));
  g_assert_null (strstr (without, "private_notes"));

  g_assert_nonnull (strstr (with, PRIVATE_NOTE));
  meeting = element (member_array (element (member_array (parse_object (with, parser), "people"),
                                            0), "meetings"), 2);
  g_assert_cmpstr (json_object_get_string_member (meeting, "uuid"), ==, HELD);
  g_assert_cmpstr (json_object_get_string_member (meeting, "private_notes"), ==, PRIVATE_NOTE);

  /* Everything else is the same. */
  g_assert_cmpuint (strlen (with), >, strlen (without));
  g_assert_true (g_str_has_prefix (with, "{\n  \"format\""));
}

/* The order of the file: people by name then UUID, meetings never started
 * first then by start, action items by creation then UUID. */
static void
test_order (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *text = export_all (fixture->store);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root = parse_object (text, parser);
  JsonArray *people = member_array (root, "people");
  static const char * const people_order[] = { ANA, BRUNO, SAM_1, SAM_2, ZOE };
  static const char * const meeting_order[] = { CANCELLED, MOVED, HELD, RUNNING };
  static const char * const action_order[] = { ACTION_2, ACTION_1, ACTION_3 };
  JsonArray *meetings;
  JsonArray *actions;
  JsonArray *templates;

  g_assert_cmpuint (json_array_get_length (people), ==, G_N_ELEMENTS (people_order));
  for (guint i = 0; i < G_N_ELEMENTS (people_order); i++)
    g_assert_cmpstr (json_object_get_string_member (element (people, i), "uuid"), ==,
                     people_order[i]);

  meetings = member_array (element (people, 0), "meetings");
  g_assert_cmpuint (json_array_get_length (meetings), ==, G_N_ELEMENTS (meeting_order));
  for (guint i = 0; i < G_N_ELEMENTS (meeting_order); i++)
    g_assert_cmpstr (json_object_get_string_member (element (meetings, i), "uuid"), ==,
                     meeting_order[i]);

  actions = member_array (element (people, 0), "action_items");
  g_assert_cmpuint (json_array_get_length (actions), ==, G_N_ELEMENTS (action_order));
  for (guint i = 0; i < G_N_ELEMENTS (action_order); i++)
    g_assert_cmpstr (json_object_get_string_member (element (actions, i), "uuid"), ==,
                     action_order[i]);

  /* Only the manager's own templates, by name. */
  templates = member_array (root, "templates");
  g_assert_cmpuint (json_array_get_length (templates), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (element (templates, 0), "uuid"), ==, UNUSED);
  g_assert_cmpstr (json_object_get_string_member (element (templates, 1), "uuid"), ==, WEEKLY);
}

static void
test_person_scope (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *text = export_data (fixture->store, OOO_EXPORT_SCOPE_PERSON, BRUNO, FALSE);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root = parse_object (text, parser);
  JsonArray *people = member_array (root, "people");
  JsonArray *templates = member_array (root, "templates");
  JsonObject *bruno;

  g_assert_cmpuint (json_array_get_length (people), ==, 1);
  bruno = element (people, 0);
  g_assert_cmpstr (json_object_get_string_member (bruno, "uuid"), ==, BRUNO);
  g_assert_cmpstr (json_object_get_string_member (bruno, "name"), ==, "Bruno Ćosić");
  g_assert_cmpuint (json_array_get_length (member_array (bruno, "meetings")), ==, 1);
  g_assert_cmpuint (json_array_get_length (member_array (bruno, "action_items")), ==, 1);
  g_assert_null (strstr (text, "Ana Lima"));
  g_assert_null (strstr (text, "Bruno private"));

  /* The template Bruno's meetings use comes along; the unused one does not. */
  g_assert_cmpuint (json_array_get_length (templates), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (element (templates, 0), "uuid"), ==, WEEKLY);

  /* Ana uses only a built-in: no template at all. */
  {
    g_autofree char *ana = export_data (fixture->store, OOO_EXPORT_SCOPE_PERSON, ANA, FALSE);
    g_autoptr(JsonParser) ana_parser = json_parser_new ();

    g_assert_cmpuint (json_array_get_length (member_array (parse_object (ana, ana_parser),
                                                           "templates")), ==, 0);
  }
}

/* One meeting, inside its person, with what refers to it alone. */
static void
test_meeting_scope (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *text = export_data (fixture->store, OOO_EXPORT_SCOPE_MEETING, HELD, TRUE);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root = parse_object (text, parser);
  JsonObject *ana = element (member_array (root, "people"), 0);
  JsonArray *meetings = member_array (ana, "meetings");
  JsonArray *actions = member_array (ana, "action_items");
  JsonArray *points = member_array (ana, "talking_points");

  g_assert_cmpuint (json_array_get_length (member_array (root, "people")), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (ana, "uuid"), ==, ANA);
  g_assert_cmpuint (json_array_get_length (meetings), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (element (meetings, 0), "uuid"), ==, HELD);
  g_assert_cmpuint (json_array_get_length (member_array (element (meetings, 0), "segments")),
                    ==, 3);

  /* ACTION_1 was agreed here but ticked off in another meeting: it would
   * refer outside the file, so it stays out. */
  g_assert_cmpuint (json_array_get_length (actions), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (element (actions, 0), "uuid"), ==, ACTION_3);
  g_assert_cmpuint (json_array_get_length (points), ==, 1);
  g_assert_cmpuint (json_array_get_length (member_array (ana, "reminders")), ==, 0);
  g_assert_cmpuint (json_array_get_length (member_array (root, "templates")), ==, 0);

  /* It imports on its own into an empty database. */
  {
    g_autoptr(OooStore) empty = open_empty (fixture, "empty.db");
    OooImportSummary summary;

    import_ok (empty, text, &summary);
    g_assert_cmpuint (summary.people.added, ==, 1);
    g_assert_cmpuint (summary.meetings.added, ==, 1);
    g_assert_cmpuint (summary.segments.added, ==, 3);
    g_assert_cmpuint (summary.action_items.added, ==, 1);
    g_assert_cmpuint (summary.talking_points.added, ==, 1);
  }
}

static void
test_scope_not_found (Fixture       *fixture,
                      gconstpointer  data)
{
  OooExportOptions options = { OOO_EXPORT_SCOPE_PERSON, HELD, FALSE, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = ooo_export_to_data (fixture->store, &options, NULL, &error);

  g_assert_null (text);
  g_assert_error (error, OOO_EXPORT_ERROR, OOO_EXPORT_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==,
                   "There is no person with the UUID “" HELD "” in the database.");
  g_clear_error (&error);

  options.scope = OOO_EXPORT_SCOPE_MEETING;
  options.uuid = ANA;
  text = ooo_export_to_data (fixture->store, &options, NULL, &error);
  g_assert_null (text);
  g_assert_error (error, OOO_EXPORT_ERROR, OOO_EXPORT_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==,
                   "There is no meeting with the UUID “" ANA "” in the database.");
}

/* Without a time given, the export is stamped now, in UTC. */
static void
test_stamped_now (Fixture       *fixture,
                  gconstpointer  data)
{
  OooExportOptions options = { OOO_EXPORT_SCOPE_ALL, NULL, FALSE, NULL };
  gint64 before = g_get_real_time () / G_USEC_PER_SEC;
  g_autofree char *text = ooo_export_to_data (fixture->store, &options, NULL, NULL);
  gint64 after = g_get_real_time () / G_USEC_PER_SEC;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GDateTime) stamp = NULL;
  const char *exported_at;

  g_assert_nonnull (text);
  exported_at = json_object_get_string_member (parse_object (text, parser), "exported_at");
  g_assert_true (g_str_has_suffix (exported_at, "Z"));
  stamp = g_date_time_new_from_iso8601 (exported_at, NULL);
  g_assert_nonnull (stamp);
  g_assert_cmpint (g_date_time_to_unix (stamp), >=, before);
  g_assert_cmpint (g_date_time_to_unix (stamp), <=, after);
}

static void
test_format_time (void)
{
  char text[21];

  ooo_export_format_time (0, text);
  g_assert_cmpstr (text, ==, "1970-01-01T00:00:00Z");
  ooo_export_format_time (1704704400, text);
  g_assert_cmpstr (text, ==, "2024-01-08T09:00:00Z");
  ooo_export_format_time (951782399, text);
  g_assert_cmpstr (text, ==, "2000-02-28T23:59:59Z");
  ooo_export_format_time (951868800, text);
  g_assert_cmpstr (text, ==, "2000-03-01T00:00:00Z");
  ooo_export_format_time (-1, text);
  g_assert_cmpstr (text, ==, "1969-12-31T23:59:59Z");
  ooo_export_format_time (253402300799, text);
  g_assert_cmpstr (text, ==, "9999-12-31T23:59:59Z");
}

/* Written whole, private to the manager, over what was there. */
static void
test_to_file (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "export.json", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "no", "such", "export.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) nowhere = g_file_new_for_path (missing);
  g_autoptr(GDateTime) stamp = g_date_time_new_utc (2024, 2, 1, 12, 0, 0);
  OooExportOptions options = { OOO_EXPORT_SCOPE_ALL, NULL, TRUE, stamp };
  g_autofree char *expected = export_all (fixture->store);
  g_autofree char *written = NULL;
  g_autoptr(GError) error = NULL;
  struct stat st;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);

  g_assert_true (ooo_export_to_file (fixture->store, &options, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, expected);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_false (ooo_export_to_file (fixture->store, &options, nowhere, &error));
  g_assert_error (error, OOO_EXPORT_ERROR, OOO_EXPORT_ERROR_WRITE);
  g_assert_true (g_str_has_prefix (error->message, "Could not write “"));
  g_clear_error (&error);

  /* A failed export leaves the old file as it was. */
  options.scope = OOO_EXPORT_SCOPE_PERSON;
  options.uuid = HELD;
  g_assert_false (ooo_export_to_file (fixture->store, &options, file, &error));
  g_assert_error (error, OOO_EXPORT_ERROR, OOO_EXPORT_ERROR_NOT_FOUND);
  g_clear_pointer (&written, g_free);
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, expected);
}

/* The app may be in the middle of a change: the export reads what was
 * committed, and does not wait. */
static void
test_while_in_use (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(OooStore) app = open_store (fixture->path);
  g_autofree char *before = export_all (fixture->store);
  g_autofree char *during = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (ooo_store_begin (app, &error));
  g_assert_no_error (error);
  exec_ok (app, "UPDATE person SET name = 'Renamed' WHERE uuid = '" ANA "'");
  during = export_all (fixture->store);
  g_assert_cmpstr (during, ==, before);
  ooo_store_rollback (app);
}

/* Export, import into an empty database, export again: the same bytes. */
static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  for (guint with_private = 0; with_private <= 1; with_private++) {
    g_autofree char *name = g_strdup_printf ("copy-%u.db", with_private);
    g_autoptr(OooStore) copy = open_empty (fixture, name);
    g_autofree char *first = export_data (fixture->store, OOO_EXPORT_SCOPE_ALL, NULL,
                                          with_private);
    g_autofree char *second = NULL;
    OooImportSummary summary;

    import_ok (copy, first, &summary);
    g_assert_cmpuint (summary.people.added, ==, 5);
    g_assert_cmpuint (summary.meetings.added, ==, 5);
    g_assert_cmpuint (summary.segments.added, ==, 6);
    g_assert_cmpuint (summary.action_items.added, ==, 4);
    g_assert_cmpuint (summary.talking_points.added, ==, 2);
    g_assert_cmpuint (summary.reminders.added, ==, 2);
    g_assert_cmpuint (summary.templates.added, ==, 2);

    second = export_data (copy, OOO_EXPORT_SCOPE_ALL, NULL, with_private);
    g_assert_cmpstr (second, ==, first);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/format-time", test_format_time);
#define ADD(name, func) \
  g_test_add ("/export/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("golden", test_golden);
  ADD ("same-as-whole-tree", test_same_as_whole_tree);
  ADD ("private-notes", test_private_notes);
  ADD ("order", test_order);
  ADD ("person-scope", test_person_scope);
  ADD ("meeting-scope", test_meeting_scope);
  ADD ("scope-not-found", test_scope_not_found);
  ADD ("stamped-now", test_stamped_now);
  ADD ("to-file", test_to_file);
  ADD ("while-in-use", test_while_in_use);
  ADD ("round-trip", test_round_trip);
#undef ADD

  return g_test_run ();
}
