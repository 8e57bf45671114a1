/* ooo-import.c — a JSON export (or a file written by hand to its schema)
 * merged into the database
 *
 * Nothing is written until the whole file has been checked: the text (strict
 * JSON, UTF-8, not too deep, see ooo-import-scan.c), then every row's shape
 * and values (ooo-import-read.c), then what holds across the file and the
 * database (ooo-import-check.c). Only then are the rows merged, in one
 * transaction (ooo-import-write.c). The first problem found is the one
 * reported, with where it is, and the database stays exactly as it was.
 *
 * A big file is read one person at a time, on as many threads as there are
 * processors: json-glib's parser is the slow part of an import.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "ooo-builtin-templates.h"
#include "ooo-import-private.h"

G_DEFINE_QUARK (ooo-import-error-quark, ooo_import_error)

/* Below this, threads cost more than they save. */
#define THREADED_MIN_SIZE (4 * 1024 * 1024)
#define MAX_THREADS 8

/* json-glib puts the place first: "<data>:3:5: Parse error: …". Should it
 * refuse what the scan let through, the line is counted from @start. */
static void
fail_parse (const char  *data,
            gsize        start,
            GError      *parse_error,
            GError     **error)
{
  guint line = 0;
  guint column;

  if (sscanf (parse_error->message, "<data>:%u:%u:", &line, &column) == 2 && line > 0)
    line += ooo_json_text_line_at (data, start) - 1;
  else
    line = ooo_json_text_line_at (data, start);

  g_set_error (error, OOO_IMPORT_ERROR, OOO_IMPORT_ERROR_INVALID,
               _("The file is not valid JSON (line %u)."), line);
}

typedef struct {
  const char              *data;
  GArray                  *chunks;
  OooImportPerson        **people;
  GError                 **errors;
  int                      next;
  int                      first_error;   /* lowest failed index: later ones need no reading */
  int                      n_read;
  const OooImportProgress *progress;
} Job;

static void
read_chunk (Job        *job,
            JsonParser *parser,
            guint       i)
{
  OooImportChunk *chunk = &g_array_index (job->chunks, OooImportChunk, i);
  g_autoptr(GError) parse_error = NULL;

  if (!json_parser_load_from_data (parser, job->data + chunk->start, chunk->end - chunk->start,
                                   &parse_error))
    fail_parse (job->data, chunk->start, parse_error, &job->errors[i]);
  else
    job->people[i] = ooo_import_read_person (json_parser_get_root (parser), i, &job->errors[i]);

  if (job->errors[i] != NULL) {
    int seen = g_atomic_int_get (&job->first_error);

    while ((int) i < seen && !g_atomic_int_compare_and_exchange (&job->first_error, seen, i))
      seen = g_atomic_int_get (&job->first_error);
  }
}

static gpointer
read_chunks (gpointer user_data)
{
  Job *job = user_data;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  int i;

  while ((i = g_atomic_int_add (&job->next, 1)) < (int) job->chunks->len) {
    if (i < g_atomic_int_get (&job->first_error))
      read_chunk (job, parser, i);
    ooo_import_progress_report (job->progress, OOO_IMPORT_STAGE_READING,
                                g_atomic_int_add (&job->n_read, 1) + 1, job->chunks->len);
  }

  return NULL;
}

