/* ooo-templates.c — every agenda template, the app's own and the manager's
 *
 * The list model holds the built-in templates first, in the order of their
 * table (see ooo-builtin-templates.c), then the manager's own sorted by name.
 * As in OooPeople, each change is written to the database first and only then
 * applied to the objects.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ooo-builtin-templates.h"
#include "ooo-templates.h"

struct _OooTemplates
{
  GObject     parent_instance;

  OooStore   *store;
  GListStore *templates;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_TYPE_WITH_CODE (OooTemplates, ooo_templates, G_TYPE_OBJECT,
                         G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
list_model_get_item_type (GListModel *model)
{
  return OOO_TYPE_TEMPLATE;
}

static guint
list_model_get_n_items (GListModel *model)
{
  return g_list_model_get_n_items (G_LIST_MODEL (OOO_TEMPLATES (model)->templates));
}

static gpointer
list_model_get_item (GListModel *model,
                     guint       position)
{
  return g_list_model_get_item (G_LIST_MODEL (OOO_TEMPLATES (model)->templates), position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = list_model_get_item_type;
  iface->get_n_items = list_model_get_n_items;
  iface->get_item = list_model_get_item;
}

static void
on_templates_items_changed (OooTemplates *self,
                            guint         position,
                            guint         removed,
                            guint         added,
                            GListModel   *model)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static void
ooo_templates_dispose (GObject *object)
{
  OooTemplates *self = OOO_TEMPLATES (object);

  g_clear_object (&self->templates);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ooo_templates_parent_class)->dispose (object);
}

static void
ooo_templates_class_init (OooTemplatesClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ooo_templates_dispose;
}

static void
ooo_templates_init (OooTemplates *self)
{
  self->templates = g_list_store_new (OOO_TYPE_TEMPLATE);
  g_signal_connect_object (self->templates, "items-changed",
                           G_CALLBACK (on_templates_items_changed), self, G_CONNECT_SWAPPED);
}

OooTemplates *
ooo_templates_new (OooStore *store)
{
  OooTemplates *self;

  g_return_val_if_fail (OOO_IS_STORE (store), NULL);

  self = g_object_new (OOO_TYPE_TEMPLATES, NULL);
  self->store = g_object_ref (store);

  return self;
}

OooStore *
ooo_templates_get_store (OooTemplates *self)
{
  g_return_val_if_fail (OOO_IS_TEMPLATES (self), NULL);
  return self->store;
}

/* Sorts "agile", "Budget", "Équipe" together whatever the locale: case and
 * accents set apart, then the locale's own order. */
static char *
sort_key (OooTemplate *template)
{
  g_autofree char *decomposed = g_utf8_normalize (ooo_template_get_name (template), -1,
                                                  G_NORMALIZE_NFD);
  g_autoptr(GString) bare = g_string_new (NULL);
  g_autofree char *folded = NULL;

  for (const char *p = decomposed; p != NULL && *p; p = g_utf8_next_char (p)) {
    gunichar c = g_utf8_get_char (p);

    if (g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK)
      g_string_append_unichar (bare, c);
  }
  folded = g_utf8_casefold (bare->str, -1);

  return g_utf8_collate_key (folded, -1);
}

/* Built-ins first, in their table's order, then by name. */
static int
compare_templates (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  OooTemplate *template_a = (OooTemplate *) a;
  OooTemplate *template_b = (OooTemplate *) b;
  guint rank_a = ooo_builtin_templates_rank (ooo_template_get_builtin_key (template_a));
  guint rank_b = ooo_builtin_templates_rank (ooo_template_get_builtin_key (template_b));
  gint64 id_a = ooo_template_get_id (template_a);
  gint64 id_b = ooo_template_get_id (template_b);
  g_autofree char *key_a = NULL;
  g_autofree char *key_b = NULL;
  int result;

  if (rank_a != rank_b)
    return rank_a < rank_b ? -1 : 1;

  key_a = sort_key (template_a);
  key_b = sort_key (template_b);
  result = strcmp (key_a, key_b);

  /* Two templates may share a name; keep their order stable. */
  if (result == 0)
    result = (id_a > id_b) - (id_a < id_b);

  return result;
}

/* g_ptr_array_sort() passes pointers to the elements. */
static int
compare_template_elements (gconstpointer a,
                           gconstpointer b,
                           gpointer      user_data)
{
  return compare_templates (*(OooTemplate * const *) a, *(OooTemplate * const *) b, NULL);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

static gboolean
load_segments (OooTemplates  *self,
               GHashTable    *by_id,
               GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ooo_store_prepare (self->store,
                            "SELECT template_id, uuid, title, minutes, owner, prompts"
                            " FROM template_segment ORDER BY template_id, position",
                            error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW) {
    gint64 template_id = sqlite3_column_int64 (stmt, 0);
    OooTemplate *template = g_hash_table_lookup (by_id, &template_id);
    OooSegmentOwner owner = OOO_SEGMENT_OWNER_THEM;
    g_autoptr(OooTemplateSegment) segment = NULL;

    if (template == NULL)
      continue;

    ooo_segment_owner_from_nick (column_text (stmt, 4), &owner);
    segment = ooo_template_segment_new (column_text (stmt, 2), sqlite3_column_int (stmt, 3),
                                        owner, column_text (stmt, 5));
    ooo_template_segment_set_uuid (segment, column_text (stmt, 1));
    ooo_template_add_segment (template, segment);
  }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE) {
    ooo_store_set_error (self->store, rc, error);
    return FALSE;
  }

  return TRUE;
}

