/* bench-history.c — the app on ten years of one-on-ones: 200 people × 520
 * weekly meetings with realistic notes
 *
 * Prints: start to first frame (opening the file, loading what the first
 * frame shows and drawing the window) against an empty libadwaita window in
 * the same run, and when the work left for later (everyone's figures, the
 * rest of the rows) was done; selecting a person with 520 meetings, to the
 * next frame, with its CPU time and the page's own part of it; search
 * latency (median and 95th percentile over varied queries); peak memory.
 *
 * Usage (it needs a display):
 *   xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
 *     build/bench/bench-history [DATABASE]
 * Without a GPU, GTK's GL renderer draws in software (llvmpipe), which is
 * most of a switch's time; GSK_RENDERER=cairo measures the app without it.
 * A DATABASE that does not exist is generated (about half a minute) and
 * kept, so later runs start at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

#include "ooo-bench-data.h"
#include "ooo-search.h"
#include "ooo-window.h"

static gboolean painted;

/* When the frame's paint phase ended: GDK's own handler of "paint"
 * (snapshot and render) was connected when the window was made, so this
 * one runs after it. */
static gint64 frame_painted;

static void
on_paint (GdkFrameClock *clock,
          gpointer       data)
{
  frame_painted = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       data)
{
  painted = TRUE;
}

/* Shows @window and runs the main loop until its first frame is drawn;
 * returns the time from @since, in ms. */
static double
present_and_wait_for_frame (GtkWindow *window,
                            gint64     since)
{
  GdkFrameClock *clock;
  gulong handler;

  painted = FALSE;
  gtk_window_present (window);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);

  return (g_get_monotonic_time () - since) / 1000.0;
}

static double
wait_for_next_frame (GtkWidget *widget,
                     gint64     since)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gulong handlers[2];

  painted = FALSE;
  handlers[0] = g_signal_connect (clock, "paint", G_CALLBACK (on_paint), NULL);
  handlers[1] = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
  gtk_widget_queue_draw (widget);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (handlers); i++)
    g_signal_handler_disconnect (clock, handlers[i]);

  return (g_get_monotonic_time () - since) / 1000.0;
}

static gboolean
set_flag (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until nothing comes for a tenth of a second; returns
 * when the last thing was done. */
static gint64
settle (void)
{
  for (;;) {
    gint64 quiet_since;
    gboolean waited = FALSE;
    guint dispatched = 0;

    while (g_main_context_iteration (NULL, FALSE))
      ;
    quiet_since = g_get_monotonic_time ();
    g_timeout_add (100, set_flag, &waited);
    while (!waited) {
      g_main_context_iteration (NULL, TRUE);
      dispatched++;
    }
    if (dispatched == 1)
      return quiet_since;
  }
}

/* CPU time of the whole process (GL rendering threads included), in ms: on
 * a busy machine it moves much less than the time on the wall. */
static double
cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

static const char *
renderer_name (GtkWidget *widget)
{
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  return renderer != NULL ? G_OBJECT_TYPE_NAME (renderer) : "none";
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
percentile (GArray *values,
            double  share)
{
  guint index;

  g_array_sort (values, compare_doubles);
  index = (guint) (share * (values->len - 1) + 0.5);
  return g_array_index (values, double, index);
}

static void
ensure_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OooStore) store = NULL;
  OooBenchDataOptions options = OOO_BENCH_DATA_DEFAULTS;
  OooBenchDataCounts counts = { 0 };
  gint64 started;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return;

  g_print ("generating %s …\n", path);
  started = g_get_monotonic_time ();
  store = ooo_store_open (path, &error);
  if (store == NULL || !ooo_bench_data_fill (store, &options, &counts, &error))
    g_error ("%s", error->message);
  g_print ("generated %" G_GUINT64_FORMAT " people, %" G_GUINT64_FORMAT " meetings, %"
           G_GUINT64_FORMAT " words of notes in %.1f s\n", counts.people, counts.meetings,
           counts.words, (g_get_monotonic_time () - started) / 1e6);
}

