/* test-import-errors.c — malformed imports: each refused with the message
 * that names its first problem and where it is, and the database left
 * exactly as it was (every column of every row, and the full export)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ooo-export-fixture.h"

#define MISSING_MEETING "c0000000-0000-4000-8000-00000000ffff"

static void
assert_refused (OooStore   *store,
                const char *data,
                gsize       length,
                const char *message)
{
  g_autofree char *dump_before = dump_database (store);
  g_autofree char *export_before = export_all (store);
  g_autofree char *dump_after = NULL;
  g_autofree char *export_after = NULL;
  g_autoptr(GError) error = NULL;
  OooImportSummary summary;

  g_test_message ("%s", message);
  memset (&summary, 0xff, sizeof summary);
  g_assert_false (ooo_import_from_data (store, data, length, &summary, &error));
  g_assert_error (error, OOO_IMPORT_ERROR, OOO_IMPORT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpuint (summary.people.added + summary.meetings.updated, ==, 0);

  dump_after = dump_database (store);
  export_after = export_all (store);
  g_assert_cmpstr (dump_after, ==, dump_before);
  g_assert_cmpstr (export_after, ==, export_before);
}

/* Edits of a real export (people in order: Ana, Bruno, Sam, Sam, Zoë; Ana's
 * meetings: cancelled, rescheduled, held, in progress). */
typedef struct {
  const char *person;    /* NULL: the whole export; else that person's */
  const char *from;
  const char *to;
  gboolean    every;
  const char *message;
} Edit;

