/* ooo-import-check.c — an import checked across the file and against the
 * database, before anything is written
 *
 * Two passes over the rows, each in the file's order: first every UUID is
 * unique in the file (per kind of row) and, where the database already has
 * it, belongs there to the same person, meeting or template; then every
 * reference leads somewhere: to a meeting of the same person, in the file
 * or in the database, or to a template in either.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ooo-import-private.h"

typedef enum {
  KIND_PERSON,
  KIND_MEETING,
  KIND_SEGMENT,
  KIND_ACTION,
  KIND_POINT,
  KIND_REMINDER,
  KIND_TEMPLATE,
  KIND_TEMPLATE_SEGMENT,
  N_KINDS
} Kind;

/* Per kind: whether the table has rows (if not, no row needs looking up),
 * and the query that gives the UUID of a row's parent. */
static const struct {
  const char *table;
  const char *parent_sql;
} kinds[N_KINDS] = {
  { "person", NULL },
  { "meeting", "SELECT p.uuid FROM meeting c JOIN person p ON p.id = c.person_id"
               " WHERE c.uuid = ?1" },
  { "meeting_segment", "SELECT m.uuid FROM meeting_segment c"
                       " JOIN meeting m ON m.id = c.meeting_id WHERE c.uuid = ?1" },
  { "action_item", "SELECT p.uuid FROM action_item c JOIN person p ON p.id = c.person_id"
                   " WHERE c.uuid = ?1" },
  { "talking_point", "SELECT p.uuid FROM talking_point c JOIN person p ON p.id = c.person_id"
                     " WHERE c.uuid = ?1" },
  { "reminder", "SELECT p.uuid FROM reminder c JOIN person p ON p.id = c.person_id"
                " WHERE c.uuid = ?1" },
  { "template", NULL },
  { "template_segment", "SELECT t.uuid FROM template_segment c"
                        " JOIN template t ON t.id = c.template_id WHERE c.uuid = ?1" },
};

typedef struct {
  OooStore       *store;
  OooImportData  *data;
  GHashTable     *seen[N_KINDS];    /* uuid -> owner: person index + 1 for meetings */
  gboolean        has_rows[N_KINDS];
  GError        **error;
} Check;

static gboolean
query_text (Check       *check,
            const char  *sql,
            const char  *uuid,
            gboolean    *found,
            char       **text)
{
  sqlite3_stmt *stmt = ooo_store_prepare (check->store, sql, check->error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  *found = rc == SQLITE_ROW;
  if (text != NULL)
    *text = *found ? g_strdup ((const char *) sqlite3_column_text (stmt, 0)) : NULL;
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
    ooo_store_set_error (check->store, rc, check->error);
    return FALSE;
  }

  return TRUE;
}

static gboolean
table_has_rows (Check      *check,
                const char *table,
                gboolean   *has_rows)
{
  g_autofree char *sql = g_strdup_printf ("SELECT EXISTS (SELECT 1 FROM %s)", table);
  sqlite3_stmt *stmt = NULL;
  int rc;

  /* A fixed table name, not user text; run once, so not cached. */
  rc = sqlite3_prepare_v2 (ooo_store_get_db (check->store), sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW) {
    *has_rows = sqlite3_column_int (stmt, 0) != 0;
    rc = SQLITE_OK;
  }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK) {
    ooo_store_set_error (check->store, rc, check->error);
    return FALSE;
  }

  return TRUE;
}

static OooImportWhere
where_of (guint       person,
          const char *list,
          guint       index,
          const char *sublist,
          guint       subindex)
{
  OooImportWhere where = { { "people", list, sublist }, { person, index, subindex }, 1 };

  if (list == NULL)
    return where;
  where.depth = sublist != NULL ? 3 : 2;

  return where;
}

/* Unique in the file; and in the database, if there, under @parent_uuid. */
static gboolean
check_uuid (Check                *check,
            Kind                  kind,
            const char           *uuid,
            gpointer              owner,
            const char           *parent_uuid,
            const OooImportWhere *where)
{
  g_autofree char *db_parent = NULL;
  gboolean found;

  if (!g_hash_table_insert (check->seen[kind], (gpointer) uuid, owner))
    return ooo_import_fail (check->error, where,
                            _("\"uuid\" %s is used more than once in the file"), uuid);

  if (!check->has_rows[kind] || kinds[kind].parent_sql == NULL)
    return TRUE;

  if (!query_text (check, kinds[kind].parent_sql, uuid, &found, &db_parent))
    return FALSE;
  if (!found || g_strcmp0 (db_parent, parent_uuid) == 0)
    return TRUE;

  switch (kind) {
  case KIND_MEETING:
    return ooo_import_fail (check->error, where,
                            _("\"uuid\" is a meeting of another person in the database"));
  case KIND_SEGMENT:
    return ooo_import_fail (check->error, where,
                            _("\"uuid\" is a segment of another meeting in the database"));
  case KIND_TEMPLATE_SEGMENT:
    return ooo_import_fail (check->error, where,
                            _("\"uuid\" is a segment of another template in the database"));
  default:
    return ooo_import_fail (check->error, where,
                            _("\"uuid\" belongs to another person in the database"));
  }
}

