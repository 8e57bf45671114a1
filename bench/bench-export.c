/* bench-export.c — how long the JSON export and import of a big database
 * take, and how much memory they need at their peak
 *
 * Generates 200 people × 520 weekly meetings (ten years) with a few hundred
 * words of notes each (see ooo-bench-data.c), exports everything with the
 * private notes to a file, and imports that file into an empty database.
 * Each step runs in a process of its own, started from this one, so that
 * its peak resident memory (getrusage's ru_maxrss) is its own alone.
 *
 * Last, it times json-glib's parser alone on the file: the floor under an
 * import that must use it.
 *
 * Usage: bench-export [--people N] [--meetings N] [--keep]
 *   --keep leaves the folder with source.db, export.json and imported.db
 *   (a later benchmark can reuse source.db).
 * One step on files of your own:
 *   bench-export --step export|import|parse FROM TO PEOPLE MEETINGS
 *
 * Measured on a shared two-processor machine (load 7 to 11, so the wall
 * times are pessimistic; the processor times are the steadier figure),
 * 200 × 520, 411 MiB of JSON:
 *   export  before: 11.0 s CPU, 47 MiB peak    after: 3.5-5.1 s CPU, 30-34 MiB
 *           (one json-glib tree per kind of row, reused; text generated
 *           on every processor). On a quieter machine: 1.4-1.8 s wall,
 *           2.5-3.2 s CPU, 35-53 MiB (2.4 s wall once, just after the
 *           database was generated).
 *   import  37-49 s CPU, 707 MiB peak, before and after. Of it: the scan
 *           1.4 s, json-glib's parse and the rows read from it 18-21 s on
 *           two threads, the checks 1 s, the rows written and committed
 *           13-15 s, the search index rebuilt 8-9 s (5 s of it for its
 *           prefix indexes '2 3': 3 s without them).
 *   parse only (the "parse" step: json-glib, one thread, one tree):
 *           10-13.5 s CPU, 1.8 GiB peak. Under 2 s is out of reach for any
 *           import that parses with json-glib 1.6 and indexes with FTS5.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include <json-glib/json-glib.h>

#include "ooo-bench-data.h"
#include "ooo-export.h"
#include "ooo-import.h"

static double
peak_rss_mib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

/* User and system time of all threads: unlike the wall time, it does not
 * grow when other programs share the processors. */
static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

static double
file_mib (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? st.st_size / 1024.0 / 1024.0 : 0;
}

static OooStore *
open_or_die (const char *path)
{
  g_autoptr(GError) error = NULL;
  OooStore *store = ooo_store_open (path, &error);

  if (store == NULL)
    g_error ("%s", error->message);

  return store;
}