/* Makes sure every built-in is in the database, then reads every template. */
gboolean
ooo_templates_load (OooTemplates  *self,
                    GError       **error)
{
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                         g_free, NULL);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (OOO_IS_TEMPLATES (self), FALSE);

  if (!ooo_builtin_templates_ensure (self->store, error))
    return FALSE;

  stmt = ooo_store_prepare (self->store,
                            "SELECT id, uuid, name, builtin_key FROM template", error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW) {
    OooTemplate *template = g_object_new (OOO_TYPE_TEMPLATE,
                                          "id", (gint64) sqlite3_column_int64 (stmt, 0),
                                          "uuid", column_text (stmt, 1),
                                          "name", column_text (stmt, 2),
                                          "builtin-key", column_text (stmt, 3),
                                          NULL);

    g_ptr_array_add (loaded, template);
  }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE) {
    ooo_store_set_error (self->store, rc, error);
    return FALSE;
  }

  for (guint i = 0; i < loaded->len; i++) {
    OooTemplate *template = g_ptr_array_index (loaded, i);
    gint64 *id = g_new (gint64, 1);

    *id = ooo_template_get_id (template);
    g_hash_table_insert (by_id, id, template);
  }

  if (!load_segments (self, by_id, error))
    return FALSE;

  g_ptr_array_sort_with_data (loaded, compare_template_elements, NULL);
  g_list_store_splice (self->templates,
                       0, g_list_model_get_n_items (G_LIST_MODEL (self->templates)),
                       loaded->pdata, loaded->len);

  return TRUE;
}

/* Returns: (transfer none) (nullable) */
OooTemplate *
ooo_templates_find_by_uuid (OooTemplates *self,
                            const char   *uuid)
{
  guint n;

  g_return_val_if_fail (OOO_IS_TEMPLATES (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->templates));
  for (guint i = 0; i < n; i++) {
    g_autoptr(OooTemplate) template = g_list_model_get_item (G_LIST_MODEL (self->templates), i);

    if (uuid != NULL && g_strcmp0 (ooo_template_get_uuid (template), uuid) == 0)
      return template;
  }

  return NULL;
}

/* Returns: (transfer none) (nullable) the template stored as @id, for
 * person.default_template_id and meeting.template_id. */
OooTemplate *
ooo_templates_find_by_id (OooTemplates *self,
                          gint64        id)
{
  guint n;

  g_return_val_if_fail (OOO_IS_TEMPLATES (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->templates));
  for (guint i = 0; i < n; i++) {
    g_autoptr(OooTemplate) template = g_list_model_get_item (G_LIST_MODEL (self->templates), i);

    if (id > 0 && ooo_template_get_id (template) == id)
      return template;
  }

  return NULL;
}

/* Returns: (transfer none) (nullable) the built-in with @key, one of the
 * OOO_TEMPLATE_KEY_* values. */
OooTemplate *
ooo_templates_find_builtin (OooTemplates *self,
                            const char   *key)
{
  guint n;

  g_return_val_if_fail (OOO_IS_TEMPLATES (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->templates));
  for (guint i = 0; i < n; i++) {
    g_autoptr(OooTemplate) template = g_list_model_get_item (G_LIST_MODEL (self->templates), i);

    if (key != NULL && g_strcmp0 (ooo_template_get_builtin_key (template), key) == 0)
      return template;
  }

  return NULL;
}

/* Returns: (transfer none) (nullable) the template a new person's 1:1s start
 * with. Contractors get Status: some legal departments forbid coaching and
 * career talk with external workers. */
