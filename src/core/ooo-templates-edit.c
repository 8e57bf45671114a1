/* ooo-templates-edit.c — adding, updating, duplicating and deleting the
 * manager's own templates
 *
 * The list they go into, loading it and finding in it are in ooo-templates.c.
 * Built-ins are read-only: each load brings them back to what the code says
 * (see ooo-builtin-templates.c), so changing or deleting one is refused and
 * the manager duplicates it instead. As in OooPeople, each change is written
 * to the database first and only then applied to the objects, so a write the
 * database refuses leaves the list as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-templates-private.h"

static gboolean
refuse_builtin (OooTemplate  *template,
                const char   *message,
                GError      **error)
{
  if (!ooo_template_is_builtin (template))
    return FALSE;

  g_set_error_literal (error, OOO_TEMPLATE_ERROR, OOO_TEMPLATE_ERROR_READ_ONLY, message);
  return TRUE;
}

/* Writes @template's segments as the rows of @template_id, with @uuids. */
static gboolean
insert_segments (OooTemplates  *self,
                 gint64         template_id,
                 OooTemplate   *template,
                 GStrv          uuids,
                 GError       **error)
{
  OooStore *store = ooo_templates_get_store (self);
  guint n = ooo_template_get_n_segments (template);

  for (guint i = 0; i < n; i++) {
    OooTemplateSegment *segment = ooo_template_get_segment (template, i);
    OooSegmentOwner owner = ooo_template_segment_get_owner (segment);
    sqlite3_stmt *stmt;

    stmt = ooo_store_prepare (store,
                              "INSERT INTO template_segment (uuid, template_id, position,"
                              " title, minutes, owner, prompts)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                              error);
    if (stmt == NULL)
      return FALSE;

    sqlite3_bind_text (stmt, 1, uuids[i], -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64 (stmt, 2, template_id);
    sqlite3_bind_int (stmt, 3, i);
    sqlite3_bind_text (stmt, 4, ooo_template_segment_get_title (segment), -1,
                       SQLITE_TRANSIENT);
    sqlite3_bind_int (stmt, 5, ooo_template_segment_get_minutes (segment));
    sqlite3_bind_text (stmt, 6, ooo_segment_owner_to_nick (owner), -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 7, ooo_template_segment_get_prompts (segment), -1,
                       SQLITE_TRANSIENT);
    if (!ooo_store_step_done (store, stmt, error))
      return FALSE;
  }

  return TRUE;
}

/* The UUIDs the segments of @changes will be stored under: a segment keeps
 * the UUID it had in @original, so exports merge; any other gets a new one. */
static GStrv
segment_uuids (OooTemplate *original,
               OooTemplate *changes)
{
  g_autoptr(GHashTable) available = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n;

  if (original != NULL) {
    n = ooo_template_get_n_segments (original);
    for (guint i = 0; i < n; i++) {
      const char *uuid = ooo_template_segment_get_uuid (ooo_template_get_segment (original, i));

      if (uuid != NULL)
        g_hash_table_add (available, (gpointer) uuid);
    }
  }

  n = ooo_template_get_n_segments (changes);
  for (guint i = 0; i < n; i++) {
    const char *uuid = ooo_template_segment_get_uuid (ooo_template_get_segment (changes, i));

    /* Each at most once: a copied segment must not take its source's. */
    if (uuid != NULL && g_hash_table_remove (available, uuid)) {
      g_strv_builder_add (builder, uuid);
    } else {
      g_autofree char *fresh = g_uuid_string_random ();
      g_strv_builder_add (builder, fresh);
    }
  }

  return g_strv_builder_end (builder);
}

static void
set_segment_uuids (OooTemplate *template,
                   GStrv        uuids)
{
  for (guint i = 0; uuids[i] != NULL; i++)
    ooo_template_segment_set_uuid (ooo_template_get_segment (template, i), uuids[i]);
}

/* Stores @new_template as one of the manager's own; on success it has its id
 * and UUIDs and is in the list. Use ooo_templates_duplicate() for a copy of a
 * stored template. */
gboolean
ooo_templates_add (OooTemplates  *self,
                   OooTemplate   *new_template,
                   GError       **error)
{
  g_autofree char *uuid = NULL;
  g_auto(GStrv) uuids = NULL;
  OooStore *store;
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (OOO_IS_TEMPLATES (self), FALSE);
  g_return_val_if_fail (OOO_IS_TEMPLATE (new_template), FALSE);
  g_return_val_if_fail (ooo_template_get_id (new_template) == 0, FALSE);
  g_return_val_if_fail (!ooo_template_is_builtin (new_template), FALSE);

  store = ooo_templates_get_store (self);

  if (!ooo_template_validate (new_template, error))
    return FALSE;

  uuid = ooo_template_get_uuid (new_template) != NULL
         ? g_strdup (ooo_template_get_uuid (new_template))
         : g_uuid_string_random ();
  uuids = segment_uuids (NULL, new_template);

  if (!ooo_store_begin (store, error))
    return FALSE;

  stmt = ooo_store_prepare (store,
                            "INSERT INTO template (uuid, name, builtin_key, created_at,"
                            " updated_at) VALUES (?1, ?2, NULL, ?3, ?3)",
                            error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, ooo_template_get_name (new_template), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, g_get_real_time () / G_USEC_PER_SEC);
  if (!ooo_store_step_done (store, stmt, error))
    goto failed;

  id = sqlite3_last_insert_rowid (ooo_store_get_db (store));
  if (!insert_segments (self, id, new_template, uuids, error) ||
      !ooo_store_commit (store, error))
    goto failed;

  ooo_template_set_id (new_template, id);
  ooo_template_set_uuid (new_template, uuid);
  set_segment_uuids (new_template, uuids);
  g_list_store_insert_sorted (ooo_templates_get_list (self), new_template,
                              ooo_templates_compare, NULL);

  return TRUE;

failed:
  ooo_store_rollback (store);
  return FALSE;
}

/* Re-sorts @template after a rename, so the list emits the change that
 * filter and sort models above it re-evaluate. */
static void
reposition (OooTemplates *self,
            OooTemplate  *template)
{
  GListStore *list = ooo_templates_get_list (self);
  guint position;

  if (g_list_store_find (list, template, &position)) {
    g_object_ref (template);
    g_list_store_remove (list, position);
    g_list_store_insert_sorted (list, template, ooo_templates_compare, NULL);
    g_object_unref (template);
  }
}

/* Writes @changes (an edited copy, see ooo_template_copy()) over @template:
 * its name and all its segments, then takes them into @template. */
gboolean
ooo_templates_update (OooTemplates  *self,
                      OooTemplate   *template,
                      OooTemplate   *changes,
                      GError       **error)
{
  g_auto(GStrv) uuids = NULL;
  OooStore *store;
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (OOO_IS_TEMPLATES (self), FALSE);
  g_return_val_if_fail (OOO_IS_TEMPLATE (template), FALSE);
  g_return_val_if_fail (OOO_IS_TEMPLATE (changes), FALSE);

  store = ooo_templates_get_store (self);

  if (refuse_builtin (template,
                      _("Built-in templates cannot be changed; duplicate it to make your own."),
                      error))
    return FALSE;
  if (!ooo_template_validate (changes, error))
    return FALSE;

  id = ooo_template_get_id (template);
  uuids = segment_uuids (template, changes);

  if (!ooo_store_begin (store, error))
    return FALSE;

  stmt = ooo_store_prepare (store,
                            "UPDATE template SET name = ?1, updated_at = ?2"
                            " WHERE id = ?3 AND builtin_key IS NULL",
                            error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_text (stmt, 1, ooo_template_get_name (changes), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, g_get_real_time () / G_USEC_PER_SEC);
  sqlite3_bind_int64 (stmt, 3, id);
  if (!ooo_store_step_done (store, stmt, error))
    goto failed;

  if (sqlite3_changes (ooo_store_get_db (store)) == 0) {
    g_set_error (error, OOO_STORE_ERROR, OOO_STORE_ERROR_NOT_FOUND,
                 _("The template “%s” is no longer in the database."),
                 ooo_template_get_name (template));
    goto failed;
  }

  /* Deleted and written again in order: moving rows in place would trip
   * over UNIQUE (template_id, position). */
  stmt = ooo_store_prepare (store,
                            "DELETE FROM template_segment WHERE template_id = ?1", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!ooo_store_step_done (store, stmt, error) ||
      !insert_segments (self, id, changes, uuids, error) ||
      !ooo_store_commit (store, error))
    goto failed;

  ooo_template_assign (template, changes);
  set_segment_uuids (template, uuids);
  reposition (self, template);

  return TRUE;

failed:
  ooo_store_rollback (store);
  return FALSE;
}

/* "<name> (copy)", cut so that it stays within the length a name may have. */
static char *
copy_name (const char *name)
{
  /* Translators: the name of a duplicated template; %s is the original's */
  g_autofree char *suffix_only = g_strdup_printf (_("%s (copy)"), "");
  glong room = OOO_TEMPLATE_NAME_MAX_CHARS - g_utf8_strlen (suffix_only, -1);
  g_autofree char *base = NULL;

  if (g_utf8_strlen (name, -1) > room) {
    base = g_utf8_substring (name, 0, MAX (room, 0));
    g_strchomp (base);
  } else {
    base = g_strdup (name);
  }

  /* Translators: the name of a duplicated template; %s is the original's */
  return g_strdup_printf (_("%s (copy)"), base);
}

/* Stores a copy of @source, built-in or not, as one of the manager's own.
 *
 * Returns: (transfer full) (nullable) the new template, already in the list. */
OooTemplate *
ooo_templates_duplicate (OooTemplates  *self,
                         OooTemplate   *source,
                         GError       **error)
{
  g_autofree char *name = NULL;
  g_autoptr(OooTemplate) copy = NULL;
  guint n;

  g_return_val_if_fail (OOO_IS_TEMPLATES (self), NULL);
  g_return_val_if_fail (OOO_IS_TEMPLATE (source), NULL);

  name = copy_name (ooo_template_get_name (source));
  copy = ooo_template_new (name);

  n = ooo_template_get_n_segments (source);
  for (guint i = 0; i < n; i++) {
    g_autoptr(OooTemplateSegment) segment =
      ooo_template_segment_copy (ooo_template_get_segment (source, i));

    /* New rows, not the source's. */
    ooo_template_segment_set_uuid (segment, NULL);
    ooo_template_add_segment (copy, segment);
  }

  if (!ooo_templates_add (self, copy, error))
    return NULL;

  return g_steal_pointer (&copy);
}

/* Deletes one of the manager's templates. Meetings keep their own copy of the
 * segments; their template_id and people's default_template_id become NULL. */
gboolean
ooo_templates_delete (OooTemplates  *self,
                      OooTemplate   *template,
                      GError       **error)
{
  OooStore *store;
  GListStore *list;
  sqlite3_stmt *stmt;
  guint position;

  g_return_val_if_fail (OOO_IS_TEMPLATES (self), FALSE);
  g_return_val_if_fail (OOO_IS_TEMPLATE (template), FALSE);

  store = ooo_templates_get_store (self);
  list = ooo_templates_get_list (self);

  if (refuse_builtin (template, _("Built-in templates cannot be deleted."), error))
    return FALSE;

  stmt = ooo_store_prepare (store,
                            "DELETE FROM template WHERE id = ?1 AND builtin_key IS NULL",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, ooo_template_get_id (template));
  if (!ooo_store_step_done (store, stmt, error))
    return FALSE;

  if (g_list_store_find (list, template, &position))
    g_list_store_remove (list, position);

  return TRUE;
}
