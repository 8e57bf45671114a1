/* main.c — starts One-on-One
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ooo-application.h"
#include "ooo-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(OooApplication) application = NULL;
  gboolean handled = FALSE;
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Export, import, --version and --help need no display: done before GTK. */
  status = ooo_cli_run (argc, argv, &handled);
  if (handled)
    return status;

  application = ooo_application_new ();

  return g_application_run (G_APPLICATION (application), argc, argv);
}