/* Reads the people found by the scan, each from its own text. */
static gboolean
read_people_chunks (const char               *data,
                    gsize                     length,
                    GArray                   *chunks,
                    const OooImportProgress  *progress,
                    OooImportData            *parsed,
                    GError                  **error)
{
  g_autoptr(GPtrArray) threads = g_ptr_array_new ();
  Job job = { data, chunks, NULL, NULL, 0, G_MAXINT, 0, progress };
  guint n = chunks->len;
  guint n_threads = length < THREADED_MIN_SIZE ? 1 : CLAMP (g_get_num_processors (), 1,
                                                             MAX_THREADS);
  gboolean ok = TRUE;

  job.people = g_new0 (OooImportPerson *, MAX (n, 1));
  job.errors = g_new0 (GError *, MAX (n, 1));

  for (guint t = 1; t < MIN (n_threads, n); t++)
    g_ptr_array_add (threads, g_thread_new ("ooo-import", read_chunks, &job));
  read_chunks (&job);
  for (guint t = 0; t < threads->len; t++)
    g_thread_join (g_ptr_array_index (threads, t));

  for (guint i = 0; i < n; i++) {
    if (ok && job.errors[i] != NULL) {
      g_propagate_error (error, job.errors[i]);
      ok = FALSE;
    } else {
      g_clear_error (&job.errors[i]);
    }
    if (job.people[i] != NULL)
      g_ptr_array_add (parsed->people, job.people[i]);
  }

  g_free (job.people);
  g_free (job.errors);

  return ok;
}

/* Reads the elements of "people" from a tree that holds them: the file was
 * small, or its "people" held more than objects. */
static gboolean
read_people_nodes (JsonObject               *root,
                   const OooImportProgress  *progress,
                   OooImportData            *parsed,
                   GError                  **error)
{
  JsonNode *node = json_object_get_member (root, "people");
  JsonArray *array;
  guint n;

  if (node == NULL)
    return TRUE;

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++) {
    OooImportPerson *person = ooo_import_read_person (json_array_get_element (array, i), i,
                                                      error);

    if (person == NULL)
      return FALSE;
    g_ptr_array_add (parsed->people, person);
    ooo_import_progress_report (progress, OOO_IMPORT_STAGE_READING, i + 1, n);
  }

  return TRUE;
}

static OooImportData *
read_everything (const char               *data,
                 gsize                     length,
                 OooImportLayout          *layout,
                 const OooImportProgress  *progress,
                 GError                  **error)
{
  g_autoptr(OooImportData) parsed = g_new0 (OooImportData, 1);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GString) skeleton = NULL;
  JsonNode *root;

  parsed->strings = g_string_chunk_new (4096);
  parsed->people = g_ptr_array_new_with_free_func ((GDestroyNotify) ooo_import_person_free);
  parsed->templates = g_array_new (FALSE, TRUE, sizeof (OooImportTemplate));

  /* With the people read on their own, the rest is small: the file without
   * what is between the brackets of "people". */
  if (layout->people != NULL) {
    skeleton = g_string_new_len (data, layout->people_open + 1);
    g_string_append_len (skeleton, data + layout->people_close,
                         length - layout->people_close);
  }

  if (!json_parser_load_from_data (parser, skeleton != NULL ? skeleton->str : data,
                                   skeleton != NULL ? (gssize) skeleton->len : (gssize) length,
                                   &parse_error)) {
    fail_parse (data, 0, parse_error, error);
    return NULL;
  }

  root = json_parser_get_root (parser);
  if (!ooo_import_read_header (root, error))
    return NULL;

  if (layout->people != NULL) {
    if (!read_people_chunks (data, length, layout->people, progress, parsed, error))
      return NULL;
  } else if (!read_people_nodes (json_node_get_object (root), progress, parsed, error)) {
    return NULL;
  }

  if (!ooo_import_read_templates (json_node_get_object (root), parsed, error))
    return NULL;

  return g_steal_pointer (&parsed);
}

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1e6;
}

/* Processor time of the whole process, all threads: the other figure the
 * debug messages give, which a busy machine does not inflate as much. */