/* One step, in this process: prints its figure line. */
static int
run_step (const char *step,
          const char *from,
          const char *to,
          guint       n_people,
          guint       n_meetings)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  double cpu_start = cpu_seconds ();
  double seconds;

  if (g_str_equal (step, "generate")) {
    g_autoptr(OooStore) store = open_or_die (to);
    OooBenchDataOptions options = { n_people, n_meetings, 1 };
    OooBenchDataCounts counts;

    if (!ooo_bench_data_fill (store, &options, &counts, &error))
      g_error ("%s", error->message);
    g_clear_object (&store);
    seconds = (g_get_monotonic_time () - start) / 1e6;
    printf ("generate: %.2f s wall, %.2f s CPU; %" G_GUINT64_FORMAT " people, %" G_GUINT64_FORMAT
            " meetings, %" G_GUINT64_FORMAT " segments, %" G_GUINT64_FORMAT
            " action items, %" G_GUINT64_FORMAT " talking points, %" G_GUINT64_FORMAT
            " reminders, %.1f M words of notes; database %.0f MiB\n",
            seconds, cpu_seconds () - cpu_start, counts.people, counts.meetings, counts.segments, counts.action_items,
            counts.talking_points, counts.reminders, counts.words / 1e6, file_mib (to));
  } else if (g_str_equal (step, "export")) {
    g_autoptr(OooStore) store = open_or_die (from);
    g_autoptr(GFile) file = g_file_new_for_path (to);
    OooExportOptions options = { OOO_EXPORT_SCOPE_ALL, NULL, TRUE, NULL };

    start = g_get_monotonic_time ();
    cpu_start = cpu_seconds ();
    if (!ooo_export_to_file (store, &options, file, &error))
      g_error ("%s", error->message);
    seconds = (g_get_monotonic_time () - start) / 1e6;
    printf ("export: %.2f s wall, %.2f s CPU, peak RSS %.0f MiB, file %.0f MiB "
            "(%.0f MiB/s)\n", seconds, cpu_seconds () - cpu_start, peak_rss_mib (),
            file_mib (to), file_mib (to) / seconds);
  } else if (g_str_equal (step, "import")) {
    g_autoptr(OooStore) store = open_or_die (to);
    g_autoptr(GFile) file = g_file_new_for_path (from);
    g_autofree char *summary_text = NULL;
    OooImportSummary summary;

    start = g_get_monotonic_time ();
    cpu_start = cpu_seconds ();
    if (!ooo_import_from_file (store, file, &summary, &error))
      g_error ("%s", error->message);
    seconds = (g_get_monotonic_time () - start) / 1e6;
    printf ("import: %.2f s wall, %.2f s CPU, peak RSS %.0f MiB, into an empty database "
            "(%.0f MiB/s)\n", seconds, cpu_seconds () - cpu_start, peak_rss_mib (),
            file_mib (from) / seconds);
    summary_text = ooo_import_summary_to_string (&summary);
    printf ("import:   %s\n", summary_text);
  } else if (g_str_equal (step, "parse")) {
    g_autoptr(JsonParser) parser = json_parser_new_immutable ();
    g_autofree char *text = NULL;
    gsize length;

    /* The floor under an import: json-glib alone reading the file, on one
     * processor, into one tree. */
    if (!g_file_get_contents (from, &text, &length, &error))
      g_error ("%s", error->message);
    start = g_get_monotonic_time ();
    cpu_start = cpu_seconds ();
    if (!json_parser_load_from_data (parser, text, length, &error))
      g_error ("%s", error->message);
    seconds = (g_get_monotonic_time () - start) / 1e6;
    printf ("parse only (json-glib, one thread): %.2f s wall, %.2f s CPU, peak RSS %.0f MiB "
            "(%.0f MiB/s)\n", seconds, cpu_seconds () - cpu_start, peak_rss_mib (),
            file_mib (from) / seconds);
  } else {
    g_printerr ("unknown step %s\n", step);
    return 2;
  }

  return 0;
}

static void
spawn_step (const char *self,
            const char *step,
            const char *from,
            const char *to,
            guint       n_people,
            guint       n_meetings)
{
  g_autofree char *people = g_strdup_printf ("%u", n_people);
  g_autofree char *meetings = g_strdup_printf ("%u", n_meetings);
  const char *argv[] = { self, "--step", step, from, to, people, meetings, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  fflush (stdout);
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_CHILD_INHERITS_STDOUT, NULL, NULL,
                     NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s", step, error->message);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL) {
    g_autofree char *child = g_build_filename (path, name, NULL);
    g_unlink (child);
  }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  int n_people = 200;
  int n_meetings = 520;
  gboolean keep = FALSE;
  const GOptionEntry entries[] = {
    { "people", 0, 0, G_OPTION_ARG_INT, &n_people, "People (200)", "N" },
    { "meetings", 0, 0, G_OPTION_ARG_INT, &n_meetings, "Meetings per person (520)", "N" },
    { "keep", 0, 0, G_OPTION_ARG_NONE, &keep, "Keep the files", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *source = NULL;
  g_autofree char *json = NULL;
  g_autofree char *copy = NULL;

  /* The steps run as: bench-export --step STEP FROM TO PEOPLE MEETINGS */
  if (argc == 7 && g_str_equal (argv[1], "--step"))
    return run_step (argv[2], argv[3], argv[4], atoi (argv[5]), atoi (argv[6]));

  context = g_option_context_new (NULL);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || n_people < 0 ||
      n_meetings < 0) {
    g_printerr ("%s\n", error != NULL ? error->message : "negative counts");
    return 2;
  }

  dir = g_dir_make_tmp ("bench-export-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);
  source = g_build_filename (dir, "source.db", NULL);
  json = g_build_filename (dir, "export.json", NULL);
  copy = g_build_filename (dir, "imported.db", NULL);

  printf ("bench-export: %d people × %d meetings, in %s (%u processors)\n", n_people,
          n_meetings, dir, g_get_num_processors ());
  spawn_step (argv[0], "generate", "", source, n_people, n_meetings);
  spawn_step (argv[0], "export", source, json, n_people, n_meetings);
  spawn_step (argv[0], "import", json, copy, n_people, n_meetings);
  spawn_step (argv[0], "parse", json, "", n_people, n_meetings);
  printf ("aim: export and import each under 2 s\n");

  if (!keep)
    remove_tree (dir);

  return 0;
}