OooTemplate *
ooo_templates_default_for (OooTemplates  *self,
                           OooPersonKind  kind,
                           OooEmployment  employment)
{
  g_return_val_if_fail (OOO_IS_TEMPLATES (self), NULL);

  if (employment == OOO_EMPLOYMENT_CONTRACTOR)
    return ooo_templates_find_builtin (self, OOO_TEMPLATE_KEY_STATUS);
  if (kind == OOO_PERSON_KIND_MANAGER)
    return ooo_templates_find_builtin (self, OOO_TEMPLATE_KEY_MANAGER_OF_MANAGERS);

  return ooo_templates_find_builtin (self, OOO_TEMPLATE_KEY_O3);
}

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
  guint n = ooo_template_get_n_segments (template);

  for (guint i = 0; i < n; i++) {
    OooTemplateSegment *segment = ooo_template_get_segment (template, i);
    OooSegmentOwner owner = ooo_template_segment_get_owner (segment);
    sqlite3_stmt *stmt;

    stmt = ooo_store_prepare (self->store,
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
    if (!ooo_store_step_done (self->store, stmt, error))
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
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (OOO_IS_TEMPLATES (self), FALSE);
  g_return_val_if_fail (OOO_IS_TEMPLATE (new_template), FALSE);
  g_return_val_if_fail (ooo_template_get_id (new_template) == 0, FALSE);
  g_return_val_if_fail (!ooo_template_is_builtin (new_template), FALSE);

  if (!ooo_template_validate (new_template, error))
    return FALSE;

  uuid = ooo_template_get_uuid (new_template) != NULL
         ? g_strdup (ooo_template_get_uuid (new_template))
         : g_uuid_string_random ();
  uuids = segment_uuids (NULL, new_template);

  if (!ooo_store_begin (self->store, error))
    return FALSE;

  stmt = ooo_store_prepare (self->store,
                            "INSERT INTO template (uuid, name, builtin_key, created_at,"
                            " updated_at) VALUES (?1, ?2, NULL, ?3, ?3)",
                            error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, ooo_template_get_name (new_template), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, g_get_real_time () / G_USEC_PER_SEC);
  if (!ooo_store_step_done (self->store, stmt, error))
    goto failed;

  id = sqlite3_last_insert_rowid (ooo_store_get_db (self->store));
  if (!insert_segments (self, id, new_template, uuids, error) ||
      !ooo_store_commit (self->store, error))
    goto failed;

  ooo_template_set_id (new_template, id);
  ooo_template_set_uuid (new_template, uuid);
  set_segment_uuids (new_template, uuids);
  g_list_store_insert_sorted (self->templates, new_template, compare_templates, NULL);

  return TRUE;

failed:
  ooo_store_rollback (self->store);
  return FALSE;
}

/* Re-sorts @template after a rename, so the list emits the change that
 * filter and sort models above it re-evaluate. */
static void
reposition (OooTemplates *self,
            OooTemplate  *template)
{
  guint position;

  if (g_list_store_find (self->templates, template, &position)) {
    g_object_ref (template);
    g_list_store_remove (self->templates, position);
    g_list_store_insert_sorted (self->templates, template, compare_templates, NULL);
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
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (OOO_IS_TEMPLATES (self), FALSE);
  g_return_val_if_fail (OOO_IS_TEMPLATE (template), FALSE);
  g_return_val_if_fail (OOO_IS_TEMPLATE (changes), FALSE);

  if (refuse_builtin (template,
                      _("Built-in templates cannot be changed; duplicate it to make your own."),
                      error))
    return FALSE;
  if (!ooo_template_validate (changes, error))
    return FALSE;

  id = ooo_template_get_id (template);
  uuids = segment_uuids (template, changes);

  if (!ooo_store_begin (self->store, error))
    return FALSE;

  stmt = ooo_store_prepare (self->store,
                            "UPDATE template SET name = ?1, updated_at = ?2"
                            " WHERE id = ?3 AND builtin_key IS NULL",
                            error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_text (stmt, 1, ooo_template_get_name (changes), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, g_get_real_time () / G_USEC_PER_SEC);
  sqlite3_bind_int64 (stmt, 3, id);
  if (!ooo_store_step_done (self->store, stmt, error))
    goto failed;

  if (sqlite3_changes (ooo_store_get_db (self->store)) == 0) {
    g_set_error (error, OOO_STORE_ERROR, OOO_STORE_ERROR_NOT_FOUND,
                 _("The template “%s” is no longer in the database."),
                 ooo_template_get_name (template));
    goto failed;
  }

  /* Deleted and written again in order: moving rows in place would trip
   * over UNIQUE (template_id, position). */
  stmt = ooo_store_prepare (self->store,
                            "DELETE FROM template_segment WHERE template_id = ?1", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!ooo_store_step_done (self->store, stmt, error) ||
      !insert_segments (self, id, changes, uuids, error) ||
      !ooo_store_commit (self->store, error))
    goto failed;

  ooo_template_assign (template, changes);
  set_segment_uuids (template, uuids);
  reposition (self, template);

  return TRUE;

failed:
  ooo_store_rollback (self->store);
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
  sqlite3_stmt *stmt;
  guint position;

  g_return_val_if_fail (OOO_IS_TEMPLATES (self), FALSE);
  g_return_val_if_fail (OOO_IS_TEMPLATE (template), FALSE);

  if (refuse_builtin (template, _("Built-in templates cannot be deleted."), error))
    return FALSE;

  stmt = ooo_store_prepare (self->store,
                            "DELETE FROM template WHERE id = ?1 AND builtin_key IS NULL",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, ooo_template_get_id (template));
  if (!ooo_store_step_done (self->store, stmt, error))
    return FALSE;

  if (g_list_store_find (self->templates, template, &position))
    g_list_store_remove (self->templates, position);

  return TRUE;
}