static double
cpu_seconds (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

/* A file the app never opened has no built-in templates yet; it gets them
 * as the app would at its start, so that rows can refer to them. */
static gboolean
ensure_builtins (OooStore  *store,
                 GError   **error)
{
  sqlite3_stmt *stmt;
  gboolean present;
  int rc;

  stmt = ooo_store_prepare (store,
                            "SELECT EXISTS (SELECT 1 FROM template WHERE builtin_key IS NOT NULL)",
                            error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  present = rc == SQLITE_ROW && sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW) {
    ooo_store_set_error (store, rc, error);
    return FALSE;
  }

  return present || ooo_builtin_templates_ensure (store, error);
}

/* @owned, if given, holds @data: it is freed once the rows are read, which
 * halves the memory a big import needs at its peak. */
static gboolean
import_text (OooStore                 *store,
             const char               *data,
             gsize                     length,
             GByteArray              **owned,
             const OooImportProgress  *progress,
             OooImportSummary         *summary,
             GError                  **error)
{
  g_autoptr(OooImportData) parsed = NULL;
  OooImportLayout layout = { NULL, 0, 0 };
  OooImportSummary ignored;
  gint64 start;
  double cpu;
  gboolean ok;

  if (summary == NULL)
    summary = &ignored;
  memset (summary, 0, sizeof *summary);

  if (length > OOO_IMPORT_MAX_SIZE) {
    g_set_error (error, OOO_IMPORT_ERROR, OOO_IMPORT_ERROR_INVALID,
                 _("The file is too large to import: the limit is %u MiB."),
                 (guint) (OOO_IMPORT_MAX_SIZE / 1024 / 1024));
    return FALSE;
  }

  start = g_get_monotonic_time ();
  cpu = cpu_seconds ();
  ooo_import_progress_report (progress, OOO_IMPORT_STAGE_READING, 0, 0);
  if (!ooo_import_scan (data != NULL ? data : "", length, &layout, error))
    return FALSE;
  g_debug ("Import: %" G_GSIZE_FORMAT " bytes scanned in %.3f s (%.3f s CPU)", length,
           seconds_since (start), cpu_seconds () - cpu);
  parsed = read_everything (data, length, &layout, progress, error);
  ooo_import_layout_clear (&layout);
  if (owned != NULL)
    g_clear_pointer (owned, g_byte_array_unref);
  if (parsed == NULL)
    return FALSE;
  g_debug ("Import: read in %.3f s (%.3f s CPU)", seconds_since (start),
           cpu_seconds () - cpu);

  ooo_import_progress_report (progress, OOO_IMPORT_STAGE_CHECKING, 0, 0);
  if (!ensure_builtins (store, error) || !ooo_import_check (store, parsed, error))
    return FALSE;
  g_debug ("Import: checked in %.3f s (%.3f s CPU)", seconds_since (start),
           cpu_seconds () - cpu);

  ok = ooo_import_write (store, parsed, progress, summary, error);
  g_debug ("Import: written in %.3f s (%.3f s CPU)", seconds_since (start),
           cpu_seconds () - cpu);

  return ok;
}

/* Merges @data into @store; @summary (optional) says what changed. On any
 * problem nothing is written. */
gboolean
ooo_import_from_data (OooStore          *store,
                      const char        *data,
                      gsize              length,
                      OooImportSummary  *summary,
                      GError           **error)
{
  OooImportProgress progress = { NULL, NULL };

  g_return_val_if_fail (OOO_IS_STORE (store), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  return import_text (store, data, length, NULL, &progress, summary, error);
}

/* Reads at most one byte more than an import may have, so a huge file is
 * refused without being read whole. */
gboolean
ooo_import_from_file (OooStore          *store,
                      GFile             *file,
                      OooImportSummary  *summary,
                      GError           **error)
{
  return ooo_import_from_file_full (store, file, NULL, NULL, summary, error);
}

/* As ooo_import_from_file(), telling @progress how far it is. */
gboolean
ooo_import_from_file_full (OooStore              *store,
                           GFile                 *file,
                           OooImportProgressFunc  progress,
                           gpointer               user_data,
                           OooImportSummary      *summary,
                           GError               **error)
{
  OooImportProgress told = { progress, user_data };
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GByteArray) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  gsize got = 0;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_parse_name (file);
  stream = g_file_read (file, NULL, &local_error);
  if (stream != NULL)
    info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE, NULL, NULL);

  bytes = g_byte_array_sized_new (info != NULL ? MIN ((gsize) g_file_info_get_size (info),
                                                      OOO_IMPORT_MAX_SIZE) + 1 : 65536);
  while (stream != NULL && bytes->len <= OOO_IMPORT_MAX_SIZE) {
    gsize room = MAX (bytes->len, 65536);

    room = MIN (room, OOO_IMPORT_MAX_SIZE + 1 - bytes->len);
    g_byte_array_set_size (bytes, bytes->len + room);
    if (!g_input_stream_read_all (G_INPUT_STREAM (stream), bytes->data + bytes->len - room, room,
                                  &got, NULL, &local_error))
      break;
    g_byte_array_set_size (bytes, bytes->len - room + got);
    if (got < room)
      break;
  }

  if (local_error != NULL) {
    g_set_error (error, OOO_IMPORT_ERROR, OOO_IMPORT_ERROR_READ,
                 _("Could not read “%s”: %s"), name, local_error->message);
    return FALSE;
  }

  return import_text (store, (const char *) bytes->data, bytes->len, &bytes, &told, summary,
                      error);
}

