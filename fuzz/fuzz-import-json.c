/* fuzz-import-json.c — the whole JSON import, from bytes to rows in a real
 * SQLite file
 *
 * What must hold for any input:
 * - a refused file is refused with an import error naming the problem in
 *   UTF-8, and nothing was written;
 * - an accepted file leaves a consistent database (integrity, references,
 *   search index), and importing it again changes nothing;
 * - what was accepted can be exported, and that export is accepted too, and
 *   once merged, it is stable as well.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ooo-export.h"
#include "ooo-fuzz-store.h"
#include "ooo-import.h"

static void
expect_nothing_new (const OooImportSummary *summary,
                    const char             *what)
{
  const OooImportCount *counts[] = {
    &summary->people, &summary->meetings, &summary->segments, &summary->action_items,
    &summary->talking_points, &summary->reminders, &summary->templates,
  };

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++) {
    if (counts[i]->added != 0 || counts[i]->updated != 0) {
      g_autofree char *text = ooo_import_summary_to_string (summary);

      ooo_fuzz_fail ("%s changed the database again: %s", what, text);
    }
  }
}

static void
import_or_fail (OooStore         *store,
                const char       *data,
                gsize             length,
                OooImportSummary *summary,
                const char       *what)
{
  g_autoptr(GError) error = NULL;

  if (!ooo_import_from_data (store, data, length, summary, &error))
    ooo_fuzz_fail ("%s was refused: %s", what, error->message);
  ooo_fuzz_store_check (store);
}

static void
check_export (OooStore *store)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_utc (1767225600);
  OooExportOptions options = { OOO_EXPORT_SCOPE_ALL, NULL, TRUE, when };
  g_autoptr(GError) error = NULL;
  g_autofree char *exported = NULL;
  OooImportSummary summary;
  gsize length;

  exported = ooo_export_to_data (store, &options, &length, &error);
  if (exported == NULL)
    ooo_fuzz_fail ("the database could not be exported: %s", error->message);

  /* Times are exported to the second: the first merge may round. */
  import_or_fail (store, exported, length, &summary, "its export");
  import_or_fail (store, exported, length, &summary, "its export, again,");
  expect_nothing_new (&summary, "its export, again,");
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  const char *text = (const char *) data;
  OooImportSummary summary;
  OooStore *store;
  int changes;

  ooo_fuzz_init ();
  store = ooo_fuzz_store_get ();
  changes = sqlite3_total_changes (ooo_store_get_db (store));

  if (!ooo_import_from_data (store, text, size, &summary, &error)) {
    ooo_fuzz_check_message (error, OOO_IMPORT_ERROR, OOO_IMPORT_ERROR_INVALID);
    if (sqlite3_total_changes (ooo_store_get_db (store)) != changes)
      ooo_fuzz_fail ("a refused file wrote to the database: %s", error->message);
    if (!sqlite3_get_autocommit (ooo_store_get_db (store)))
      ooo_fuzz_fail ("a refused file left a transaction open: %s", error->message);
    return 0;
  }

  ooo_fuzz_store_check (store);
  import_or_fail (store, text, size, &summary, "the same file, again,");
  expect_nothing_new (&summary, "the same file, again,");
  check_export (store);

  ooo_fuzz_store_reset ();
  return 0;
}
