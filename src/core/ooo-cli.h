/* ooo-cli.h — the command line that works without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of the command line. */
#define OOO_CLI_EXIT_OK       0
#define OOO_CLI_EXIT_FAILED   1   /* the export or import could not be done */
#define OOO_CLI_EXIT_USAGE    2   /* the options do not go together */

int ooo_cli_run (int       argc,
                 char    **argv,
                 gboolean *handled);

G_END_DECLS
