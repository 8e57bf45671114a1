/* test-templates.c — agenda templates: the built-ins, the manager's own, the
 * editor's segment helpers, validation, and template files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ooo-store.h"
#include "ooo-template-file.h"
#include "ooo-templates.h"

#define N_BUILTINS 7
#define N_BUILTIN_SEGMENTS 20

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("ooo-templates-XXXXXX", &error);
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

static OooTemplates *
open_templates (OooStore *store)
{
  g_autoptr(GError) error = NULL;
  OooTemplates *templates = ooo_templates_new (store);

  g_assert_true (ooo_templates_load (templates, &error));
  g_assert_no_error (error);

  return templates;
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
exec_ok (OooStore   *store,
         const char *sql)
{
  g_assert_cmpint (sqlite3_exec (ooo_store_get_db (store), sql, NULL, NULL, NULL), ==,
                   SQLITE_OK);
}

static guint
n_items (gpointer model)
{
  return g_list_model_get_n_items (G_LIST_MODEL (model));
}

/* Returns: (transfer none) */
static OooTemplate *
template_at (OooTemplates *templates,
             guint         position)
{
  g_autoptr(OooTemplate) template = g_list_model_get_item (G_LIST_MODEL (templates), position);

  g_assert_nonnull (template);
  return template;
}

static OooTemplate *
make_template (const char *name,
               guint       n_segments)
{
  OooTemplate *template = ooo_template_new (name);

  for (guint i = 0; i < n_segments; i++) {
    g_autofree char *title = g_strdup_printf ("Part %u", i + 1);
    g_autofree char *prompts = g_strdup_printf ("Question %u?\nAnother %u?", i + 1, i + 1);
    g_autoptr(OooTemplateSegment) segment =
      ooo_template_segment_new (title, 5 + i, (OooSegmentOwner) (i % 3), prompts);

    ooo_template_add_segment (template, segment);
  }

  return template;
}

static OooTemplate *
add_template (OooTemplates *templates,
              const char   *name,
              guint         n_segments)
{
  g_autoptr(GError) error = NULL;
  OooTemplate *template = make_template (name, n_segments);

  g_assert_true (ooo_templates_add (templates, template, &error));
  g_assert_no_error (error);

  return template;
}

static char *
segment_titles (OooTemplate *template)
{
  g_autoptr(GString) titles = g_string_new (NULL);

  for (guint i = 0; i < ooo_template_get_n_segments (template); i++) {
    if (i > 0)
      g_string_append (titles, "|");
    g_string_append (titles,
                     ooo_template_segment_get_title (ooo_template_get_segment (template, i)));
  }

  return g_string_free (g_steal_pointer (&titles), FALSE);
}

static char *
list_names (OooTemplates *templates,
            guint         from)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = from; i < n_items (templates); i++) {
    if (i > from)
      g_string_append (names, "|");
    g_string_append (names, ooo_template_get_name (template_at (templates, i)));
  }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
assert_same_template (OooTemplate *a,
                      OooTemplate *b)
{
  g_assert_cmpstr (ooo_template_get_name (a), ==, ooo_template_get_name (b));
  g_assert_cmpuint (ooo_template_get_n_segments (a), ==, ooo_template_get_n_segments (b));
  for (guint i = 0; i < ooo_template_get_n_segments (a); i++) {
    OooTemplateSegment *sa = ooo_template_get_segment (a, i);
    OooTemplateSegment *sb = ooo_template_get_segment (b, i);

    g_assert_cmpstr (ooo_template_segment_get_title (sa), ==,
                     ooo_template_segment_get_title (sb));
    g_assert_cmpuint (ooo_template_segment_get_minutes (sa), ==,
                      ooo_template_segment_get_minutes (sb));
    g_assert_cmpint (ooo_template_segment_get_owner (sa), ==,
                     ooo_template_segment_get_owner (sb));
    g_assert_cmpstr (ooo_template_segment_get_prompts (sa), ==,
                     ooo_template_segment_get_prompts (sb));
  }
  g_assert_cmpuint (ooo_template_get_total_minutes (a), ==,
                    ooo_template_get_total_minutes (b));
}

/* The built-ins, as DESIGN.md has them. */
typedef struct {
  const char      *title;
  guint            minutes;
  OooSegmentOwner  owner;
} ExpectedSegment;

typedef struct {
  const char      *key;
  const char      *name;
  guint            total_minutes;
  guint            n_segments;
  ExpectedSegment  segments[3];
} ExpectedTemplate;

#define THEM OOO_SEGMENT_OWNER_THEM
#define ME   OOO_SEGMENT_OWNER_ME
#define BOTH OOO_SEGMENT_OWNER_BOTH

static const ExpectedTemplate expected_builtins[N_BUILTINS] = {
  { "o3", "O3 (Manager Tools)", 30, 3, {
      { "Their time", 10, THEM }, { "My time", 10, ME }, { "The future", 10, BOTH } } },
  { "split", "Split 15/15", 30, 2, {
      { "Their time", 15, THEM }, { "My time", 15, ME } } },
  { "status", "Status (contractor)", 30, 3, {
      { "Progress and plans", 15, THEM }, { "Issues and help needed", 10, THEM },
      { "Outcome on track?", 5, BOTH } } },
  { "individual-contributor", "Individual contributor", 30, 3, {
      { "Priorities that move the strategy", 10, THEM },
      { "Making the role fit the strategy", 10, THEM },
      { "How can I help", 10, THEM } } },
  { "manager-of-managers", "Manager of managers", 30, 3, {
      { "Department delivery of the strategy", 10, THEM },
      { "What you learned, plans", 10, THEM },
      { "Alignment with other departments", 10, THEM } } },
  { "skip-level", "Skip-level", 30, 3, {
      { "How is it going", 10, THEM }, { "What gets in the way", 10, THEM },
      { "Ideas and questions", 10, BOTH } } },
  { "first", "First 1:1", 45, 3, {
      { "Getting to know you", 15, BOTH },
      { "How you like feedback and recognition", 10, THEM },
      { "Goals and how I can support", 20, BOTH } } },
};

static const char * const ic_prompts[] = {
  "What are the priorities for this role that move the company strategy forward?",
  "How can we improve your role to be more aligned with the strategy?",
  "What can I do to help you in terms of support, resources or development?",
};

static const char * const manager_of_managers_prompts[] = {
  "How does the activity of your department lead to the delivery of the strategy?",
  "What have you learned and how will it inform your plans going forward?",
  "How are you aligning with the other departments in this company?",
};

static void
assert_builtins (OooTemplates *templates)
{
  g_assert_cmpuint (n_items (templates), >=, N_BUILTINS);

  for (guint i = 0; i < N_BUILTINS; i++) {
    const ExpectedTemplate *expected = &expected_builtins[i];
    OooTemplate *template = template_at (templates, i);

    g_assert_cmpstr (ooo_template_get_builtin_key (template), ==, expected->key);
    g_assert_true (ooo_template_is_builtin (template));
    g_assert_true (ooo_templates_find_builtin (templates, expected->key) == template);
    g_assert_cmpstr (ooo_template_get_name (template), ==, expected->name);
    g_assert_cmpint (ooo_template_get_id (template), >, 0);
    g_assert_true (g_uuid_string_is_valid (ooo_template_get_uuid (template)));
    g_assert_cmpuint (ooo_template_get_n_segments (template), ==, expected->n_segments);
    g_assert_cmpuint (ooo_template_get_total_minutes (template), ==, expected->total_minutes);

    for (guint j = 0; j < expected->n_segments; j++) {
      OooTemplateSegment *segment = ooo_template_get_segment (template, j);
      g_auto(GStrv) prompts = ooo_template_segment_dup_prompt_lines (segment);

      g_assert_cmpstr (ooo_template_segment_get_title (segment), ==,
                       expected->segments[j].title);
      g_assert_cmpuint (ooo_template_segment_get_minutes (segment), ==,
                        expected->segments[j].minutes);
      g_assert_cmpint (ooo_template_segment_get_owner (segment), ==,
                       expected->segments[j].owner);
      g_assert_true (g_uuid_string_is_valid (ooo_template_segment_get_uuid (segment)));
      /* Every segment has one to three questions to ask. */
      g_assert_cmpuint (g_strv_length (prompts), >=, 1);
      g_assert_cmpuint (g_strv_length (prompts), <=, 3);
      g_assert_true (ooo_template_segment_validate (segment, j, NULL));
    }
  }
}