static const Edit edits[] = {
  { NULL, "\"cadence_days\" : 7", "\"cadence_days\" : \"7\"", FALSE,
    "people[0]: \"cadence_days\" must be a whole number" },
  { NULL, "\"cadence_days\" : 14", "\"cadence_days\" : 14.0", FALSE,
    "people[1]: \"cadence_days\" must be a whole number" },
  { NULL, "\"cadence_days\" : 7", "\"cadence_days\" : 10", FALSE,
    "people[0]: \"cadence_days\" must be 7, 14 or 28" },
  { NULL, "\"planned_seconds\" : 600", "\"planned_seconds\" : \"600\"", FALSE,
    "people[0].meetings[2].segments[0]: \"planned_seconds\" must be a whole number" },
  { NULL, "\"planned_seconds\" : 600", "\"planned_seconds\" : 600.5", FALSE,
    "people[0].meetings[2].segments[0]: \"planned_seconds\" must be a whole number" },
  { NULL, "\"planned_seconds\" : 600", "\"planned_seconds\" : -1", FALSE,
    "people[0].meetings[2].segments[0]: \"planned_seconds\" must not be negative" },
  { NULL, "\"actual_seconds\" : 612", "\"actual_seconds\" : 1e3", FALSE,
    "people[0].meetings[2].segments[0]: \"actual_seconds\" must be a whole number" },
  { NULL, "\"actual_seconds\" : 612", "\"actual_seconds\" : null", FALSE,
    "people[0].meetings[2].segments[0]: \"actual_seconds\" must be a whole number" },
  { NULL, "\"name\" : \"Ana Lima\"", "\"name\" : null", FALSE,
    "people[0]: \"name\" must be a text" },
  { NULL, "\"name\" : \"Ana Lima\"", "\"name\" : \" \\t\"", FALSE,
    "people[0]: \"name\" must not be empty" },
  { NULL, "\"name\" : \"Ana Lima\"", "\"nmae\" : \"Ana Lima\"", FALSE,
    "people[0]: \"nmae\" is not a known field" },
  { NULL, "\"role\" : \"Team lead\",", "", FALSE, "people[1]: \"role\" is missing" },
  { NULL, "\"relationship\" : \"direct\"", "\"relationship\" : \"boss\"", FALSE,
    "people[0]: \"relationship\" must be one of \"direct\", \"skip-level\", \"peer\"" },
  { NULL, "\"status\" : \"held\"", "\"status\" : \"done\"", FALSE,
    "people[0].meetings[2]: \"status\" must be one of \"in-progress\", \"held\", "
    "\"rescheduled\", \"cancelled\"" },
  { NULL, "\"owner\" : \"me\"", "\"owner\" : \"boss\"", FALSE,
    "people[0].meetings[2].segments[1]: \"owner\" must be one of \"them\", \"me\", \"both\"" },
  { NULL, "\"due_on\" : \"2024-01-15\"", "\"due_on\" : \"2024-02-30\"", FALSE,
    "people[0].meetings[0]: \"due_on\" must be a date like 2026-03-01" },
  { NULL, "\"remind_on\" : \"2023-12-24\"", "\"remind_on\" : null", FALSE,
    "people[0].reminders[0]: \"remind_on\" must be a date like 2026-03-01" },
  { NULL, "\"started_at\" : \"2024-01-08T09:00:00Z\"",
    "\"started_at\" : \"2024-01-08 09:00:00\"", FALSE,
    "people[0].meetings[2]: \"started_at\" must be a time like 2026-03-01T09:30:00Z" },
  { NULL, "\"started_at\" : \"2024-01-08T09:00:00Z\"",
    "\"started_at\" : \"2024-01-08T09:00:00\"", FALSE,
    "people[0].meetings[2]: \"started_at\" must be a time like 2026-03-01T09:30:00Z" },
  { NULL, "\"started_at\" : \"2024-01-08T09:00:00Z\"",
    "\"started_at\" : \"2024-01-08T24:00:00Z\"", FALSE,
    "people[0].meetings[2]: \"started_at\" must be a time like 2026-03-01T09:30:00Z" },
  { NULL, "\"uuid\" : \"" ANA "\"", "\"uuid\" : \"not-a-uuid\"", FALSE,
    "people[0]: \"uuid\" must be a UUID like 0f8fad5b-d9cb-469f-a165-70867728950e" },
  { NULL, "\"archived\" : false", "\"archived\" : 0", FALSE,
    "people[0]: \"archived\" must be true or false" },
  { NULL, "\"prompts\" : [", "\"prompts\" : [1, ", FALSE,
    "people[0].meetings[2].segments[0]: \"prompts\" must be a list of texts" },
  { NULL, "\"segments\" : []", "\"segments\" : null", FALSE,
    "people[0].meetings[0]: \"segments\" must be a list" },
  { NULL, "\"reminders\" : [", "\"reminders\" : [\"Birthday\", ", FALSE,
    "people[0].reminders[0] must be an object" },
  { NULL, "\"team_size\" : 6", "\"team_size\" : 1001", FALSE,
    "people[1]: \"team_size\" must be a whole number from 0 to 1000" },
  { NULL, "\"minutes\" : 30", "\"minutes\" : 0", FALSE,
    "templates[0].segments[0]: \"minutes\" must be a whole number from 1 to 120" },
  { NULL, "\"format\" : \"one-on-one\"", "\"format\" : \"one-on-one-template\"", FALSE,
    "The file is not a One-on-One export: \"format\" must be \"one-on-one\"." },
  { NULL, "\"format\" : \"one-on-one\",", "", FALSE,
    "The file is not a One-on-One export: \"format\" must be \"one-on-one\"." },
  { NULL, "\"version\" : 1", "\"version\" : 2", FALSE,
    "The file is from a newer version of One-on-One (format version 2): update the app to "
    "import it." },
  { NULL, "\"version\" : 1", "\"version\" : 0", FALSE,
    "The file has an unknown format version (0)." },
  { NULL, "\"version\" : 1", "\"version\" : \"1\"", FALSE, "\"version\" must be a whole number" },
  { NULL, "\"version\" : 1,", "", FALSE, "\"version\" is missing" },
  { NULL, "\"templates\" : [", "\"templates\" : 1, \"x\": [", FALSE,
    "\"x\" is not a known field" },
  /* Twice the same UUID, in one kind of row. */
  { NULL, "\"uuid\" : \"" SAM_2 "\"", "\"uuid\" : \"" SAM_1 "\"", FALSE,
    "people[3]: \"uuid\" " SAM_1 " is used more than once in the file" },
  { NULL, "d0000000-0000-4000-8000-000000000002", "d0000000-0000-4000-8000-000000000001",
    FALSE, "people[0].meetings[2].segments[1]: \"uuid\" d0000000-0000-4000-8000-000000000001 "
    "is used more than once in the file" },
  /* References that lead nowhere. */
  { NULL, "\"meeting\" : \"" HELD "\"", "\"meeting\" : \"" MISSING_MEETING "\"", FALSE,
    "people[0].action_items[1]: \"meeting\" refers to a meeting that is not in the file" },
  { NULL, "\"done_meeting\" : \"" RUNNING "\"", "\"done_meeting\" : \"" MISSING_MEETING "\"",
    FALSE,
    "people[0].action_items[1]: \"done_meeting\" refers to a meeting that is not in the file" },
  { NULL, "\"meeting\" : \"" HELD "\"", "\"meeting\" : \"" BRUNO_1 "\"", FALSE,
    "people[0].action_items[1]: \"meeting\" refers to a meeting of another person" },
  { NULL, "\"discussed_meeting\" : \"" HELD "\"", "\"discussed_meeting\" : \"" BRUNO_1 "\"",
    FALSE, "people[0].talking_points[0]: \"discussed_meeting\" refers to a meeting of another "
    "person" },
  { NULL, "\"default_template\" : \"" WEEKLY "\"",
    "\"default_template\" : \"b0000000-0000-4000-8000-00000000ffff\"", FALSE,
    "people[1]: \"default_template\" refers to a template that is not in the file" },
  { NULL, "\"template\" : \"" O3 "\"", "\"template\" : \"b0000000-0000-4000-8000-00000000ffff\"",
    FALSE, "people[0].meetings[2]: \"template\" refers to a template that is not in the file" },
  { NULL, "\"uuid\" : \"" UNUSED "\"", "\"uuid\" : \"" O3 "\"", FALSE,
    "templates[0]: \"uuid\" is a built-in template’s, which cannot be changed" },
  { NULL, "\"status\" : \"cancelled\"", "\"status\" : \"in-progress\"", FALSE,
    "people[0].meetings[3]: \"status\" is \"in-progress\", but another meeting of this person "
    "is in progress already" },
  /* Rows the database has under another person or meeting. */
  { BRUNO, BRUNO_1, HELD, TRUE,
    "people[0].meetings[0]: \"uuid\" is a meeting of another person in the database" },
  { BRUNO, "d0000000-0000-4000-8000-000000000005", "d0000000-0000-4000-8000-000000000001",
    FALSE,
    "people[0].meetings[0].segments[0]: \"uuid\" is a segment of another meeting in the "
    "database" },
  { BRUNO, "e0000000-0000-4000-8000-000000000004", ACTION_1, FALSE,
    "people[0].action_items[0]: \"uuid\" belongs to another person in the database" },
  { BRUNO, "b1000000-0000-4000-8000-000000000001", "b1000000-0000-4000-8000-000000000003",
    FALSE, "templates[0].segments[0]: \"uuid\" is a segment of another template in the "
           "database" },
};

