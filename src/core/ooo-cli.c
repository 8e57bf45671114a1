/* ooo-cli.c — the command line that works without a display
 *
 *   one-on-one [--database FILE] --export-json FILE|- [--person NAME-OR-UUID]
 *              [--include-private]
 *   one-on-one [--database FILE] --import-json FILE|-
 *   one-on-one --version | --help
 *
 * main() calls this before anything of GTK is touched; when it says it did
 * not handle the command line (no export, import, version or help), the app
 * starts as usual and reads its own options (--database) again. Failures end
 * with one line on stderr, "one-on-one: <why>", and a non-zero status.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "ooo-cli.h"
#include "ooo-export.h"
#include "ooo-import.h"

typedef struct {
  char     *database;
  char     *export_path;
  char     *import_path;
  char     *person;
  gboolean  include_private;
  gboolean  version;
  gboolean  help;
} Options;

static void
options_clear (Options *options)
{
  g_free (options->database);
  g_free (options->export_path);
  g_free (options->import_path);
  g_free (options->person);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

/* One line, whatever the message holds. */
static int
fail (int         status,
      const char *message)
{
  g_autofree char *line = g_strdup (message);

  g_strdelimit (line, "\r\n", ' ');
  fprintf (stderr, "one-on-one: %s\n", line);

  return status;
}

static int
fail_error (GError *error)
{
  return fail (OOO_CLI_EXIT_FAILED, error->message);
}