static void
assert_prompts (OooTemplate        *template,
                const char * const *prompts)
{
  for (guint i = 0; i < 3; i++) {
    OooTemplateSegment *segment = ooo_template_get_segment (template, i);

    g_assert_cmpstr (ooo_template_segment_get_prompts (segment), ==, prompts[i]);
  }
}

static void
test_builtins (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(OooStore) store = open_store (fixture->path);
  g_autoptr(OooTemplates) templates = open_templates (store);

  g_assert_cmpuint (n_items (templates), ==, N_BUILTINS);
  assert_builtins (templates);
  assert_prompts (ooo_templates_find_builtin (templates, OOO_TEMPLATE_KEY_INDIVIDUAL_CONTRIBUTOR),
                  ic_prompts);
  assert_prompts (ooo_templates_find_builtin (templates, OOO_TEMPLATE_KEY_MANAGER_OF_MANAGERS),
                  manager_of_managers_prompts);

  /* They are rows, so that meetings and people can point at them. */
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM template"), ==, N_BUILTINS);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM template"
                                      " WHERE builtin_key IS NOT NULL"), ==, N_BUILTINS);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM template_segment"), ==,
                   N_BUILTIN_SEGMENTS);
  g_assert_cmpint (count_rows (store, "SELECT minutes FROM template_segment"
                                      " JOIN template ON template.id = template_id"
                                      " WHERE builtin_key = 'first' AND position = 2"), ==, 20);
  g_assert_cmpint (count_rows (store, "SELECT owner = 'both' FROM template_segment"
                                      " JOIN template ON template.id = template_id"
                                      " WHERE builtin_key = 'o3' AND position = 2"), ==, 1);

  g_assert_null (ooo_templates_find_builtin (templates, "no-such-key"));
  g_assert_true (ooo_templates_find_by_uuid (templates,
                                             ooo_template_get_uuid (template_at (templates, 3)))
                 == template_at (templates, 3));
  g_assert_true (ooo_templates_find_by_id (templates,
                                           ooo_template_get_id (template_at (templates, 5)))
                 == template_at (templates, 5));
  g_assert_null (ooo_templates_find_by_uuid (templates, "0e4e7a5e-0000-4000-8000-000000000000"));
}

static char *
uuids_of (OooTemplates *templates)
{
  g_autoptr(GString) uuids = g_string_new (NULL);

  for (guint i = 0; i < N_BUILTINS; i++) {
    OooTemplate *template = template_at (templates, i);

    g_string_append_printf (uuids, "%s:", ooo_template_get_uuid (template));
    for (guint j = 0; j < ooo_template_get_n_segments (template); j++)
      g_string_append_printf (uuids, "%s,", ooo_template_segment_get_uuid (
                                              ooo_template_get_segment (template, j)));
    g_string_append (uuids, "\n");
  }

  return g_string_free (g_steal_pointer (&uuids), FALSE);
}

/* Loaded again, in the same file or another, the built-ins keep their UUIDs
 * and are not added twice. */
static void
test_builtins_stable (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *other_path = g_build_filename (fixture->dir, "other.db", NULL);
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;
  g_autofree char *reopened = NULL;
  g_autofree char *elsewhere = NULL;
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(OooStore) store = open_store (fixture->path);
    g_autoptr(OooTemplates) templates = open_templates (store);

    first = uuids_of (templates);
    g_assert_true (ooo_templates_load (templates, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n_items (templates), ==, N_BUILTINS);
    again = uuids_of (templates);
    g_assert_cmpint (count_rows (store, "SELECT count(*) FROM template"), ==, N_BUILTINS);
  }
  {
    g_autoptr(OooStore) store = open_store (fixture->path);
    g_autoptr(OooTemplates) templates = open_templates (store);

    g_assert_cmpuint (n_items (templates), ==, N_BUILTINS);
    assert_builtins (templates);
    reopened = uuids_of (templates);
    g_assert_cmpint (count_rows (store, "SELECT count(*) FROM template"), ==, N_BUILTINS);
    g_assert_cmpint (count_rows (store, "SELECT count(*) FROM template_segment"), ==,
                     N_BUILTIN_SEGMENTS);
  }
  {
    /* Another machine: the same UUIDs, so exports merge. */
    g_autoptr(OooStore) store = open_store (other_path);
    g_autoptr(OooTemplates) templates = open_templates (store);

    elsewhere = uuids_of (templates);
  }

  g_assert_cmpstr (first, ==, again);
  g_assert_cmpstr (first, ==, reopened);
  g_assert_cmpstr (first, ==, elsewhere);
  g_assert_true (g_str_has_prefix (first, "d6f8626b-23e0-4611-9b94-07894c54f816:"));
}

/* Rows changed behind the app's back are brought back to what the code says. */
static void
test_builtins_repaired (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(OooStore) store = open_store (fixture->path);
  g_autoptr(OooTemplates) templates = NULL;

  /* A row that claims a built-in's key under another UUID. */
  exec_ok (store, "INSERT INTO template (uuid, name, builtin_key, created_at, updated_at)"
                  " VALUES ('3f1c1d4e-5b6a-4c7d-8e9f-a0b1c2d3e4f5', 'Impostor', 'o3', 0, 0);"
                  "INSERT INTO template_segment (uuid, template_id, position, title, minutes)"
                  " VALUES ('9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', 1, 0, 'Chat', 10);");
  templates = open_templates (store);
  g_assert_cmpuint (n_items (templates), ==, N_BUILTINS + 1);
  assert_builtins (templates);
  g_assert_cmpstr (ooo_template_get_name (template_at (templates, N_BUILTINS)), ==, "Impostor");
  g_assert_false (ooo_template_is_builtin (template_at (templates, N_BUILTINS)));

  exec_ok (store, "UPDATE template SET name = 'Hacked' WHERE builtin_key = 'o3';"
                  "UPDATE template_segment SET minutes = 99, owner = 'me', prompts = ''"
                  " WHERE position = 0 AND template_id ="
                  " (SELECT id FROM template WHERE builtin_key = 'skip-level');"
                  "DELETE FROM template_segment WHERE position = 1 AND template_id ="
                  " (SELECT id FROM template WHERE builtin_key = 'status');"
                  "INSERT INTO template_segment (uuid, template_id, position, title, minutes)"
                  " SELECT '11111111-2222-4333-8444-555555555555', id, 2, 'Extra', 5"
                  " FROM template WHERE builtin_key = 'split';");
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM template_segment"), ==,
                   N_BUILTIN_SEGMENTS + 1);

  g_assert_true (ooo_templates_load (templates, NULL));
  g_assert_cmpuint (n_items (templates), ==, N_BUILTINS + 1);
  assert_builtins (templates);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM template_segment"), ==,
                   N_BUILTIN_SEGMENTS + 1);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM template WHERE name = 'Hacked'"),
                   ==, 0);
}

static void
test_builtins_read_only (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(OooStore) store = open_store (fixture->path);
  g_autoptr(OooTemplates) templates = open_templates (store);
  OooTemplate *o3 = ooo_templates_find_builtin (templates, OOO_TEMPLATE_KEY_O3);
  g_autoptr(OooTemplate) changes = ooo_template_copy (o3);
  g_autoptr(GError) error = NULL;

  g_assert_true (ooo_template_is_builtin (changes));
  ooo_template_set_name (changes, "My O3");
  ooo_template_remove_segment (changes, 2);

  g_assert_false (ooo_templates_update (templates, o3, changes, &error));
  g_assert_error (error, OOO_TEMPLATE_ERROR, OOO_TEMPLATE_ERROR_READ_ONLY);
  g_assert_cmpstr (error->message, ==,
                   "Built-in templates cannot be changed; duplicate it to make your own.");
  g_clear_error (&error);
  g_assert_cmpstr (ooo_template_get_name (o3), ==, "O3 (Manager Tools)");
  g_assert_cmpuint (ooo_template_get_n_segments (o3), ==, 3);

  g_assert_false (ooo_templates_delete (templates, o3, &error));
  g_assert_error (error, OOO_TEMPLATE_ERROR, OOO_TEMPLATE_ERROR_READ_ONLY);
  g_assert_cmpstr (error->message, ==, "Built-in templates cannot be deleted.");
  g_clear_error (&error);

  g_assert_cmpuint (n_items (templates), ==, N_BUILTINS);
  g_assert_true (ooo_templates_find_builtin (templates, OOO_TEMPLATE_KEY_O3) == o3);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM template WHERE name = 'My O3'"),
                   ==, 0);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM template_segment"), ==,
                   N_BUILTIN_SEGMENTS);
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  (*count)++;
}