static void
test_malformed_edits (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *all = export_all (fixture->store);
  g_autofree char *bruno = export_data (fixture->store, OOO_EXPORT_SCOPE_PERSON, BRUNO, TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++) {
    g_autofree char *text = edit (edits[i].person != NULL ? bruno : all, edits[i].from,
                                  edits[i].to, edits[i].every);

    assert_refused (fixture->store, text, strlen (text), edits[i].message);
  }

  /* A meeting moved in the file to a person it is not with in the database,
   * its old person being left out. */
  {
    g_autofree char *held = export_data (fixture->store, OOO_EXPORT_SCOPE_MEETING, HELD, TRUE);
    g_autofree char *moved = edit (held, "\"uuid\" : \"" ANA "\"", "\"uuid\" : \"" ZOE "\"",
                                   FALSE);
    g_autofree char *running = edit (held, "\"status\" : \"held\"",
                                     "\"status\" : \"in-progress\"", FALSE);

    assert_refused (fixture->store, moved, strlen (moved),
                    "people[0].meetings[0]: \"uuid\" is a meeting of another person in the "
                    "database");
    assert_refused (fixture->store, running, strlen (running),
                    "people[0].meetings[0]: \"status\" is \"in-progress\", but another meeting "
                    "of this person is in progress already");
  }
}

