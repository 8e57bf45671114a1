/* test-autosave.c — the timer that writes notes as they are typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>

#include "ooo-autosave.h"

typedef struct {
  guint    writes;
  gboolean fail;
} Sink;

static gboolean
write_sink (gpointer   user_data,
            GError   **error)
{
  Sink *sink = user_data;

  if (sink->fail) {
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "The disk is full.");
    return FALSE;
  }
  sink->writes++;
  return TRUE;
}

static void
run_for (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/* A burst of keystrokes is written as it goes, a delay after the first
 * key not yet written, and once more after the last: typing that never
 * pauses is never more than a delay away from the disk. */
static void
test_burst (void)
{
  Sink sink = { 0 };
  g_autoptr(OooAutosave) autosave = ooo_autosave_new (100, write_sink, &sink, NULL);

  ooo_autosave_schedule (autosave);
  run_for (50);
  g_assert_cmpuint (sink.writes, ==, 0);
  g_assert_true (ooo_autosave_get_pending (autosave));

  /* Keys every 20 ms for 400 ms: the write is not pushed back by them. */
  for (guint i = 0; i < 20; i++) {
    ooo_autosave_schedule (autosave);
    run_for (20);
  }
  g_assert_cmpuint (sink.writes, >=, 3);
  g_assert_cmpuint (sink.writes, <=, 5);

  run_for (150);
  g_assert_false (ooo_autosave_get_pending (autosave));

  /* Nothing pending, nothing written. */
  {
    guint writes = sink.writes;

    run_for (150);
    g_assert_true (ooo_autosave_flush (autosave, NULL));
    g_assert_cmpuint (sink.writes, ==, writes);
  }
}

static void
test_flush_now (void)
{
  Sink sink = { 0 };
  g_autoptr(OooAutosave) autosave = ooo_autosave_new (10000, write_sink, &sink, NULL);
  g_autoptr(GError) error = NULL;

  ooo_autosave_schedule (autosave);
  g_assert_true (ooo_autosave_flush (autosave, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sink.writes, ==, 1);
  g_assert_cmpuint (ooo_autosave_get_n_saves (autosave), ==, 1);
}

static void
count_failure (OooAutosave  *autosave,
               const GError *error,
               char        **last)
{
  g_free (*last);
  *last = g_strdup (error->message);
}

/* A failed write stays pending, says why, and the next try succeeds. */
static void
test_failure_keeps_pending (void)
{
  Sink sink = { 0, TRUE };
  g_autoptr(OooAutosave) autosave = ooo_autosave_new (50, write_sink, &sink, NULL);
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;

  g_signal_connect (autosave, "failed", G_CALLBACK (count_failure), &message);
  ooo_autosave_schedule (autosave);
  run_for (120);
  g_assert_cmpstr (message, ==, "The disk is full.");
  g_assert_true (ooo_autosave_get_pending (autosave));

  g_assert_false (ooo_autosave_flush (autosave, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);

  sink.fail = FALSE;
  g_assert_true (ooo_autosave_flush (autosave, NULL));
  g_assert_cmpuint (sink.writes, ==, 1);
  g_assert_false (ooo_autosave_get_pending (autosave));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/autosave/burst", test_burst);
  g_test_add_func ("/autosave/flush-now", test_flush_now);
  g_test_add_func ("/autosave/failure-keeps-pending", test_failure_keeps_pending);

  return g_test_run ();
}