int
main (int   argc,
      char *argv[])
{
  const char *path = argc > 1 ? argv[1] : "/tmp/one-on-one-bench-history.db";
  static const char * const queries[] = {
    "budget", "migration", "hiring", "career", "promotion", "roadmap", "feedback",
    "customer", "deadline", "conference", "mentor", "onboarding", "release", "vacation",
    "team", "project plan", "quarterly goals", "on call", "perf", "retro", "archi", "deleg",
    "José", "\"unbalanced", "AND OR NOT", "zzzznothing",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) search_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) select_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) select_page_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) select_frame_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) redraw_cpu_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) select_cpu_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(OooStore) store = NULL;
  g_autoptr(OooSession) session = NULL;
  GtkWindow *empty;
  OooWindow *window;
  GListModel *people;
  struct rusage usage;
  double empty_ms, start_ms, empty_cpu_ms, start_cpu_ms, settled_ms, cpu_before;
  gint64 started;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  ensure_database (path);

  gtk_init ();
  adw_init ();

  /* The yardstick: an empty libadwaita window, created and drawn. */
  started = g_get_monotonic_time ();
  cpu_before = cpu_ms ();
  empty = GTK_WINDOW (adw_application_window_new (NULL));
  gtk_window_set_default_size (empty, 1000, 700);
  empty_ms = present_and_wait_for_frame (empty, started);
  empty_cpu_ms = cpu_ms () - cpu_before;
  gtk_window_destroy (empty);

  /* The app: open the file, load everything, draw the window. */
  started = g_get_monotonic_time ();
  cpu_before = cpu_ms ();
  store = ooo_store_open (path, &error);
  if (store == NULL)
    g_error ("%s", error->message);
  session = ooo_session_new (store, NULL);
  if (!ooo_session_load (session, &error))
    g_error ("%s", error->message);
  window = g_object_new (OOO_TYPE_WINDOW, "session", session, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  start_ms = present_and_wait_for_frame (GTK_WINDOW (window), started);
  start_cpu_ms = cpu_ms () - cpu_before;
  /* The figures come from a worker thread, and the rest of the sidebar's
   * and the overview's rows are built while idle; switching is measured
   * once all that is done. */
  settled_ms = (settle () - started) / 1000.0;

  /* The floor under switching: a frame drawn with nothing changed. */
  for (guint i = 0; i < 40; i++) {
    double cpu;

    cpu_before = cpu_ms ();
    wait_for_next_frame (GTK_WIDGET (window), g_get_monotonic_time ());
    cpu = cpu_ms () - cpu_before;
    g_array_append_val (redraw_cpu_ms, cpu);
  }

  /* Switching between people with 520 meetings each. */
  people = G_LIST_MODEL (ooo_session_get_people (session));
  for (guint i = 0; i < 40; i++) {
    g_autoptr(OooPerson) person = g_list_model_get_item (people, (i * 37) % 200);
    double ms, cpu, page, frame;
    gint64 page_built;

    started = g_get_monotonic_time ();
    cpu_before = cpu_ms ();
    ooo_window_select_person (window, person);
    page_built = g_get_monotonic_time ();
    ms = wait_for_next_frame (GTK_WIDGET (window), started);
    cpu = cpu_ms () - cpu_before;
    page = (page_built - started) / 1000.0;
    frame = (frame_painted - page_built) / 1000.0;
    g_array_append_val (select_ms, ms);
    g_array_append_val (select_cpu_ms, cpu);
    g_array_append_val (select_page_ms, page);
    g_array_append_val (select_frame_ms, frame);
  }

  /* Search, as typed words and prefixes. */
  for (guint round = 0; round < 4; round++) {
    for (guint i = 0; i < G_N_ELEMENTS (queries); i++) {
      g_autoptr(GListModel) results = NULL;
      double ms;

      started = g_get_monotonic_time ();
      results = ooo_search_run (store, queries[i], 50, &error);
      ms = (g_get_monotonic_time () - started) / 1000.0;
      if (results == NULL)
        g_error ("search “%s”: %s", queries[i], error->message);
      g_array_append_val (search_ms, ms);
    }
  }

  getrusage (RUSAGE_SELF, &usage);
  g_print ("database: %s (200 people × 520 meetings)\n", path);
  g_print ("start to first frame: %.0f ms (empty libadwaita window: %.0f ms, ratio %.2f);"
           " CPU %.0f ms (empty window %.0f ms, ratio %.2f)\n", start_ms, empty_ms,
           start_ms / empty_ms, start_cpu_ms, empty_cpu_ms, start_cpu_ms / empty_cpu_ms);
  g_print ("  everyone's figures in and every row built, after the first frame, by %.0f ms\n",
           settled_ms);
  g_print ("select a person with 520 meetings, to the next frame: median %.1f ms,"
           " 95th percentile %.1f ms, fastest %.1f ms; CPU median %.1f ms\n",
           percentile (select_ms, 0.5), percentile (select_ms, 0.95), percentile (select_ms, 0),
           percentile (select_cpu_ms, 0.5));
  g_print ("  filling the page %.1f ms, then to the end of the frame's render %.1f ms"
           " (medians; renderer %s); a frame with nothing changed costs %.1f ms of CPU\n",
           percentile (select_page_ms, 0.5), percentile (select_frame_ms, 0.5),
           renderer_name (GTK_WIDGET (window)), percentile (redraw_cpu_ms, 0.5));
  g_print ("search over %u queries: median %.2f ms, 95th percentile %.2f ms\n",
           search_ms->len, percentile (search_ms, 0.5), percentile (search_ms, 0.95));
  g_print ("peak memory: %.1f MiB\n", usage.ru_maxrss / 1024.0);

  gtk_window_destroy (GTK_WINDOW (window));
  return EXIT_SUCCESS;
}
