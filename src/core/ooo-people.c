/* ooo-people.c — everyone the manager meets, kept in the store
 *
 * The list model holds every person, archived or not, sorted by name; the
 * widgets filter it. Each change is written to the database first and only
 * then applied to the objects, so a failed write leaves both as they were.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ooo-enums.h"
#include "ooo-people.h"
#include "ooo-time-zones.h"

struct _OooPeople
{
  GObject     parent_instance;

  OooStore   *store;
  GListStore *people;
  OooClock   *clock;    /* NULL: the system's */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_TYPE_WITH_CODE (OooPeople, ooo_people, G_TYPE_OBJECT,
                         G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))
G_DEFINE_QUARK (ooo-people-error-quark, ooo_people_error)

static GType
list_model_get_item_type (GListModel *model)
{
  return OOO_TYPE_PERSON;
}

static guint
list_model_get_n_items (GListModel *model)
{
  return g_list_model_get_n_items (G_LIST_MODEL (OOO_PEOPLE (model)->people));
}

static gpointer
list_model_get_item (GListModel *model,
                     guint       position)
{
  return g_list_model_get_item (G_LIST_MODEL (OOO_PEOPLE (model)->people), position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = list_model_get_item_type;
  iface->get_n_items = list_model_get_n_items;
  iface->get_item = list_model_get_item;
}

static void
on_people_items_changed (OooPeople  *self,
                         guint       position,
                         guint       removed,
                         guint       added,
                         GListModel *model)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static void
ooo_people_dispose (GObject *object)
{
  OooPeople *self = OOO_PEOPLE (object);

  g_clear_object (&self->people);
  g_clear_object (&self->store);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (ooo_people_parent_class)->dispose (object);
}

static void
ooo_people_class_init (OooPeopleClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ooo_people_dispose;
}

static void
ooo_people_init (OooPeople *self)
{
  self->people = g_list_store_new (OOO_TYPE_PERSON);
  g_signal_connect_object (self->people, "items-changed",
                           G_CALLBACK (on_people_items_changed), self, G_CONNECT_SWAPPED);
}

OooPeople *
ooo_people_new (OooStore *store)
{
  OooPeople *self;

  g_return_val_if_fail (OOO_IS_STORE (store), NULL);

  self = g_object_new (OOO_TYPE_PEOPLE, NULL);
  self->store = g_object_ref (store);

  return self;
}

/* The clock that dates a change (tests give a fake one); NULL: the
 * system's. */
void
ooo_people_set_clock (OooPeople *self,
                      OooClock  *clock)
{
  g_return_if_fail (OOO_IS_PEOPLE (self));

  g_set_object (&self->clock, clock);
}

OooStore *
ooo_people_get_store (OooPeople *self)
{
  g_return_val_if_fail (OOO_IS_PEOPLE (self), NULL);
  return self->store;
}

/* Sorts "ana", "Bruno", "Émile" together whatever the locale: case and
 * accents set apart, then the locale's own order. */
static char *
sort_key (OooPerson *person)
{
  g_autofree char *decomposed = g_utf8_normalize (ooo_person_get_name (person), -1,
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

static int
compare_by_name (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  g_autofree char *key_a = sort_key ((OooPerson *) a);
  g_autofree char *key_b = sort_key ((OooPerson *) b);
  int result = strcmp (key_a, key_b);

  /* Two people may share a name; keep their order stable. */
  if (result == 0)
    result = (ooo_person_get_id ((OooPerson *) a) > ooo_person_get_id ((OooPerson *) b)) -
             (ooo_person_get_id ((OooPerson *) a) < ooo_person_get_id ((OooPerson *) b));

  return result;
}

/* g_ptr_array_sort() passes pointers to the elements. */
static int
compare_elements_by_name (gconstpointer a,
                          gconstpointer b,
                          gpointer      user_data)
{
  return compare_by_name (*(OooPerson * const *) a, *(OooPerson * const *) b, NULL);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

gboolean
ooo_people_load (OooPeople  *self,
                 GError    **error)
{
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (OOO_IS_PEOPLE (self), FALSE);

  stmt = ooo_store_prepare (self->store,
                            "SELECT id, uuid, name, role, relationship, kind, employment,"
                            " time_zone, cadence_days, reporting_since, archived,"
                            " (SELECT uuid FROM template WHERE id = default_template_id),"
                            " personal_notes, rollout_status, rollout_since, team_size"
                            " FROM person",
                            error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW) {
    OooPerson *person = g_object_new (OOO_TYPE_PERSON,
                                      "id", (gint64) sqlite3_column_int64 (stmt, 0),
                                      "uuid", column_text (stmt, 1),
                                      "name", column_text (stmt, 2),
                                      "role", column_text (stmt, 3),
                                      "time-zone", column_text (stmt, 7),
                                      "reporting-since", column_text (stmt, 9),
                                      "archived", sqlite3_column_int (stmt, 10) != 0,
                                      "default-template", column_text (stmt, 11),
                                      "personal-notes", column_text (stmt, 12),
                                      NULL);

    ooo_person_set_relationship (person,
                                 ooo_store_enum_from_nick (OOO_TYPE_RELATIONSHIP,
                                                           column_text (stmt, 4),
                                                           OOO_RELATIONSHIP_DIRECT));
    ooo_person_set_kind (person,
                         ooo_store_enum_from_nick (OOO_TYPE_PERSON_KIND, column_text (stmt, 5),
                                                   OOO_PERSON_KIND_INDIVIDUAL));
    ooo_person_set_employment (person,
                               ooo_store_enum_from_nick (OOO_TYPE_EMPLOYMENT,
                                                         column_text (stmt, 6),
                                                         OOO_EMPLOYMENT_EMPLOYEE));
    ooo_person_set_cadence (person, sqlite3_column_int (stmt, 8));
    ooo_person_set_rollout_status (person,
                                   ooo_store_enum_from_nick (OOO_TYPE_ROLLOUT,
                                                             column_text (stmt, 13),
                                                             OOO_ROLLOUT_NOT_YET));
    ooo_person_set_rollout_since (person, column_text (stmt, 14));
    ooo_person_set_team_size (person, sqlite3_column_type (stmt, 15) == SQLITE_NULL
                                      ? -1 : sqlite3_column_int (stmt, 15));
    g_ptr_array_add (loaded, person);
  }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE) {
    ooo_store_set_error (self->store, rc, error);
    return FALSE;
  }

  g_ptr_array_sort_with_data (loaded, compare_elements_by_name, NULL);
  g_list_store_splice (self->people, 0, g_list_model_get_n_items (G_LIST_MODEL (self->people)),
                       loaded->pdata, loaded->len);

  return TRUE;
}

OooPerson *
ooo_people_find_by_uuid (OooPeople  *self,
                         const char *uuid)
{
  guint n;

  g_return_val_if_fail (OOO_IS_PEOPLE (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->people));
  for (guint i = 0; i < n; i++) {
    g_autoptr(OooPerson) person = g_list_model_get_item (G_LIST_MODEL (self->people), i);

    if (g_strcmp0 (ooo_person_get_uuid (person), uuid) == 0)
      return person;
  }

  return NULL;
}

static void
bind_text_or_null (sqlite3_stmt *stmt,
                   int           index,
                   const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

/* Binds the editable fields to parameters 1 to 10, 12 and 14 to 16, in the
 * column order that the INSERT and UPDATE below share. */
static void
bind_fields (OooPeople    *self,
             sqlite3_stmt *stmt,
             OooPerson    *person)
{
  sqlite3_bind_text (stmt, 1, ooo_person_get_name (person), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, ooo_person_get_role (person), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3,
                     ooo_store_enum_nick (OOO_TYPE_RELATIONSHIP,
                                          ooo_person_get_relationship (person)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4,
                     ooo_store_enum_nick (OOO_TYPE_PERSON_KIND, ooo_person_get_kind (person)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5,
                     ooo_store_enum_nick (OOO_TYPE_EMPLOYMENT, ooo_person_get_employment (person)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, ooo_person_get_time_zone (person), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 7, ooo_person_get_cadence (person));
  bind_text_or_null (stmt, 8, ooo_person_get_reporting_since (person));
  sqlite3_bind_int (stmt, 9, ooo_person_get_archived (person));
  sqlite3_bind_int64 (stmt, 10, (self->clock != NULL ? ooo_clock_wall_now (self->clock)
                                                     : g_get_real_time ()) / G_USEC_PER_SEC);
  bind_text_or_null (stmt, 12, ooo_person_get_default_template (person));
  sqlite3_bind_text (stmt, 14,
                     ooo_store_enum_nick (OOO_TYPE_ROLLOUT,
                                          ooo_person_get_rollout_status (person)),
                     -1, SQLITE_STATIC);
  bind_text_or_null (stmt, 15, ooo_person_get_rollout_since (person));
  if (ooo_person_get_team_size (person) >= 0)
    sqlite3_bind_int (stmt, 16, ooo_person_get_team_size (person));
  else
    sqlite3_bind_null (stmt, 16);
}

static void
insert_sorted (OooPeople *self,
               OooPerson *person)
{
  g_list_store_insert_sorted (self->people, person, compare_by_name, NULL);
}

/* Stores a new person; on success @person has its id and UUID and is in the
 * list. */
gboolean
ooo_people_add (OooPeople  *self,
                OooPerson  *person,
                GError    **error)
{
  g_autofree char *uuid = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OOO_IS_PEOPLE (self), FALSE);
  g_return_val_if_fail (OOO_IS_PERSON (person), FALSE);
  g_return_val_if_fail (ooo_person_get_id (person) == 0, FALSE);

  if (!ooo_people_validate (person, error))
    return FALSE;

  uuid = ooo_person_get_uuid (person) != NULL ? g_strdup (ooo_person_get_uuid (person))
                                              : g_uuid_string_random ();
  stmt = ooo_store_prepare (self->store,
                            "INSERT INTO person (name, role, relationship, kind, employment,"
                            " time_zone, cadence_days, reporting_since, archived, updated_at,"
                            " created_at, uuid, default_template_id, personal_notes,"
                            " rollout_status, rollout_since, team_size)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?11,"
                            " (SELECT id FROM template WHERE uuid = ?12), ?13, ?14, ?15, ?16)",
                            error);
  if (stmt == NULL)
    return FALSE;

  bind_fields (self, stmt, person);
  sqlite3_bind_text (stmt, 11, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 13, ooo_person_get_personal_notes (person), -1, SQLITE_TRANSIENT);
  if (!ooo_store_step_done (self->store, stmt, error))
    return FALSE;

  ooo_person_set_id (person, sqlite3_last_insert_rowid (ooo_store_get_db (self->store)));
  ooo_person_set_uuid (person, uuid);
  insert_sorted (self, person);

  return TRUE;
}

static gboolean
find_position (OooPeople *self,
               OooPerson *person,
               guint     *position)
{
  return g_list_store_find (self->people, person, position);
}

/* Re-sorts @person after a change, so the list emits the change that filter
 * and sort models above it re-evaluate. */
static void
reposition (OooPeople *self,
            OooPerson *person)
{
  guint position;

  if (find_position (self, person, &position)) {
    g_object_ref (person);
    g_list_store_remove (self->people, position);
    insert_sorted (self, person);
    g_object_unref (person);
  }
}

/* Writes @changes (an edited copy) to @person's row, then into @person.
 * The personal notes are not the editor's: they stay as @person has them,
 * in the row and in the object, whatever the copy holds. */
gboolean
ooo_people_update (OooPeople  *self,
                   OooPerson  *person,
                   OooPerson  *changes,
                   GError    **error)
{
  g_autoptr(OooPerson) merged = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OOO_IS_PEOPLE (self), FALSE);
  g_return_val_if_fail (OOO_IS_PERSON (person), FALSE);
  g_return_val_if_fail (OOO_IS_PERSON (changes), FALSE);

  if (!ooo_people_validate (changes, error))
    return FALSE;

  stmt = ooo_store_prepare (self->store,
                            "UPDATE person SET name = ?1, role = ?2, relationship = ?3,"
                            " kind = ?4, employment = ?5, time_zone = ?6, cadence_days = ?7,"
                            " reporting_since = ?8, archived = ?9, updated_at = ?10,"
                            " default_template_id = (SELECT id FROM template WHERE uuid = ?12),"
                            " rollout_status = ?14, rollout_since = ?15, team_size = ?16"
                            " WHERE id = ?11",
                            error);
  if (stmt == NULL)
    return FALSE;

  bind_fields (self, stmt, changes);
  sqlite3_bind_int64 (stmt, 11, ooo_person_get_id (person));
  if (!ooo_store_step_done (self->store, stmt, error))
    return FALSE;

  if (sqlite3_changes (ooo_store_get_db (self->store)) == 0) {
    g_set_error (error, OOO_STORE_ERROR, OOO_STORE_ERROR_NOT_FOUND,
                 _("%s is no longer in the database."), ooo_person_get_name (person));
    return FALSE;
  }

  /* The copy may predate notes typed since it was made. */
  merged = ooo_person_copy (changes);
  ooo_person_set_personal_notes (merged, ooo_person_get_personal_notes (person));
  ooo_person_assign (person, merged);
  reposition (self, person);

  return TRUE;
}

/* Saves the personal card's free text alone: it is autosaved as the manager
 * types, so it neither re-sorts the list nor touches another column. */
gboolean
ooo_people_save_personal_notes (OooPeople   *self,
                                OooPerson   *person,
                                const char  *text,
                                GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OOO_IS_PEOPLE (self), FALSE);
  g_return_val_if_fail (OOO_IS_PERSON (person), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (text == NULL)
    text = "";

  stmt = ooo_store_prepare (self->store,
                            "UPDATE person SET personal_notes = ?1 WHERE id = ?2", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, ooo_person_get_id (person));
  if (!ooo_store_step_done (self->store, stmt, error))
    return FALSE;

  if (sqlite3_changes (ooo_store_get_db (self->store)) == 0) {
    g_set_error (error, OOO_STORE_ERROR, OOO_STORE_ERROR_NOT_FOUND,
                 _("%s is no longer in the database."), ooo_person_get_name (person));
    return FALSE;
  }

  ooo_person_set_personal_notes (person, text);

  return TRUE;
}

gboolean
ooo_people_set_archived (OooPeople  *self,
                         OooPerson  *person,
                         gboolean    archived,
                         GError    **error)
{
  g_autoptr(OooPerson) changes = NULL;

  g_return_val_if_fail (OOO_IS_PEOPLE (self), FALSE);
  g_return_val_if_fail (OOO_IS_PERSON (person), FALSE);

  changes = ooo_person_copy (person);
  ooo_person_set_archived (changes, archived);

  return ooo_people_update (self, person, changes, error);
}

/* Deletes @person and, through the foreign keys, every meeting, note and
 * item that belongs to them. */
gboolean
ooo_people_delete (OooPeople  *self,
                   OooPerson  *person,
                   GError    **error)
{
  sqlite3_stmt *stmt;
  guint position;

  g_return_val_if_fail (OOO_IS_PEOPLE (self), FALSE);
  g_return_val_if_fail (OOO_IS_PERSON (person), FALSE);

  stmt = ooo_store_prepare (self->store, "DELETE FROM person WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, ooo_person_get_id (person));
  if (!ooo_store_step_done (self->store, stmt, error))
    return FALSE;

  if (find_position (self, person, &position))
    g_list_store_remove (self->people, position);

  return TRUE;
}

gint64
ooo_people_count_meetings (OooPeople  *self,
                           OooPerson  *person,
                           GError    **error)
{
  sqlite3_stmt *stmt;
  gint64 count = -1;
  int rc;

  g_return_val_if_fail (OOO_IS_PEOPLE (self), -1);
  g_return_val_if_fail (OOO_IS_PERSON (person), -1);

  stmt = ooo_store_prepare (self->store,
                            "SELECT count(*) FROM meeting WHERE person_id = ?1", error);
  if (stmt == NULL)
    return -1;

  sqlite3_bind_int64 (stmt, 1, ooo_person_get_id (person));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  else
    ooo_store_set_error (self->store, rc, error);
  sqlite3_reset (stmt);

  return count;
}
