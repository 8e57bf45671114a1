/* ooo-export.c — everything the manager recorded, as one JSON file
 *
 * The file is built with json-glib and always comes out the same for the same
 * data: members in a fixed order, rows in a fixed order (people by name then
 * UUID, meetings by start then UUID, …), times in UTC, two-space indents and
 * a final newline. Private notes stay out unless asked for.
 *
 * A ten-year history is hundreds of megabytes, so the whole file is never one
 * tree in memory: each person is generated on its own, as deep as it sits in
 * the file (see ooo-export-render.c), and the pieces are written one after
 * the other into the skeleton (the file with "people": []). The result is
 * byte for byte what json-glib writes for the whole tree; tests/test-export.c
 * checks that. This thread reads the people from the database, as many
 * threads as there are processors generate their text, and one more writes
 * it in order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "ooo-export-private.h"

G_DEFINE_QUARK (ooo-export-error-quark, ooo_export_error)

#define EMPTY_PEOPLE "\"people\" : []"

/* How many people may be read and not yet written. */
#define MAX_IN_FLIGHT 8
#define MAX_RENDERERS 4

typedef struct {
  OooStore               *store;
  const OooExportOptions *options;
  OooExportWriteFunc      write;
  gpointer                user_data;
  OooExportRows           rows;

  /* Reading, rendering and writing overlap: this thread reads the people
   * from the database, renderer threads turn them into text, and a writer
   * thread writes the text in the file's order. */
  GMutex                  lock;
  GCond                   changed;
  GQueue                  to_render;    /* of OooExportBatch */
  OooExportBatch        **rendered;     /* by index, until written */
  guint                   n_people;
  guint                   in_flight;
  gboolean                all_read;
  gboolean                failed;
  GError                 *write_error;
} Export;

static gpointer
render_people (gpointer user_data)
{
  Export *export = user_data;
  OooExportRenderer *renderer = ooo_export_renderer_new (export->options->include_private);

  for (;;) {
    OooExportBatch *batch;

    g_mutex_lock (&export->lock);
    while (g_queue_is_empty (&export->to_render) && !export->all_read && !export->failed)
      g_cond_wait (&export->changed, &export->lock);
    batch = export->failed ? NULL : g_queue_pop_head (&export->to_render);
    g_mutex_unlock (&export->lock);
    if (batch == NULL)
      break;

    ooo_export_render (renderer, batch);

    g_mutex_lock (&export->lock);
    export->rendered[batch->index] = batch;
    g_cond_broadcast (&export->changed);
    g_mutex_unlock (&export->lock);
  }

  ooo_export_renderer_free (renderer);
  return NULL;
}

static gpointer
write_people (gpointer user_data)
{
  Export *export = user_data;

  for (guint i = 0; i < export->n_people; i++) {
    g_autoptr(OooExportBatch) batch = NULL;
    gboolean ok;

    g_mutex_lock (&export->lock);
    while (export->rendered[i] == NULL && !export->failed)
      g_cond_wait (&export->changed, &export->lock);
    batch = g_steal_pointer (&export->rendered[i]);
    g_mutex_unlock (&export->lock);
    if (batch == NULL)
      break;

    ok = export->write (i == 0 ? "\n" : ",\n", i == 0 ? 1 : 2, export->user_data,
                        &export->write_error) &&
         export->write (batch->text->str, batch->text->len, export->user_data,
                        &export->write_error);

    g_mutex_lock (&export->lock);
    export->in_flight--;
    export->failed |= !ok;
    g_cond_broadcast (&export->changed);
    g_mutex_unlock (&export->lock);
    if (!ok)
      break;
  }

  return NULL;
}

static gboolean
read_all_people (Export  *export,
                 GArray  *people,
                 GError **error)
{
  gboolean ok = TRUE;

  for (guint i = 0; ok && i < people->len; i++) {
    OooExportBatch *batch;

    g_mutex_lock (&export->lock);
    while (export->in_flight >= MAX_IN_FLIGHT && !export->failed)
      g_cond_wait (&export->changed, &export->lock);
    ok = !export->failed;
    export->in_flight++;
    g_mutex_unlock (&export->lock);
    if (!ok)
      break;

    batch = ooo_export_read_person (&export->rows, g_array_index (people, gint64, i), error);
    g_mutex_lock (&export->lock);
    if (batch != NULL) {
      batch->index = i;
      g_queue_push_tail (&export->to_render, batch);
    } else {
      export->failed = TRUE;
      ok = FALSE;
    }
    g_cond_broadcast (&export->changed);
    g_mutex_unlock (&export->lock);
  }

  return ok;
}