typedef struct {
  const char *data;
  const char *message;
} Text;

static const Text texts[] = {
  { "", "The file is empty." },
  { " \n\t\r\n", "The file is empty." },
  { "{\n\"format\": \"one-on-one\",\n\"version\": 1,,\n}",
    "The file is not valid JSON (line 3)." },
  { "{\"format\": \"one-on-one\", \"version\": 1}\n\n{}", "The file is not valid JSON (line 3)." },
  { "{\"format\": \"one-on-one\", \"version\": 1,\n\"people\": [", "The file is not valid JSON "
    "(line 2)." },
  { "{\"format\": \"one-on-one\", \"version\": 1, \"people\": [] /* note */}",
    "The file is not valid JSON (line 1)." },
  { "{'format': 'one-on-one'}", "The file is not valid JSON (line 1)." },
  { "{\"format\": \"one-on-one\", \"version\": 01}", "The file is not valid JSON (line 1)." },
  { "{\"format\": \"one-on-one\", \"version\": .5}", "The file is not valid JSON (line 1)." },
  { "{\"format\": \"one-on-one\", \"version\": 1,}", "The file is not valid JSON (line 1)." },
  { "{\"format\": \"one-on-one\", \"version\": tru}", "The file is not valid JSON (line 1)." },
  { "{\"format\": \"one\tof\"}", "The file is not valid JSON (line 1)." },
  { "{\"format\": \"\\x41\"}", "The file is not valid JSON (line 1)." },
  { "{\"format\": \"\\ud800\"}", "The file is not valid JSON (line 1)." },
  { "{\"format\": \"\\udc00\\ud800\"}", "The file is not valid JSON (line 1)." },
  { "[]", "The file is not a One-on-One export: it holds no JSON object." },
  { "\"one-on-one\"", "The file is not a One-on-One export: it holds no JSON object." },
  { "{\"version\": 1}", "The file is not a One-on-One export: \"format\" must be "
    "\"one-on-one\"." },
  { "{\"format\": \"one-on-one\", \"version\": 99999999999999999999}",
    "The file holds a number too large to read (line 1)." },
  { "{\"format\": \"one-on-one\", \"version\": -9223372036854775809}",
    "The file holds a number too large to read (line 1)." },
  { "{\"format\": \"one-on-one\", \"version\": 9223372036854775807}",
    "The file is from a newer version of One-on-One (format version 9223372036854775807): "
    "update the app to import it." },
  { "{\n\"format\": \"one-on-\\u0000\"}", "The file contains a null character (line 2)." },
  { "{\n\"format\":\n\"one-on-one\xff\"}", "The file is not UTF-8 text (line 3)." },
  { "{\"format\": \"one-on-\xc3\"}", "The file is not UTF-8 text (line 1)." },
  { "{\"format\": \"one-on-one\",\n\"format\": \"one-on-one\"}",
    "The file has \"format\" twice in the same object (line 2)." },
  { "{\"format\": \"one-on-one\", \"version\": 1, \"people\": {}}",
    "\"people\" must be a list" },
  { "{\"format\": \"one-on-one\", \"version\": 1, \"templates\": null}",
    "\"templates\" must be a list" },
  { "{\"format\": \"one-on-one\", \"version\": 1, \"people\": [{}, 7]}",
    "people[0]: \"uuid\" is missing" },
  { "{\"format\": \"one-on-one\", \"version\": 1, \"people\": [7, {}]}",
    "people[0] must be an object" },
  { "{\"format\": \"one-on-one\", \"version\": 1, \"people\": [], \"extra\": 1}",
    "\"extra\" is not a known field" },
  { "{\"format\": \"one-on-one\", \"version\": 1, \"exported_at\": \"yesterday\"}",
    "\"exported_at\" must be a time like 2026-03-01T09:30:00Z" },
};

