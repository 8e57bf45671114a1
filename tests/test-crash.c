/* test-crash.c — whatever moment the app is killed at, the database is
 * whole and holds everything the manager saw on screen more than a second
 * before
 *
 * Each run starts the real application (test-crash-child.c) on a database in
 * a scratch folder; real X key events type notes, pause and resume the timer,
 * move through the agenda and add action items, and the app writes down
 * every change it shows. At a random moment — during start-up, mid-word,
 * seconds into typing without a pause, just after a change of part, while
 * an action item is typed or added, just after the timer was paused — the
 * test kills it with SIGKILL, then:
 *
 *  - copies the files as they were left, so the next run's app meets the
 *    crashed file itself (an unfinished write-ahead log and all);
 *  - on the copy, runs PRAGMA integrity_check and foreign_key_check, and
 *    checks that each thing shown more than a second before the kill is
 *    stored: the notes of each part, the private notes, the timer's state
 *    and part, the action items;
 *  - opens the copy with the app's own store and session, which must take
 *    it without setting it aside and resume the meeting as stored.
 *
 * Two runs in three continue on the last run's database: the app must
 * reopen it, show exactly what was stored, and go on from there.
 *
 * The runs are random but repeatable: the seed is printed first, and
 * OOO_CRASH_SEED=N replays a sequence; OOO_CRASH_RUNS=N sets how many.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "test-crash.h"

#define DEFAULT_RUNS 50
#define RUN_TIMEOUT_US (40 * G_USEC_PER_SEC)

typedef enum {
  KILL_STARTING,
  KILL_TYPING,
  KILL_TYPING_ON,
  KILL_NEW_PART,
  KILL_ACTION,
  KILL_TIMER,
  KILL_ANY,
  N_KILLS
} KillAt;

static const char * const kill_names[] = {
  "starting", "typing", "typing-on", "new-part", "action", "timer", "any",
};

static struct {
  char    *self;
  guint32  seed;
  char    *dir;
  Stored   last;
  GPid     releasing;
} crash;

/* The journal as far as it is written; a last line without its newline is
 * still being written and is left for the next read. */
typedef struct {
  int        fd;
  GString   *pending;
  GPtrArray *entries;
} Journal;