static GOptionContext *
new_context (Options *o)
{
  const GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &o->database,
      N_("Use another database file instead of your usual one"), N_("FILE") },
    { "export-json", 0, 0, G_OPTION_ARG_FILENAME, &o->export_path,
      N_("Export everything as JSON to FILE (“-”: the standard output), then quit"),
      N_("FILE") },
    { "person", 0, 0, G_OPTION_ARG_STRING, &o->person,
      N_("With --export-json: export only this person, named by name or UUID"),
      N_("NAME-OR-UUID") },
    { "include-private", 0, 0, G_OPTION_ARG_NONE, &o->include_private,
      N_("With --export-json: include the meetings’ private notes"), NULL },
    { "import-json", 0, 0, G_OPTION_ARG_FILENAME, &o->import_path,
      N_("Merge FILE, a JSON export (“-”: the standard input), into the database, then "
         "quit"), N_("FILE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &o->version, N_("Show the version and quit"), NULL },
    { "help", 'h', 0, G_OPTION_ARG_NONE, &o->help, N_("Show the options and quit"), NULL },
    { NULL }
  };
  GOptionContext *context = g_option_context_new (NULL);

  g_option_context_set_summary (context,
                                _("Run one-on-one meetings with the people you manage, and "
                                  "keep what was said. Without --export-json or "
                                  "--import-json, the app starts."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  /* The app's own options (GApplication's, GTK's) pass through untouched. */
  g_option_context_set_ignore_unknown_options (context, TRUE);
  g_option_context_set_help_enabled (context, FALSE);

  return context;
}

static OooStore *
open_store (const Options  *o,
            gboolean        must_exist,
            GError        **error)
{
  g_autofree char *path = o->database != NULL ? g_strdup (o->database)
                                              : ooo_store_default_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(OooStore) store = NULL;

  /* An export never creates a database; an import into a file named on the
   * command line does not create its folder, which is more likely a typo. */
  if (must_exist && !g_file_test (path, G_FILE_TEST_EXISTS)) {
    g_set_error (error, OOO_STORE_ERROR, OOO_STORE_ERROR_NOT_FOUND,
                 _("There is no database at “%s”."), path);
    return NULL;
  }
  if (o->database != NULL && !g_file_test (folder, G_FILE_TEST_IS_DIR)) {
    g_set_error (error, OOO_STORE_ERROR, OOO_STORE_ERROR_CANNOT_OPEN,
                 _("The folder “%s” does not exist."), folder);
    return NULL;
  }

  store = ooo_store_open (path, error);
  if (store == NULL)
    return NULL;

  if (ooo_store_get_recovered_path (store) != NULL) {
    g_set_error (error, OOO_STORE_ERROR, OOO_STORE_ERROR_NOT_A_DATABASE,
                 _("The database “%s” could not be read: it was moved to “%s” and a new, "
                   "empty one was started."), path, ooo_store_get_recovered_path (store));
    return NULL;
  }

  return g_steal_pointer (&store);
}

/* The UUID of the one person @name_or_uuid names. */
static char *
find_person (OooStore    *store,
             const char  *name_or_uuid,
             GError     **error)
{
  g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *lower = g_ascii_strdown (name_or_uuid, -1);
  g_autofree char *list = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = ooo_store_prepare (store,
                            "SELECT uuid FROM person WHERE uuid = ?1"
                            " UNION ALL SELECT uuid FROM person WHERE name = ?2 AND uuid <> ?1"
                            " ORDER BY 1",
                            error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, lower, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, name_or_uuid, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW) {
    const char *uuid = (const char *) sqlite3_column_text (stmt, 0);

    /* A UUID is one person, whoever else has it as a name. */
    if (strcmp (uuid, lower) == 0) {
      char *found = g_strdup (uuid);

      sqlite3_reset (stmt);
      return found;
    }
    g_ptr_array_add (uuids, g_strdup (uuid));
  }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE) {
    ooo_store_set_error (store, rc, error);
    return NULL;
  }

  if (uuids->len == 1)
    return g_strdup (g_ptr_array_index (uuids, 0));

  if (uuids->len == 0) {
    g_set_error (error, OOO_EXPORT_ERROR, OOO_EXPORT_ERROR_NOT_FOUND,
                 _("No one is named “%s”, and no one has it as a UUID."), name_or_uuid);
    return NULL;
  }

  g_ptr_array_add (uuids, NULL);
  list = g_strjoinv (", ", (char **) uuids->pdata);
  g_set_error (error, OOO_EXPORT_ERROR, OOO_EXPORT_ERROR_NOT_FOUND,
               _("%u people are named “%s”: name one by its UUID (%s)."),
               uuids->len - 1, name_or_uuid, list);
  return NULL;
}

static gboolean
write_to_stdout (const char  *data,
                 gsize        length,
                 gpointer     user_data,
                 GError     **error)
{
  if (fwrite (data, 1, length, stdout) != length) {
    g_set_error (error, OOO_EXPORT_ERROR, OOO_EXPORT_ERROR_WRITE,
                 _("Could not write to the standard output."));
    return FALSE;
  }

  return TRUE;
}

static int
run_export (const Options *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OooStore) store = open_store (o, TRUE, &error);
  g_autofree char *uuid = NULL;
  OooExportOptions options = { OOO_EXPORT_SCOPE_ALL, NULL, o->include_private, NULL };

  if (store == NULL)
    return fail_error (error);

  if (o->person != NULL) {
    uuid = find_person (store, o->person, &error);
    if (uuid == NULL)
      return fail_error (error);
    options.scope = OOO_EXPORT_SCOPE_PERSON;
    options.uuid = uuid;
  }

  if (strcmp (o->export_path, "-") == 0) {
    if (!ooo_export_write (store, &options, write_to_stdout, NULL, &error))
      return fail_error (error);
    if (fflush (stdout) != 0 || ferror (stdout))
      return fail (OOO_CLI_EXIT_FAILED, _("Could not write to the standard output."));
  } else {
    g_autoptr(GFile) file = g_file_new_for_path (o->export_path);

    if (!ooo_export_to_file (store, &options, file, &error))
      return fail_error (error);
  }

  return OOO_CLI_EXIT_OK;
}

/* The standard input, whole, up to one byte past what an import may be. */
static GByteArray *
read_stdin (GError **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  guint8 buffer[65536];
  size_t got;

  while ((got = fread (buffer, 1, sizeof buffer, stdin)) > 0) {
    g_byte_array_append (bytes, buffer, got);
    if (bytes->len > OOO_IMPORT_MAX_SIZE)
      break;
  }
  if (ferror (stdin)) {
    g_set_error (error, OOO_IMPORT_ERROR, OOO_IMPORT_ERROR_READ,
                 _("Could not read the standard input."));
    return NULL;
  }

  return g_steal_pointer (&bytes);
}