static void
test_malformed_text (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    assert_refused (fixture->store, texts[i].data, strlen (texts[i].data), texts[i].message);

  /* A NUL byte in the middle. */
  g_string_append_len (text, "{\"format\"\0: 1}", 14);
  assert_refused (fixture->store, text->str, text->len,
                  "The file contains a null character (line 1).");

  /* Cut anywhere, a real export is refused. */
  {
    g_autofree char *all = export_all (fixture->store);
    gsize length = strlen (all);

    for (gsize cut = 0; cut < length - 2; cut += length / 37 + 1) {
      g_autoptr(GError) error = NULL;

      g_assert_false (ooo_import_from_data (fixture->store, all, cut, NULL, &error));
      g_assert_error (error, OOO_IMPORT_ERROR, OOO_IMPORT_ERROR_INVALID);
    }
    /* The end is missing: the problem is at the end. */
    {
      guint lines = 1;
      g_autofree char *message = NULL;

      for (gsize i = 0; i < length - 2; i++)
        lines += all[i] == '\n';
      message = g_strdup_printf ("The file is not valid JSON (line %u).", lines);
      g_assert_cmpuint (lines, >, 300);
      assert_refused (fixture->store, all, length - 2, message);
    }
  }

  /* Nesting far deeper than the format goes, that a recursive parser would
   * follow down to a crash; and just too deep, inside a person. */
  g_string_truncate (text, 0);
  for (guint i = 0; i < 200000; i++)
    g_string_append_c (text, '[');
  assert_refused (fixture->store, text->str, text->len,
                  "The file nests data too deeply to be a One-on-One export (line 1).");

  g_string_assign (text, "{\"format\": \"one-on-one\", \"version\": 1, \"people\": [\n"
                         "{\"personal_notes\": ");
  for (guint i = 0; i < 15; i++)
    g_string_append_c (text, '[');
  assert_refused (fixture->store, text->str, text->len,
                  "The file nests data too deeply to be a One-on-One export (line 2).");

  /* An object with more members than any of the format's. */
  g_string_assign (text, "{\"format\": \"one-on-one\", \"version\": 1");
  for (guint i = 0; i < 40; i++)
    g_string_append_printf (text, ", \"m%u\": 0", i);
  g_string_append_c (text, '}');
  assert_refused (fixture->store, text->str, text->len,
                  "An object in the file has more members than a One-on-One export has "
                  "(line 1).");

  /* Over the limit, the bytes are not even looked at. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (ooo_import_from_data (fixture->store, "{}", OOO_IMPORT_MAX_SIZE + 1, NULL,
                                          &error));
    g_assert_error (error, OOO_IMPORT_ERROR, OOO_IMPORT_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, "The file is too large to import: the limit is "
                                         "512 MiB.");
  }
}

/* Texts too long to store: names, items and notes each have their limit. */
static void
test_large_values (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *all = export_all (fixture->store);
  g_autoptr(GString) long_name = g_string_new ("\"name\" : \"");
  g_autoptr(GString) long_item = g_string_new ("\"text\" : \"");
  g_autoptr(GString) long_notes = g_string_new ("\"personal_notes\" : \"");
  g_autofree char *text = NULL;

  for (guint i = 0; i < 201; i++)
    g_string_append (long_name, "é");
  g_string_append_c (long_name, '"');
  text = edit (all, "\"name\" : \"Ana Lima\"", long_name->str, FALSE);
  assert_refused (fixture->store, text, strlen (text),
                  "people[0]: \"name\" is too long: keep it to 200 characters or fewer");
  g_clear_pointer (&text, g_free);

  /* 200 characters of two bytes each are fine. */
  g_string_truncate (long_name, long_name->len - 3);
  g_string_append_c (long_name, '"');
  text = edit (all, "\"name\" : \"Ana Lima\"", long_name->str, FALSE);
  import_ok (fixture->store, text, NULL);
  g_clear_pointer (&text, g_free);

  for (guint i = 0; i < 2001; i++)
    g_string_append_c (long_item, 'x');
  g_string_append_c (long_item, '"');
  text = edit (all, "\"text\" : \"Book the training\"", long_item->str, FALSE);
  assert_refused (fixture->store, text, strlen (text),
                  "people[0].action_items[0]: \"text\" is too long: keep it to 2000 characters "
                  "or fewer");
  g_clear_pointer (&text, g_free);

  while (long_notes->len < 1024 * 1024 + 64)
    g_string_append (long_notes, "Notes, notes. ");
  g_string_append_c (long_notes, '"');
  text = edit (all, "\"personal_notes\" : \"Two kids.\\nRuns marathons.\"", long_notes->str,
               FALSE);
  assert_refused (fixture->store, text, strlen (text),
                  "people[0]: \"personal_notes\" is too long: keep it to 1 MiB or less");
}

/* Over 4 MiB the people are read on several threads; the first problem in
 * the file's order is still the one named. */
static char *
many_people (guint       n,
             const char *(*override) (guint index))
{
  g_autoptr(GString) text = g_string_new ("{\"format\": \"one-on-one\", \"version\": 1, "
                                          "\"people\": [\n");
  g_autoptr(GString) notes = g_string_new (NULL);

  while (notes->len < 12000)
    g_string_append (notes, "Discussed the roadmap and the hiring plan. ");

  for (guint i = 0; i < n; i++) {
    const char *extra = override != NULL ? override (i) : NULL;

    g_string_append_printf (text,
                            "%s{\"uuid\": \"a1000000-0000-4000-8000-%012x\", \"name\": "
                            "\"Person %u\", \"role\": \"\", \"relationship\": \"direct\", "
                            "\"kind\": \"individual\", \"employment\": \"employee\", "
                            "\"time_zone\": \"\", \"cadence_days\": %s, \"reporting_since\": "
                            "null, \"archived\": false, \"default_template\": null, "
                            "\"personal_notes\": \"%s\", \"rollout_status\": \"not-yet\", "
                            "\"rollout_since\": null, \"team_size\": null}\n",
                            i > 0 ? "," : "", i, i, extra != NULL ? extra : "7", notes->str);
  }
  g_string_append (text, "]}\n");

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static const char *
two_problems (guint index)
{
  return index == 150 ? "8" : index == 300 ? "\"7\"" : NULL;
}

/* A file past 4 MiB is checked for UTF-8 in two halves at once; the one
 * character cut by the middle must not look broken, and the first problem
 * in the file is the one named. */
static char *
big_text (gsize  *middle)
{
  const char *head = "{\"format\": \"one-on-one\",\n\"x\": \"";
  GString *text = g_string_new (head);
  gsize length;

  /* "é" is two bytes: a start and a continuation. */
  for (guint i = 0; i < 2200 * 1024; i++)
    g_string_append (text, i % 1000 == 999 ? "\\n" : "é");
  g_string_append (text, "\"}");
  length = text->len;
  *middle = length / 2;
  if (((guchar) text->str[*middle] & 0xc0) != 0x80) {
    g_string_insert_c (text, strlen (head) - 1, ' ');
    *middle = text->len / 2;
  }
  g_assert_cmpuint ((guchar) text->str[*middle] & 0xc0, ==, 0x80);
  g_assert_cmpuint (text->len, >, 4 * 1024 * 1024);

  return g_string_free (text, FALSE);
}

static void
break_char_at (char  *text,
               gsize  at)
{
  /* On the start of a character, wherever it is. */
  while (((guchar) text[at] & 0xc0) == 0x80)
    at++;
  text[at] = '\xff';
}

static void
test_big_utf8 (Fixture       *fixture,
               gconstpointer  data)
{
  gsize middle;
  g_autofree char *text = big_text (&middle);
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = strlen (text);

  /* Valid UTF-8: what is refused is the member the format does not know. */
  g_assert_false (ooo_import_from_data (fixture->store, text, length, NULL, &error));
  g_assert_null (strstr (error->message, "UTF-8"));
  g_clear_error (&error);

  /* In the second half only, then in both: the first one is named (the
   * file has no line break, so line 2 is the first half's). */
  break_char_at (text, middle + 5001);
  assert_refused (fixture->store, text, length, "The file is not UTF-8 text (line 2).");
  text[5] = '\xff';
  assert_refused (fixture->store, text, length, "The file is not UTF-8 text (line 1).");
}

static void
test_many_people (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *good = many_people (400, NULL);
  g_autofree char *bad = many_people (400, two_problems);
  g_autofree char *duplicate = NULL;
  OooImportSummary summary;

  g_assert_cmpuint (strlen (good), >, 4 * 1024 * 1024);
  assert_refused (fixture->store, bad, strlen (bad),
                  "people[150]: \"cadence_days\" must be 7, 14 or 28");

  duplicate = edit (good, "a1000000-0000-4000-8000-000000000180",
                    "a1000000-0000-4000-8000-000000000010", FALSE);
  assert_refused (fixture->store, duplicate, strlen (duplicate),
                  "people[384]: \"uuid\" a1000000-0000-4000-8000-000000000010 is used more "
                  "than once in the file");

  import_ok (fixture->store, good, &summary);
  g_assert_cmpuint (summary.people.added, ==, 400);
  g_assert_cmpint (count_rows (fixture->store, "SELECT count(*) FROM person"), ==, 405);
}

static void
test_from_file (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "import.json", NULL);
  g_autofree char *missing_path = g_build_filename (fixture->dir, "missing.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  g_autoptr(OooStore) copy = open_empty (fixture, "copy.db");
  g_autofree char *all = export_all (fixture->store);
  g_autofree char *again = NULL;
  g_autoptr(GError) error = NULL;
  OooImportSummary summary;

  g_assert_false (ooo_import_from_file (copy, missing, &summary, &error));
  g_assert_error (error, OOO_IMPORT_ERROR, OOO_IMPORT_ERROR_READ);
  g_assert_true (g_str_has_prefix (error->message, "Could not read “"));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (path, "{\"format\": 1}", -1, NULL));
  g_assert_false (ooo_import_from_file (copy, file, &summary, &error));
  g_assert_error (error, OOO_IMPORT_ERROR, OOO_IMPORT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The file is not a One-on-One export: \"format\" must "
                                       "be \"one-on-one\".");
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (path, all, -1, NULL));
  g_assert_true (ooo_import_from_file (copy, file, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.people.added, ==, 5);
  again = export_all (copy);
  g_assert_cmpstr (again, ==, all);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/import-errors/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("malformed-edits", test_malformed_edits);
  ADD ("malformed-text", test_malformed_text);
  ADD ("large-values", test_large_values);
  ADD ("many-people", test_many_people);
  ADD ("big-utf8", test_big_utf8);
  ADD ("from-file", test_from_file);
#undef ADD

  return g_test_run ();
}
