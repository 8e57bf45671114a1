/* fuzz-template-file.c — a template file, from bytes to a template the
 * manager keeps in a real SQLite file
 *
 * What must hold for any input:
 * - a refused file is refused with a template file error in UTF-8;
 * - an accepted template is valid, saves to bytes that load back to the
 *   same bytes, and is stored and read back from the database unchanged,
 *   leaving the database consistent.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ooo-fuzz-store.h"
#include "ooo-template-file.h"
#include "ooo-templates.h"

static void
expect_same_bytes (OooTemplate *template,
                   const char  *expected,
                   gsize        expected_length,
                   const char  *what)
{
  g_autofree char *data = NULL;
  gsize length;

  data = ooo_template_file_to_data (template, &length);
  if (length != expected_length || memcmp (data, expected, length) != 0)
    ooo_fuzz_fail ("%s differs:\n%s\n---\n%.*s", what, data, (int) expected_length, expected);
}

static void
check_stored (OooTemplate *template,
              const char  *saved,
              gsize        saved_length)
{
  g_autoptr(OooTemplates) templates = ooo_templates_new (ooo_fuzz_store_get ());
  g_autoptr(OooTemplates) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  OooTemplate *found;

  if (!ooo_templates_load (templates, &error))
    ooo_fuzz_fail ("the templates could not be loaded: %s", error->message);
  if (!ooo_templates_add (templates, template, &error))
    ooo_fuzz_fail ("an accepted template could not be stored: %s", error->message);
  ooo_fuzz_store_check (ooo_fuzz_store_get ());

  reloaded = ooo_templates_new (ooo_fuzz_store_get ());
  if (!ooo_templates_load (reloaded, &error))
    ooo_fuzz_fail ("the templates could not be loaded again: %s", error->message);
  found = ooo_templates_find_by_uuid (reloaded, ooo_template_get_uuid (template));
  if (found == NULL)
    ooo_fuzz_fail ("the stored template is not in the database");
  expect_same_bytes (found, saved, saved_length, "the template read back from the database");

  ooo_fuzz_store_reset ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(OooTemplate) template = NULL;
  g_autoptr(OooTemplate) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  gsize length;

  ooo_fuzz_init ();

  template = ooo_template_file_from_data ((const char *) data, size, &error);
  if (template == NULL) {
    ooo_fuzz_check_message (error, OOO_TEMPLATE_ERROR, OOO_TEMPLATE_ERROR_FILE);
    return 0;
  }

  if (!ooo_template_validate (template, &error))
    ooo_fuzz_fail ("an accepted template is not valid: %s", error->message);

  saved = ooo_template_file_to_data (template, &length);
  again = ooo_template_file_from_data (saved, length, &error);
  if (again == NULL)
    ooo_fuzz_fail ("the saved template is refused: %s\n%s", error->message, saved);
  expect_same_bytes (again, saved, length, "the template saved, loaded and saved again");

  check_stored (template, saved, length);
  return 0;
}