static void
test_custom_lifecycle (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *copy_uuid = NULL;
  guint changes_seen = 0;

  {
    g_autoptr(OooStore) store = open_store (fixture->path);
    g_autoptr(OooTemplates) templates = open_templates (store);
    g_autoptr(OooTemplate) weekly = NULL;
    g_autoptr(OooTemplate) copy = NULL;
    g_autoptr(OooTemplate) renamed = NULL;
    g_autoptr(OooTemplate) split_copy = NULL;
    OooTemplate *split = ooo_templates_find_builtin (templates, OOO_TEMPLATE_KEY_SPLIT);

    g_signal_connect (templates, "items-changed", G_CALLBACK (on_items_changed),
                      &changes_seen);

    weekly = add_template (templates, "Weekly sync", 2);
    g_assert_cmpuint (changes_seen, ==, 1);
    g_assert_cmpint (ooo_template_get_id (weekly), >, 0);
    g_assert_true (g_uuid_string_is_valid (ooo_template_get_uuid (weekly)));
    g_assert_false (ooo_template_is_builtin (weekly));
    g_assert_true (g_uuid_string_is_valid (
                     ooo_template_segment_get_uuid (ooo_template_get_segment (weekly, 1))));
    g_assert_cmpuint (n_items (templates), ==, N_BUILTINS + 1);
    g_assert_true (template_at (templates, N_BUILTINS) == weekly);
    uuid = g_strdup (ooo_template_get_uuid (weekly));

    copy = ooo_templates_duplicate (templates, weekly, &error);
    g_assert_no_error (error);
    g_assert_nonnull (copy);
    g_assert_cmpstr (ooo_template_get_name (copy), ==, "Weekly sync (copy)");
    g_assert_cmpstr (ooo_template_get_uuid (copy), !=, uuid);
    g_assert_cmpint (ooo_template_get_id (copy), !=, ooo_template_get_id (weekly));
    g_assert_cmpstr (ooo_template_segment_get_uuid (ooo_template_get_segment (copy, 0)), !=,
                     ooo_template_segment_get_uuid (ooo_template_get_segment (weekly, 0)));
    g_assert_false (ooo_template_get_segment (copy, 0) ==
                    ooo_template_get_segment (weekly, 0));
    g_assert_cmpuint (ooo_template_get_total_minutes (copy), ==, 11);
    {
      g_autofree char *a = segment_titles (copy);
      g_autofree char *b = segment_titles (weekly);
      g_assert_cmpstr (a, ==, b);
    }
    copy_uuid = g_strdup (ooo_template_get_uuid (copy));

    /* A built-in duplicates into one of the manager's own. */
    split_copy = ooo_templates_duplicate (templates, split, &error);
    g_assert_no_error (error);
    g_assert_false (ooo_template_is_builtin (split_copy));
    g_assert_cmpstr (ooo_template_get_name (split_copy), ==, "Split 15/15 (copy)");
    assert_builtins (templates);

    /* Renaming moves it into its place by name. */
    renamed = ooo_template_copy (weekly);
    ooo_template_set_name (renamed, "Zebra talk");
    g_assert_true (ooo_templates_update (templates, weekly, renamed, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (ooo_template_get_name (weekly), ==, "Zebra talk");
    g_assert_cmpstr (ooo_template_get_uuid (weekly), ==, uuid);
    {
      g_autofree char *names = list_names (templates, N_BUILTINS);
      g_assert_cmpstr (names, ==, "Split 15/15 (copy)|Weekly sync (copy)|Zebra talk");
    }

    g_assert_true (ooo_templates_delete (templates, split_copy, &error));
    g_assert_no_error (error);
    g_assert_null (ooo_templates_find_by_uuid (templates,
                                               ooo_template_get_uuid (split_copy)));
    g_assert_cmpuint (n_items (templates), ==, N_BUILTINS + 2);
    /* Its segments went with it. */
    g_assert_cmpint (count_rows (store, "SELECT count(*) FROM template_segment"), ==,
                     N_BUILTIN_SEGMENTS + 4);
  }
  {
    g_autoptr(OooStore) store = open_store (fixture->path);
    g_autoptr(OooTemplates) templates = open_templates (store);
    OooTemplate *weekly = ooo_templates_find_by_uuid (templates, uuid);
    OooTemplate *copy = ooo_templates_find_by_uuid (templates, copy_uuid);
    g_autofree char *names = list_names (templates, N_BUILTINS);

    g_assert_cmpstr (names, ==, "Weekly sync (copy)|Zebra talk");
    g_assert_nonnull (weekly);
    g_assert_nonnull (copy);
    g_assert_cmpstr (ooo_template_get_name (weekly), ==, "Zebra talk");
    g_assert_cmpuint (ooo_template_get_n_segments (copy), ==, 2);

    g_assert_true (ooo_templates_delete (templates, weekly, &error));
    g_assert_no_error (error);
    g_assert_true (ooo_templates_delete (templates, copy, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n_items (templates), ==, N_BUILTINS);
  }
  {
    g_autoptr(OooStore) store = open_store (fixture->path);
    g_autoptr(OooTemplates) templates = open_templates (store);

    g_assert_cmpuint (n_items (templates), ==, N_BUILTINS);
    g_assert_cmpint (count_rows (store, "SELECT count(*) FROM template_segment"), ==,
                     N_BUILTIN_SEGMENTS);
  }
}

/* The manager's own come after the built-ins, by name, whatever the case
 * and accents. */
static void
test_sorted_by_name (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *expected = "alpha|Beta|Épinards|escape|zeta";

  {
    g_autoptr(OooStore) store = open_store (fixture->path);
    g_autoptr(OooTemplates) templates = open_templates (store);
    const char *names[] = { "zeta", "Épinards", "alpha", "escape", "Beta" };
    g_autofree char *listed = NULL;

    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      g_object_unref (add_template (templates, names[i], 1));

    listed = list_names (templates, N_BUILTINS);
    g_assert_cmpstr (listed, ==, expected);
    assert_builtins (templates);
  }
  {
    g_autoptr(OooStore) store = open_store (fixture->path);
    g_autoptr(OooTemplates) templates = open_templates (store);
    g_autofree char *listed = list_names (templates, N_BUILTINS);

    g_assert_cmpstr (listed, ==, expected);
    assert_builtins (templates);
  }
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

/* The editor's helpers, on a template that is not stored. */
static void
test_segment_helpers (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(OooTemplate) template = ooo_template_new ("Draft");
  g_autoptr(OooTemplateSegment) a = ooo_template_segment_new ("A", 10, THEM, "");
  g_autoptr(OooTemplateSegment) b = ooo_template_segment_new ("B", 20, ME, "");
  g_autoptr(OooTemplateSegment) c = ooo_template_segment_new ("C", 30, BOTH, "");
  g_autoptr(OooTemplate) copy = NULL;
  guint notified = 0;
  guint list_changes = 0;

  g_signal_connect (template, "notify::total-minutes", G_CALLBACK (on_notify), &notified);
  g_signal_connect (ooo_template_get_segments (template), "items-changed",
                    G_CALLBACK (on_items_changed), &list_changes);

  g_assert_cmpuint (ooo_template_get_total_minutes (template), ==, 0);
  ooo_template_add_segment (template, a);
  ooo_template_add_segment (template, b);
  ooo_template_add_segment (template, c);
  g_assert_cmpuint (list_changes, ==, 3);
  g_assert_cmpuint (notified, ==, 3);
  g_assert_cmpuint (ooo_template_get_total_minutes (template), ==, 60);
  g_assert_true (ooo_template_get_segment (template, 1) == b);
  g_assert_null (ooo_template_get_segment (template, 3));

  /* Changing a segment's length changes the total the editor shows. */
  ooo_template_segment_set_minutes (b, 25);
  g_assert_cmpuint (notified, ==, 4);
  g_assert_cmpuint (ooo_template_get_total_minutes (template), ==, 65);

  ooo_template_move_segment (template, 0, 2);
  {
    g_autofree char *titles = segment_titles (template);
    g_assert_cmpstr (titles, ==, "B|C|A");
  }
  ooo_template_move_segment (template, 2, 1);
  {
    g_autofree char *titles = segment_titles (template);
    g_assert_cmpstr (titles, ==, "B|A|C");
  }
  ooo_template_move_segment (template, 1, 1);
  g_assert_cmpuint (ooo_template_get_total_minutes (template), ==, 65);

  ooo_template_remove_segment (template, 0);
  {
    g_autofree char *titles = segment_titles (template);
    g_assert_cmpstr (titles, ==, "A|C");
  }
  g_assert_cmpuint (ooo_template_get_total_minutes (template), ==, 40);
  /* A removed segment no longer counts, nor is it watched. */
  g_assert_false (g_signal_has_handler_pending (b, g_signal_lookup ("notify", G_TYPE_OBJECT),
                                                g_quark_from_static_string ("minutes"), FALSE));
  g_assert_true (g_signal_has_handler_pending (a, g_signal_lookup ("notify", G_TYPE_OBJECT),
                                               g_quark_from_static_string ("minutes"), FALSE));
  notified = 0;
  ooo_template_segment_set_minutes (b, 50);
  g_assert_cmpuint (notified, ==, 0);
  g_assert_cmpuint (ooo_template_get_total_minutes (template), ==, 40);

  /* A copy is deep: changing it leaves the original alone. */
  copy = ooo_template_copy (template);
  g_assert_false (ooo_template_get_segment (copy, 0) == ooo_template_get_segment (template, 0));
  ooo_template_segment_set_title (ooo_template_get_segment (copy, 0), "Changed");
  ooo_template_segment_set_minutes (ooo_template_get_segment (copy, 0), 1);
  g_assert_cmpstr (ooo_template_segment_get_title (a), ==, "A");
  g_assert_cmpuint (ooo_template_get_total_minutes (copy), ==, 31);
  g_assert_cmpuint (ooo_template_get_total_minutes (template), ==, 40);

  g_assert_cmpstr (ooo_segment_owner_to_label (THEM), ==, "Them");
  g_assert_cmpstr (ooo_segment_owner_to_label (ME), ==, "Me");
  g_assert_cmpstr (ooo_segment_owner_to_label (BOTH), ==, "Both");
  g_assert_cmpstr (ooo_segment_owner_to_nick (THEM), ==, "them");
  g_assert_cmpstr (ooo_segment_owner_to_nick (ME), ==, "me");
  g_assert_cmpstr (ooo_segment_owner_to_nick (BOTH), ==, "both");
  {
    OooSegmentOwner owner = THEM;

    g_assert_true (ooo_segment_owner_from_nick ("both", &owner));
    g_assert_cmpint (owner, ==, BOTH);
    g_assert_false (ooo_segment_owner_from_nick ("Both", &owner));
    g_assert_false (ooo_segment_owner_from_nick (NULL, &owner));
    g_assert_cmpint (owner, ==, BOTH);
  }
  {
    g_autoptr(OooTemplateSegment) segment =
      ooo_template_segment_new ("T", 5, ME, "  First?  \n\n\r\nSecond?\n");
    g_auto(GStrv) lines = ooo_template_segment_dup_prompt_lines (segment);
    const char * const expected[] = { "First?", "Second?", NULL };

    g_assert_cmpstrv (lines, expected);
  }

  g_assert_finalize_object (g_steal_pointer (&copy));
}

/* Adding, removing and reordering segments, stored and read back. */
static void
test_segments_persist (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *uuid_part1 = NULL;
  g_autofree char *uuid_part3 = NULL;

  {
    g_autoptr(OooStore) store = open_store (fixture->path);
    g_autoptr(OooTemplates) templates = open_templates (store);
    g_autoptr(OooTemplate) template = add_template (templates, "Team lead", 3);
    g_autoptr(OooTemplate) changes = ooo_template_copy (template);
    g_autoptr(OooTemplateSegment) added =
      ooo_template_segment_new ("Wrap-up", 7, BOTH, "Actions?\nNext time?");
    g_autoptr(OooTemplateSegment) twin = NULL;

    uuid = g_strdup (ooo_template_get_uuid (template));
    uuid_part1 = g_strdup (ooo_template_segment_get_uuid (ooo_template_get_segment (template,
                                                                                    0)));
    uuid_part3 = g_strdup (ooo_template_segment_get_uuid (ooo_template_get_segment (template,
                                                                                    2)));

    /* Part 1|Part 2|Part 3 -> Part 3|Part 1|Wrap-up|Part 1 copy */
    ooo_template_remove_segment (changes, 1);
    ooo_template_move_segment (changes, 1, 0);
    ooo_template_add_segment (changes, added);
    twin = ooo_template_segment_copy (ooo_template_get_segment (changes, 1));
    ooo_template_segment_set_title (twin, "Part 1 again");
    ooo_template_add_segment (changes, twin);
    ooo_template_set_name (changes, "Team lead weekly");

    /* Nothing reaches the stored template before the update. */
    g_assert_cmpuint (ooo_template_get_n_segments (template), ==, 3);
    g_assert_true (ooo_templates_update (templates, template, changes, &error));
    g_assert_no_error (error);

    {
      g_autofree char *titles = segment_titles (template);
      g_assert_cmpstr (titles, ==, "Part 3|Part 1|Wrap-up|Part 1 again");
    }
    g_assert_cmpstr (ooo_template_get_name (template), ==, "Team lead weekly");
    g_assert_cmpuint (ooo_template_get_total_minutes (template), ==, 7 + 5 + 7 + 5);
    /* Kept segments keep their UUIDs; the copied one gets its own. */
    g_assert_cmpstr (ooo_template_segment_get_uuid (ooo_template_get_segment (template, 0)),
                     ==, uuid_part3);
    g_assert_cmpstr (ooo_template_segment_get_uuid (ooo_template_get_segment (template, 1)),
                     ==, uuid_part1);
    g_assert_cmpstr (ooo_template_segment_get_uuid (ooo_template_get_segment (template, 3)),
                     !=, uuid_part1);
    g_assert_true (g_uuid_string_is_valid (
                     ooo_template_segment_get_uuid (ooo_template_get_segment (template, 2))));
  }
  {
    g_autoptr(OooStore) store = open_store (fixture->path);
    g_autoptr(OooTemplates) templates = open_templates (store);
    OooTemplate *template = ooo_templates_find_by_uuid (templates, uuid);
    OooTemplateSegment *segment;
    g_autofree char *titles = NULL;
    g_autoptr(OooTemplate) changes = NULL;

    g_assert_nonnull (template);
    titles = segment_titles (template);
    g_assert_cmpstr (titles, ==, "Part 3|Part 1|Wrap-up|Part 1 again");
    g_assert_cmpstr (ooo_template_get_name (template), ==, "Team lead weekly");
    g_assert_cmpuint (ooo_template_get_total_minutes (template), ==, 24);
    segment = ooo_template_get_segment (template, 2);
    g_assert_cmpuint (ooo_template_segment_get_minutes (segment), ==, 7);
    g_assert_cmpint (ooo_template_segment_get_owner (segment), ==, BOTH);
    g_assert_cmpstr (ooo_template_segment_get_prompts (segment), ==, "Actions?\nNext time?");
    segment = ooo_template_get_segment (template, 0);
    g_assert_cmpstr (ooo_template_segment_get_uuid (segment), ==, uuid_part3);
    g_assert_cmpint (ooo_template_segment_get_owner (segment), ==, BOTH);
    g_assert_cmpstr (ooo_template_segment_get_prompts (segment), ==,
                     "Question 3?\nAnother 3?");

    /* Down to one segment. */
    changes = ooo_template_copy (template);
    while (ooo_template_get_n_segments (changes) > 1)
      ooo_template_remove_segment (changes, 0);
    g_assert_true (ooo_templates_update (templates, template, changes, &error));
    g_assert_no_error (error);
    g_assert_cmpint (count_rows (store, "SELECT count(*) FROM template_segment"), ==,
                     N_BUILTIN_SEGMENTS + 1);
  }
  {
    g_autoptr(OooStore) store = open_store (fixture->path);
    g_autoptr(OooTemplates) templates = open_templates (store);
    OooTemplate *template = ooo_templates_find_by_uuid (templates, uuid);
    g_autofree char *titles = segment_titles (template);

    g_assert_cmpstr (titles, ==, "Part 1 again");
  }
}

static void
assert_invalid (OooTemplate *template,
                const char  *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (ooo_template_validate (template, &error));
  g_assert_error (error, OOO_TEMPLATE_ERROR, OOO_TEMPLATE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
}

static void
assert_valid (OooTemplate *template)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ooo_template_validate (template, &error));
  g_assert_no_error (error);
}

static void
test_validation (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(OooStore) store = open_store (fixture->path);
  g_autoptr(OooTemplates) templates = open_templates (store);
  g_autoptr(OooTemplate) template = make_template ("Valid", 3);
  g_autoptr(OooTemplate) empty = ooo_template_new ("Empty");
  g_autoptr(OooTemplate) many = make_template ("Many", OOO_TEMPLATE_MAX_SEGMENTS);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  OooTemplateSegment *second = NULL;
  OooTemplateSegment *third = NULL;

  assert_valid (template);
  second = ooo_template_get_segment (template, 1);
  third = ooo_template_get_segment (template, 2);

  ooo_template_set_name (template, "");
  assert_invalid (template, "The template needs a name.");
  ooo_template_set_name (template, " \t ");
  assert_invalid (template, "The template needs a name.");
  g_string_append (text, "é");
  for (guint i = 1; i < OOO_TEMPLATE_NAME_MAX_CHARS; i++)
    g_string_append_c (text, 'n');
  ooo_template_set_name (template, text->str);
  assert_valid (template);
  g_string_append_c (text, 'n');
  ooo_template_set_name (template, text->str);
  assert_invalid (template, "The name is too long: keep it to 100 characters or fewer.");
  ooo_template_set_name (template, "Valid");

  ooo_template_segment_set_title (second, "");
  assert_invalid (template, "Segment 2 has no title.");
  ooo_template_segment_set_title (second, "   ");
  assert_invalid (template, "Segment 2 has no title.");
  g_string_truncate (text, 0);
  for (guint i = 0; i < OOO_TEMPLATE_SEGMENT_TITLE_MAX_CHARS; i++)
    g_string_append (text, "ü");
  ooo_template_segment_set_title (second, text->str);
  assert_valid (template);
  g_string_append_c (text, 't');
  ooo_template_segment_set_title (second, text->str);
  assert_invalid (template,
                  "The title of segment 2 is too long: keep it to 100 characters or fewer.");
  ooo_template_segment_set_title (second, "Second");

  ooo_template_segment_set_minutes (third, 0);
  assert_invalid (template, "Segment 3 must last from 1 to 120 minutes.");
  ooo_template_segment_set_minutes (third, 121);
  assert_invalid (template, "Segment 3 must last from 1 to 120 minutes.");
  ooo_template_segment_set_minutes (third, 1);
  assert_valid (template);
  ooo_template_segment_set_minutes (third, 120);
  assert_valid (template);

  g_string_truncate (text, 0);
  for (guint i = 0; i < OOO_TEMPLATE_SEGMENT_PROMPTS_MAX_CHARS / 4; i++)
    g_string_append (text, "Wy?\n");
  ooo_template_segment_set_prompts (third, text->str);
  assert_valid (template);
  g_string_append_c (text, '?');
  ooo_template_segment_set_prompts (third, text->str);
  assert_invalid (template,
                  "The prompts of segment 3 are too long: keep them to 4000 characters or "
                  "fewer.");
  ooo_template_segment_set_prompts (third, "");

  /* The first problem wins. */
  ooo_template_segment_set_title (third, "");
  ooo_template_segment_set_minutes (second, 500);
  assert_invalid (template, "Segment 2 must last from 1 to 120 minutes.");

  assert_invalid (empty, "A template needs at least one segment.");
  assert_valid (many);
  ooo_template_add_segment (many, ooo_template_get_segment (template, 0));
  assert_invalid (many, "A template can have at most 20 segments.");

  g_assert_true (ooo_template_validate_name ("Fine", NULL));
  g_assert_false (ooo_template_validate_name (NULL, NULL));

  /* The store refuses what validation refuses, and writes nothing. */
  g_assert_false (ooo_templates_add (templates, empty, &error));
  g_assert_error (error, OOO_TEMPLATE_ERROR, OOO_TEMPLATE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "A template needs at least one segment.");
  g_clear_error (&error);
  g_assert_false (ooo_templates_add (templates, template, &error));
  g_assert_cmpstr (error->message, ==, "Segment 2 must last from 1 to 120 minutes.");
  g_clear_error (&error);
  g_assert_cmpint (ooo_template_get_id (template), ==, 0);
  g_assert_null (ooo_template_get_uuid (template));
  g_assert_cmpuint (n_items (templates), ==, N_BUILTINS);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM template"), ==, N_BUILTINS);

  {
    g_autoptr(OooTemplate) stored = add_template (templates, "Stored", 2);
    g_autoptr(OooTemplate) changes = ooo_template_copy (stored);

    ooo_template_segment_set_title (ooo_template_get_segment (changes, 1), "");
    ooo_template_set_name (changes, "Renamed");
    g_assert_false (ooo_templates_update (templates, stored, changes, &error));
    g_assert_error (error, OOO_TEMPLATE_ERROR, OOO_TEMPLATE_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, "Segment 2 has no title.");
    g_clear_error (&error);
    g_assert_cmpstr (ooo_template_get_name (stored), ==, "Stored");
    g_assert_cmpint (count_rows (store, "SELECT count(*) FROM template"
                                        " WHERE name = 'Renamed'"), ==, 0);
    g_assert_cmpint (count_rows (store, "SELECT count(*) FROM template_segment"), ==,
                     N_BUILTIN_SEGMENTS + 2);
  }
}

/* A long name still makes a valid "(copy)". */
static void
test_duplicate_long_name (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(OooStore) store = open_store (fixture->path);
  g_autoptr(OooTemplates) templates = open_templates (store);
  g_autofree char *name = g_strnfill (OOO_TEMPLATE_NAME_MAX_CHARS, 'x');
  g_autoptr(OooTemplate) source = add_template (templates, name, 1);
  g_autoptr(OooTemplate) copy = NULL;
  g_autoptr(GError) error = NULL;

  copy = ooo_templates_duplicate (templates, source, &error);
  g_assert_no_error (error);
  g_assert_nonnull (copy);
  g_assert_cmpint (g_utf8_strlen (ooo_template_get_name (copy), -1), ==,
                   OOO_TEMPLATE_NAME_MAX_CHARS);
  g_assert_true (g_str_has_suffix (ooo_template_get_name (copy), "x (copy)"));
}

static void
test_default_for (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(OooStore) store = open_store (fixture->path);
  g_autoptr(OooTemplates) templates = open_templates (store);
  struct {
    OooPersonKind  kind;
    OooEmployment  employment;
    const char    *key;
  } cases[] = {
    { OOO_PERSON_KIND_INDIVIDUAL, OOO_EMPLOYMENT_EMPLOYEE, "o3" },
    { OOO_PERSON_KIND_MANAGER, OOO_EMPLOYMENT_EMPLOYEE, "manager-of-managers" },
    { OOO_PERSON_KIND_INDIVIDUAL, OOO_EMPLOYMENT_CONTRACTOR, "status" },
    { OOO_PERSON_KIND_MANAGER, OOO_EMPLOYMENT_CONTRACTOR, "status" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
    OooTemplate *template = ooo_templates_default_for (templates, cases[i].kind,
                                                       cases[i].employment);

    g_assert_nonnull (template);
    g_assert_cmpstr (ooo_template_get_builtin_key (template), ==, cases[i].key);
  }
}

/* Deleting a template leaves meetings and people, pointing at nothing. */
static void
test_delete_keeps_meetings (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(OooStore) store = open_store (fixture->path);
  g_autoptr(OooTemplates) templates = open_templates (store);
  g_autoptr(OooTemplate) template = add_template (templates, "Gone soon", 2);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (ooo_store_get_db (store),
                                       "INSERT INTO person (uuid, name, created_at, updated_at,"
                                       " default_template_id)"
                                       " VALUES ('7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',"
                                       " 'Ana', 0, 0, ?1)", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, ooo_template_get_id (template));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_prepare_v2 (ooo_store_get_db (store),
                                       "INSERT INTO meeting (uuid, person_id, template_id,"
                                       " created_at, updated_at)"
                                       " VALUES ('0c9b8a7f-6e5d-4c4b-9a39-281706f5e4d3',"
                                       " (SELECT id FROM person), ?1, 0, 0)",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, ooo_template_get_id (template));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM meeting"
                                      " WHERE template_id IS NOT NULL"), ==, 1);

  g_assert_true (ooo_templates_delete (templates, template, &error));
  g_assert_no_error (error);

  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM meeting"), ==, 1);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM meeting"
                                      " WHERE template_id IS NULL"), ==, 1);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM person"
                                      " WHERE default_template_id IS NULL"), ==, 1);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM template"), ==, N_BUILTINS);
}