static gboolean
check_person_uuids (Check           *check,
                    guint            index,
                    OooImportPerson *person)
{
  gpointer owner = GUINT_TO_POINTER (index + 1);
  OooImportWhere where = where_of (index, NULL, 0, NULL, 0);

  if (!check_uuid (check, KIND_PERSON, person->uuid, owner, NULL, &where))
    return FALSE;

  for (guint i = 0; i < person->meetings->len; i++) {
    OooImportMeeting *meeting = &g_array_index (person->meetings, OooImportMeeting, i);

    where = where_of (index, "meetings", i, NULL, 0);
    if (!check_uuid (check, KIND_MEETING, meeting->uuid, owner, person->uuid, &where))
      return FALSE;

    for (guint j = 0; j < meeting->segments->len; j++) {
      OooImportSegment *segment = &g_array_index (meeting->segments, OooImportSegment, j);

      where = where_of (index, "meetings", i, "segments", j);
      if (!check_uuid (check, KIND_SEGMENT, segment->uuid, owner, meeting->uuid, &where))
        return FALSE;
    }
  }

  for (guint i = 0; i < person->actions->len; i++) {
    where = where_of (index, "action_items", i, NULL, 0);
    if (!check_uuid (check, KIND_ACTION, g_array_index (person->actions, OooImportAction, i).uuid,
                     owner, person->uuid, &where))
      return FALSE;
  }
  for (guint i = 0; i < person->points->len; i++) {
    where = where_of (index, "talking_points", i, NULL, 0);
    if (!check_uuid (check, KIND_POINT, g_array_index (person->points, OooImportPoint, i).uuid,
                     owner, person->uuid, &where))
      return FALSE;
  }
  for (guint i = 0; i < person->reminders->len; i++) {
    where = where_of (index, "reminders", i, NULL, 0);
    if (!check_uuid (check, KIND_REMINDER,
                     g_array_index (person->reminders, OooImportReminder, i).uuid,
                     owner, person->uuid, &where))
      return FALSE;
  }

  return TRUE;
}

static gboolean
check_template_uuids (Check *check)
{
  GArray *templates = check->data->templates;

  for (guint i = 0; i < templates->len; i++) {
    OooImportTemplate *template = &g_array_index (templates, OooImportTemplate, i);
    OooImportWhere where = { { "templates", "segments" }, { i, 0 }, 1 };
    g_autofree char *builtin_key = NULL;
    gboolean found = FALSE;

    if (!check_uuid (check, KIND_TEMPLATE, template->uuid, GUINT_TO_POINTER (1), NULL, &where))
      return FALSE;

    if (check->has_rows[KIND_TEMPLATE] &&
        !query_text (check, "SELECT builtin_key FROM template WHERE uuid = ?1", template->uuid,
                     &found, &builtin_key))
      return FALSE;
    if (builtin_key != NULL)
      return ooo_import_fail (check->error, &where,
                              _("\"uuid\" is a built-in template’s, which cannot be changed"));

    for (guint j = 0; j < template->segments->len; j++) {
      OooImportSegment *segment = &g_array_index (template->segments, OooImportSegment, j);

      where.depth = 2;
      where.indexes[1] = j;
      if (!check_uuid (check, KIND_TEMPLATE_SEGMENT, segment->uuid, GUINT_TO_POINTER (1),
                       template->uuid, &where))
        return FALSE;
    }
  }

  return TRUE;
}

/* A meeting reference: to a meeting of the same person, in the file or, when
 * the file does not have it, in the database. */
static gboolean
check_meeting_ref (Check                *check,
                   guint                 index,
                   const char           *person_uuid,
                   const char           *name,
                   const char           *uuid,
                   const OooImportWhere *where)
{
  g_autofree char *db_person = NULL;
  gpointer owner;
  gboolean found = FALSE;

  if (uuid == NULL)
    return TRUE;

  if (g_hash_table_lookup_extended (check->seen[KIND_MEETING], uuid, NULL, &owner)) {
    if (GPOINTER_TO_UINT (owner) == index + 1)
      return TRUE;
  } else {
    if (check->has_rows[KIND_MEETING] &&
        !query_text (check, kinds[KIND_MEETING].parent_sql, uuid, &found, &db_person))
      return FALSE;
    if (!found)
      /* Translators: %s is the name of a field, like "meeting" */
      return ooo_import_fail (check->error, where,
                              _("\"%s\" refers to a meeting that is not in the file"), name);
    if (g_strcmp0 (db_person, person_uuid) == 0)
      return TRUE;
  }

  return ooo_import_fail (check->error, where,
                          _("\"%s\" refers to a meeting of another person"), name);
}

