/* ooo-export.c — everything the manager recorded, as one JSON file
 *
 * The file is built with json-glib and always comes out the same for the same
 * data: members in a fixed order, rows in a fixed order (people by name then
 * UUID, meetings by start then UUID, …), times in UTC, two-space indents and
 * a final newline. Private notes stay out unless asked for.
 *
 * A ten-year history is hundreds of megabytes, so the whole file is never one
 * tree in memory: each person is built and generated on its own, wrapped as
 * {"people": [person]} so that json-glib indents it exactly as it would inside
 * the whole file, and the pieces are written one after the other into the
 * skeleton (the file with "people": []). The result is byte for byte what
 * json-glib writes for the whole tree; tests/test-export.c checks that.
 * Reading the database and generating the text share the work between two
 * threads: this one reads a person while a second one writes the last.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "ooo-export-private.h"

G_DEFINE_QUARK (ooo-export-error-quark, ooo_export_error)

/* What json-glib writes around the one person of {"people": [person]}. */
#define WRAPPER_HEAD "{\n  \"people\" : [\n"
#define WRAPPER_TAIL "\n  ]\n}"
#define EMPTY_PEOPLE "\"people\" : []"

/* How many people's trees may wait for the writer. */
#define QUEUE_DEPTH 4

typedef struct {
  OooStore               *store;
  const OooExportOptions *options;
  OooExportWriteFunc      write;
  gpointer                user_data;
  OooExportRows           rows;

  /* The writer thread: generates each person's text and writes it, in the
   * order the reader sends them, while the reader reads the next. */
  GAsyncQueue            *trees;
  GAsyncQueue            *free_slots;   /* tokens and written trees, back to the
                                         * reader: bounds how many trees wait */
  GError                 *write_error;
  int                     failed;
} Export;

/* The text json-glib writes for @root, wrapped as {"people": [root]}. */
static char *
generate_person (JsonGenerator *generator,
                 JsonNode      *root,
                 gsize         *length)
{
  gsize head = strlen (WRAPPER_HEAD);
  gsize tail = strlen (WRAPPER_TAIL);
  char *text;

  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, length);
  g_assert (*length > head + tail && g_str_has_prefix (text, WRAPPER_HEAD) &&
            g_str_has_suffix (text, WRAPPER_TAIL));

  return text;
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

static gpointer
write_people (gpointer user_data)
{
  Export *export = user_data;
  g_autoptr(JsonGenerator) generator = new_generator ();
  gsize head = strlen (WRAPPER_HEAD);
  gsize tail = strlen (WRAPPER_TAIL);
  gboolean first = TRUE;
  JsonNode *root;

  while ((root = g_async_queue_pop (export->trees)) != GINT_TO_POINTER (1)) {
    if (!g_atomic_int_get (&export->failed)) {
      g_autofree char *text = NULL;
      gsize length;

      text = generate_person (generator, root, &length);
      if (!export->write (first ? "\n" : ",\n", first ? 1 : 2, export->user_data,
                          &export->write_error) ||
          !export->write (text + head, length - head - tail, export->user_data,
                          &export->write_error))
        g_atomic_int_set (&export->failed, TRUE);
      first = FALSE;
    }
    /* Back to the reader, which freed nothing of it yet: memory freed by
     * the thread that allocated it saves the allocators a lock each time. */
    g_async_queue_push (export->free_slots, root);
  }

  return NULL;
}

/* Reads one person into a tree of its own and hands it to the writer. */
static gboolean
send_person (Export  *export,
             gint64   person_id,
             GError **error)
{
  JsonBuilder *builder = export->rows.builder;
  JsonNode *root;
  gpointer done;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "people");
  json_builder_begin_array (builder);
  if (!ooo_export_add_person (&export->rows, person_id, error)) {
    json_builder_reset (builder);
    return FALSE;
  }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_builder_reset (builder);

  done = g_async_queue_pop (export->free_slots);
  if (done != GINT_TO_POINTER (1))
    json_node_unref (done);
  g_async_queue_push (export->trees, root);

  return TRUE;
}

/* Reads the people in this thread while another one writes them. */
static gboolean
write_all_people (Export  *export,
                  GArray  *people,
                  GError **error)
{
  GThread *writer;
  gpointer done;
  gboolean ok = TRUE;

  export->trees = g_async_queue_new ();
  export->free_slots = g_async_queue_new ();
  for (guint i = 0; i < QUEUE_DEPTH; i++)
    g_async_queue_push (export->free_slots, GINT_TO_POINTER (1));

  writer = g_thread_new ("ooo-export", write_people, export);
  for (guint i = 0; ok && i < people->len && !g_atomic_int_get (&export->failed); i++)
    ok = send_person (export, g_array_index (people, gint64, i), error);
  g_async_queue_push (export->trees, GINT_TO_POINTER (1));
  g_thread_join (writer);

  while ((done = g_async_queue_try_pop (export->free_slots)) != NULL) {
    if (done != GINT_TO_POINTER (1))
      json_node_unref (done);
  }

  g_async_queue_unref (export->trees);
  g_async_queue_unref (export->free_slots);

  if (ok && export->write_error != NULL) {
    g_propagate_error (error, g_steal_pointer (&export->write_error));
    return FALSE;
  }
  g_clear_error (&export->write_error);

  return ok;
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