/* A template removed from the file behind the app's back cannot be updated. */
static void
test_update_missing (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(OooStore) store = open_store (fixture->path);
  g_autoptr(OooTemplates) templates = open_templates (store);
  g_autoptr(OooTemplate) template = add_template (templates, "Vanishing", 1);
  g_autoptr(OooTemplate) changes = ooo_template_copy (template);
  g_autoptr(GError) error = NULL;

  exec_ok (store, "DELETE FROM template WHERE builtin_key IS NULL");
  ooo_template_set_name (changes, "Still here?");
  g_assert_false (ooo_templates_update (templates, template, changes, &error));
  g_assert_error (error, OOO_STORE_ERROR, OOO_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (ooo_template_get_name (template), ==, "Vanishing");
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM template_segment"), ==,
                   N_BUILTIN_SEGMENTS);
}

static const char expected_file[] =
  "{\n"
  "  \"format\" : \"one-on-one-template\",\n"
  "  \"version\" : 1,\n"
  "  \"template\" : {\n"
  "    \"name\" : \"Équipe “A” \\\"β\\\"\",\n"
  "    \"segments\" : [\n"
  "      {\n"
  "        \"title\" : \"Their time\",\n"
  "        \"minutes\" : 15,\n"
  "        \"owner\" : \"them\",\n"
  "        \"prompts\" : [\n"
  "          \"What’s on your mind?\",\n"
  "          \"Tab\\there\"\n"
  "        ]\n"
  "      },\n"
  "      {\n"
  "        \"title\" : \"Wrap-up\",\n"
  "        \"minutes\" : 120,\n"
  "        \"owner\" : \"both\",\n"
  "        \"prompts\" : []\n"
  "      },\n"
  "      {\n"
  "        \"title\" : \"Mine\",\n"
  "        \"minutes\" : 1,\n"
  "        \"owner\" : \"me\",\n"
  "        \"prompts\" : [\n"
  "          \"News\"\n"
  "        ]\n"
  "      }\n"
  "    ]\n"
  "  }\n"
  "}\n";