/* Reads the people in this thread while others write them. */
static gboolean
write_all_people (Export  *export,
                  GArray  *people,
                  GError **error)
{
  g_autoptr(GPtrArray) threads = g_ptr_array_new ();
  guint n_renderers = CLAMP (g_get_num_processors (), 1, MAX_RENDERERS);
  GThread *writer;
  gboolean ok;

  g_mutex_init (&export->lock);
  g_cond_init (&export->changed);
  g_queue_init (&export->to_render);
  export->n_people = people->len;
  export->rendered = g_new0 (OooExportBatch *, people->len);

  for (guint i = 0; i < MIN (n_renderers, people->len); i++)
    g_ptr_array_add (threads, g_thread_new ("ooo-export", render_people, export));
  writer = g_thread_new ("ooo-export-write", write_people, export);

  ok = read_all_people (export, people, error);

  g_mutex_lock (&export->lock);
  export->all_read = TRUE;
  g_cond_broadcast (&export->changed);
  g_mutex_unlock (&export->lock);
  for (guint i = 0; i < threads->len; i++)
    g_thread_join (g_ptr_array_index (threads, i));
  g_thread_join (writer);

  g_queue_clear_full (&export->to_render, (GDestroyNotify) ooo_export_batch_free);
  for (guint i = 0; i < people->len; i++)
    ooo_export_batch_free (export->rendered[i]);
  g_free (export->rendered);
  g_mutex_clear (&export->lock);
  g_cond_clear (&export->changed);

  if (ok && export->write_error != NULL) {
    g_propagate_error (error, g_steal_pointer (&export->write_error));
    return FALSE;
  }
  g_clear_error (&export->write_error);

  return ok;
}

static JsonGenerator *
new_generator (void)
{
  JsonGenerator *generator = json_generator_new ();

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_indent_char (generator, ' ');

  return generator;
}

/* The ids of the people to export, in the file's order. */
static GArray *
list_people (Export  *export,
             gint64  *person_id,
             GError **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char *uuid = export->options->uuid;
  OooExportScope scope = export->options->scope;
  sqlite3_stmt *stmt;
  int rc;

  *person_id = 0;
  if (scope == OOO_EXPORT_SCOPE_ALL)
    stmt = ooo_store_prepare (export->store, "SELECT id FROM person ORDER BY name, uuid",
                              error);
  else if (scope == OOO_EXPORT_SCOPE_PERSON)
    stmt = ooo_store_prepare (export->store, "SELECT id FROM person WHERE uuid = ?1", error);
  else
    stmt = ooo_store_prepare (export->store,
                              "SELECT person_id, id FROM meeting WHERE uuid = ?1", error);
  if (stmt == NULL)
    return NULL;

  if (scope != OOO_EXPORT_SCOPE_ALL)
    sqlite3_bind_text (stmt, 1, uuid != NULL ? uuid : "", -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW) {
    gint64 id = sqlite3_column_int64 (stmt, 0);

    g_array_append_val (ids, id);
    if (scope == OOO_EXPORT_SCOPE_MEETING)
      export->rows.meeting_id = sqlite3_column_int64 (stmt, 1);
  }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE) {
    ooo_store_set_error (export->store, rc, error);
    return NULL;
  }

  if (scope != OOO_EXPORT_SCOPE_ALL) {
    if (ids->len == 0) {
      g_set_error (error, OOO_EXPORT_ERROR, OOO_EXPORT_ERROR_NOT_FOUND,
                   scope == OOO_EXPORT_SCOPE_PERSON
                   ? _("There is no person with the UUID “%s” in the database.")
                   : _("There is no meeting with the UUID “%s” in the database."), uuid);
      return NULL;
    }
    *person_id = g_array_index (ids, gint64, 0);
  }

  return g_steal_pointer (&ids);
}

static void
add_header_member (JsonBuilder *builder,
                   const char  *name,
                   const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

/* The file without its people: format, version, times and templates. */
static char *
build_skeleton (Export  *export,
                gint64   person_id,
                GError **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(JsonGenerator) generator = new_generator ();
  g_autoptr(JsonNode) root = NULL;
  GDateTime *exported_at = export->options->exported_at;
  JsonBuilder *builder = export->rows.builder;
  char stamp[21];

  ooo_export_format_time (g_date_time_to_unix (exported_at != NULL ? exported_at : now), stamp);

  json_builder_begin_object (builder);
  add_header_member (builder, "format", OOO_EXPORT_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, OOO_EXPORT_VERSION);
  add_header_member (builder, "exported_at", stamp);
  add_header_member (builder, "app_version", PACKAGE_VERSION);
  json_builder_set_member_name (builder, "people");
  json_builder_begin_array (builder);
  json_builder_end_array (builder);
  if (!ooo_export_add_templates (&export->rows, person_id, error)) {
    json_builder_reset (builder);
    return NULL;
  }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_builder_reset (builder);
  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, NULL);
}

