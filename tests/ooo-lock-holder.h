/* ooo-lock-holder.h — another program that holds the database for a while
 *
 * A separate process (Python's sqlite3, as any other tool would) takes the
 * write lock with BEGIN EXCLUSIVE and keeps it for @seconds, longer than the
 * app's busy timeout; returns once the lock is held.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

static const char ooo_lock_holder_script[] =
  "import sqlite3, sys, time\n"
  "db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)\n"
  "db.execute('BEGIN EXCLUSIVE')\n"
  "print('locked', flush=True)\n"
  "time.sleep(float(sys.argv[2]))\n"
  "db.execute('COMMIT')\n";

G_GNUC_UNUSED static GSubprocess *
ooo_lock_holder_start (const char *path,
                       double      seconds)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autofree char *line = NULL;
  char seconds_text[G_ASCII_DTOSTR_BUF_SIZE];
  GSubprocess *holder;

  g_ascii_dtostr (seconds_text, sizeof seconds_text, seconds);
  holder = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, "/usr/bin/python3", "-c",
                             ooo_lock_holder_script, path, seconds_text, NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (holder));
  line = g_data_input_stream_read_line (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "locked");

  return holder;
}

G_GNUC_UNUSED static void
ooo_lock_holder_wait (GSubprocess *holder)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_subprocess_wait_check (holder, NULL, &error));
  g_assert_no_error (error);
}