static OooTemplate *
make_shared_template (void)
{
  OooTemplate *template = ooo_template_new ("Équipe “A” \"β\"");
  g_autoptr(OooTemplateSegment) first =
    ooo_template_segment_new ("Their time", 15, THEM, "What’s on your mind?\nTab\there");
  g_autoptr(OooTemplateSegment) second = ooo_template_segment_new ("Wrap-up", 120, BOTH, "");
  g_autoptr(OooTemplateSegment) third = ooo_template_segment_new ("Mine", 1, ME, "News");

  ooo_template_add_segment (template, first);
  ooo_template_add_segment (template, second);
  ooo_template_add_segment (template, third);

  return template;
}

static void
test_file_round_trip (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(OooStore) store = open_store (fixture->path);
  g_autoptr(OooTemplates) templates = open_templates (store);
  g_autofree char *path = g_build_filename (fixture->dir, "shared.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(OooTemplate) original = make_shared_template ();
  g_autoptr(OooTemplate) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *original_data = NULL;
  g_autofree char *loaded_data = NULL;
  g_autofree char *on_disk = NULL;
  gsize original_length = 0;
  gsize loaded_length = 0;
  gsize disk_length = 0;

  /* Stored first, so the file is known to leave identity behind. */
  g_assert_true (ooo_templates_add (templates, original, &error));
  g_assert_no_error (error);

  original_data = ooo_template_file_to_data (original, &original_length);
  g_assert_cmpstr (original_data, ==, expected_file);
  g_assert_cmpuint (original_length, ==, strlen (expected_file));

  g_assert_true (ooo_template_file_save (original, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &on_disk, &disk_length, NULL));
  g_assert_cmpuint (disk_length, ==, original_length);
  g_assert_cmpmem (on_disk, disk_length, original_data, original_length);

  /* Saving again replaces the file whole. */
  g_assert_true (ooo_template_file_save (original, file, &error));
  g_assert_no_error (error);

  loaded = ooo_template_file_load (file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  assert_same_template (loaded, original);
  g_assert_cmpint (ooo_template_get_id (loaded), ==, 0);
  g_assert_null (ooo_template_get_uuid (loaded));
  g_assert_null (ooo_template_get_builtin_key (loaded));
  for (guint i = 0; i < ooo_template_get_n_segments (loaded); i++)
    g_assert_null (ooo_template_segment_get_uuid (ooo_template_get_segment (loaded, i)));

  loaded_data = ooo_template_file_to_data (loaded, &loaded_length);
  g_assert_cmpmem (loaded_data, loaded_length, original_data, original_length);

  /* An import is a new template of the manager's own. */
  g_assert_true (ooo_templates_add (templates, loaded, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ooo_template_get_uuid (loaded), !=, ooo_template_get_uuid (original));
  g_assert_cmpuint (n_items (templates), ==, N_BUILTINS + 2);

  /* An invalid template is not written. */
  {
    g_autofree char *bad_path = g_build_filename (fixture->dir, "bad.json", NULL);
    g_autoptr(GFile) bad_file = g_file_new_for_path (bad_path);
    g_autoptr(OooTemplate) nameless = make_template ("", 1);

    g_assert_false (ooo_template_file_save (nameless, bad_file, &error));
    g_assert_error (error, OOO_TEMPLATE_ERROR, OOO_TEMPLATE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));
  }
}

/* A built-in shared and imported becomes the manager's own. */
static void
test_file_builtin_import (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(OooStore) store = open_store (fixture->path);
  g_autoptr(OooTemplates) templates = open_templates (store);
  g_autofree char *path = g_build_filename (fixture->dir, "o3.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  OooTemplate *o3 = ooo_templates_find_builtin (templates, OOO_TEMPLATE_KEY_O3);
  g_autoptr(OooTemplate) imported = NULL;
  g_autoptr(OooTemplate) changes = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (ooo_template_file_save (o3, file, &error));
  g_assert_no_error (error);
  imported = ooo_template_file_load (file, &error);
  g_assert_no_error (error);
  g_assert_false (ooo_template_is_builtin (imported));
  assert_same_template (imported, o3);

  g_assert_true (ooo_templates_add (templates, imported, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (templates), ==, N_BUILTINS + 1);
  g_assert_true (template_at (templates, N_BUILTINS) == imported);
  g_assert_cmpstr (ooo_template_get_name (imported), ==, "O3 (Manager Tools)");
  g_assert_cmpstr (ooo_template_get_uuid (imported), !=, ooo_template_get_uuid (o3));
  g_assert_true (ooo_templates_find_builtin (templates, OOO_TEMPLATE_KEY_O3) == o3);
  assert_builtins (templates);

  /* And, being the manager's, it can be changed. */
  changes = ooo_template_copy (imported);
  ooo_template_segment_set_minutes (ooo_template_get_segment (changes, 2), 5);
  g_assert_true (ooo_templates_update (templates, imported, changes, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ooo_template_get_total_minutes (imported), ==, 25);
  g_assert_cmpuint (ooo_template_get_total_minutes (o3), ==, 30);
}

#define HEAD "{\"format\": \"one-on-one-template\", \"version\": 1, \"template\": " \
             "{\"name\": \"Weekly\", \"segments\": ["
#define TAIL "]}}"
#define GOOD "{\"title\": \"Their time\", \"minutes\": 10, \"owner\": \"them\", " \
             "\"prompts\": [\"How are you?\"]}"
#define SEGMENT(title, minutes, owner, prompts) \
  "{\"title\": " title ", \"minutes\": " minutes ", \"owner\": " owner ", " \
  "\"prompts\": " prompts "}"

typedef struct {
  const char *data;
  const char *message;
} Malformed;

static const Malformed malformed[] = {
  { "{\n\"format\": \"one-on-one-template\",\n\"version\": 1,,\n}",
    "The file is not valid JSON (line 3)." },
  { HEAD GOOD TAIL "\n\n{}", "The file is not valid JSON (line 3)." },
  { HEAD GOOD TAIL " x", "The file is not valid JSON (line 1)." },
  { HEAD GOOD, "The file is not valid JSON (line 1)." },
  { "", "The file is empty." },
  { " \n\t", "The file is empty." },
  { "[]", "This is not a One-on-One template file." },
  { "\"one-on-one-template\"", "This is not a One-on-One template file." },
  { "{\"version\": 1}", "This is not a One-on-One template file." },
  { "{\"format\": \"one-on-one-agenda\", \"version\": 1}",
    "This is not a One-on-One template file." },
  { "{\"format\": [\"one-on-one-template\"], \"version\": 1}",
    "This is not a One-on-One template file." },
  { "{\"format\": \"one-on-one-template\", \"version\": 2, \"template\": {}}",
    "This template file is from a newer version of One-on-One (format version 2)." },
  { "{\"format\": \"one-on-one-template\"}", "This template file has no valid format version." },
  { "{\"format\": \"one-on-one-template\", \"version\": \"1\"}",
    "This template file has no valid format version." },
  { "{\"format\": \"one-on-one-template\", \"version\": 1.0}",
    "This template file has no valid format version." },
  { "{\"format\": \"one-on-one-template\", \"version\": 0}",
    "This template file has an unknown format version (0)." },
  { "{\"format\": \"one-on-one-template\", \"version\": 1}",
    "The file does not contain a template." },
  { "{\"format\": \"one-on-one-template\", \"version\": 1, \"template\": [" GOOD "]}",
    "The file does not contain a template." },
  { "{\"format\": \"one-on-one-template\", \"version\": 1, \"template\": "
    "{\"segments\": [" GOOD "]}}", "The template needs a name." },
  { "{\"format\": \"one-on-one-template\", \"version\": 1, \"template\": "
    "{\"name\": null, \"segments\": [" GOOD "]}}", "The template needs a name." },
  { "{\"format\": \"one-on-one-template\", \"version\": 1, \"template\": "
    "{\"name\": \"  \", \"segments\": [" GOOD "]}}", "The template needs a name." },
  { "{\"format\": \"one-on-one-template\", \"version\": 1, \"template\": "
    "{\"name\": 7, \"segments\": [" GOOD "]}}", "The template’s “name” must be a text." },
  { "{\"format\": \"one-on-one-template\", \"version\": 1, \"template\": "
    "{\"name\": {\"en\": \"Weekly\"}, \"segments\": [" GOOD "]}}",
    "The template’s “name” must be a text." },
  { "{\"format\": \"one-on-one-template\", \"version\": 1, \"template\": {\"name\": \"W\"}}",
    "A template needs at least one segment." },
  { HEAD TAIL, "A template needs at least one segment." },
  { "{\"format\": \"one-on-one-template\", \"version\": 1, \"template\": "
    "{\"name\": \"W\", \"segments\": " GOOD "}}", "The template’s “segments” must be a list." },
  { HEAD "\"Their time\"" TAIL,
    "Segment 1 must be an object with “title”, “minutes”, “owner” and “prompts”." },
  { HEAD GOOD ", [" GOOD "]" TAIL,
    "Segment 2 must be an object with “title”, “minutes”, “owner” and “prompts”." },
  { HEAD GOOD ", {\"minutes\": 10, \"owner\": \"me\", \"prompts\": []}" TAIL,
    "Segment 2 has no title." },
  { HEAD SEGMENT ("null", "10", "\"me\"", "[]") TAIL, "Segment 1 has no title." },
  { HEAD GOOD ", " GOOD ", " SEGMENT ("\"\"", "10", "\"me\"", "[]") TAIL,
    "Segment 3 has no title." },
  { HEAD SEGMENT ("42", "10", "\"me\"", "[]") TAIL, "Segment 1: “title” must be a text." },
  { HEAD SEGMENT ("[\"Their time\"]", "10", "\"me\"", "[]") TAIL,
    "Segment 1: “title” must be a text." },
  { HEAD SEGMENT ("\"T\"", "\"10\"", "\"me\"", "[]") TAIL,
    "Segment 1: “minutes” must be a whole number from 1 to 120." },
  { HEAD GOOD ", " SEGMENT ("\"T\"", "10.5", "\"me\"", "[]") TAIL,
    "Segment 2: “minutes” must be a whole number from 1 to 120." },
  { HEAD SEGMENT ("\"T\"", "10.0", "\"me\"", "[]") TAIL,
    "Segment 1: “minutes” must be a whole number from 1 to 120." },
  { HEAD SEGMENT ("\"T\"", "1e1", "\"me\"", "[]") TAIL,
    "Segment 1: “minutes” must be a whole number from 1 to 120." },
  { HEAD SEGMENT ("\"T\"", "-5", "\"me\"", "[]") TAIL,
    "Segment 1: “minutes” must be a whole number from 1 to 120." },
  { HEAD SEGMENT ("\"T\"", "0", "\"me\"", "[]") TAIL,
    "Segment 1: “minutes” must be a whole number from 1 to 120." },
  { HEAD SEGMENT ("\"T\"", "121", "\"me\"", "[]") TAIL,
    "Segment 1: “minutes” must be a whole number from 1 to 120." },
  { HEAD SEGMENT ("\"T\"", "99999999999999999999999", "\"me\"", "[]") TAIL,
    "Segment 1: “minutes” must be a whole number from 1 to 120." },
  { HEAD SEGMENT ("\"T\"", "null", "\"me\"", "[]") TAIL,
    "Segment 1: “minutes” must be a whole number from 1 to 120." },
  { HEAD SEGMENT ("\"T\"", "true", "\"me\"", "[]") TAIL,
    "Segment 1: “minutes” must be a whole number from 1 to 120." },
  { HEAD SEGMENT ("\"T\"", "[10]", "\"me\"", "[]") TAIL,
    "Segment 1: “minutes” must be a whole number from 1 to 120." },
  { HEAD "{\"title\": \"T\", \"owner\": \"me\", \"prompts\": []}" TAIL,
    "Segment 1: “minutes” must be a whole number from 1 to 120." },
  { HEAD GOOD ", " GOOD ", " SEGMENT ("\"T\"", "10", "\"boss\"", "[]") TAIL,
    "Segment 3: “owner” must be “them”, “me” or “both”." },
  { HEAD SEGMENT ("\"T\"", "10", "\"Them\"", "[]") TAIL,
    "Segment 1: “owner” must be “them”, “me” or “both”." },
  { HEAD SEGMENT ("\"T\"", "10", "1", "[]") TAIL,
    "Segment 1: “owner” must be “them”, “me” or “both”." },
  { HEAD SEGMENT ("\"T\"", "10", "null", "[]") TAIL,
    "Segment 1: “owner” must be “them”, “me” or “both”." },
  { HEAD "{\"title\": \"T\", \"minutes\": 10, \"prompts\": []}" TAIL,
    "Segment 1: “owner” must be “them”, “me” or “both”." },
  { HEAD GOOD ", " SEGMENT ("\"T\"", "10", "\"me\"", "\"Ask them\"") TAIL,
    "Segment 2: “prompts” must be a list of texts." },
  { HEAD SEGMENT ("\"T\"", "10", "\"me\"", "[\"Fine\", 1]") TAIL,
    "Segment 1: “prompts” must be a list of texts." },
  { HEAD SEGMENT ("\"T\"", "10", "\"me\"", "[[\"Nested\"]]") TAIL,
    "Segment 1: “prompts” must be a list of texts." },
  { HEAD SEGMENT ("\"T\"", "10", "\"me\"", "[null]") TAIL,
    "Segment 1: “prompts” must be a list of texts." },
  { HEAD SEGMENT ("\"T\"", "10", "\"me\"", "null") TAIL,
    "Segment 1: “prompts” must be a list of texts." },
  { HEAD SEGMENT ("\"T\"", "10", "\"me\"", "{\"0\": \"Ask\"}") TAIL,
    "Segment 1: “prompts” must be a list of texts." },
  { HEAD "{\"title\": \"T\", \"minutes\": 10, \"owner\": \"me\"}" TAIL,
    "Segment 1: “prompts” must be a list of texts." },
  /* The first problem is named, not a later one. */
  { HEAD GOOD ", " SEGMENT ("\"T\"", "10", "\"boss\"", "[]") ", "
    SEGMENT ("\"\"", "0", "\"me\"", "[]") TAIL,
    "Segment 2: “owner” must be “them”, “me” or “both”." },
  { HEAD SEGMENT ("\"T\"", "10", "\"me\"", "[\"a\\u0000b\"]") TAIL,
    "The file contains a null character (line 1)." },
  /* Half a surrogate pair: json-glib would store bytes that are not UTF-8. */
  { HEAD SEGMENT ("\"T\"", "10", "\"me\"", "[\"a\\ud800b\"]") TAIL,
    "The file is not valid JSON (line 1)." },
  { HEAD SEGMENT ("\"T\\ud83d\"", "10", "\"me\"", "[]") TAIL,
    "The file is not valid JSON (line 1)." },
  { HEAD SEGMENT ("\"T\"", "10", "\"me\"", "[\"\\udc00\"]") TAIL,
    "The file is not valid JSON (line 1)." },
  { HEAD SEGMENT ("\"T\"", "10", "\"me\"", "[\"\\ud83d\\ud83d\"]") TAIL,
    "The file is not valid JSON (line 1)." },
  /* Fewer than four hex digits (found by fuzzing): the same. */
  { HEAD SEGMENT ("\"Thei-leve\\ud80r time\"", "10", "\"me\"", "[]") TAIL,
    "The file is not valid JSON (line 1)." },
  { HEAD SEGMENT ("\"T\"", "10", "\"me\"", "[\"a\\u12\"]") TAIL,
    "The file is not valid JSON (line 1)." },
  { "{\n\"format\": \"one-on-one-template\",\n\"version\": 1,\n\"template\": {\"name\": \"\xff\""
    "}}", "The file is not UTF-8 text (line 4)." },
  { "{\n\"format\": \"one-on-one-\xc3\"}", "The file is not UTF-8 text (line 2)." },
};

static gint64
import_into (OooTemplates  *templates,
             const char    *data,
             gsize          length,
             GError       **error)
{
  g_autoptr(OooTemplate) template = ooo_template_file_from_data (data, length, error);

  if (template == NULL)
    return 0;
  g_assert_true (ooo_templates_add (templates, template, NULL));
  return ooo_template_get_id (template);
}

static void
assert_refused (OooTemplates *templates,
                const char   *data,
                gsize         length,
                const char   *message)
{
  OooStore *store = ooo_templates_get_store (templates);
  g_autoptr(GError) error = NULL;

  g_test_message ("%s", message);
  g_assert_cmpint (import_into (templates, data, length, &error), ==, 0);
  g_assert_error (error, OOO_TEMPLATE_ERROR, OOO_TEMPLATE_ERROR_FILE);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpuint (n_items (templates), ==, N_BUILTINS);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM template"), ==, N_BUILTINS);
}

static void
test_file_malformed (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(OooStore) store = open_store (fixture->path);
  g_autoptr(OooTemplates) templates = open_templates (store);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  /* The pieces the table is built from are right on their own. */
  {
    g_autoptr(OooTemplate) good = ooo_template_file_from_data (HEAD GOOD TAIL,
                                                               strlen (HEAD GOOD TAIL), &error);
    g_assert_no_error (error);
    g_assert_nonnull (good);
    g_assert_cmpstr (ooo_template_get_name (good), ==, "Weekly");
    g_assert_cmpstr (ooo_template_segment_get_prompts (ooo_template_get_segment (good, 0)), ==,
                     "How are you?");
  }

  /* A whole pair is one character. */
  {
    static const char pair[] = HEAD SEGMENT ("\"T \\ud83d\\ude00\"", "10", "\"me\"", "[]") TAIL;
    g_autoptr(OooTemplate) good = ooo_template_file_from_data (pair, strlen (pair), &error);

    g_assert_no_error (error);
    g_assert_cmpstr (ooo_template_segment_get_title (ooo_template_get_segment (good, 0)), ==,
                     "T 😀");
  }

  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    assert_refused (templates, malformed[i].data, strlen (malformed[i].data),
                    malformed[i].message);

  /* A NUL byte in the middle. */
  {
    static const char with_nul[] = HEAD GOOD TAIL;
    g_autofree char *copy = g_memdup2 (with_nul, sizeof with_nul);

    copy[30] = '\0';
    assert_refused (templates, copy, sizeof with_nul - 1,
                    "The file contains a null character (line 1).");
  }

  /* Too many segments. */
  g_string_assign (text, HEAD);
  for (guint i = 0; i <= OOO_TEMPLATE_MAX_SEGMENTS; i++)
    g_string_append_printf (text, "%s" GOOD, i > 0 ? ", " : "");
  g_string_append (text, TAIL);
  assert_refused (templates, text->str, text->len, "A template can have at most 20 segments.");

  /* Texts too long for the database's rules. */
  g_string_assign (text, "{\"format\": \"one-on-one-template\", \"version\": 1, "
                         "\"template\": {\"name\": \"");
  for (guint i = 0; i <= OOO_TEMPLATE_NAME_MAX_CHARS; i++)
    g_string_append_c (text, 'n');
  g_string_append (text, "\", \"segments\": [" GOOD TAIL);
  assert_refused (templates, text->str, text->len,
                  "The name is too long: keep it to 100 characters or fewer.");

  g_string_assign (text, HEAD GOOD ", {\"title\": \"");
  for (guint i = 0; i <= OOO_TEMPLATE_SEGMENT_TITLE_MAX_CHARS; i++)
    g_string_append_c (text, 't');
  g_string_append (text, "\", \"minutes\": 10, \"owner\": \"me\", \"prompts\": []}" TAIL);
  assert_refused (templates, text->str, text->len,
                  "The title of segment 2 is too long: keep it to 100 characters or fewer.");

  g_string_assign (text, HEAD "{\"title\": \"T\", \"minutes\": 10, \"owner\": \"me\", "
                         "\"prompts\": [");
  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (text, "%s\"Why?\"", i > 0 ? ", " : "");
  g_string_append (text, "]}" TAIL);
  assert_refused (templates, text->str, text->len,
                  "The prompts of segment 1 are too long: keep them to 4000 characters or "
                  "fewer.");

  /* Nesting far deeper than a template has, which a recursive parser would
   * follow down to a crash. */
  g_string_truncate (text, 0);
  for (guint i = 0; i < 200000; i++)
    g_string_append_c (text, '[');
  assert_refused (templates, text->str, text->len,
                  "The file nests data too deeply to be a template (line 1).");

  /* Over 1 MiB, even when every byte is right. */
  g_string_assign (text, HEAD GOOD TAIL);
  while (text->len <= OOO_TEMPLATE_FILE_MAX_SIZE)
    g_string_append_c (text, ' ');
  assert_refused (templates, text->str, text->len, "The file is too large to be a template.");
  g_string_truncate (text, OOO_TEMPLATE_FILE_MAX_SIZE);
  g_assert_cmpint (import_into (templates, text->str, text->len, &error), >, 0);
  g_assert_no_error (error);
}

/* The same refusals when reading from a file, and a file that is not there. */
static void
test_file_load_errors (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "template.json", NULL);
  g_autofree char *missing_path = g_build_filename (fixture->dir, "missing.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  g_autoptr(OooTemplate) template = NULL;
  g_autoptr(GString) text = g_string_new (HEAD GOOD TAIL "\n");
  g_autoptr(GError) error = NULL;

  template = ooo_template_file_load (missing, &error);
  g_assert_null (template);
  g_assert_error (error, OOO_TEMPLATE_ERROR, OOO_TEMPLATE_ERROR_FILE);
  g_assert_true (g_str_has_prefix (error->message, "Could not read the template file: "));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (path, "{\"format\": \"x\"}", -1, NULL));
  template = ooo_template_file_load (file, &error);
  g_assert_null (template);
  g_assert_error (error, OOO_TEMPLATE_ERROR, OOO_TEMPLATE_ERROR_FILE);
  g_assert_cmpstr (error->message, ==, "This is not a One-on-One template file.");
  g_clear_error (&error);

  while (text->len <= OOO_TEMPLATE_FILE_MAX_SIZE + 4096)
    g_string_append (text, "          ");
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
  template = ooo_template_file_load (file, &error);
  g_assert_null (template);
  g_assert_error (error, OOO_TEMPLATE_ERROR, OOO_TEMPLATE_ERROR_FILE);
  g_assert_cmpstr (error->message, ==, "The file is too large to be a template.");
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (path, HEAD GOOD TAIL "\n", -1, NULL));
  template = ooo_template_file_load (file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (template);
  g_assert_cmpstr (ooo_template_get_name (template), ==, "Weekly");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/templates/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("builtins", test_builtins);
  ADD ("builtins-stable", test_builtins_stable);
  ADD ("builtins-repaired", test_builtins_repaired);
  ADD ("builtins-read-only", test_builtins_read_only);
  ADD ("custom-lifecycle", test_custom_lifecycle);
  ADD ("sorted-by-name", test_sorted_by_name);
  ADD ("segment-helpers", test_segment_helpers);
  ADD ("segments-persist", test_segments_persist);
  ADD ("validation", test_validation);
  ADD ("duplicate-long-name", test_duplicate_long_name);
  ADD ("default-for", test_default_for);
  ADD ("delete-keeps-meetings", test_delete_keeps_meetings);
  ADD ("update-missing", test_update_missing);
  ADD ("file-round-trip", test_file_round_trip);
  ADD ("file-builtin-import", test_file_builtin_import);
  ADD ("file-malformed", test_file_malformed);
  ADD ("file-load-errors", test_file_load_errors);
#undef ADD

  return g_test_run ();
}
