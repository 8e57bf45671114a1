/* bench-meeting-view.c — what the running meeting view costs
 *
 * Opens the real main window on a scratch database, starts a 1:1 and lets
 * the meeting view run for a while, then pauses it for as long. Prints the
 * view's wake-ups per minute (the displayed time changing) and the CPU time
 * the whole process used per minute, drawing included, in each phase.
 *
 * Usage (it needs a display):
 *   xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
 *     build/bench/bench-meeting-view [SECONDS]     (each phase; default 60)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "ooo-meeting-view.h"
#include "ooo-window.h"

typedef struct {
  GMainLoop *loop;
  guint      label_changes;
} Phase;

static gint64
cpu_us (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return (gint64) (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * G_USEC_PER_SEC +
         usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
}

static void
on_label_changed (Phase *phase)
{
  phase->label_changes++;
}

static gboolean
quit_loop (gpointer loop)
{
  g_main_loop_quit (loop);
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @seconds; returns CPU µs used and counts changes. */
static gint64
run_phase (Phase *phase,
           guint  seconds)
{
  gint64 cpu_before = cpu_us ();

  phase->label_changes = 0;
  g_timeout_add_seconds (seconds, quit_loop, phase->loop);
  g_main_loop_run (phase->loop);

  return cpu_us () - cpu_before;
}

int
main (int   argc,
      char *argv[])
{
  guint seconds = argc > 1 ? (guint) atoi (argv[1]) : 60;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ooo-bench-view-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "one-on-one.db", NULL);
  g_autoptr(OooStore) store = NULL;
  g_autoptr(OooSession) session = NULL;
  g_autoptr(OooPerson) person = ooo_person_new ("Ana Costa");
  GtkWidget *view;
  GtkLabel *time_label;
  OooWindow *window;
  Phase phase = { 0 };
  gint64 running_cpu, paused_cpu;
  guint running_changes;

  if (seconds == 0)
    seconds = 60;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_init ();
  adw_init ();

  store = ooo_store_open (path, &error);
  if (store == NULL)
    g_error ("%s", error->message);
  session = ooo_session_new (store, NULL);
  if (!ooo_session_load (session, &error))
    g_error ("%s", error->message);
  ooo_person_set_time_zone (person, "UTC");
  if (!ooo_people_add (ooo_session_get_people (session), person, &error))
    g_error ("%s", error->message);

  window = g_object_new (OOO_TYPE_WINDOW, "session", session, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  ooo_window_select_person (window, person);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-meeting", NULL);

  view = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), OOO_TYPE_WINDOW,
                                                    "meeting_view"));
  time_label = GTK_LABEL (gtk_widget_get_template_child (view, OOO_TYPE_MEETING_VIEW,
                                                         "time_label"));
  g_signal_connect_swapped (time_label, "notify::label", G_CALLBACK (on_label_changed),
                            &phase);
  phase.loop = g_main_loop_new (NULL, FALSE);

  /* Let the first frames and start-up work settle outside the figures. */
  run_phase (&phase, 2);

  running_cpu = run_phase (&phase, seconds);
  running_changes = phase.label_changes;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-timer", NULL);
  run_phase (&phase, 1);
  paused_cpu = run_phase (&phase, seconds);

  g_print ("meeting view, %u s running then %u s paused\n", seconds, seconds);
  g_print ("running: %.1f wake-ups/min, cpu %.1f ms/min\n",
           running_changes * 60.0 / seconds, running_cpu / 1000.0 * 60.0 / seconds);
  g_print ("paused: %.1f wake-ups/min, cpu %.1f ms/min\n",
           phase.label_changes * 60.0 / seconds, paused_cpu / 1000.0 * 60.0 / seconds);

  gtk_window_destroy (GTK_WINDOW (window));
  g_main_loop_unref (phase.loop);
  g_clear_object (&session);
  g_clear_object (&store);
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    const char *name;

    while (listing != NULL && (name = g_dir_read_name (listing)) != NULL) {
      g_autofree char *file = g_build_filename (dir, name, NULL);
      g_unlink (file);
    }
    g_rmdir (dir);
  }

  return EXIT_SUCCESS;
}