static gboolean
check_template_ref (Check                *check,
                    const char           *name,
                    const char           *uuid,
                    const OooImportWhere *where)
{
  gboolean found = FALSE;

  if (uuid == NULL || g_hash_table_contains (check->seen[KIND_TEMPLATE], uuid))
    return TRUE;

  if (!query_text (check, "SELECT 1 FROM template WHERE uuid = ?1", uuid, &found, NULL))
    return FALSE;
  if (!found)
    return ooo_import_fail (check->error, where,
                            _("\"%s\" refers to a template that is not in the file"), name);

  return TRUE;
}

/* At most one meeting in progress per person, counting the database's. */
static gboolean
check_in_progress (Check           *check,
                   guint            index,
                   OooImportPerson *person,
                   guint            position)
{
  OooImportWhere where = where_of (index, "meetings", position, NULL, 0);
  g_autofree char *running = NULL;
  gboolean found = FALSE;

  for (guint i = 0; i < position; i++) {
    if (strcmp (g_array_index (person->meetings, OooImportMeeting, i).status,
                "in-progress") == 0)
      goto refused;
  }

  if (check->has_rows[KIND_MEETING] &&
      !query_text (check,
                   "SELECT m.uuid FROM meeting m JOIN person p ON p.id = m.person_id"
                   " WHERE p.uuid = ?1 AND m.status = 'in-progress'",
                   person->uuid, &found, &running))
    return FALSE;
  /* Unless the file has that one too, and so says what it is now. */
  if (!found || g_hash_table_contains (check->seen[KIND_MEETING], running))
    return TRUE;

refused:
  return ooo_import_fail (check->error, &where,
                          _("\"status\" is \"in-progress\", but another meeting of this person "
                            "is in progress already"));
}

static gboolean
check_person_refs (Check           *check,
                   guint            index,
                   OooImportPerson *person)
{
  OooImportWhere where = where_of (index, NULL, 0, NULL, 0);

  if (!check_template_ref (check, "default_template", person->default_template, &where))
    return FALSE;

  for (guint i = 0; i < person->meetings->len; i++) {
    OooImportMeeting *meeting = &g_array_index (person->meetings, OooImportMeeting, i);

    where = where_of (index, "meetings", i, NULL, 0);
    if (!check_template_ref (check, "template", meeting->template_uuid, &where))
      return FALSE;
    if (strcmp (meeting->status, "in-progress") == 0 &&
        !check_in_progress (check, index, person, i))
      return FALSE;
  }

  for (guint i = 0; i < person->actions->len; i++) {
    OooImportAction *action = &g_array_index (person->actions, OooImportAction, i);

    where = where_of (index, "action_items", i, NULL, 0);
    if (!check_meeting_ref (check, index, person->uuid, "meeting", action->meeting, &where) ||
        !check_meeting_ref (check, index, person->uuid, "done_meeting", action->done_meeting,
                            &where))
      return FALSE;
  }

  for (guint i = 0; i < person->points->len; i++) {
    OooImportPoint *point = &g_array_index (person->points, OooImportPoint, i);

    where = where_of (index, "talking_points", i, NULL, 0);
    if (!check_meeting_ref (check, index, person->uuid, "discussed_meeting",
                            point->discussed_meeting, &where))
      return FALSE;
  }

  return TRUE;
}

gboolean
ooo_import_check (OooStore       *store,
                  OooImportData  *data,
                  GError        **error)
{
  Check check = { store, data, { NULL }, { FALSE }, error };
  gboolean ok = TRUE;

  for (guint k = 0; k < N_KINDS; k++) {
    check.seen[k] = g_hash_table_new (g_str_hash, g_str_equal);
    if (ok)
      ok = table_has_rows (&check, kinds[k].table, &check.has_rows[k]);
  }

  for (guint i = 0; ok && i < data->people->len; i++)
    ok = check_person_uuids (&check, i, g_ptr_array_index (data->people, i));
  if (ok)
    ok = check_template_uuids (&check);

  for (guint i = 0; ok && i < data->people->len; i++)
    ok = check_person_refs (&check, i, g_ptr_array_index (data->people, i));

  for (guint k = 0; k < N_KINDS; k++)
    g_hash_table_unref (check.seen[k]);

  return ok;
}
