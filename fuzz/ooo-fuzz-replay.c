/* ooo-fuzz-replay.c — feeds files to a fuzz target's LLVMFuzzerTestOneInput,
 * without libFuzzer, so that any compiler builds it and the ordinary test
 * suite replays the seed corpus and every input that once crashed
 *
 *   ooo-fuzz-replay-TARGET DIR|FILE...
 *
 * Prints TAP, one test per file; each file runs in a child process, so a
 * crash fails that file and the others still run.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ooo-fuzz-store.h"

/* g_ptr_array_sort() passes pointers to the elements. */
static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static void
add_inputs (GPtrArray  *inputs,
            const char *path)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR)) {
    g_ptr_array_add (inputs, g_strdup (path));
    return;
  }

  dir = g_dir_open (path, 0, NULL);
  if (dir == NULL)
    return;
  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL) {
    /* A README says what the folder is for; it is not an input. */
    if (name[0] != '.' && !g_str_has_prefix (name, "README"))
      g_ptr_array_add (names, g_strdup (name));
  }
  g_ptr_array_sort (names, compare_paths);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (inputs, g_build_filename (path, g_ptr_array_index (names, i), NULL));
}

static gboolean
replay (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  pid_t pid;
  int status;

  if (!g_file_get_contents (path, &contents, &length, &error)) {
    printf ("# %s\n", error->message);
    return FALSE;
  }

  fflush (stdout);
  pid = fork ();
  if (pid < 0) {
    printf ("# cannot fork: %s\n", g_strerror (errno));
    return FALSE;
  }
  if (pid == 0) {
    /* A copy, sized exactly, so a read past the end is caught as it would be
     * under libFuzzer. */
    uint8_t *data = g_memdup2 (contents, length);

    LLVMFuzzerTestOneInput (data, length);
    g_free (data);
    exit (0);
  }

  if (waitpid (pid, &status, 0) != pid)
    return FALSE;
  if (WIFSIGNALED (status))
    printf ("# killed by signal %d\n", WTERMSIG (status));
  else if (WEXITSTATUS (status) != 0)
    printf ("# exited with status %d\n", WEXITSTATUS (status));

  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func (g_free);
  guint failed = 0;

  for (int i = 1; i < argc; i++)
    add_inputs (inputs, argv[i]);

  /* Once, here, rather than in every child. */
  ooo_fuzz_init ();
  ooo_fuzz_store_prepare ();

  printf ("1..%u\n", inputs->len);
  if (inputs->len == 0)
    printf ("# no inputs\n");

  for (guint i = 0; i < inputs->len; i++) {
    const char *path = g_ptr_array_index (inputs, i);
    gboolean ok = replay (path);

    printf ("%s %u - %s\n", ok ? "ok" : "not ok", i + 1, path);
    failed += ok ? 0 : 1;
  }

  return failed == 0 ? 0 : 1;
}