static int
run_import (const Options *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OooStore) store = NULL;
  g_autofree char *summary_text = NULL;
  OooImportSummary summary;
  gboolean ok;

  /* Read first: a file that cannot be read never creates a database. */
  if (strcmp (o->import_path, "-") == 0) {
    g_autoptr(GByteArray) bytes = read_stdin (&error);

    if (bytes == NULL || (store = open_store (o, FALSE, &error)) == NULL)
      return fail_error (error);
    ok = ooo_import_from_data (store, (const char *) bytes->data, bytes->len, &summary,
                               &error);
  } else {
    g_autoptr(GFile) file = g_file_new_for_path (o->import_path);

    if (!g_file_test (o->import_path, G_FILE_TEST_EXISTS)) {
      g_autofree char *message = g_strdup_printf (_("There is no file “%s” to import."),
                                                  o->import_path);
      return fail (OOO_CLI_EXIT_FAILED, message);
    }
    if ((store = open_store (o, FALSE, &error)) == NULL)
      return fail_error (error);
    ok = ooo_import_from_file (store, file, &summary, &error);
  }

  if (!ok)
    return fail_error (error);

  summary_text = ooo_import_summary_to_string (&summary);
  g_print ("%s\n", summary_text);

  return OOO_CLI_EXIT_OK;
}

static int
run (int        argc,
     char     **argv,
     gboolean  *handled)
{
  g_auto(Options) o = { NULL };
  g_autoptr(GOptionContext) context = new_context (&o);
  g_autoptr(GError) error = NULL;
  g_autofree char **args = g_new0 (char *, argc + 1);
  int n_args = argc;

  /* GOption removes what it reads: let it work on a copy, so the app gets
   * the command line whole. */
  memcpy (args, argv, sizeof (char *) * argc);

  *handled = TRUE;
  if (!g_option_context_parse (context, &n_args, &args, &error))
    return fail (OOO_CLI_EXIT_USAGE, error->message);

  if (o.help) {
    g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

    g_print ("%s", help);
    return OOO_CLI_EXIT_OK;
  }
  if (o.version) {
    g_print ("one-on-one %s\n", PACKAGE_VERSION);
    return OOO_CLI_EXIT_OK;
  }

  if (o.export_path == NULL && o.import_path == NULL) {
    if (o.person != NULL || o.include_private)
      return fail (OOO_CLI_EXIT_USAGE, _("--person and --include-private go with "
                                         "--export-json."));
    /* The app's own start. */
    *handled = FALSE;
    return OOO_CLI_EXIT_OK;
  }

  if (o.export_path != NULL && o.import_path != NULL)
    return fail (OOO_CLI_EXIT_USAGE, _("Export or import, not both at once."));
  if (o.import_path != NULL && (o.person != NULL || o.include_private))
    return fail (OOO_CLI_EXIT_USAGE, _("--person and --include-private go with "
                                       "--export-json."));
  if (n_args > 1) {
    g_autofree char *message = g_strdup_printf (_("Unknown option or argument “%s”."),
                                                args[1]);
    return fail (OOO_CLI_EXIT_USAGE, message);
  }
  if ((o.export_path != NULL && *o.export_path == '\0') ||
      (o.import_path != NULL && *o.import_path == '\0'))
    return fail (OOO_CLI_EXIT_USAGE, _("Name a file, or “-”."));

  return o.export_path != NULL ? run_export (&o) : run_import (&o);
}

/* Handles the command line if it asks for an export, an import, the version
 * or help, and returns the exit status; otherwise sets @handled to FALSE so
 * that the app starts. */
int
ooo_cli_run (int        argc,
             char     **argv,
             gboolean  *handled)
{
  g_return_val_if_fail (handled != NULL, OOO_CLI_EXIT_USAGE);

  return run (argc, argv, handled);
}
