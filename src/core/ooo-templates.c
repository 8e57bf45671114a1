/* ooo-templates.c — every agenda template, the app's own and the manager's:
 * the list, loading it from the database and finding one in it
 *
 * The list model holds the built-in templates first, in the order of their
 * table (see ooo-builtin-templates.c), then the manager's own sorted by name.
 * Adding, updating, duplicating and deleting the manager's own are in
 * ooo-templates-edit.c, which keeps that order with ooo_templates_compare().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ooo-builtin-templates.h"
#include "ooo-templates-private.h"

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

GListStore *
ooo_templates_get_list (OooTemplates *self)
{
  g_return_val_if_fail (OOO_IS_TEMPLATES (self), NULL);
  return self->templates;
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
int
ooo_templates_compare (gconstpointer a,
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
  return ooo_templates_compare (*(OooTemplate * const *) a, *(OooTemplate * const *) b, NULL);
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