static gboolean
write_all (Export  *export,
           GError **error)
{
  g_autoptr(GArray) people = NULL;
  g_autofree char *skeleton = NULL;
  const char *split;
  gint64 person_id;
  gsize before;

  people = list_people (export, &person_id, error);
  if (people == NULL)
    return FALSE;
  skeleton = build_skeleton (export, person_id, error);
  if (skeleton == NULL)
    return FALSE;

  /* Only the top level's member sits at this indent, and no text in the
   * file holds a raw line break, so this is the one place. */
  split = strstr (skeleton, "\n  " EMPTY_PEOPLE);
  g_assert (split != NULL);
  before = split - skeleton + strlen ("\n  " EMPTY_PEOPLE) - 1;
  if (people->len == 0)
    before = strlen (skeleton);
  if (!export->write (skeleton, before, export->user_data, error))
    return FALSE;

  if (people->len > 0 &&
      (!write_all_people (export, people, error) ||
       !export->write ("\n  ", 3, export->user_data, error)))
    return FALSE;

  return export->write (skeleton + before, strlen (skeleton + before), export->user_data,
                        error) &&
         export->write ("\n", 1, export->user_data, error);
}

/* Writes the file through @write, piece by piece, from one consistent read
 * of the database: the app may go on writing while this runs. */
gboolean
ooo_export_write (OooStore                *store,
                  const OooExportOptions  *options,
                  OooExportWriteFunc       write,
                  gpointer                 user_data,
                  GError                 **error)
{
  Export export = { store, options, write, user_data, { store, NULL, FALSE, 0 } };
  gboolean ok;
  int rc;

  g_return_val_if_fail (OOO_IS_STORE (store), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (write != NULL, FALSE);
  g_return_val_if_fail (options->scope == OOO_EXPORT_SCOPE_ALL || options->uuid != NULL, FALSE);

  rc = sqlite3_exec (ooo_store_get_db (store), "BEGIN DEFERRED", NULL, NULL, NULL);
  if (rc != SQLITE_OK) {
    ooo_store_set_error (store, rc, error);
    return FALSE;
  }

  export.rows.builder = json_builder_new ();
  export.rows.include_private = options->include_private;
  ok = write_all (&export, error);

  /* Only read: nothing to keep, and nothing lost if this fails. */
  ooo_store_rollback (store);
  g_object_unref (export.rows.builder);

  return ok;
}

static gboolean
append_to_string (const char  *data,
                  gsize        length,
                  gpointer     user_data,
                  GError     **error)
{
  g_string_append_len (user_data, data, length);
  return TRUE;
}

/* Returns: (transfer full) (nullable) the whole file, UTF-8. */
char *
ooo_export_to_data (OooStore                *store,
                    const OooExportOptions  *options,
                    gsize                   *length,
                    GError                 **error)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (!ooo_export_write (store, options, append_to_string, text, error))
    return NULL;

  if (length != NULL)
    *length = text->len;

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
write_to_stream (const char  *data,
                 gsize        length,
                 gpointer     user_data,
                 GError     **error)
{
  return g_output_stream_write_all (user_data, data, length, NULL, NULL, error);
}

/* Writes the file whole or not at all (GIO writes beside it and renames),
 * readable by the manager alone: it may hold private notes. */
gboolean
ooo_export_to_file (OooStore                *store,
                    const OooExportOptions  *options,
                    GFile                   *file,
                    GError                 **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_parse_name (file);
  stream = g_file_replace (file, NULL, FALSE,
                           G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                           NULL, &local_error);
  if (stream == NULL)
    goto failed;

  if (!ooo_export_write (store, options, write_to_stream, stream, &local_error)) {
    g_autoptr(GCancellable) cancel = g_cancellable_new ();

    /* A closed-while-cancelled stream leaves the old file in place. */
    g_cancellable_cancel (cancel);
    g_output_stream_close (G_OUTPUT_STREAM (stream), cancel, NULL);
    if (local_error->domain != G_IO_ERROR) {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
    goto failed;
  }

  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &local_error))
    goto failed;

  return TRUE;

failed:
  g_set_error (error, OOO_EXPORT_ERROR, OOO_EXPORT_ERROR_WRITE,
               _("Could not write “%s”: %s"), name, local_error->message);
  return FALSE;
}