/* "People: 2 added, 1 updated, 0 unchanged; Meetings: …", for a toast or
 * the command line. */
char *
ooo_import_summary_to_string (const OooImportSummary *summary)
{
  const struct {
    const char           *label;
    const OooImportCount *count;
  } kinds[] = {
    { N_("People"), &summary->people },
    { N_("Meetings"), &summary->meetings },
    { N_("Segments"), &summary->segments },
    { N_("Action items"), &summary->action_items },
    { N_("Talking points"), &summary->talking_points },
    { N_("Reminders"), &summary->reminders },
    { N_("Templates"), &summary->templates },
  };
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++) {
    const OooImportCount *count = kinds[i].count;

    if (count->added + count->updated + count->unchanged == 0)
      continue;
    if (text->len > 0)
      g_string_append (text, "; ");
    /* Translators: "People: 2 added, 1 updated, 0 unchanged" */
    g_string_append_printf (text, _("%s: %u added, %u updated, %u unchanged"),
                            _(kinds[i].label), count->added, count->updated, count->unchanged);
  }

  if (text->len == 0)
    return g_strdup (_("The file held nothing to import."));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static guint
changed (const OooImportCount *count)
{
  return count->added + count->updated;
}

/* One short sentence for a toast: the people and the 1:1s that came in or
 * changed, or that nothing did. The command line gives the whole count. */
char *
ooo_import_summary_to_sentence (const OooImportSummary *summary)
{
  const OooImportCount *others[] = {
    &summary->segments, &summary->action_items, &summary->talking_points,
    &summary->reminders, &summary->templates,
  };
  guint people = changed (&summary->people);
  guint meetings = changed (&summary->meetings);
  guint other = 0;
  guint unchanged = summary->people.unchanged + summary->meetings.unchanged;
  g_autofree char *people_text = NULL;
  g_autofree char *meetings_text = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (others); i++) {
    other += changed (others[i]);
    unchanged += others[i]->unchanged;
  }

  if (people + meetings + other == 0)
    return g_strdup (unchanged > 0 ? _("Nothing new: everything in the file was here already.")
                                   : _("The file held nothing to import."));
  if (people + meetings == 0)
    /* Translators: action items, talking points, notes or templates */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %'u change",
                                         "Imported %'u changes", other), other);

  /* %'u: "104,000" where the language groups digits so. */
  people_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u person", "%'u people",
                                              people), people);
  meetings_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u one-on-one",
                                                "%'u one-on-ones", meetings), meetings);
  if (meetings == 0)
    /* Translators: %s is "2 people" */
    return g_strdup_printf (_("Imported %s"), people_text);
  if (people == 0)
    /* Translators: %s is "3 one-on-ones" */
    return g_strdup_printf (_("Imported %s"), meetings_text);
  /* Translators: "Imported 2 people and 3 one-on-ones" */
  return g_strdup_printf (_("Imported %s and %s"), people_text, meetings_text);
}