static void
journal_read (Journal *journal)
{
  char buffer[4096];
  ssize_t n;
  char *newline;

  while ((n = read (journal->fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (journal->pending, buffer, n);

  while ((newline = strchr (journal->pending->str, '\n')) != NULL) {
    g_auto(GStrv) fields = NULL;
    Entry *entry;

    *newline = '\0';
    fields = g_strsplit (journal->pending->str, " ", 3);
    if (g_strv_length (fields) == 3) {
      entry = g_new0 (Entry, 1);
      entry->t = g_ascii_strtoll (fields[0], NULL, 10);
      entry->kind = g_strdup (fields[1]);
      entry->args = g_strdup (fields[2]);
      g_ptr_array_add (journal->entries, entry);
    }
    g_string_erase (journal->pending, 0, newline - journal->pending->str + 1);
  }
}

static guint
count_kind (GPtrArray  *entries,
            const char *kind)
{
  guint n = 0;

  for (guint i = 0; i < entries->len; i++)
    n += g_str_equal (((Entry *) g_ptr_array_index (entries, i))->kind, kind);

  return n;
}

/* How many times the timer line changed in its @field (0 state, 1 part). */
static guint
count_timer_changes (GPtrArray *entries,
                     guint      field)
{
  g_autofree char *last = NULL;
  guint n = 0;

  for (guint i = 0; i < entries->len; i++) {
    Entry *entry = g_ptr_array_index (entries, i);
    g_auto(GStrv) parts = NULL;

    if (!g_str_equal (entry->kind, "timer"))
      continue;
    parts = g_strsplit (entry->args, " ", 2);
    if (last != NULL && g_strcmp0 (last, parts[field]) != 0)
      n++;
    g_free (last);
    last = g_strdup (parts[field]);
  }

  return n;
}

/* How many keys reached the notes since the @n-th step of the script. */
static guint
keys_in_step (GPtrArray *entries,
              guint      n)
{
  guint steps = 0, keys = 0;

  for (guint i = 0; i < entries->len; i++) {
    Entry *entry = g_ptr_array_index (entries, i);

    if (g_str_equal (entry->kind, "step"))
      steps++;
    else if (steps >= n && g_str_equal (entry->kind, "notes"))
      keys++;
  }

  return keys;
}

static void
child_setup (gpointer data)
{
  /* Its own process group: the kill takes the app and its typing script. */
  setpgid (0, 0);
}

static GPid
spawn_child (const char *database,
             const char *journal,
             const char *tag)
{
  g_auto(GStrv) env = g_get_environ ();
  const char *argv[] = { crash.self, "--child", database, NULL };
  g_autoptr(GError) error = NULL;
  GPid pid = 0;

  env = g_environ_setenv (env, CRASH_JOURNAL_ENV, journal, TRUE);
  env = g_environ_setenv (env, CRASH_TAG_ENV, tag, TRUE);
  /* The app's own warnings must not end it: only the kill may. */
  env = g_environ_setenv (env, "G_DEBUG", "", TRUE);
  /* The keys come through the X server, also when run from a Wayland
   * session. */
  env = g_environ_setenv (env, "GDK_BACKEND", "x11", TRUE);
  g_spawn_async (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD, child_setup, NULL,
                 &pid, &error);
  g_assert_no_error (error);

  return pid;
}

/* Lets go of every key the script may have held down when it was killed:
 * one left down would repeat into the next run's window. It runs while
 * the database is checked; the next run waits for it. */
static void
release_keys (void)
{
  const char * const keys[] = { CRASH_KEYS };
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (argv, (char *) "xdotool");
  g_ptr_array_add (argv, (char *) "keyup");
  g_ptr_array_add (argv, (char *) "--delay");
  g_ptr_array_add (argv, (char *) "0");
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_ptr_array_add (argv, (char *) keys[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_async (NULL, (char **) argv->pdata, NULL,
                 G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD |
                 G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                 NULL, NULL, &crash.releasing, &error);
  g_assert_no_error (error);
}

static void
wait_keys_released (void)
{
  int status;

  if (crash.releasing != 0)
    g_assert_cmpint (waitpid (crash.releasing, &status, 0), ==, crash.releasing);
  crash.releasing = 0;
}

/* Waits for the moment @at names, then a random bit more; returns when to
 * kill (monotonic µs), or 0 to kill now. */
static gint64
kill_moment (KillAt   at,
             Journal *journal,
             GRand   *rand,
             gint64   spawned,
             int     *k)
{
  gint64 now = g_get_monotonic_time ();
  GPtrArray *entries = journal->entries;

  switch (at) {
  case KILL_STARTING:
    return spawned + g_rand_int_range (rand, 0, 1500) * 1000;
  case KILL_TYPING:
    if (*k < 0)
      *k = g_rand_int_range (rand, 1, 80);
    if (count_kind (entries, "notes") >= (guint) *k)
      return now + g_rand_int_range (rand, 0, 30) * 1000;
    break;
  case KILL_TYPING_ON:
    /* Well into the long stretch without a pause, the script's fourth step,
     * counted from its first key the app saw. */
    if (keys_in_step (entries, 4) > 0)
      return now + g_rand_int_range (rand, 1100, 1800) * 1000;
    break;
  case KILL_NEW_PART:
    if (*k < 0)
      *k = g_rand_int_range (rand, 1, 3);
    if (count_timer_changes (entries, 1) >= (guint) *k)
      return now + g_rand_int_range (rand, 0, 25) * 1000;
    break;
  case KILL_ACTION:
    if (count_kind (entries, "typing-action") > 0)
      return now + g_rand_int_range (rand, 0, 1800) * 1000;
    break;
  case KILL_TIMER:
    if (*k < 0)
      *k = g_rand_int_range (rand, 1, 3);
    if (count_timer_changes (entries, 0) >= (guint) *k)
      return now + g_rand_int_range (rand, 0, 25) * 1000;
    break;
  case KILL_ANY:
    if (count_kind (entries, "ready") > 0)
      return now + g_rand_int_range (rand, 0, 4000) * 1000;
    break;
  default:
    g_assert_not_reached ();
  }

  return -1;
}

static void
test_run (gconstpointer data)
{
  guint index = GPOINTER_TO_UINT (data);
  KillAt at = index % N_KILLS;
  g_autoptr(GRand) rand = g_rand_new_with_seed (crash.seed + index);
  g_autofree char *database = NULL;
  g_autofree char *journal_path = NULL;
  g_autofree char *tag = g_strdup_printf ("r%u", index);
  g_autoptr(GString) failures = g_string_new (NULL);
  Journal journal = { -1, NULL, NULL };
  gint64 spawned, spawned_real, deadline = -1, killed;
  guint n_checked = 0;
  int k = -1, status = 0;
  Entry *ready;
  GPid pid;

  /* Every third run starts from nothing; the others reopen the last one's
   * file, as the manager restarts the app after a crash. */
  if (index % 3 == 0 || crash.dir == NULL) {
    if (crash.dir != NULL)
      crash_remove_dir (crash.dir);
    g_free (crash.dir);
    crash.dir = g_dir_make_tmp ("ooo-crash-XXXXXX", NULL);
    g_assert_nonnull (crash.dir);
    crash_stored_clear (&crash.last);
  }
  database = g_build_filename (crash.dir, "one-on-one.db", NULL);
  journal_path = g_build_filename (crash.dir, "journal", NULL);
  g_assert_true (g_file_set_contents (journal_path, "", 0, NULL));
  journal.fd = open (journal_path, O_RDONLY | O_CLOEXEC);
  g_assert_cmpint (journal.fd, >=, 0);
  journal.pending = g_string_new (NULL);
  journal.entries = g_ptr_array_new_with_free_func (crash_entry_free);

  wait_keys_released ();
  spawned = g_get_monotonic_time ();
  spawned_real = g_get_real_time ();
  pid = spawn_child (database, journal_path, tag);
  for (;;) {
    gint64 now;

    g_usleep (2000);
    now = g_get_monotonic_time ();
    journal_read (&journal);
    if (waitpid (pid, &status, WNOHANG) == pid) {
      pid = 0;
      break;
    }
    if (deadline < 0)
      deadline = kill_moment (at, &journal, rand, spawned, &k);
    if (count_kind (journal.entries, "done") > 0 || count_kind (journal.entries, "error") > 0)
      deadline = now;
    if (now - spawned > RUN_TIMEOUT_US) {
      g_string_append (failures, "the app made no progress\n");
      deadline = now;
    }
    if (deadline >= 0 && now >= deadline)
      break;
  }

  killed = g_get_real_time ();
  if (pid != 0) {
    g_assert_cmpint (kill (-pid, SIGKILL), ==, 0);
    g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  }
  release_keys ();
  journal_read (&journal);

  if (!WIFSIGNALED (status) || WTERMSIG (status) != SIGKILL)
    g_string_append_printf (failures, "the app ended by itself (status %d)\n", status);
  for (guint i = 0; i < journal.entries->len; i++) {
    Entry *entry = g_ptr_array_index (journal.entries, i);

    if (g_str_equal (entry->kind, "error"))
      g_string_append_printf (failures, "the app: %s\n", entry->args);
  }
  if (at != KILL_STARTING && count_kind (journal.entries, "ready") == 0)
    g_string_append (failures, "the app never got ready\n");

  crash_check_resumed (failures, journal.entries, &crash.last);
  crash_check_database (failures, database, journal.entries, killed, &crash.last,
                        &n_checked);

  ready = crash_find_entry (journal.entries, "ready");
  g_test_message ("kill %s, %.2f s after start (ready after %.2f s), %u keys landed, "
                  "%u actions checked, %s",
                  kill_names[at], (killed - spawned_real) / 1e6,
                  ready != NULL ? (ready->t - spawned_real) / 1e6 : -1.0,
                  count_kind (journal.entries, "notes"), n_checked,
                  crash_find_args (journal.entries, "resumed") ? "resumed" : "new");
  close (journal.fd);
  g_string_free (journal.pending, TRUE);
  g_ptr_array_unref (journal.entries);

  if (failures->len > 0) {
    g_auto(GStrv) lines = g_strsplit (failures->str, "\n", -1);

    for (guint i = 0; lines[i] != NULL; i++)
      if (*lines[i] != '\0')
        g_test_message ("%s", lines[i]);
    g_test_fail_printf ("seed %u, run %u: see above", crash.seed, index);
  }
}

int
main (int   argc,
      char *argv[])
{
  const char *seed = g_getenv ("OOO_CRASH_SEED");
  const char *runs = g_getenv ("OOO_CRASH_RUNS");
  g_autofree char *xdotool = NULL;
  int status;
  guint n_runs = runs != NULL ? (guint) g_ascii_strtoull (runs, NULL, 10) : DEFAULT_RUNS;

  if (argc == 3 && g_str_equal (argv[1], "--child"))
    return crash_child_main (argv[2]);

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  xdotool = g_find_program_in_path ("xdotool");
  if (xdotool == NULL || g_getenv ("DISPLAY") == NULL) {
    g_test_skip ("needs xdotool and an X display");
    return g_test_run ();
  }

  crash.self = g_canonicalize_filename (argv[0], NULL);
  crash.seed = seed != NULL ? (guint32) g_ascii_strtoull (seed, NULL, 10)
                            : (guint32) g_get_real_time ();
  g_test_message ("seed %u: OOO_CRASH_SEED=%u replays these runs", crash.seed, crash.seed);

  for (guint i = 0; i < n_runs; i++) {
    g_autofree char *path = g_strdup_printf ("/crash/%02u-%s", i, kill_names[i % N_KILLS]);
    g_test_add_data_func (path, GUINT_TO_POINTER (i), test_run);
  }

  status = g_test_run ();
  wait_keys_released ();
  if (crash.dir != NULL)
    crash_remove_dir (crash.dir);
  crash_stored_clear (&crash.last);

  return status;
}
